import type { TriageRecord } from '../pipeline/record.js';

/**
 * The part of a triage record reactivation reads. Narrower than the record so the store can hand
 * over a few columns and the extraction alone, without parsing every signal of 100,000 messages.
 */
export type ReactivationRecord = Pick<TriageRecord, 'verdict' | 'from' | 'subject' | 'extracted'> & { origin: Pick<TriageRecord['origin'], 'country'> };

/** One inquiry as the store hands it to reactivation: its id, when it arrived, and what triage made of it. */
export interface StoredInquiry {
  id: string;
  /** ISO 8601 */
  receivedAt: string;
  record: ReactivationRecord;
}

/** Wording in both languages, as everywhere a user reads a reason. */
export interface Bilingual {
  zh: string;
  en: string;
}
