import assert from 'node:assert/strict';
import test from 'node:test';
import type { Extracted } from '../model/extracted.js';
import type { Hit } from '../model/verdict.js';
import { decide } from './decide.js';
import { scoreHits } from './score.js';

const empty: Extracted = {
  products: [], quantity: null, specifications: [], packaging: null, origin: null, qualityStandard: null, deliveryTime: null,
  port: null, incoterm: null, certificates: [], targetPrice: null, sampleRequest: false, buyerName: null, company: null,
  position: null, phone: null, phoneValid: null, website: null, address: null, country: null, messengers: [], language: 'en', buyerType: null,
};
const hit = (id: string, group: string, points: number): Hit => ({ id, group, points, evidence: ['x'] });
const verdictOf = (hits: Hit[], extracted = empty, intent: string[] = []) => decide(hits, scoreHits(hits), extracted, intent);

test('one strong but non-decisive reason is not enough for junk: it stays suspicious', () => {
  const d = verdictOf([hit('phishing.lookalike_domain', 'phishing', 7)]);
  assert.deepEqual([d.verdict, d.kind], ['suspicious', 'phishing']);
});

test('two independent reasons make junk, named after the strongest kind', () => {
  const d = verdictOf([hit('phishing.lookalike_domain', 'phishing', 7), hit('origin.reply_to_free_mail', 'origin', 3)]);
  assert.deepEqual([d.verdict, d.kind, d.grade, d.priority], ['junk', 'phishing', null, 'low']);
});

test('a decisive signal makes junk on its own', () => {
  assert.equal(verdictOf([hit('malware.executable_attachment', 'malware', 12)]).verdict, 'junk');
});

test('weak cues count once together, however many fire', () => {
  const weak = ['origin.odd_hour', 'origin.geo_mismatch', 'spam.hidden_text', 'spam.little_text'].map((id) => hit(id, 'weak', 1));
  const score = scoreHits(weak);
  assert.equal(score.total, 3, 'the weak group is capped');
  assert.equal(verdictOf(weak).verdict, 'genuine');
  assert.equal(verdictOf([...weak, hit('bayes.spam_995', 'bayes', 5)]).verdict, 'junk');
});

test("a buyer's marks pull the score down, but only so far", () => {
  const buyer = [hit('buyer.specific_request', 'buyer', -4), hit('buyer.names_product', 'buyer', -2), hit('contact.complete', 'buyer', -3)];
  assert.equal(scoreHits(buyer).total, -6);
});

test('grades: A for specific and complete, B for a named product with a detail, C for thin', () => {
  const a: Extracted = { ...empty, products: ['lunch box'], quantity: { value: 5000, unit: 'pcs', text: '5000 pcs' }, incoterm: 'CIF', port: 'Hamburg', certificates: ['LFGB'], company: 'Kühne GmbH', phone: '+494030123456' };
  const b: Extracted = { ...empty, products: ['folding chair'], quantity: { value: 300, unit: 'pcs', text: '300 sillas' } };
  assert.equal(verdictOf([], a, ['quotation']).grade, 'A');
  assert.equal(verdictOf([], b, ['need']).grade, 'B');
  assert.equal(verdictOf([], empty, ['price']).grade, 'C');
});

test('grades: a model or grade code in the product names one exact product (B); a measure or "5G" does not', () => {
  for (const product of ['DRY ICE MACHINE WA-30K', 'MS PIPE Q235 Grade', 'Miniature Circuit Breaker(EZC100)']) {
    assert.equal(verdictOf([], { ...empty, products: [product] }, ['need']).grade, 'B', product);
  }
  for (const product of ['dry ice machine', 'Sunflower Oil 5L', 'Redmi Turbo 3 5G Smartphone']) {
    assert.equal(verdictOf([], { ...empty, products: [product] }, ['need']).grade, 'C', product);
  }
});

test('priority: high for a named product with details, low for off-process requests and non-inquiries', () => {
  const detailed: Extracted = { ...empty, products: ['lunch box'], quantity: { value: 5000, unit: 'pcs', text: '5000 pcs' }, incoterm: 'FOB' };
  assert.equal(verdictOf([], detailed, ['quotation']).priority, 'high');
  assert.equal(verdictOf([], { ...empty, products: ['x'] }, ['price']).priority, 'medium');
  assert.equal(verdictOf([hit('buyer.off_process', 'buyer', 0)], detailed, ['quotation']).priority, 'low');
  assert.equal(verdictOf([], empty, []).priority, 'low');
  assert.equal(verdictOf([], empty, []).inquiry, false);
});

test('an unreadable message is suspicious, never junk', () => {
  assert.equal(verdictOf([hit('parse.error', 'parse', 0)]).verdict, 'suspicious');
});
