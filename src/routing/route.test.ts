import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseAssignee, type Salesperson } from './route.js';

const person = (id: number, over: Partial<Salesperson> = {}): Salesperson => ({ id, productLines: [], languages: [], load: 0, lastAssignedAt: null, ...over });

test('a product line named in the inquiry wins over load', () => {
  const team = [person(1, { productLines: ['LED panel'], load: 9 }), person(2, { load: 0 })];
  assert.deepEqual(chooseAssignee(team, { text: 'Inquiry: LED panels 600x600', language: 'en' }), { userId: 1, rule: 'product', matched: 'LED panel' });
});

test('a product line must be a whole word: "pipe" does not take "pipeline" inquiries', () => {
  const team = [person(1, { productLines: ['pipe'] }), person(2, { load: 0, lastAssignedAt: '2026-01-01' })];
  assert.equal(chooseAssignee(team, { text: 'pipeline valves', language: null })?.rule, 'load');
  assert.equal(chooseAssignee(team, { text: 'steel pipes SCH40', language: null })?.userId, 1);
});

test('the buyer language picks the salesperson who speaks it', () => {
  const team = [person(1, { languages: ['en'] }), person(2, { languages: ['es'], load: 3 })];
  assert.deepEqual(chooseAssignee(team, { text: 'cotizacion', language: 'es' }), { userId: 2, rule: 'language', matched: 'es' });
});

test('among equals: least loaded, then the one who waited longest (round-robin)', () => {
  const team = [person(1, { load: 2 }), person(2, { load: 1, lastAssignedAt: '2026-11-02' }), person(3, { load: 1, lastAssignedAt: '2026-11-01' })];
  assert.equal(chooseAssignee(team, { text: 'x', language: null })?.userId, 3);
  assert.equal(chooseAssignee([], { text: 'x', language: null }), null);
});
