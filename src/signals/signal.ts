import type { Inquiry } from '../model/inquiry.js';
import { matchedPhrases } from './phrase-scan.js';

export { matchedPhrases };

export type SignalGroup =
  | 'phishing' | 'malware' | 'fraud' | 'spam' | 'probe' | 'bulk' // kinds of junk
  | 'origin' | 'contact' | 'platform' | 'bayes' // evidence that feeds any kind
  | 'weak' // cues too common in honest mail to score alone: capped together
  | 'buyer'; // a real buyer's marks (negative points)

/**
 * One named check. `check` returns the evidence (URL, file name, phrase) when it fires, else null.
 * `decisive` lets a single hit make a junk verdict; everything else needs a second positive hit.
 */
export interface SignalDef {
  id: string;
  group: SignalGroup;
  points: number;
  decisive?: boolean;
  /**
   * Reads facts that depend on other messages (history counts). Such signals run after the run's
   * history is known, so the per-message work can happen anywhere, even in a worker.
   */
  history?: boolean;
  en: string;
  zh: string;
  check: (inquiry: Inquiry) => string[] | null;
}

export function defineSignal(def: SignalDef): SignalDef {
  return def;
}

/** Fires when at least `min` distinct phrases match: weak cues are counted, not scored one by one. */
export function counted(text: string, patterns: readonly RegExp[], min: number): string[] | null {
  const found = matchedPhrases(text, patterns, 8);
  return found.length >= min ? found : null;
}

export function nonEmpty(evidence: string[]): string[] | null {
  return evidence.length > 0 ? evidence : null;
}

const cueCache = new WeakMap<Inquiry, Map<readonly RegExp[], string[]>>();

/**
 * Distinct cues of a shared list in the message, computed once however many signals ask
 * (phishing and fraud each have several tiers over one list).
 */
function cuesIn(inquiry: Inquiry, list: readonly RegExp[]): string[] {
  let perList = cueCache.get(inquiry);
  if (!perList) cueCache.set(inquiry, (perList = new Map<readonly RegExp[], string[]>()));
  let found = perList.get(list);
  if (!found) perList.set(list, (found = matchedPhrases(inquiry.lower, list, 8)));
  return found;
}

/** One tier of a counted list: fires when the number of distinct cues is between min and max. */
export function cueTier(inquiry: Inquiry, list: readonly RegExp[], min: number, max = Infinity): string[] | null {
  const found = cuesIn(inquiry, list);
  return found.length >= min && found.length <= max ? found : null;
}
