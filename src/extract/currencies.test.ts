import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CURRENCY_MARKS, MARK_SOURCE, markPattern } from './currencies.js';

const { body, startsWithLetter, endsWithLetter } = markPattern;
const marks = CURRENCY_MARKS.flatMap(([, list]) => list).sort((a, b) => b.length - a.length);
/** Each way a mark can be written under its pattern: a space in it is optional. */
const spellings = (mark: string): string[] => [...new Set([mark, mark.replace(/ /g, '')])];

test('a mark ending in a letter never matches where a mark ending otherwise matches', () => {
  // Both matching at one place means one match is a prefix of the other, so one pattern matches a
  // prefix of a spelling of the other mark.
  const startsLike = (pattern: string, text: string): boolean => new RegExp(`^(?:${pattern})`, 'iu').test(text);
  for (const a of marks.filter(endsWithLetter)) {
    for (const b of marks.filter((m) => !endsWithLetter(m))) {
      for (const text of spellings(a)) assert.ok(!startsLike(body(b), text), `${b} matches inside ${a}`);
      for (const text of spellings(b)) assert.ok(!startsLike(body(a), text), `${a} matches inside ${b}`);
    }
  }
});

test('MARK_SOURCE matches exactly what one lookaround per mark matched', () => {
  // The way the alternation was first written: each mark with its own boundaries, longest first.
  const perMark = marks
    .map((m) => `${startsWithLetter(m) ? '(?<![\\p{L}])' : ''}${body(m)}${endsWithLetter(m) ? '(?![\\p{L}])' : ''}`)
    .join('|');
  const contexts = [new RegExp(`(?:${perMark})`, 'giu'), new RegExp(`(?<mark>${perMark})\\s?$`, 'iu')];
  const shared = [new RegExp(`(?:${MARK_SOURCE})`, 'giu'), new RegExp(`(?<mark>${MARK_SOURCE})\\s?$`, 'iu')];
  const pieces = fc.constantFrom(...marks, ...marks.map((m) => m.toUpperCase()), ' ', '1', '5.20', 'a', 'é', 'Я', '中', '$', '.', '/', 'pcs', 'x');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
      const text = parts.join('');
      for (const [i, re] of shared.entries()) {
        const old = contexts[i] ?? re;
        assert.deepEqual(
          [...text.matchAll(new RegExp(re.source, 'giu'))].map((m) => [m.index, m[0]]),
          [...text.matchAll(new RegExp(old.source, 'giu'))].map((m) => [m.index, m[0]]),
          text,
        );
      }
    }),
    { numRuns: 3000 },
  );
});
