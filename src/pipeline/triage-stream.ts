import type { BayesModel } from '../bayes/model.js';
import { explainHit } from '../explain/explain.js';
import { gatherFacts, historyKey } from '../enrich/facts.js';
import { History, type HistoryKey } from '../enrich/history.js';
import { type ParseLimits, DEFAULT_LIMITS } from '../ingest/limits.js';
import { parseMessage } from '../ingest/parse.js';
import type { SourceEntry } from '../ingest/sources.js';
import type { ParsedMessage } from '../model/message.js';
import { analyse, conclude, type Analysis } from '../triage/triage.js';
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

/** Every entry analysed in this thread, in input order, for the caller to finish. */
export async function* analyseStream(entries: AsyncIterable<SourceEntry>, options: StreamOptions): AsyncGenerator<Analysed> {
  for await (const entry of entries) {
    yield 'error' in entry ? { source: entry.source, index: entry.index, failed: parseErrorRecord(entry.source, entry.index, entry.error, entry.detail) } : await analyseRaw(entry.source, entry.index, entry.raw, options);
  }
}

/** One message, on its own (no history): for tests, the eval and single files. */
export async function triageRaw(source: string, index: number, raw: Uint8Array, options: StreamOptions): Promise<TriageRecord> {
  return finish(await analyseRaw(source, index, raw, options), new History());
}

export async function analyseRaw(source: string, index: number, raw: Uint8Array, options: StreamOptions): Promise<Analysed> {
  try {
    const parsed = await parseMessage(raw, options.limits ?? DEFAULT_LIMITS);
    if (!parsed.ok) return { source, index, failed: parseErrorRecord(source, index, parsed.error.code, parsed.error.detail) };
    const facts = gatherFacts(parsed.message, { ownDomains: options.ownDomains });
    return { source, index, analysis: analyse(parsed.message, facts, { model: options.model }), history: historyKey(parsed.message) };
  } catch (error) {
    // One message must never stop a run; the record says what happened and the message stays listed.
    return { source, index, failed: parseErrorRecord(source, index, 'internal', error instanceof Error ? error.message : String(error)) };
  }
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
