/** The ranking core on hand-made inquiries: counts per window, synonyms, buyer words per country, listing health. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buyerKeywords, measureDemand, rankShowcase, reasonText, type ShowcaseInquiry } from './index.js';
import { headPhrases, productKey } from './phrases.js';
import { tokens } from '../listings/words.js';

const AS_OF = new Date('2026-11-27T00:00:00Z');
const daysAgo = (d: number) => new Date(AS_OF.getTime() - d * 86_400_000).toISOString();
const q = (days: number, country: string | null, product: string, text = `Please quote 200 pcs ${product}.`): ShowcaseInquiry => ({ receivedAt: daysAgo(days), country, products: [product], text });

test('a product key is the head noun and the word before it, stemmed, without inquiry talk or sizes', () => {
  assert.deepEqual(productKey('500 pcs Wicker Picnic Baskets'), { modifier: 'picnic', head: 'basket' });
  assert.deepEqual(productKey('price of lunch boxes'), { modifier: 'lunch', head: 'box' });
  assert.deepEqual(productKey('hampers'), { modifier: null, head: 'hamper' });
  assert.equal(productKey('500 pcs'), null);
  const text = 'We need a large wicker picnic basket, and picnic baskets for 4.';
  assert.deepEqual(headPhrases(text, tokens(text), 'basket').sort(), ['picnic basket', 'wicker picnic basket']);
});

const INQUIRIES: ShowcaseInquiry[] = [
  // GB says hamper, US says basket: one product (they share the modifiers picnic and wicker).
  ...Array.from({ length: 4 }, (_, i) => q(i * 5, 'GB', 'picnic hamper', 'Looking for a wicker picnic hamper for 4 persons.')),
  q(40, 'GB', 'wicker hamper'),
  ...Array.from({ length: 3 }, (_, i) => q(i * 7 + 1, 'US', 'picnic basket', 'Need picnic baskets with cutlery, 300 pcs.')),
  q(45, 'US', 'wicker basket'),
  // Steel pipe and steel sink share one material word only: they stay apart.
  q(10, 'DE', 'steel pipe'), q(35, 'DE', 'steel pipe'), q(36, 'DE', 'steel pipe'), q(37, 'DE', 'stainless steel pipe'),
  q(12, 'NG', 'steel sink'), q(50, 'NG', 'stainless steel sink'),
  q(20, 'FR', 'steel tube'), q(21, 'FR', 'stainless tube'),
  // Outside the 90 days, and from the future: not counted.
  q(95, 'US', 'picnic basket'), q(-1, 'US', 'picnic basket'),
];

test('inquiries per product over 30 and 90 days, synonym heads merged, steel products kept apart', () => {
  const demand = measureDemand(INQUIRIES, AS_OF);
  const byKey = new Map(demand.products.map((p) => [p.key, p]));
  const picnic = byKey.get('picnic hamper') ?? byKey.get('picnic basket');
  assert.ok(picnic, JSON.stringify([...byKey.keys()]));
  assert.deepEqual([picnic.n30, picnic.prior30, picnic.n90], [7, 0, 7]);
  assert.deepEqual(picnic.heads, ['basket', 'hamper']);
  assert.ok(byKey.get('steel pipe') && byKey.get('steel sink'), 'different heads sharing only a material stay apart');
  const pipe = byKey.get('steel pipe');
  assert.deepEqual([pipe?.n30, pipe?.prior30, pipe?.n90], [1, 3, 4]);

  const words = buyerKeywords(demand).find((p) => p.product.startsWith('picnic'));
  const gb = words?.words.find((w) => w.country === 'GB')?.phrases.map((p) => p.phrase);
  const us = words?.words.find((w) => w.country === 'US')?.phrases.map((p) => p.phrase);
  assert.ok(gb?.includes('picnic hamper') && !gb.includes('picnic basket'), JSON.stringify(gb));
  assert.ok(us?.includes('picnic baskets') && !us.some((p) => p.includes('hamper')), JSON.stringify(us));
});

test('showcase picks: more and growing demand first; reasons in both languages; a weak listing says fix first', () => {
  const demand = measureDemand(INQUIRIES, AS_OF);
  const alone = rankShowcase(demand, null);
  assert.match(alone.candidates[0]?.product ?? '', /picnic/);
  const reasons = alone.candidates[0]?.reasons.map((r) => r.id);
  assert.deepEqual(reasons, ['demand', 'new', 'countries']);
  const pipe = alone.candidates.find((c) => c.product.includes('pipe'));
  assert.equal(pipe?.growth, -67);
  assert.ok(pipe?.reasons.some((r) => r.id === 'decline'));

  const listings = [
    { row: 1, title: 'Stainless Steel Pipe ERW', category: 'Steel Pipes', score: 95, findings: [] },
    { row: 2, title: 'Wicker Picnic Basket Set', category: 'Picnic Baskets', score: 55, findings: ['title.stuffing'] },
    { row: 3, title: 'LED Panel Light', category: 'Lights', score: 100, findings: [] },
  ];
  const withCatalogue = rankShowcase(demand, listings);
  assert.deepEqual(withCatalogue.candidates.map((c) => c.row), [2, 1], 'the LED panel nobody asked about is no pick');
  const basket = withCatalogue.candidates[0];
  assert.equal(basket?.n90, 9, 'GB hampers and wicker hampers count for the wicker picnic basket listing');
  const fix = basket?.reasons.find((r) => r.id === 'fix_first');
  assert.ok(fix);
  assert.equal(reasonText(fix, 'zh'), '产品诊断 55 分：先修正标题堆砌再上橱窗');
  assert.equal(reasonText(fix, 'en'), 'listing score 55: fix stuffing before showcasing it');
  assert.deepEqual(withCatalogue.unlisted.map((c) => c.product), ['steel sink'], 'asked for twice, listed nowhere');
  assert.ok(withCatalogue.unlisted.every((c) => c.reasons.at(-1)?.id === 'unlisted'));
});
