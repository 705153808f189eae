import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { History } from '../enrich/history.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { SourceEntry } from '../ingest/sources.js';
import type { TriageRecord } from './record.js';
import { parseErrorRecord } from './record.js';
import { BATCH, BATCH_BYTES, finish, type Analysed, type StreamOptions } from './triage-stream.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker.js';

/** Messages queued per worker: three batches, so a worker has the next at hand while its answer travels back. */
const QUEUE_PER_WORKER = 3 * BATCH;
/** And the raw bytes in flight across all workers: a few huge messages must not fill the memory. */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);

/**
 * A worker's young generation, four times V8's default: at every scavenge a whole batch's parsed mail and
 * analysis is still alive and copied, so fewer, larger scavenges copy it less often. On a 271 MB mbox a
 * worker spent 920 ms in scavenges, 450 ms with this, for 135 MB more peak memory in all (README).
 */
const WORKER_YOUNG_GENERATION_MB = 192;

/** Run from TypeScript sources (tests, `tsx`), a worker registers the TypeScript loader before loading its code. */
function startWorker(setup: WorkerSetup): Worker {
  const options = { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
  if (!FROM_SOURCE) return new Worker(WORKER_URL, options);
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * The same records as triageStream, in the same order, with parsing and analysis spread over worker
 * threads. The main thread reads the inputs, keeps the run's history and finishes each message in
 * input order, so history signals see exactly what a sequential run would.
 */
export async function* triageParallel(entries: AsyncIterable<SourceEntry>, options: StreamOptions & { workers: number }): AsyncGenerator<TriageRecord> {
  const history = new History();
  // A record carries no text, so the workers need not send it back (copying it was a twentieth of their time).
  for await (const analysed of analyseParallel(entries, { ...options, keepText: false })) yield finish(analysed, history);
}

/** Every entry analysed by the worker threads, yielded in input order for the caller to finish. */
export async function* analyseParallel(entries: AsyncIterable<SourceEntry>, options: StreamOptions & { workers: number; keepText?: boolean }): AsyncGenerator<Analysed> {
  const setup: WorkerSetup = { useModel: options.model !== null, limits: options.limits ?? DEFAULT_LIMITS, ownDomains: options.ownDomains ?? [], keepText: options.keepText ?? true };
  const workers = Array.from({ length: options.workers }, () => startWorker(setup));
  const queued = workers.map(() => 0);
  const ready = new Map<number, Analysed>();
  const crashed: { error?: Error } = {};
  let stopping = false;
  let wake: (() => void) | null = null;
  workers.forEach((worker, i) => {
    worker.on('message', ({ results }: WorkerReply) => {
      for (const { seq, analysed } of results) {
        ready.set(seq, analysed);
        bytesInFlight -= bytesOf.get(seq) ?? 0;
        bytesOf.delete(seq);
      }
      queued[i] = (queued[i] ?? results.length) - results.length;
      wake?.();
    });
    worker.on('error', (error) => {
      crashed.error = error;
      wake?.();
    });
    // A worker that dies without an 'error' (killed, out of memory) would leave its messages unanswered
    // and the run waiting for ever; the run fails instead, loudly.
    worker.on('exit', (code) => {
      if (stopping) return;
      crashed.error ??= new Error(`a triage worker stopped (exit code ${code})`);
      wake?.();
    });
  });

  const pending: WorkerRequest['items'][] = workers.map(() => []);
  const pendingBytes = workers.map(() => 0);
  const bytesOf = new Map<number, number>();
  let bytesInFlight = 0;
  // The worker whose batch is being filled: a batch is consecutive messages, so answers free whole batches of room.
  let filling: number | null = null;
  const flush = (target: number) => {
    if (target === filling) filling = null;
    const items = pending[target] ?? [];
    if (items.length === 0) return;
    workers[target]?.postMessage({ items } satisfies WorkerRequest);
    pending[target] = [];
    pendingBytes[target] = 0;
  };

  const input = entries[Symbol.asyncIterator]();
  let sent = 0;
  let finished = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && sent - finished < QUEUE_PER_WORKER * workers.length && bytesInFlight < MAX_BYTES_IN_FLIGHT) {
        const next = await input.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const entry = next.value;
        const seq = sent++;
        if ('error' in entry) {
          ready.set(seq, { source: entry.source, index: entry.index, failed: parseErrorRecord(entry.source, entry.index, entry.error, entry.detail) });
          continue;
        }
        const target = (filling ??= queued.indexOf(Math.min(...queued)));
        queued[target] = (queued[target] ?? 0) + 1;
        bytesOf.set(seq, entry.raw.byteLength);
        bytesInFlight += entry.raw.byteLength;
        pending[target]?.push({ seq, source: entry.source, index: entry.index, raw: entry.raw });
        pendingBytes[target] = (pendingBytes[target] ?? 0) + entry.raw.byteLength;
        if ((pending[target]?.length ?? 0) >= BATCH || (pendingBytes[target] ?? 0) >= BATCH_BYTES) flush(target);
      }
      // Nothing waits in a half-filled batch while the pool waits for answers. (While it waits for input, a slow
      // source's first messages may wait in one for the next few: a run is read from files, where they come at once.)
      workers.forEach((_, target) => flush(target));
      for (let analysed = ready.get(finished); analysed; analysed = ready.get(finished)) {
        ready.delete(finished++);
        yield analysed;
      }
      if (crashed.error) throw crashed.error;
      if (exhausted && finished === sent) return;
      // Everything sent has been yielded (its replies came in while the caller worked): read more
      // input. Waiting here instead would wait for a reply that is not coming.
      if (finished === sent) continue;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    stopping = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
