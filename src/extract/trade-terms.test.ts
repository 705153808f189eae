import test from 'node:test';
import assert from 'node:assert/strict';
import { findCertificates, findTerms } from './trade-terms.js';
import { findDeliveryTime, findOrigin, findPackaging, findQualityStandard, findSampleRequest } from './order-terms.js';
import { PORTS } from './incoterms.js';

test('incoterm with its named port', () => {
  assert.deepEqual(findTerms('Please quote CIF Hamburg'), { incoterm: 'CIF', port: 'Hamburg', portCountry: 'DE' });
  assert.equal(findTerms('best price FOB Shanghai').port, 'Shanghai');
  assert.equal(findTerms('50 MT MONTHLY MACHINE SORTED CIF JEBEL ALI').port, 'JEBEL ALI');
  assert.equal(findTerms('Port: CIf Mundra Port, INDIA').incoterm, 'CIF');
});

test('every known port starts with a letter (the place regexes rely on it)', () => {
  assert.deepEqual(PORTS.filter(([name]) => !/^\p{L}/u.test(name)), []);
});

test('a port without an incoterm', () => {
  assert.equal(findTerms('we need delivery to Lagos port').port, 'Lagos');
  assert.equal(findTerms('delivered to Port of Djibouti').port, 'Djibouti');
  assert.equal(findTerms('sunflower oil, port JEBEL ALI, DUBAI').port, 'JEBEL ALI');
});

test('a list of terms gives the first and no port', () => {
  assert.deepEqual(findTerms('price per unit (FOB, CIF, or EXW terms)'), { incoterm: 'FOB', port: null, portCountry: null });
});

test('FOB inside a word or a lower-case key fob is not an incoterm', () => {
  assert.equal(findTerms('my FOBIA of flying').incoterm, null);
  assert.equal(findTerms('I need a replacement car key fob').incoterm, null);
  assert.equal(findTerms('what is your fob price?').incoterm, 'FOB');
});

test('certificates, and look-alike words that are not', () => {
  assert.deepEqual(findCertificates('Products must have CE, FDA approval, ISO 9001 and RoHS; SGS inspection, GOTS cotton, BSCI audit, REACH'),
    ['CE', 'FDA', 'ISO 9001', 'RoHS', 'SGS', 'GOTS', 'BSCI', 'REACH']);
  assert.deepEqual(findCertificates('ce produit est bien; please reach out; the ice cream'), []);
});

test('sample requests in several languages', () => {
  for (const text of ['Could you send samples first?', 'We want to place a sample order', 'necesito una muestra', 'Pouvez-vous envoyer un échantillon', 'можно образец?', '可以寄样品吗']) {
    assert.equal(findSampleRequest(text), true, text);
  }
  assert.equal(findSampleRequest('Thank you for your order, it will ship tomorrow'), false);
});

test('delivery time as written', () => {
  assert.equal(findDeliveryTime('we need delivery within 30 days'), 'within 30 days');
  assert.equal(findDeliveryTime('must arrive by March 15'), 'by March 15');
  assert.equal(findDeliveryTime('what is your lead time?'), 'lead time');
});

test('packaging: labelled value, OEM / private label, pack size', () => {
  assert.equal(findPackaging('Color:Red Packaging:Gift box Material:PP'), 'Gift box');
  assert.equal(findPackaging('we want OEM packaging with our logo'), 'OEM packaging');
  assert.equal(findPackaging('I sell under my private label'), 'private label');
  assert.equal(findPackaging('99% QUALITY 25 KG BAG 50 MT'), '25 KG BAG');
  assert.equal(findPackaging('packed in cartons on pallets'), 'cartons');
});

test('origin and quality standard', () => {
  assert.equal(findOrigin('Place of origin: Vietnam'), 'Vietnam');
  assert.equal(findOrigin('must be made in Germany please'), 'Germany');
  assert.equal(findQualityStandard('CUMIN SEED 99% QUALITY 25 KG BAG'), '99% QUALITY');
  assert.equal(findQualityStandard('steel plates to ASTM A36'), 'ASTM A36');
});
