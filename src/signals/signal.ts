import type { Inquiry } from '../model/inquiry.js';

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

interface CombinedList {
  regex: RegExp;
  /** Index of each pattern's wrapping capture group in the combined regex. */
  groups: number[];
}
const combined = new WeakMap<readonly RegExp[], CombinedList | null>();
/** The same lists by their patterns' text, for a list written inline (a new array on every call). */
const combinedBySource = new Map<string, CombinedList | null>();

/**
 * All patterns of a list as one global regex, each wrapped in a capture group, so one pass over the
 * text finds which of them occur: a list of 30 cues costs one scan instead of 30. Built once per
 * list: a regex built per call is compiled again by V8 after every major GC.
 */
function combine(patterns: readonly RegExp[]): CombinedList | null {
  let list = combined.get(patterns);
  if (list === undefined) {
    const key = patterns.map((p) => `/${p.source}/${p.flags}`).join('\n');
    list = combinedBySource.get(key);
    if (list === undefined) {
      list = build(patterns);
      combinedBySource.set(key, list);
    }
    combined.set(patterns, list);
  }
  return list;
}

function build(patterns: readonly RegExp[]): CombinedList | null {
  const flags = `g${patterns.some((p) => p.unicode) ? 'u' : ''}${patterns.some((p) => p.ignoreCase) ? 'i' : ''}`;
  const groups: number[] = [];
  let next = 1;
  for (const p of patterns) {
    groups.push(next);
    next += 1 + (new RegExp(`${p.source}|`, p.flags).exec('')?.length ?? 1) - 1;
  }
  try {
    return { regex: new RegExp(patterns.map((p) => `(${p.source})`).join('|'), flags), groups };
  } catch {
    return null; // a pattern whose syntax differs under the shared flags: check them one by one
  }
}

/** Distinct patterns that match, as evidence (the text each matched); patterns must be global-free. */
export function matchedPhrases(text: string, patterns: readonly RegExp[], limit = 5): string[] {
  const list = combine(patterns);
  if (!list) return patterns.map((p) => p.exec(text)?.[0]?.trim()).filter((m): m is string => !!m).slice(0, limit);
  const found = new Map<number, string>();
  const { regex, groups } = list;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match && found.size < limit; match = regex.exec(text)) {
    const which = groups.findIndex((g) => match[g] !== undefined);
    if (which >= 0 && !found.has(which)) found.set(which, match[0].trim());
    // Restart one character on, not after the match, so a cue inside another cue's match is still seen
    // (a whole code point on: in unicode mode a restart inside a surrogate pair finds the same match again).
    regex.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return [...new Set(found.values())];
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
