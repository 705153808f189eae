import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadModel } from '../bayes/load.js';
import { MESSAGE_SIGNALS } from '../signals/registry.js';
import { spamAssassinMessages } from '../../scripts/corpora.js';
import type { SourceEntry } from '../ingest/sources.js';
import { analyseRaw, analyseRawMany, analyseStream, BATCH, triageStream } from './triage-stream.js';

const examples = path.join(import.meta.dirname, '../../examples');

test('a batch gives every message the analysis it gets alone: same verdict inputs, hits and extraction', async () => {
  // Mail of every kind in one batch (newsletters, spam, the example inquiries in four charsets, an unreadable
  // message in the middle): analysed stage by stage, each must come out exactly as when analysed alone.
  const sample = spamAssassinMessages().filter((_, i) => i % 90 === 0).map((m) => m.raw);
  const inquiries = readdirSync(examples).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(path.join(examples, f)));
  const raws = [...sample.slice(0, 40), Buffer.from('\u0000\u0001 not a mail at all'), ...inquiries, ...sample.slice(40)];
  const options = { model: loadModel() };
  const batch = await analyseRawMany(raws.map((raw, index) => ({ source: 'batch', index, raw })), options);
  assert.equal(batch.length, raws.length);
  for (const [index, raw] of raws.entries()) assert.deepEqual(batch[index], await analyseRaw('batch', index, raw, options), `message ${index}`);
  assert.ok('failed' in (batch[40] ?? {}), 'the unreadable message has its own parse error record');
  assert.ok(batch.filter((a) => 'analysis' in a && a.analysis.hits.length > 0).length > 40, 'the sample fires signals');
});

test('the stream reads in batches and keeps input order, unreadable entries in their place', async () => {
  // More than two batches, with files the reader could not open between the messages.
  const raws = spamAssassinMessages().filter((_, i) => i % 60 === 0).slice(0, 2 * BATCH + 5).map((m) => m.raw);
  const entries: SourceEntry[] = raws.flatMap((raw, i): SourceEntry[] => (i % 17 === 3 ? [{ source: 'unreadable.eml', index: 0, error: 'unreadable', detail: 'permission denied' }, { source: 's', index: i, raw }] : [{ source: 's', index: i, raw }]));
  // eslint-disable-next-line @typescript-eslint/require-await -- an in-memory source has nothing to wait for
  async function* source(): AsyncGenerator<SourceEntry> {
    yield* entries;
  }
  const streamed = [];
  for await (const analysed of analyseStream(source(), { model: null })) streamed.push(analysed);
  assert.equal(streamed.length, entries.length);
  for (const [i, entry] of entries.entries()) {
    if ('error' in entry) assert.equal((streamed[i] as { failed: { signals: Array<{ id: string }> } }).failed.signals[0]?.id, 'parse.error');
    else assert.deepEqual(streamed[i], await analyseRaw(entry.source, entry.index, entry.raw, { model: null }));
  }
});

test('a message that breaks the analysis fails alone: the rest of its batch is analysed as usual', async (t) => {
  // A signal that throws on one message stands for any bug a strange mail may hit.
  const signal = MESSAGE_SIGNALS[0];
  assert.ok(signal);
  const check = signal.check;
  signal.check = (q) => {
    if (q.message.subject === 'boom') throw new Error('signal failed');
    return check(q);
  };
  t.after(() => (signal.check = check));
  const mail = (subject: string) => Buffer.from(`From: buyer@example.com\r\nSubject: ${subject}\r\n\r\nPlease quote 500 pcs of M8 bolts.\r\n`);
  const batch = await analyseRawMany(['first', 'boom', 'third'].map((subject, index) => ({ source: 'b', index, raw: mail(subject) })), { model: null });
  assert.deepEqual(batch.map((a) => ('failed' in a ? a.failed.signals[0]?.evidence : a.analysis.inquiry.message.subject)), ['first', ['internal', 'signal failed'], 'third']);
});

// Headers may hold 2 MB. Before subjects and names were cut to maxHeaderChars, a display name of 40,000 letters took
// 3 s (a pattern backtracking over the run, the square of its length) and one of 2 MB would have taken hours.
test('a message with a huge subject and sender name gets its record, read up to maxHeaderChars', { timeout: 120_000 }, async () => {
  const name = 'e'.repeat(1_200_000);
  const raw = Buffer.from(`From: ${name} <${'a'.repeat(200_000)}@example.com>\r\nTo: s@seller.example\r\nSubject: ${'a '.repeat(100_000)}\r\n\r\nPlease quote 500 pcs.\r\n`);
  // eslint-disable-next-line @typescript-eslint/require-await -- an in-memory source has nothing to wait for
  async function* source(): AsyncGenerator<SourceEntry> {
    yield { source: 'big.eml', index: 0, raw };
  }
  const records = [];
  for await (const record of triageStream(source(), { model: loadModel() })) records.push(record);
  assert.equal(records.length, 1);
  assert.deepEqual(records[0]?.signals.filter((s) => s.id === 'parse.error'), [], 'a verdict, not a parse error');
});
