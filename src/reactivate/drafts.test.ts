import assert from 'node:assert/strict';
import test from 'node:test';
import { draftOutreach } from './drafts.js';
import { officialLanguage } from './languages.js';
import { summarise } from './summary.js';
import { TEMPLATES } from './templates.js';

const buyer = { name: 'Ana Ruiz', products: ['folding chairs'], quantity: { value: 500, unit: 'pcs', text: '500 pcs' }, lastAt: '2024-03-05T10:00:00Z', country: 'ES', language: null };

test('country → official language; English-speaking and unknown countries get English only', () => {
  assert.deepEqual(['ES', 'MX', 'BR', 'DE', 'AT', 'SA', 'EG', 'RU', 'TR', 'IT', 'JP', 'KR', 'TW', 'FR', 'SN'].map(officialLanguage),
    ['es', 'es', 'pt', 'de', 'de', 'ar', 'ar', 'ru', 'tr', 'it', 'ja', 'ko', 'zh', 'fr', 'fr']);
  assert.deepEqual(['US', 'GB', 'NG', 'IN', null].map(officialLanguage), ['en', 'en', 'en', 'en', 'en']);
});

test('every template names the product, quantity and date, and works without a name or product', () => {
  const langs = ['en', 'zh', 'es', 'fr', 'de', 'pt', 'ru', 'ar', 'tr', 'it', 'ja', 'ko'];
  for (const lang of langs) {
    const t = TEMPLATES[lang];
    assert.ok(t, lang);
    const full = t({ name: 'Ana', product: 'folding chairs', quantity: '500 pcs', when: 'WHEN', signature: 'SIG' });
    for (const part of ['folding chairs', '500 pcs', 'WHEN', 'SIG', 'Ana']) assert.ok(full.body.includes(part), `${lang}: ${part}`);
    assert.ok(full.subject.includes('folding chairs'), lang);
    const bare = t({ name: null, product: null, quantity: null, when: 'WHEN', signature: 'SIG' });
    assert.ok(bare.body.includes('WHEN') && !bare.body.includes('null') && !bare.subject.includes('null'), lang);
  }
});

test('a draft is English above and the buyer country language below, dated in each language', () => {
  const d = draftOutreach(buyer, { name: 'Li Wei', company: 'Ningbo Chairs' });
  assert.deepEqual(d.languages, ['en', 'es']);
  assert.equal(d.missingLanguage, null);
  assert.ok(d.body.indexOf('On March 5, 2024 you asked us about folding chairs (500 pcs)') < d.body.indexOf('El 5 de marzo de 2024 nos consultó'));
  assert.match(d.subject, /^Your inquiry about folding chairs \/ Su consulta sobre folding chairs$/);
  assert.match(d.body, /Li Wei\nNingbo Chairs/);
  assert.match(draftOutreach({ ...buyer, country: 'RU' }).body, /5 марта 2024 г\. вы направили нам запрос/);
  assert.match(draftOutreach({ ...buyer, country: 'JP' }).body, /2024年3月5日に/);
  assert.deepEqual(draftOutreach({ ...buyer, country: 'US', language: 'es' }).languages, ['en'], 'the country decides');
  assert.deepEqual(draftOutreach({ ...buyer, country: null, language: 'es' }).languages, ['en', 'es'], 'else the language they wrote in');
  assert.deepEqual(draftOutreach({ ...buyer, country: null }).languages, ['en']);
  const greek = draftOutreach({ ...buyer, country: 'GR' });
  assert.deepEqual([greek.languages, greek.missingLanguage], [['en'], 'el']);
});

test('summary: what the buyer asked for, in Chinese and English', () => {
  const s = summarise({
    products: ['lunch box', 'water bottle'], quantity: { value: 5000, unit: 'pcs', text: '5000 pcs' }, specifications: ['304 stainless steel'],
    certificates: ['LFGB'], targetPrice: { amount: 2.5, currency: 'USD', per: 'pc', text: 'USD 2.50/pc' }, incoterm: 'FOB', port: 'Ningbo',
    deliveryTime: null, packaging: null, sampleRequest: true, subjects: ['RFQ'],
  });
  assert.equal(s.zh, '产品：lunch box, water bottle；数量：5000 pcs；规格：304 stainless steel；目标价：USD 2.50/pc；条款：FOB Ningbo；认证：LFGB；要样品');
  assert.equal(s.en, 'Products: lunch box, water bottle; Quantity: 5000 pcs; Specs: 304 stainless steel; Target price: USD 2.50/pc; Terms: FOB Ningbo; Certificates: LFGB; wants samples');
  const empty = { products: [], quantity: null, specifications: [], certificates: [], targetPrice: null, incoterm: null, port: null, deliveryTime: null, packaging: null, sampleRequest: false };
  assert.deepEqual(summarise({ ...empty, subjects: ['Price of chairs?'] }), { zh: '主题：Price of chairs?', en: 'Subject: Price of chairs?' });
});
