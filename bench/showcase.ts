/**
 * `npm run bench:showcase`: showcase picks and buyer keywords from 100,000 stored inquiries
 * (XUNPAN_BENCH_INQUIRIES to change) in a SQLite file, all within the 90-day window so every row is
 * read and ranked. Prints figures only; tests never assert timing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { keywordsReport, showcaseReport } from '../src/inbox/showcase.js';
import { writeTransaction } from '../src/store/dialect.js';
import { openStore } from '../src/store/open.js';
import type { NewMessage } from '../src/store/schema.js';

const N = Number(process.env.XUNPAN_BENCH_INQUIRIES ?? 100_000);
const AS_OF = new Date('2026-11-27T00:00:00Z');
const COUNTRIES = ['GB', 'US', 'DE', 'FR', 'ES', 'BR', 'SA', 'IN', 'NG', 'AU', null];
/** Product lines with the names buyers give them, so keys, synonyms and phrases vary as in real mail. */
const PRODUCTS = [
  ['wicker picnic basket', 'picnic hamper', 'picnic baskets', 'wicker picnic hampers'],
  ['stainless steel lunch box', 'lunch boxes', 'bento lunch box', 'kids lunch box'],
  ['folding chair', 'camping chairs', 'folding chairs', 'beach folding chair'],
  ['LED panel light', 'led panel lights', 'ceiling panel light', 'slim panel light'],
  ['kraft paper box', 'paper gift box', 'kraft boxes', 'paper packaging box'],
  ['steel pipe', 'galvanized steel pipe', 'erw steel pipes', 'seamless steel pipe'],
  ['yoga mat', 'tpe yoga mat', 'yoga mats', 'non slip yoga mat'],
  ['water bottle', 'sports water bottle', 'insulated water bottles', 'glass water bottle'],
];

let seed = 7;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function row(i: number): NewMessage {
  const product = pick(pick(PRODUCTS));
  const verdict = rand() < 0.1 ? 'junk' : rand() < 0.2 ? 'suspicious' : 'genuine';
  const at = new Date(AS_OF.getTime() - rand() * 89 * 86_400_000).toISOString();
  const body = `Dear sir,\nWe are an importer and need ${100 + (i % 50) * 100} pcs of ${product}, please quote FOB with your best price and lead time.\nWe also want ${pick(pick(PRODUCTS))} later.\nBest regards,\nBuyer ${i}`;
  return {
    dedup_key: `bench-${i}`, channel: 'mail', direction: 'in', message_id: null, in_reply_to: null, refs: null, received_at: at,
    from_address: `buyer${i}@example.com`, from_name: null, subject: `Inquiry: ${product}`, body, verdict, junk_kind: null, grade: 'B',
    priority: 'medium', score: 0, is_inquiry: 1, language: 'en', buyer_type: null, country: pick(COUNTRIES), product, label: null,
    tab: verdict === 'junk' ? 'junk' : 'other', archived: 0, thread_id: null, thread_reason: null, assignee_id: null,
    record: JSON.stringify({ extracted: { products: [product] } }), source: 'bench', platform_buyer_id: null, imported_at: at,
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-bench-showcase-'));
const store = await openStore(path.join(dir, 'bench.db'));
try {
  for (let i = 0; i < N; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, N - i) }, (_, k) => row(i + k));
    await writeTransaction(store, (tx) => tx.insertInto('messages').values(batch).execute());
  }
  const admin = { id: 0, role: 'admin' as const };
  let t0 = performance.now();
  const picks = await showcaseReport(store, admin, { asOf: AS_OF });
  const showcaseMs = performance.now() - t0;
  t0 = performance.now();
  const words = await keywordsReport(store, admin, { asOf: AS_OF });
  const keywordsMs = performance.now() - t0;
  console.log(`node ${process.version}, ${os.cpus().length} cores; ${N.toLocaleString('en')} stored inquiries, ${picks.inquiries.toLocaleString('en')} non-junk in the window`);
  console.log(`showcase picks: ${(showcaseMs / 1000).toFixed(2)} s (${picks.candidates.length} candidates); top: ${picks.candidates.slice(0, 3).map((c) => `${c.product} ${c.n30}/${c.n90}`).join(', ')}`);
  console.log(`buyer keywords: ${(keywordsMs / 1000).toFixed(2)} s (${words.products.length} products); peak RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
} finally {
  await store.db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
