import type { SignalGroup } from '../signals/signal.js';

/**
 * The one table that turns points into decisions (SPEC.md §2). Tuned with `npm run eval`;
 * change a number here, rerun the eval, and write the figures in the commit message.
 */
export const THRESHOLDS = {
  /** At or above: junk (quarantined) when two groups of evidence agree, or one decisive hit. */
  junk: 5,
  /** At or above: suspicious (a person looks). */
  suspicious: 4,
  /** A hit counts as a reason from this many points up; weak cues count once, together, from here. */
  positiveHitMin: 2,
} as const;

/** Ceiling (or floor, for negative groups) of each group's subtotal, so no single family decides alone. */
export const GROUP_CAPS: Readonly<Record<SignalGroup, number>> = {
  phishing: 20,
  malware: 16,
  fraud: 14,
  spam: 8,
  bulk: 6,
  probe: 6,
  origin: 4,
  contact: 3,
  platform: 8,
  bayes: 5,
  weak: 3,
  buyer: -6,
};

/** Grades for non-junk inquiries (seed 利用旧询盘: A specific and complete, B some detail, C thin). */
export const GRADE_RULES = {
  /** Grade A: this many specifics (quantity, spec, terms…) and this many contact details. */
  aSpecifics: 3,
  aContacts: 2,
  /** Grade B: a named product with at least one specific or contact detail, or two specifics. */
  bSpecifics: 1,
} as const;
