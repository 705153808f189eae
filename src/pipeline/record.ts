import { PARSE_ERRORS, type ExplainedSignal } from '../explain/explain.js';
import type { Extracted } from '../model/extracted.js';
import type { Grade, JunkKind, Priority, Verdict } from '../model/verdict.js';

/** One line of `xunpan triage --json` (contracts/triage-cli.md). */
export interface TriageRecord {
  source: string;
  index: number;
  messageId: string | null;
  subject: string;
  from: string | null;
  date: string | null;
  /** Where the mail came from: the originating IP in Received, its country, the sender's hour there. */
  origin: { ip: string | null; country: string | null; localHour: number | null };
  verdict: Verdict;
  kind: JunkKind | null;
  grade: Grade | null;
  priority: Priority;
  score: number;
  inquiry: boolean;
  language: string | null;
  buyerType: string | null;
  signals: ExplainedSignal[];
  extracted: Extracted | null;
}

/** The line for a message that could not be read or parsed: suspicious, explained, never dropped. */
export function parseErrorRecord(source: string, index: number, code: keyof typeof PARSE_ERRORS, detail: string): TriageRecord {
  const reason = PARSE_ERRORS[code];
  return {
    source, index, messageId: null, subject: '', from: null, date: null, origin: { ip: null, country: null, localHour: null },
    verdict: 'suspicious', kind: null, grade: 'C', priority: 'medium', score: 0, inquiry: false,
    language: null, buyerType: null,
    signals: [{ id: 'parse.error', group: 'parse', points: 0, en: reason.en, zh: reason.zh, evidence: [code, detail.slice(0, 200)] }],
    extracted: null,
  };
}

