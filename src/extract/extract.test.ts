import test from 'node:test';
import assert from 'node:assert/strict';
import { extract, type ExtractInput } from './extract.js';

const rfq: ExtractInput = {
  subject: 'RFQ: stainless steel vacuum bottles',
  fromName: 'Hans Meyer',
  fromAddress: 'hans@meyer-import.de',
  text: `Dear Sir or Madam,

We are an importer of kitchenware based in Hamburg, Germany. We are interested in your double-wall
vacuum bottles (500 ml, 304 stainless steel).

Please send us your best quotation for 5,000 pcs, CIF Hamburg:
- our target price is USD 2.5/pc
- packaging: gift box, OEM packaging with our logo
- we need delivery within 45 days
- certificates: LFGB and FDA
Could you also send samples before we place the order?

Best regards,
Hans Meyer
Purchasing Manager
Meyer Import GmbH
Tel: +49 40 1234567
`,
};

test('a complete RFQ: what, how many, terms, price and who', () => {
  const e = extract(rfq);
  assert.deepEqual(e.quantity, { value: 5000, unit: 'pcs', text: '5,000 pcs' });
  assert.equal(e.incoterm, 'CIF');
  assert.equal(e.port, 'Hamburg');
  assert.deepEqual(e.targetPrice, { amount: 2.5, currency: 'USD', per: 'pc', text: 'USD 2.5/pc' });
  assert.equal(e.deliveryTime, 'within 45 days');
  assert.deepEqual(e.certificates, ['LFGB', 'FDA']);
  assert.equal(e.sampleRequest, true);
  assert.equal(e.packaging, 'gift box, OEM packaging with our logo');
  assert.ok(e.specifications.includes('304 stainless steel'));
  assert.equal(e.products[0], 'stainless steel vacuum bottles');
  assert.equal(e.buyerName, 'Hans Meyer');
  assert.equal(e.position, 'Purchasing Manager');
  assert.equal(e.company, 'Meyer Import GmbH');
  assert.equal(e.phone, '+49401234567');
  assert.equal(e.phoneValid, true);
  assert.equal(e.country, 'DE');
  assert.equal(e.language, 'en');
  assert.equal(e.buyerType, 'importer');
});

const short = (text: string, subject = ''): ExtractInput => ({ subject, text, fromName: '', fromAddress: '' });

test('products from the subject and from "we need X"', () => {
  assert.deepEqual(extract(short('We need 20 tons unrefined shea butter', 'Quotation For African Shea Butter')).products,
    ['African Shea Butter', 'unrefined shea butter']);
  assert.deepEqual(extract(short('Please send your catalog.', 'PRODUCT')).products, []);
  assert.deepEqual(extract(short('Hi, I am looking for an automatic dishwasher for 1500 plates', 'RFQ for automatic dishwasher for cleaning')).products,
    ['automatic dishwasher']);
  assert.deepEqual(extract(short('Hello', 'Inquiry: steel hinges, and can you source padlocks?')).products, ['steel hinges']);
});

test('a request word in another language heads the subject and is not the product: "Cotação - mesa…", "Pedido", "Devis pour…"', () => {
  assert.deepEqual(extract(short('Bom dia', 'Cotação - mesa de jardim em rattan')).products, ['mesa de jardim em rattan']);
  assert.deepEqual(extract(short('Hola', 'Pedido: sillas plegables')).products, ['sillas plegables']);
  assert.deepEqual(extract(short('Bonjour', 'Devis pour 200 chaises')).products, ['chaises']);
  for (const subject of ['Pedido', 'Cotação', 'Anfrage', 'Consulta sobre precios']) assert.deepEqual(extract(short('Hello', subject)).products, [], subject);
});

test('paperwork, job titles, anonymised fields and "looking forward" are not products', () => {
  assert.deepEqual(extract(short('Please let me know if you still have stocks available.', 'Receipt For Goods Available')).products, []);
  assert.deepEqual(extract(short('Could you provide us with a catalog. We are looking forward to your reply.', 'Catalog Request')).products, []);
  assert.deepEqual(extract(short('Please send your offer.\nMANAGER', 'Product order request')).products, []);
  assert.deepEqual(extract(short('We need [EMAIL] to send the price list.')).products, []);
  assert.deepEqual(extract(short('We need 300 pcs phone cases for a contact lens shop.')).products, ['phone cases']);
});

test('"your products", "possible purchase" and "suppliers" are not products, even where the mail wraps a line', () => {
  const vague = 'Good day. We hereby express our intent to purchase your\nProducts and also searched for a good Supplier/Manufacture.\nPlease send prices for possible purchase. We are seeking for manufacturers,wholesalers.';
  assert.deepEqual(extract(short(vague, 'PRODUCTS SUPPLY')).products, []);
  const wrapped = 'Dear Sir, we came across your booth at the Canton Fair and we are interested in\npurchasing digital label sticker printing machines for our shop.';
  assert.deepEqual(extract(short(wrapped)).products, ['digital label sticker printing machines']);
});

test('buyer type from how the buyer describes themselves', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['We are a distributor of building materials in Kenya', 'distributor'],
    ['We are a wholesaler of toys', 'wholesaler'],
    ['Our factory produces shoes and we need raw material', 'manufacturer'],
    ['I sell on my Amazon store and Shopify', 'ecommerce'],
    ['It is for my personal use at home', 'consumer'],
    ['I am a sourcing agent for a client in Chile', 'agent'],
    ['nous sommes un magasin de jouets en France', 'retailer'],
  ];
  for (const [text, type] of cases) assert.equal(extract(short(text)).buyerType, type, text);
  assert.equal(extract(short('Please send price', 'Wholesale LED bulbs')).buyerType, null);
});

test('language of the message', () => {
  assert.equal(extract(short('Hola, necesito una cotización de 500 unidades de tornillos, gracias')).language, 'es');
  assert.equal(extract(short('Bonjour, je souhaite commander 50 pièces de ce produit, merci')).language, 'fr');
  assert.equal(extract(short('你好，我们想要询价，请报价')).language, 'zh');
  assert.equal(extract(short('Добрый день, подскажите пожалуйста цену')).language, 'ru');
  assert.equal(extract(short('')).language, null);
});

test('an empty message yields an empty result, not an error', () => {
  const e = extract(short(''));
  assert.deepEqual(e.products, []);
  assert.equal(e.quantity, null);
  assert.equal(e.country, null);
  assert.equal(e.sampleRequest, false);
});
