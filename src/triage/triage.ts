import { tokenize } from '../bayes/tokenize.js';
import { spamProbability, type BayesModel } from '../bayes/model.js';
import { readInquiries } from '../extract/extract.js';
import type { Extracted } from '../model/extracted.js';
import { PHRASE_WINDOW, type Facts, type Inquiry } from '../model/inquiry.js';
import type { ParsedMessage } from '../model/message.js';
import type { Grade, Hit, JunkKind, Priority, Verdict } from '../model/verdict.js';
import { decide } from '../score/decide.js';
import { scoreHits } from '../score/score.js';
import { HISTORY_SIGNALS, MESSAGE_SIGNALS } from '../signals/registry.js';
import type { SignalDef } from '../signals/signal.js';
import { joinWrappedLines } from './wrapped-lines.js';

export interface TriageResult {
  verdict: Verdict;
  kind: JunkKind | null;
  grade: Grade | null;
  priority: Priority;
  score: number;
  inquiry: boolean;
  hits: Hit[];
  groups: Record<string, number>;
  extracted: Extracted;
  spamProbability: number | null;
}

export interface TriageOptions {
  model: BayesModel | null;
  /** Per-deployment re-weighting by signal id (0 disables a signal), as Rspamd's local.d does. */
  weights?: Readonly<Record<string, number>>;
}

/** An inquiry with the hits of every signal that reads only the message itself. */
export interface Analysis {
  inquiry: Inquiry;
  hits: Hit[];
}

/** parse → signals → score → decide, with no I/O: the facts arrive gathered by the shell. */
export function triageMessage(message: ParsedMessage, facts: Facts, options: TriageOptions): TriageResult {
  return conclude(analyse(message, facts, options), options);
}

/** The per-message half: extraction, the text model and every message signal. */
export function analyse(message: ParsedMessage, facts: Facts, options: TriageOptions): Analysis {
  return analyseMany([{ message, facts }], options)[0] as Analysis;
}

/**
 * analyse for a batch, stage by stage: each extractor, then the text model, then each signal runs
 * across every message before the next starts. One message at a time, the next stage's code and
 * tables (regexes, the model's index, country names) had been pushed out of the CPU's caches by the
 * rest of the message's work; a batch pays for that once (README, "Evaluation and benchmark").
 */
export function analyseMany(items: ReadonlyArray<{ message: ParsedMessage; facts: Facts }>, options: TriageOptions): Analysis[] {
  const inquiries = buildInquiries(items, options.model);
  const hits = runSignals(inquiries, MESSAGE_SIGNALS, options.weights);
  return inquiries.map((inquiry, i) => ({ inquiry, hits: hits[i] ?? [] }));
}

/**
 * The second half, once the run's history is in inquiry.facts: the history signals, then score and
 * decision. History signals read facts and buyIntent only, never the text.
 */
export function conclude({ inquiry, hits }: Analysis, options: Pick<TriageOptions, 'weights'>): TriageResult {
  const all = [...hits, ...(runSignals([inquiry], HISTORY_SIGNALS, options.weights)[0] ?? [])];
  const score = scoreHits(all);
  const decision = decide(all, score, inquiry.extracted, inquiry.buyIntent);
  return { ...decision, score: score.total, hits: all, groups: score.groups, extracted: inquiry.extracted, spamProbability: inquiry.spamProbability };
}

/**
 * A request posted as a title alone ("Steel Rebars", "MSP-95-500 Filter element"), as RFQ boards and contact
 * forms send it: a product named in a fresh subject, and nothing else at all (no text, page, file or link).
 */
function isTitleOnlyRequest(message: ParsedMessage, extracted: Extracted): boolean {
  const bare = message.text.trim() === '' && !message.html && message.attachments.length === 0 && message.links.length === 0;
  // A reply, a question or a link in the subject is a note between people, not a product asked for.
  return bare && extracted.products.length > 0 && !/^\s*(?:(?:re|fwd?|aw|tr)\s?:|what|how|why|who|when|where)|\?|https?\s?:|www\s?\./i.test(message.subject);
}

/**
 * Everything the signals read, computed once per message. A subject's underscores read as spaces
 * ("Mining_balance_0.7495_BTC"): bulk tools write them so that no phrase list sees the words.
 */
export function buildInquiry(message: ParsedMessage, facts: Facts, model: BayesModel | null): Inquiry {
  return buildInquiries([{ message, facts }], model)[0] as Inquiry;
}

function buildInquiries(items: ReadonlyArray<{ message: ParsedMessage; facts: Facts }>, model: BayesModel | null): Inquiry[] {
  const read = readInquiries(items.map(({ message }) => ({ subject: message.subject, text: message.text, fromName: message.from?.name ?? '', fromAddress: message.from?.address ?? '' })));
  const spam = items.map(({ message }) => (model ? spamProbability(model, tokenize(message.subject, message.text)) : null));
  return items.map(({ message, facts }, i) => {
    const { extracted, buyIntent } = read[i] as (typeof read)[number];
    return {
      message,
      lower: `${message.subject.replace(/_/g, ' ')}\n${joinWrappedLines(message.text.slice(0, PHRASE_WINDOW))}`.toLowerCase(),
      extracted,
      buyIntent: buyIntent.length === 0 && isTitleOnlyRequest(message, extracted) ? [message.subject.trim()] : buyIntent,
      facts,
      spamProbability: spam[i] ?? null,
    };
  });
}

/** The hits of each inquiry, each signal run across all of them before the next (see analyseMany). */
function runSignals(inquiries: readonly Inquiry[], signals: readonly SignalDef[], weights?: Readonly<Record<string, number>>): Hit[][] {
  const hits = inquiries.map((): Hit[] => []);
  for (const signal of signals) {
    const points = weights?.[signal.id] ?? signal.points;
    inquiries.forEach((inquiry, i) => {
      const evidence = signal.check(inquiry);
      if (evidence) hits[i]?.push({ id: signal.id, group: signal.group, points, evidence });
    });
  }
  return hits;
}
