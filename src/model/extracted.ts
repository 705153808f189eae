/** What the buyer asked for and who they are, read from the text (SPEC.md §3). Missing values are null. */

export type BuyerType =
  | 'importer'
  | 'wholesaler'
  | 'distributor'
  | 'manufacturer'
  | 'agent'
  | 'retailer'
  | 'mail_order'
  | 'ecommerce'
  | 'consumer';

export interface Quantity {
  value: number;
  unit: string; // normalised: pcs, sets, units, tons, kg, containers_20ft, containers_40ft, containers_40hq, m, m2, pairs, cartons, boxes, rolls, bags, liters…
  text: string; // as written: "2x20ft containers"
}

export interface Money {
  amount: number;
  currency: string; // ISO 4217 (USD, EUR, CNY…)
  per: string | null; // unit the price is per ("pc", "ton"), when given
  text: string;
}

export interface Extracted {
  products: string[];
  quantity: Quantity | null;
  specifications: string[]; // "Size: L230 x W150 mm", "304 stainless steel", "1100 ton"
  packaging: string | null;
  origin: string | null;
  qualityStandard: string | null;
  deliveryTime: string | null;
  port: string | null; // destination port as written
  incoterm: string | null; // FOB, CIF, EXW, DDP…
  certificates: string[]; // CE, ISO 9001, FDA, RoHS…
  targetPrice: Money | null;
  sampleRequest: boolean;
  buyerName: string | null;
  company: string | null;
  position: string | null;
  phone: string | null; // E.164 when it could be parsed
  phoneValid: boolean | null; // valid for the claimed country; null when no phone or no country
  website: string | null;
  address: string | null;
  country: string | null; // ISO 3166-1 alpha-2 the buyer claims (signature, text)
  messengers: string[]; // whatsapp, wechat, skype ids mentioned
  language: string | null; // ISO 639-1
  buyerType: BuyerType | null;
}
