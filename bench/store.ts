/**
 * `npm run bench:store`: the inbox store at volume, printed as figures (never asserted in tests).
 * 1. Import N messages (default 100,000; XUNPAN_BENCH_IMPORT) made from the corpus, each with its own
 *    Message-ID, into a fresh SQLite file the way `xunpan import` does, with resident memory sampled.
 * 2. Grow the store to M inquiries (default 1,000,000; XUNPAN_BENCH_ROWS) by copying rows in SQL, then
 *    time the newest 50 of a tab, of one salesperson's queue, and full-text searches (median, p95).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadModel } from '../src/bayes/load.js';
import { importEntries } from '../src/inbox/import.js';
import { DEFAULT_LIMITS } from '../src/ingest/limits.js';
import type { SourceEntry } from '../src/ingest/sources.js';
import { defaultWorkers } from '../src/pipeline/pool.js';
import { listInbox } from '../src/store/inquiries.js';
import { openStore } from '../src/store/open.js';
import { createUser } from '../src/store/users.js';
import { corpusMessages } from '../scripts/corpora.js';

const IMPORT = Number(process.env.XUNPAN_BENCH_IMPORT ?? 100_000);
const ROWS = Number(process.env.XUNPAN_BENCH_ROWS ?? 1_000_000);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** The corpus again and again, each copy with a Message-ID of its own so none is a duplicate. */
function withMessageId(raw: Buffer, n: number): Buffer {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = (end < 0 ? text : text.slice(0, end)).replace(/^message-id:.*(\r?\n[ \t].*)*\r?\n?/im, '');
  return Buffer.from(`Message-ID: <bench-${n}@xunpan.bench>\n${head}${end < 0 ? '' : text.slice(end)}`, 'latin1');
}

const corpus = corpusMessages();
// eslint-disable-next-line @typescript-eslint/require-await -- generated in memory
async function* generated(): AsyncGenerator<SourceEntry> {
  for (let i = 0; i < IMPORT; i++) yield { source: 'bench', index: i, raw: withMessageId(corpus[i % corpus.length]!, i) };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-bench-store-'));
const store = await openStore(path.join(dir, 'bench.db'));
const sales = await Promise.all(['wang', 'li', 'zhao'].map((n) => createUser(store, { email: `${n}@seller.cn`, name: n, role: 'sales', password: `${n}-password-123` })));
console.log(`corpus ${corpus.length} messages; importing ${IMPORT} into SQLite with ${defaultWorkers()} workers (node ${process.version}, ${os.cpus().length} cores)`);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const rssAt: string[] = [];
const start = process.hrtime.bigint();
const counts = await importEntries(store, generated(), {
  model: loadModel(),
  limits: DEFAULT_LIMITS,
  workers: defaultWorkers(),
  batchSize: 500,
  onBatch: (c) => {
    if (c.read % 20_000 < 500) rssAt.push(`${c.read}: ${mb(process.memoryUsage().rss)} MB`);
  },
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
clearInterval(sampler);
console.log(`import: ${counts.stored} stored in ${seconds.toFixed(1)} s = ${(counts.stored / seconds).toFixed(0)} msg/s; peak RSS ${mb(peakRss)} MB; RSS along the way: ${rssAt.join(', ')}`);

// Grow to ROWS by copying what is there; the FTS index gets the copies too.
const grow = process.hrtime.bigint();
for (let have = counts.stored; have < ROWS; ) {
  const take = Math.min(have, ROWS - have);
  await sql`insert into messages (dedup_key, channel, direction, message_id, in_reply_to, refs, received_at, from_address, from_name, subject, body, verdict, junk_kind, grade, priority, score, is_inquiry, language, buyer_type, country, product, label, tab, archived, thread_id, thread_reason, assignee_id, record, source, platform_buyer_id, imported_at)
    select dedup_key || '#' || ${have}, channel, direction, message_id, in_reply_to, refs, strftime('%Y-%m-%dT%H:%M:%fZ', received_at, '-' || (abs(random()) % 1000) || ' days'), from_address, from_name, subject, body, verdict, junk_kind, grade, priority, score, is_inquiry, language, buyer_type, country, product, label, tab, archived, thread_id, thread_reason, assignee_id, record, source, platform_buyer_id, imported_at
    from messages order by id limit ${take}`.execute(store.db);
  have += take;
}
await sql`insert into messages_fts(rowid, subject, body, extra) select id, subject, body, coalesce(product, '') || ' ' || coalesce(from_address, '') from messages where id > ${counts.stored}`.execute(store.db);
await sql`analyze`.execute(store.db);
const total = await store.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
console.log(`grown to ${total.n} inquiries in ${(Number(process.hrtime.bigint() - grow) / 1e9).toFixed(0)} s`);

async function timeIt(label: string, run: () => Promise<{ rows: unknown[] }>) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 30; i++) {
    const t = process.hrtime.bigint();
    rows = (await run()).rows.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${String(rows).padStart(3)} rows  median ${times[15]!.toFixed(1).padStart(6)} ms  p95 ${times[28]!.toFixed(1).padStart(6)} ms`);
}

const admin = { id: 0, role: 'admin' as const };
const wang = { id: sales[0]!.id, role: 'sales' as const };
await timeIt('newest 50, all, admin', () => listInbox(store, admin, { limit: 50 }));
await timeIt('newest 50, tab priority, admin', () => listInbox(store, admin, { tab: 'priority', limit: 50 }));
await timeIt('newest 50, tab other, one salesperson', () => listInbox(store, wang, { tab: 'other', limit: 50 }));
const page2 = (await listInbox(store, admin, { tab: 'other', limit: 50 })).next ?? undefined;
await timeIt('second page, tab other, admin', () => listInbox(store, admin, { tab: 'other', limit: 50, cursor: page2 }));
await timeIt('search "quotation" (common), admin', () => listInbox(store, admin, { q: 'quotation', limit: 50 }));
await timeIt('search "stainless steel", admin', () => listInbox(store, admin, { q: 'stainless steel', limit: 50 }));
await timeIt('search "hamper" (rare), admin', () => listInbox(store, admin, { q: 'hamper', limit: 50 }));
await timeIt('search "price" in one salesperson queue', () => listInbox(store, wang, { q: 'price', limit: 50 }));
await store.db.destroy();
rmSync(dir, { recursive: true, force: true });
