/** One product of a catalogue, as read from a seller's export (plain data: the checks only read it). */
export interface Product {
  /** 1-based data row in the file (the header is row 0), so a user can find the product again. */
  row: number;
  title: string;
  category: string;
  brand: string;
  /** Attribute name → value, from attribute columns and from `name: value` lists, in file order. */
  attributes: [name: string, value: string][];
  description: string;
  /** Number of images: a count column, or the number of image links in the cell. */
  images: number;
  trade: Record<TradeField, string>;
  /** Columns we do not know, kept as they are (header → value). */
  extra: Record<string, string>;
}

export const TRADE_FIELDS = ['moq', 'price', 'payment', 'supply', 'packaging', 'port', 'leadTime'] as const;
export type TradeField = (typeof TRADE_FIELDS)[number];

export interface Catalogue {
  products: Product[];
  /** Headers no alias matched: kept in `extra` and reported once. */
  unknownColumns: string[];
  /** Fields with no column at all in the file (reported once, besides each product's finding). */
  absentFields: string[];
}
