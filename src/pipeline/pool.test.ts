import test from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SourceEntry } from '../ingest/sources.js';
import { triageParallel } from './pool.js';
import type { TriageRecord } from './record.js';
import { triageStream } from './triage-stream.js';

const mail = (i: number) => Buffer.from(`From: buyer${i}@example.com\r\nSubject: Inquiry ${i}\r\n\r\nPlease quote 500 pcs.\r\n`);

// eslint-disable-next-line @typescript-eslint/require-await -- an in-memory source has nothing to wait for
async function* entries(count: number): AsyncGenerator<SourceEntry> {
  for (let index = 0; index < count; index++) yield { source: 'test', index, raw: mail(index) };
}

test('a slow consumer never leaves the pool waiting for replies it already has', { timeout: 60_000 }, async () => {
  // While the caller takes its time with each record, every reply in flight arrives. The pool then
  // has yielded everything it sent and must read more input instead of waiting for a worker.
  const seen: number[] = [];
  for await (const record of triageParallel(entries(40), { model: null, workers: 1 })) {
    seen.push(record.index);
    await sleep(15);
  }
  assert.deepEqual(seen, Array.from({ length: 40 }, (_, i) => i));
});

test('batches across workers: every record in input order, as one thread gives it, big mails and unreadable ones included', { timeout: 120_000 }, async () => {
  // 2 MB of text: a batch is sent early once it passes its byte budget.
  const big = (i: number) => Buffer.from(`From: buyer${i}@example.com\r\nSubject: Drawings ${i}\r\n\r\nPlease quote 500 pcs.\r\n${'spec line\r\n'.repeat(200_000)}`);
  // eslint-disable-next-line @typescript-eslint/require-await -- an in-memory source has nothing to wait for
  async function* mixed(): AsyncGenerator<SourceEntry> {
    for (let index = 0; index < 70; index++) {
      if (index % 23 === 5) yield { source: 'test', index, error: 'unreadable', detail: 'permission denied' };
      else yield { source: 'test', index, raw: index % 31 === 7 ? big(index) : mail(index) };
    }
  }
  const parallel: TriageRecord[] = [];
  for await (const record of triageParallel(mixed(), { model: null, workers: 2 })) parallel.push(record);
  const sequential: TriageRecord[] = [];
  for await (const record of triageStream(mixed(), { model: null })) sequential.push(record);
  assert.equal(parallel.length, 70);
  assert.deepEqual(parallel.map((r) => r.index), Array.from({ length: 70 }, (_, i) => i));
  assert.deepEqual(parallel, sequential);
  assert.equal(parallel[5]?.verdict, 'suspicious');
});
