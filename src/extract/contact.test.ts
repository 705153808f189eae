import test from 'node:test';
import assert from 'node:assert/strict';
import { extract, type ExtractInput } from './extract.js';

const mail = (text: string, subject = 'Inquiry', fromAddress = 'buyer@example.com'): ExtractInput => ({ subject, text, fromName: '', fromAddress });

test('signature: name, position, company, phone, website, address, country', () => {
  const e = extract(mail(`Please send your catalogue.

Best regards,
John Okafor
Purchasing Manager
Okafor Trading Ltd
Tel: +234 803 123 4567
www.okafortrading.com.ng
Address: 12 Broad Street, Lagos, Nigeria`));
  assert.equal(e.buyerName, 'John Okafor');
  assert.equal(e.position, 'Purchasing Manager');
  assert.equal(e.company, 'Okafor Trading Ltd');
  assert.equal(e.phone, '+2348031234567');
  assert.equal(e.phoneValid, true);
  assert.equal(e.website, 'www.okafortrading.com.ng');
  assert.equal(e.address, '12 Broad Street, Lagos, Nigeria');
  assert.equal(e.country, 'NG');
});

test('a phone from another country than the one claimed is flagged', () => {
  const e = extract(mail('We are a distributor based in Ghana.\nWhatsApp: +234 803 123 4567'));
  assert.equal(e.country, 'GH');
  assert.equal(e.phoneValid, false);
  assert.deepEqual(e.messengers, ['whatsapp:+2348031234567']);
});

test('a national number is read in the claimed country', () => {
  const e = extract(mail('I am from Germany.\nMobile: 0151 23456789'));
  assert.equal(e.phone, '+4915123456789');
  assert.equal(e.phoneValid, true);
});

test('country from self-description in several languages', () => {
  assert.equal(extract(mail('Hello from Nigeria, we need rice')).country, 'NG');
  assert.equal(extract(mail('We are based in Germany and import tools')).country, 'DE');
  assert.equal(extract(mail('Bonjour, nous sommes un magasin de jouets en France')).country, 'FR');
  assert.equal(extract(mail('我们来自美国，想买')).country, 'US');
  assert.equal(extract(mail('Greetings from Sky Source General Trading LLC Dubai UAE!')).country, 'AE');
});

test('the origin of the goods is not the buyer\'s country', () => {
  const e = extract(mail('Hi, I need to buy 40 tons of almonds every month to send it to India', 'Keen To Purchase Almonds from Uzbekistan'));
  assert.equal(e.country, 'IN');
  assert.equal(e.origin, 'Uzbekistan');
});

test('a .com sender says nothing; a ccTLD is only a weak fallback', () => {
  assert.equal(extract(mail('Please quote 100 pcs', 'RFQ', 'a@company.com')).country, null);
  assert.equal(extract(mail('Please quote 100 pcs', 'RFQ', 'a@firma.de')).country, 'DE');
  assert.equal(extract(mail('We are based in Kenya. Please quote', 'RFQ', 'a@firma.de')).country, 'KE');
});

test('"call me at 3 pm" has no phone and no quantity', () => {
  const e = extract(mail('Please call me at 3 pm tomorrow'));
  assert.equal(e.phone, null);
  assert.equal(e.phoneValid, null);
  assert.equal(e.quantity, null);
});

test('placeholders of the anonymised corpus are kept as values', () => {
  const e = extract(mail('Thanks.\n\n[NAME]\nTiger Natural Gas, Inc.\n[ADDRESS]\nPhone [PHONE] x 211'));
  assert.equal(e.buyerName, '[NAME]');
  assert.equal(e.company, 'Tiger Natural Gas, Inc.');
  assert.equal(e.address, '[ADDRESS]');
  assert.equal(e.phone, '[PHONE]');
  assert.equal(e.phoneValid, null);
});
