/**
 * `xunpan import`: triage messages and store them. Messages go to the database in batches, one
 * transaction each; `onBatch` is told only after a batch is committed, so what it reports is safe
 * from a crash, and a re-run skips it by its dedup key.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { BayesModel } from '../bayes/model.js';
import { History } from '../enrich/history.js';
import type { ParseLimits } from '../ingest/limits.js';
import { readSources, type SourceEntry } from '../ingest/sources.js';
import { analyseParallel } from '../pipeline/pool.js';
import type { TriageRecord } from '../pipeline/record.js';
import { analyseStream, finishWithMessage } from '../pipeline/triage-stream.js';
import { now, type Store } from '../store/dialect.js';
import { Intake, type IncomingMessage } from '../store/intake.js';
import { isAutoReply } from './auto-reply.js';

export interface ImportCounts {
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export interface ImportOptions {
  model: BayesModel | null;
  limits: ParseLimits;
  workers: number;
  ownDomains?: string[];
  batchSize?: number;
  label?: string;
  /**
   * A row of `imports` made beforehand (an upload answers with its id before the run starts). Its
   * maker also says how the run ended: only the counts are written here.
   */
  runId?: number;
  onBatch?: (counts: ImportCounts) => void | Promise<void>;
  /** Each message's record, in input order, as soon as it is triaged (before it is committed). */
  onRecord?: (record: TriageRecord) => Promise<void> | void;
}

export async function importSources(store: Store, paths: readonly string[], options: ImportOptions): Promise<ImportCounts> {
  return importEntries(store, readSources(paths, { maxMessageBytes: options.limits.maxMessageBytes }), { label: paths.join(' '), ...options });
}

export async function importEntries(store: Store, entries: AsyncIterable<SourceEntry>, options: ImportOptions): Promise<ImportCounts> {
  const counts: ImportCounts = { read: 0, stored: 0, duplicates: 0, failed: 0 };
  const run = options.runId !== undefined ? { id: options.runId } : await store.db.insertInto('imports').values({ label: (options.label ?? 'import').slice(0, 500), started_at: now(), status: 'running', ...counts }).returning('id').executeTakeFirstOrThrow();
  const intake = await Intake.open(store);
  const history = new History();
  // The analysers hand results back in input order, so the raw bytes wait here in the same order.
  const raws: (Uint8Array | null)[] = [];
  async function* remembered(): AsyncGenerator<SourceEntry> {
    for await (const entry of entries) {
      raws.push('raw' in entry ? entry.raw : null);
      yield entry;
    }
  }
  const streamOptions = { model: options.model, limits: options.limits, ownDomains: options.ownDomains ?? [] };
  const analysed = options.workers > 1 ? analyseParallel(remembered(), { ...streamOptions, workers: options.workers }) : analyseStream(remembered(), streamOptions);

  const save = async (run: { id: number }, batch: IncomingMessage[]) => {
    if (batch.length === 0) return;
    const result = await intake.storeBatch(batch);
    counts.stored += result.stored;
    counts.duplicates += result.duplicates;
    await store.db.updateTable('imports').set({ ...counts }).where('id', '=', run.id).execute();
    await options.onBatch?.({ ...counts });
  };

  let batch: IncomingMessage[] = [];
  try {
    for await (const item of analysed) {
      const raw = raws.shift() ?? null;
      counts.read += 1;
      const { record, message } = finishWithMessage(item, history);
      await options.onRecord?.(record);
      if (!raw) {
        counts.failed += 1; // nothing to keep: an unreadable file or a message over the size limit
        continue;
      }
      if (!message) counts.failed += 1; // kept all the same, as a suspicious parse.error, to look at
      batch.push({
        dedupKey: dedupKey(record.messageId, record.from, record.subject, raw),
        channel: 'mail',
        direction: 'in',
        record,
        body: message?.text ?? '',
        fromName: message?.from?.name || null,
        inReplyTo: message?.headers['in-reply-to']?.trim() || null,
        references: message?.headers.references?.split(/\s+/).filter(Boolean) ?? [],
        receivedAt: record.date ?? now(),
        rawGzip: gzipSync(raw, { level: 1 }), // fast: the main thread is shared with the writer
        platformBuyerId: null,
        source: item.source,
        autoReply: message ? isAutoReply(message.headers) : false,
      });
      if (batch.length >= (options.batchSize ?? 250)) {
        await save(run, batch);
        batch = [];
      }
    }
    await save(run, batch);
  } catch (error) {
    if (options.runId === undefined) await store.db.updateTable('imports').set({ status: 'failed', finished_at: now() }).where('id', '=', run.id).execute();
    throw error;
  }
  const ended = options.runId === undefined ? { status: 'done' as const, finished_at: now() } : {};
  await store.db.updateTable('imports').set({ ...counts, ...ended }).where('id', '=', run.id).execute();
  return counts;
}

/**
 * The same mail imported twice (an mbox export and an IMAP copy) has the same Message-ID, sender
 * and subject. Sender and subject are part of the key because some mailers reuse Message-IDs, and
 * two different messages must never collapse into one.
 */
export function dedupKey(messageId: string | null, from: string | null, subject: string, raw: Uint8Array): string {
  if (messageId) return `mid:${messageId.trim()}|${createHash('sha256').update(`${from ?? ''}\n${subject}`).digest('hex').slice(0, 16)}`;
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}
