import { caseFolded, requiredLiterals } from './required-literals.js';
import { gramsOf, literal, type Literal } from './text-grams.js';

/** Per pattern, its required literals, ready to look up (null: none known, always try the pattern). */
const literalsByPattern = new WeakMap<RegExp, readonly Literal[] | null>();

function literalsOf(pattern: RegExp): readonly Literal[] | null {
  let literals = literalsByPattern.get(pattern);
  if (literals === undefined) {
    literals = requiredLiterals(pattern)?.map(literal) ?? null;
    literalsByPattern.set(pattern, literals);
  }
  return literals;
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
  const literals = literalsOf(pattern);
  if (!literals) return true;
  let target = text;
  if (pattern.ignoreCase) {
    const lower = foldedOf(text);
    if (lower === null) return true;
    target = lower;
  }
  const grams = gramsOf(target);
  return literals.some((l) => grams.mayContain(l));
}
