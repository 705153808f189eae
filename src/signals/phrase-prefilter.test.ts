import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AD_TOPICS } from './lists/ad-topics.js';
import * as phraseLists from './lists/phrases.js';
import { requiredLiterals } from '../regex/required-literals.js';
import { matchedPhrases } from './signal.js';

const LISTS: Record<string, readonly RegExp[]> = { AD_TOPICS };
for (const [name, value] of Object.entries(phraseLists)) {
  if (Array.isArray(value) && value.every((p) => p instanceof RegExp)) LISTS[name] = value;
}

/** matchedPhrases as it was before the prefilter: one combined regex, restarted one code point after each match. */
function combinedScan(text: string, patterns: readonly RegExp[], limit: number): string[] {
  const flags = `g${patterns.some((p) => p.unicode) ? 'u' : ''}${patterns.some((p) => p.ignoreCase) ? 'i' : ''}`;
  const regex = new RegExp(patterns.map((p) => `(${p.source})`).join('|'), flags);
  const groups: number[] = [];
  let next = 1;
  for (const p of patterns) {
    groups.push(next);
    next += new RegExp(`${p.source}|`, p.flags).exec('')?.length ?? 1;
  }
  const found = new Map<number, string>();
  for (let match = regex.exec(text); match && found.size < limit; match = regex.exec(text)) {
    const which = groups.findIndex((g) => match[g] !== undefined);
    if (!found.has(which)) found.set(which, match[0].trim());
    regex.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return [...new Set(found.values())];
}

/** Pieces that make a list's cues match, or nearly: its own literals, glue words, numbers, look-alikes. */
const GLUE = [
  ' ', ' ', '\n', ', ', '. ', 'account', ' suspended', ' has been', ' your ', 'the ', 'fund', ' $ 1,000,000', 'usd 2.500.000', '10 million dollars',
  'v i a g r a', 'vi@gra', 'c1al1s', 'click here', 'unsubscribe', '😀', 'é', '我们是工厂', 'x', 'please quote 500 pcs',
];
const textFor = (list: readonly RegExp[]) => {
  const own = [...new Set(list.flatMap((p) => (requiredLiterals(p) ?? []).flat()))];
  return fc.array(fc.oneof(fc.constantFrom(...own), fc.constantFrom(...GLUE)), { maxLength: 30 }).map((parts) => parts.join(''));
};
const listAndText = fc.constantFrom(...Object.keys(LISTS)).chain((name) => fc.tuple(fc.constant(name), textFor(LISTS[name] ?? [])));

test('matchedPhrases with its prefilter finds exactly what the one combined scan finds, on every list', () => {
  fc.assert(
    fc.property(listAndText, fc.constantFrom(1, 3, 5, 8), ([name, t], limit) => {
      const list = LISTS[name] ?? [];
      assert.deepEqual(matchedPhrases(t, list, limit), combinedScan(t, list, limit), `${name} on ${JSON.stringify(t)}`);
    }),
    { numRuns: 3000 },
  );
});
