import type { TriageRecord } from '../pipeline/record.js';

/** One inquiry as the store hands it to reactivation: its id, when it arrived, and what triage made of it. */
export interface StoredInquiry {
  id: string;
  /** ISO 8601 */
  receivedAt: string;
  record: TriageRecord;
}

/** Wording in both languages, as everywhere a user reads a reason. */
export interface Bilingual {
  zh: string;
  en: string;
}
