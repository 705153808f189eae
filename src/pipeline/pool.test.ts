import test from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SourceEntry } from '../ingest/sources.js';
import { triageParallel } from './pool.js';

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
