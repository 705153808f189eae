import { execFrom, hasCandidateScan } from './regex/lookbehind-split.js';

/**
 * Every match of a global regex in a text, the same matches in the same order as text.matchAll(re).
 *
 * Why not matchAll: it copies the regex on every call, and V8 caches compiled regex code by source
 * only until the next major GC, so each copy made after one is compiled again. In a long run that
 * recompiles every scanning regex over and over, and V8 stops optimising regex code once a process
 * has generated about 1 MB of it (measured here: the same phrase list scans in 13 µs optimised,
 * 200 µs not). The one regex object given here keeps its compiled code for good.
 *
 * The scan starts at the beginning of the text (matchAll starts at re.lastIndex, which stays 0 for a
 * regex only used this way). lastIndex is set before each step and given back afterwards, so code
 * that uses the same regex in between does not disturb the iteration, nor the iteration that code.
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`eachMatch needs a global regex: /${re.source}/${re.flags}`);
  const unicode = re.unicode || re.flags.includes('v');
  if (hasCandidateScan(re)) {
    yield* eachFastMatch(re, text, unicode);
    return;
  }
  const saved = re.lastIndex;
  try {
    let from = 0;
    while (from <= text.length) {
      re.lastIndex = from;
      const match = re.exec(text);
      if (!match) return;
      from = match[0] === '' ? advance(text, re.lastIndex, unicode) : re.lastIndex;
      yield match;
    }
  } finally {
    re.lastIndex = saved;
  }
}

/** eachMatch through execFrom (lookbehind-split.ts), which leaves re.lastIndex alone. */
function* eachFastMatch(re: RegExp, text: string, unicode: boolean): Generator<RegExpExecArray, void, undefined> {
  let from = 0;
  while (from <= text.length) {
    const match = execFrom(re, text, from);
    if (!match) return;
    const end = match.index + match[0].length;
    from = match[0] === '' ? advance(text, end, unicode) : end;
    yield match;
  }
}

/** One position past an empty match: a whole code point in unicode mode (AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
