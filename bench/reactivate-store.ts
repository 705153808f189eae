/**
 * `npm run bench:reactivate-store`: `xunpan reactivate` on a SQLite inbox of 100,000 stored inquiries
 * (XUNPAN_BENCH_INQUIRIES) and 600 stored bounces, with a 5,000-row customer list. The rows are
 * inserted directly (the records as triage stores them, signals included), then the command runs in
 * this process exactly as the CLI does. Prints figures only; the target is the list in ≤ 10 s.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { reactivateCommand } from '../src/cli/reactivate-command.js';
import { isFreeMail } from '../src/enrich/freemail.js';
import { storedBounces, storedInquiries } from '../src/inbox/reactivation-source.js';
import type { TriageRecord } from '../src/pipeline/record.js';
import { reactivate } from '../src/reactivate/reactivate.js';
import { openStore } from '../src/store/open.js';
import type { NewMessage } from '../src/store/schema.js';
import { bounceRaw, customerRows, inquiries, N } from './reactivate-data.js';

/** What triage writes besides the extraction: explained signals, so a record is ~2 KB as from real mail. */
const SIGNAL_LIST: TriageRecord['signals'] = [
  { id: 'buyer.specific_product', group: 'buyer', points: -2, en: 'Names a specific product with quantity or specs', zh: '提到具体产品及数量或规格', evidence: ['stainless steel lunch box', '500 pcs'] },
  { id: 'contact.company_domain', group: 'contact', points: -1, en: 'Writes from a company domain', zh: '使用企业邮箱', evidence: ['company.example'] },
  { id: 'origin.country_match', group: 'origin', points: 0, en: 'Sent from the country it names', zh: '发信地与所称国家一致', evidence: ['DE'] },
];
const SIGNALS = [...SIGNAL_LIST, ...SIGNAL_LIST.map((s) => ({ ...s, id: `${s.id}_2` }))];

function row(i: number, receivedAt: string, record: TriageRecord, extra: Partial<NewMessage> = {}): NewMessage {
  return {
    dedup_key: `bench-${i}`, channel: 'mail', direction: 'in', message_id: `<bench-${i}@bench.example>`, in_reply_to: null, refs: null,
    received_at: receivedAt, from_address: record.from, from_name: null, subject: record.subject,
    body: `Dear sir, please quote ${record.extracted?.products.join(', ') ?? ''}. `.repeat(8),
    verdict: record.verdict, junk_kind: record.kind, grade: record.grade, priority: record.priority, score: record.score, is_inquiry: 1,
    language: 'en', buyer_type: null, country: record.extracted?.country ?? null, product: record.extracted?.products[0] ?? null, label: null,
    tab: record.verdict === 'junk' ? 'junk' : 'other', archived: 0, thread_id: null, thread_reason: null, assignee_id: null,
    record: JSON.stringify(record), source: 'bench', platform_buyer_id: null, imported_at: receivedAt, ...extra,
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-bench-reactivate-'));
const db = path.join(dir, 'bench.db');
const store = await openStore(db);
const fill = performance.now();
let batch: NewMessage[] = [];
const flush = async () => {
  if (batch.length) await store.db.insertInto('messages').values(batch).execute();
  batch = [];
};
let n = 0;
for (const { record, receivedAt } of inquiries()) {
  batch.push(row(n++, receivedAt, { ...record, signals: SIGNALS }));
  if (batch.length === 500) await flush();
}
await flush();
const bounceRecord = (i: number): TriageRecord => ({
  source: 'bench', index: i, messageId: null, subject: 'Undelivered Mail Returned to Sender', from: 'mailer-daemon@mx.relay.example', date: null,
  origin: { ip: null, country: null, localHour: null }, verdict: 'genuine', kind: null, grade: 'C', priority: 'low', score: 0, inquiry: false,
  language: 'en', buyerType: null, signals: [], extracted: null,
});
for (const [i, raw] of bounceRaw.entries()) {
  const { id } = await store.db.insertInto('messages').values(row(N + i, '2025-09-02T10:00:00.000Z', bounceRecord(i))).returning('id').executeTakeFirstOrThrow();
  await store.db.insertInto('raw_messages').values({ message_id: id, raw: gzipSync(raw) }).execute();
}
await store.db.destroy();
const customers = path.join(dir, 'customers.csv');
writeFileSync(customers, customerRows.map((r) => r.join(',')).join('\n'));
console.log(`filled ${N} inquiries + ${bounceRaw.length} bounces into SQLite (${(statSync(db).size / 1e6).toFixed(0)} MB) in ${((performance.now() - fill) / 1000).toFixed(1)} s (node ${process.version})`);

// The list alone: what the API answers and the ≤ 10 s target.
const reading = await openStore(db);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await reactivate(storedInquiries(reading), storedBounces(reading), [], { isFreeMail });
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
await reading.db.destroy();
// CPU time too: on a shared machine the wall clock measures the neighbours as well.
console.log(`list from the store: ${result.counts.inquiries} inquiries → ${result.counts.buyers} buyers, ${result.counts.dead} dead: ${((t1 - t0) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`);

// The whole command as the CLI runs it: open, read, customer list, XLSX and CSV.
const out: string[] = [];
const sink = { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream;
const t2 = performance.now();
await reactivateCommand(['--db', db, '--customers', customers, '--xlsx', path.join(dir, 'out.xlsx'), '--csv', path.join(dir, 'out.csv'), '--lang', 'en'], sink);
const t3 = performance.now();
console.log(out.join('').trim());
console.log(`xunpan reactivate --customers --xlsx --csv: ${((t3 - t2) / 1000).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (process.env.XUNPAN_BENCH_KEEP) console.log(`kept ${db}`);
else rmSync(dir, { recursive: true, force: true });
