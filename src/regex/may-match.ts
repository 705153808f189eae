import { caseFolded, requiredLiterals } from './required-literals.js';
import { gramsOf, requirementOf, type Requirement } from './text-grams.js';

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

/** The last two texts lower-cased for case-insensitive patterns (extraction reads the body, and subject + body). */
const folded: Array<{ text: string; folded: string | null }> = [];

function foldedOf(text: string): string | null {
  const known = folded.find((f) => f.text === text);
  if (known) return known.folded;
  const entry = { text, folded: caseFolded(text) };
  folded.unshift(entry);
  folded.length = Math.min(folded.length, 2);
  return entry.folded;
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
