import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserError } from '../errors.js';
import { draftReply, type Seller } from './draft.js';
import { findQuestions } from './questions.js';
import { replySubject } from './subject.js';
import { loadTemplates } from './templates.js';
import { extracted } from '../../test/support/extracted.js';

const seller: Seller = { name: 'Lily Chen', title: 'Sales Manager', company: 'Ningbo Bright Appliance Co., Ltd.', phone: '+86 574 8888 6666', email: 'lily@brightappliance.com', website: 'www.brightappliance.com' };


const TEXT = `Dear Sales,
We are a manufacturer of kitchen appliances in Germany and need your SUS304 air fryer AF-300.
Please quote your best FOB Ningbo price for 2000 pcs. What is your MOQ? Can you send a sample first?
Also kindly advise lead time and payment terms.
Best regards,
Hans Müller`;

test('questions: question marks, "please quote / kindly advise" requests, each with its topics', () => {
  assert.deepEqual(findQuestions(TEXT).map((q) => q.topics), [['price'], ['moq'], ['sample'], ['delivery', 'payment']]);
  assert.deepEqual(findQuestions('Hola, necesito precio de 500 unidades. ¿Cuál es el plazo de entrega?').map((q) => q.topics), [['price'], ['delivery']]);
  assert.deepEqual(findQuestions('We are a trading company in Dubai with 20 years of experience.'), []);
});

test('a draft greets by name, answers each question in a numbered point, asks what is missing, signs in full', () => {
  const d = draftReply({ subject: 'Air fryer AF-300 inquiry', language: 'en', text: TEXT, extracted: extracted({ buyerName: 'Hans Müller', quantity: { value: 2000, unit: 'pcs', text: '2000 pcs' }, specifications: ['SUS304'], incoterm: 'FOB', port: 'Ningbo', buyerType: 'manufacturer' }) }, seller);
  assert.equal(d.subject, 'Re: Air fryer AF-300 inquiry');
  assert.deepEqual(d.languages, ['en']);
  assert.match(d.body, /^Dear Hans Müller,/);
  assert.match(d.body, /\n1\. “Please quote your best FOB Ningbo price for 2000 pcs\.”\n {3}Price: \[unit price\] per unit for 2000 pcs/);
  assert.match(d.body, /\n4\. “Also kindly advise lead time and payment terms\.”\n {3}Delivery: .*\n {3}Payment: T\/T/);
  assert.match(d.body, /quality and consistency/);
  assert.deepEqual(d.asked, ['packaging', 'certificates', 'deliveryTime']);
  assert.match(d.body, /Tel: \+86 574 8888 6666\nEmail: lily@brightappliance.com\nWeb: www.brightappliance.com$/);
  assert.ok(d.toFill.includes('[unit price]'));
});

test('buyer type sets the angle: traders hear about margin, shops about small lots and branding', () => {
  const trader = draftReply({ subject: '', language: 'en', text: 'Price please?', extracted: extracted({ buyerType: 'wholesaler' }) }, seller);
  assert.equal(trader.angle, 'margin');
  assert.match(trader.body, /room for your margin/);
  const shop = draftReply({ subject: '', language: 'en', text: 'Price please?', extracted: extracted({ buyerType: 'ecommerce' }) }, seller);
  assert.match(shop.body, /small quantities and can put your brand/);
  assert.equal(draftReply({ subject: '', language: 'en', text: 'Price?', extracted: extracted() }, seller).angle, null);
});

test('a Spanish inquiry gets the reply in Spanish first, then English; a generic subject is replaced', () => {
  const d = draftReply({ subject: 'Cotización', language: 'es', text: 'Hola, necesito precio de 500 unidades. ¿Cuál es el plazo de entrega?', extracted: extracted({ language: 'es', buyerName: 'Carlos', country: 'MX' }) }, seller);
  assert.deepEqual(d.languages, ['es', 'en']);
  assert.equal(d.subject, 'Cotización de air fryer de Ningbo Bright Appliance Co., Ltd.');
  assert.match(d.body, /^Estimado\/a Carlos:/);
  assert.match(d.body, /1\. “Hola, necesito precio de 500 unidades\.”\n {3}Precio:/);
  assert.match(d.body, /――――――――――\n\nDear Carlos,/);
  for (const lang of ['fr', 'de', 'pt', 'ru', 'ar', 'tr', 'it']) {
    assert.deepEqual(draftReply({ subject: 'x y', language: lang, text: 'Price?', extracted: extracted({ language: lang }) }, seller).languages, [lang, 'en'], lang);
  }
  const ja = draftReply({ subject: 'x y', language: 'ja', text: '価格?', extracted: extracted({ language: 'ja' }) }, seller);
  assert.deepEqual([ja.languages, ja.missingLanguage], [['en'], 'ja']);
});

test('team templates: edited intro with variables, an unknown variable is a bilingual error', () => {
  const packs = loadTemplates({ en: { companyIntro: '{company} has made {product} since 2008.', openQuestions: 'Which colour do you prefer?' } });
  const d = draftReply({ subject: 'x y', language: 'en', text: 'Price?', extracted: extracted() }, seller, packs);
  assert.match(d.body, /Ningbo Bright Appliance Co., Ltd. has made air fryer since 2008\./);
  assert.match(d.body, /- Which colour do you prefer\?/);
  assert.throws(() => loadTemplates({ de: { closing: 'Bis bald, {salesman}' } }), (e: unknown) => e instanceof UserError && /\{salesman\}/.test(e.en) && /未知变量/.test(e.zh) && /de\.closing/.test(e.en));
  assert.throws(() => loadTemplates({ nl: { closing: 'Met vriendelijke groet' } }), (e: unknown) => e instanceof UserError && e.zh.includes('nl'));
});

test('"Re:" appears once, whatever the buyer\'s client stacked up', () => {
  assert.equal(replySubject('RE: Re: AW: Air fryer price'), 'Re: Air fryer price');
  assert.equal(replySubject('回复：Air fryer'), 'Re: Air fryer');
  assert.equal(replySubject('Air fryer'), 'Re: Air fryer');
});
