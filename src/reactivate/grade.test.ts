import assert from 'node:assert/strict';
import test from 'node:test';
import { gradeBuyer } from './grade.js';

const base = {
  name: null, company: null, phone: null, website: null, products: [] as string[], quantity: null, specifications: [] as string[],
  certificates: [] as string[], targetPrice: null, incoterm: null, port: null, deliveryTime: null, packaging: null, onlySuspicious: false,
};
const qty = { value: 5000, unit: 'pcs', text: '5000 pcs' };
const full = { ...base, name: 'Anna Weber', company: 'Küchen Haushalt GmbH', phone: '+49401234567', products: ['lunch box'], quantity: qty };

test('A: a reachable buyer (name, company, phone or website) with concrete needs', () => {
  assert.equal(gradeBuyer(full), 'A');
  assert.equal(gradeBuyer({ ...full, phone: null, website: 'https://kuechen.example' }), 'A');
  assert.equal(gradeBuyer({ ...full, quantity: null, specifications: ['304 stainless steel'] }), 'A');
  assert.equal(gradeBuyer({ ...full, quantity: null, incoterm: 'FOB', port: 'Hamburg' }), 'A', 'two trade terms are concrete');
});

test('B: average but valuable — a product with some detail or some contact, or a full contact with needs but only suspicious', () => {
  assert.equal(gradeBuyer({ ...full, phone: null }), 'B', 'no phone or website');
  assert.equal(gradeBuyer({ ...full, name: null }), 'B', 'no name');
  assert.equal(gradeBuyer({ ...base, products: ['folding chairs'], quantity: qty }), 'B');
  assert.equal(gradeBuyer({ ...base, products: ['folding chairs'], company: 'Sillas SL' }), 'B');
  assert.equal(gradeBuyer({ ...full, onlySuspicious: true }), 'B');
});

test('C: real but thin', () => {
  assert.equal(gradeBuyer(base), 'C');
  assert.equal(gradeBuyer({ ...base, products: ['folding chairs'] }), 'C', 'a product alone');
  assert.equal(gradeBuyer({ ...base, name: 'Ana', company: 'X SA', phone: '+34911234567' }), 'C', 'contacts but nothing asked');
  assert.equal(gradeBuyer({ ...base, incoterm: 'FOB' }), 'C', 'one trade term is not a requirement');
});
