import type { BayesModel } from '../bayes/model.js';
import { gatherFacts } from '../enrich/facts.js';
import { History } from '../enrich/history.js';
import { type ParseLimits, DEFAULT_LIMITS } from '../ingest/limits.js';
import { parseMessage } from '../ingest/parse.js';
import type { SourceEntry } from '../ingest/sources.js';
import { triageMessage } from '../triage/triage.js';
import { explainHit } from '../explain/explain.js';
import { parseErrorRecord, type TriageRecord } from './record.js';

export interface StreamOptions {
  model: BayesModel | null;
  limits?: ParseLimits;
  ownDomains?: string[];
}

/** Raw messages in, one explained record out for each, in order; a bad message becomes a parse.error record. */
export async function* triageStream(entries: AsyncIterable<SourceEntry>, options: StreamOptions): AsyncGenerator<TriageRecord> {
  const history = new History();
  const limits = options.limits ?? DEFAULT_LIMITS;
  for await (const entry of entries) {
    if ('error' in entry) {
      yield parseErrorRecord(entry.source, entry.index, entry.error, entry.detail);
      continue;
    }
    try {
      yield await triageRaw(entry.source, entry.index, entry.raw, { ...options, limits }, history);
    } catch (error) {
      // One message must never stop a run; the record says what happened and the message stays listed.
      yield parseErrorRecord(entry.source, entry.index, 'internal', error instanceof Error ? error.message : String(error));
    }
  }
}

export async function triageRaw(source: string, index: number, raw: Uint8Array, options: StreamOptions, history?: History): Promise<TriageRecord> {
  const parsed = await parseMessage(raw, options.limits ?? DEFAULT_LIMITS);
  if (!parsed.ok) return parseErrorRecord(source, index, parsed.error.code, parsed.error.detail);
  const message = parsed.message;
  const facts = gatherFacts(message, { history, ownDomains: options.ownDomains });
  const result = triageMessage(message, facts, { model: options.model });
  return {
    source,
    index,
    messageId: message.messageId,
    subject: message.subject,
    from: message.from?.address || null,
    date: message.date,
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
}
