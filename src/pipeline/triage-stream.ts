import type { BayesModel } from '../bayes/model.js';
import { explainHit } from '../explain/explain.js';
import { gatherFacts, historyKey } from '../enrich/facts.js';
import { History, type HistoryKey } from '../enrich/history.js';
import { type ParseLimits, DEFAULT_LIMITS } from '../ingest/limits.js';
import { parseMessage } from '../ingest/parse.js';
import type { SourceEntry } from '../ingest/sources.js';
import type { ParsedMessage } from '../model/message.js';
import { analyseMany, conclude, type Analysis } from '../triage/triage.js';
import { parseErrorRecord, type TriageRecord } from './record.js';

/** How much of a message's text the inbox store keeps for search and display. */
export const STORED_TEXT_CHARS = 20_000;

export interface StreamOptions {
  model: BayesModel | null;
  limits?: ParseLimits;
  ownDomains?: string[];
}

/** The per-message half of a run: what a worker thread can do without seeing other messages. */
export type Analysed =
  | { source: string; index: number; analysis: Analysis; history: HistoryKey }
  | { source: string; index: number; failed: TriageRecord };

/** Raw messages in, one explained record out for each, in order; a bad message becomes a parse.error record. */
export async function* triageStream(entries: AsyncIterable<SourceEntry>, options: StreamOptions): AsyncGenerator<TriageRecord> {
  const history = new History();
  for await (const analysed of analyseStream(entries, options)) yield finish(analysed, history);
}

/**
 * Messages analysed together (analyseRawMany), or fewer once they hold BATCH_BYTES: on the bench corpus 32 at a
 * time ran half to two-thirds faster than one at a time in one thread; 64 and 128 were no faster (README,
 * "Evaluation and benchmark"). The byte cap keeps a batch of huge mails from filling the memory.
 */
export const BATCH = 32;
export const BATCH_BYTES = 1024 * 1024;

/**
 * Every entry analysed in this thread, in input order, for the caller to finish. Entries are read a batch
 * at a time: the callers read files or the store, where the next entries are at hand at once.
 */
export async function* analyseStream(entries: AsyncIterable<SourceEntry>, options: StreamOptions): AsyncGenerator<Analysed> {
  let batch: SourceEntry[] = [];
  let bytes = 0;
  for await (const entry of entries) {
    batch.push(entry);
    bytes += 'raw' in entry ? entry.raw.byteLength : 0;
    if (batch.length >= BATCH || bytes >= BATCH_BYTES) {
      yield* await analyseEntries(batch, options);
      batch = [];
      bytes = 0;
    }
  }
  yield* await analyseEntries(batch, options);
}

async function analyseEntries(batch: readonly SourceEntry[], options: StreamOptions): Promise<Analysed[]> {
  const analysed = await analyseRawMany(batch.filter((entry) => 'raw' in entry), options);
  let next = 0;
  return batch.map((entry) => ('error' in entry ? { source: entry.source, index: entry.index, failed: parseErrorRecord(entry.source, entry.index, entry.error, entry.detail) } : (analysed[next++] as Analysed)));
}

/** One message, on its own (no history): for tests, the eval and single files. */
export async function triageRaw(source: string, index: number, raw: Uint8Array, options: StreamOptions): Promise<TriageRecord> {
  return finish(await analyseRaw(source, index, raw, options), new History());
}

export async function analyseRaw(source: string, index: number, raw: Uint8Array, options: StreamOptions): Promise<Analysed> {
  return (await analyseRawMany([{ source, index, raw }], options))[0] as Analysed;
}

/**
 * Several raw messages at once, in order: each parsed, then analysed together stage by stage
 * (triage.ts, analyseMany), which is faster than one at a time. A message that breaks the batch's
 * analysis is analysed again on its own, so it fails alone.
 */
export async function analyseRawMany(entries: ReadonlyArray<{ source: string; index: number; raw: Uint8Array }>, options: StreamOptions): Promise<Analysed[]> {
  const out = new Array<Analysed>(entries.length);
  const parsed: Array<{ at: number; source: string; index: number; message: ParsedMessage }> = [];
  for (const [at, { source, index, raw }] of entries.entries()) {
    try {
      const result = await parseMessage(raw, options.limits ?? DEFAULT_LIMITS);
      if (result.ok) parsed.push({ at, source, index, message: result.message });
      else out[at] = { source, index, failed: parseErrorRecord(source, index, result.error.code, result.error.detail) };
    } catch (error) {
      out[at] = { source, index, failed: internalError(source, index, error) };
    }
  }
  const analyse = (batch: typeof parsed) => {
    const analyses = analyseMany(batch.map(({ message }) => ({ message, facts: gatherFacts(message, { ownDomains: options.ownDomains }) })), { model: options.model });
    batch.forEach(({ at, source, index, message }, i) => (out[at] = { source, index, analysis: analyses[i] as Analysis, history: historyKey(message) }));
  };
  try {
    analyse(parsed);
  } catch {
    for (const one of parsed) {
      try {
        analyse([one]);
      } catch (error) {
        // One message must never stop a run; the record says what happened and the message stays listed.
        out[one.at] = { source: one.source, index: one.index, failed: internalError(one.source, one.index, error) };
      }
    }
  }
  return out;
}

function internalError(source: string, index: number, error: unknown): TriageRecord {
  return parseErrorRecord(source, index, 'internal', error instanceof Error ? error.message : String(error));
}

/** The second half, in input order: the run's history, the history signals, the decision and its wording. */
export function finish(analysed: Analysed, history: History): TriageRecord {
  return finishWithMessage(analysed, history).record;
}

/** finish, also handing back the parsed message (null for a parse error) for the inbox store. */
export function finishWithMessage(analysed: Analysed, history: History): { record: TriageRecord; message: ParsedMessage | null } {
  if ('failed' in analysed) return { record: analysed.failed, message: null };
  const { source, index, analysis } = analysed;
  const inquiry = { ...analysis.inquiry, facts: { ...analysis.inquiry.facts, ...history.observe(analysed.history) } };
  const result = conclude({ inquiry, hits: analysis.hits }, {});
  const message: ParsedMessage = inquiry.message;
  const record: TriageRecord = {
    source,
    index,
    messageId: message.messageId,
    subject: message.subject,
    from: message.from?.address || null,
    date: message.date,
    origin: { ip: message.originIp, country: inquiry.facts.originCountry, localHour: inquiry.facts.senderLocalHour },
    verdict: result.verdict,
    kind: result.kind,
    grade: result.grade,
    priority: result.priority,
    score: result.score,
    inquiry: result.inquiry,
    language: result.extracted.language,
    buyerType: result.extracted.buyerType,
    signals: result.hits.map(explainHit),
    extracted: result.extracted,
  };
  return { record, message };
}
