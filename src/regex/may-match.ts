import { caseFolded, requiredLiterals } from './required-literals.js';
import { gramsOf, KEPT_TEXTS, requirementOf, type Requirement } from './text-grams.js';

/** Per pattern, its required literals, ready to look up (null: none known, always try the pattern). */
const requirements = new WeakMap<RegExp, Requirement | null>();

function requirementFor(pattern: RegExp): Requirement | null {
  let requirement = requirements.get(pattern);
  if (requirement === undefined) {
    const sets = requiredLiterals(pattern);
    requirement = sets ? requirementOf(sets) : null;
    requirements.set(pattern, requirement);
  }
  return requirement;
}

/** Texts lower-cased for case-insensitive patterns, as many as gramsOf keeps indexes of (extraction reads the body, and subject + body). */
const folded = new Map<string, string | null>();

function foldedOf(text: string): string | null {
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size >= KEPT_TEXTS) folded.delete(folded.keys().next().value as string);
  const lower = caseFolded(text);
  folded.set(text, lower);
  return lower;
}

/**
 * False when `pattern` cannot match anywhere in `text`, because the text lacks every literal a match
 * would contain (see requiredLiterals); true when it may. A cheap test before running a costly regex.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const requirement = requirementFor(pattern);
  if (!requirement) return true;
  let target = text;
  if (pattern.ignoreCase) {
    const lower = foldedOf(text);
    if (lower === null) return true;
    target = lower;
  }
  return gramsOf(target).mayMeet(requirement);
}
