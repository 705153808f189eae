import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachMatch } from '../each-match.js';
import { execFrom, matches, scanByCandidates, withoutLookbehinds } from './lookbehind-split.js';

test('negative lookbehinds without groups are removed, outside lookarounds only; groups become plain', () => {
  assert.equal(withoutLookbehinds(String.raw`(?<![\p{L}])(?:a|b)c`), '(?:a|b)c');
  assert.equal(withoutLookbehinds(String.raw`x|(?<!\w)(?<word>one|two)(?![\p{L}])`), 'x|(?:one|two)(?![\\p{L}])');
  assert.equal(withoutLookbehinds(String.raw`(?<![(])a[)(]`), 'a[)(]');
  assert.equal(withoutLookbehinds(String.raw`a(?!b(?<!c))`), null, 'inside a negative lookahead it must stay');
  assert.equal(withoutLookbehinds(String.raw`(?<!(?:a|b))c`), null, 'a lookbehind holding a group stays');
  assert.equal(withoutLookbehinds(String.raw`(?<!x)(a)\1`), null, 'backreferences would be renumbered');
  assert.equal(withoutLookbehinds('abc'), null);
});

test('registering a pattern with nothing to split off is a mistake', () => {
  assert.throws(() => scanByCandidates(/abc/iu));
});

test('a registered pattern finds the same matches, with the same groups, and leaves lastIndex alone', () => {
  const re = scanByCandidates(/(?<![\p{L}])(?<word>grade|quality)\s?:\s?(?<value>\w+)/giu);
  const text = 'Upgrade: no. Quality: A, grade:B; ungrade: x GRADE : 7';
  re.lastIndex = 3;
  const expected = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0], m.groups?.value]);
  assert.deepEqual([...eachMatch(re, text)].map((m) => [m.index, m[0], m.groups?.value]), expected);
  assert.equal(re.lastIndex, 3);
  const emoji = '😀 grade: 1 😀😀 Quality:2😀';
  assert.deepEqual([...eachMatch(re, emoji)].map((m) => m.index), [...emoji.matchAll(new RegExp(re.source, re.flags))].map((m) => m.index));
  const once = scanByCandidates(/(?<![\p{L}])grade\s?:/iu);
  assert.equal(execFrom(once, 'upgrade: a grade: b')?.index, 11);
  assert.equal(matches(once, 'upgrade: only'), false);
});

/**
 * Random patterns that start with a lookbehind (or hold one). The texts hold no surrogate pair: V8's
 * own scan also tries a start inside one, the candidate scan steps by code points (see scanByCandidates).
 */
const piece = fc.constantFrom('a', 'b', 'ab', 'ba', ' ', '😀', '[ab]', '[^a]', '\\w', '\\p{L}', '.', 'a?', 'b*', '(?:a|b)', '(a)', '(?<n>b)', '(?=a)', '(?!b)', '(?<!a)', '(?<![\\p{L}])', '(?<!😀)', '$', '^');
const lookbehind = fc.constantFrom('(?<![\\p{L}])', '(?<!a)', '(?<![a ])', '(?<!\\w)', '(?<!😀)', '(?<!b)');
const source = fc
  .tuple(lookbehind, fc.array(piece, { minLength: 1, maxLength: 5 }), fc.array(piece, { maxLength: 3 }))
  .map(([first, rest, other]) => `${first}${rest.join('')}${other.length ? `|${other.join('')}` : ''}`);
const text = fc.array(fc.constantFrom('a', 'b', 'A', 'B', ' ', 'ſ', '\ud83d', 'x', '\n', 'é', 'K'), { maxLength: 20 }).map((parts) => parts.join(''));

test('the candidate scan finds exactly what the pattern finds (random patterns and texts)', () => {
  fc.assert(
    fc.property(source, fc.constantFrom('iu', 'u', 'i', 'imu'), fc.array(text, { minLength: 1, maxLength: 6 }), (src, flags, texts) => {
      let plain: RegExp;
      try {
        plain = new RegExp(src, `${flags}g`);
      } catch {
        return; // a generated pattern the engine rejects
      }
      if (withoutLookbehinds(src) === null) return;
      const registered = scanByCandidates(new RegExp(src, `${flags}g`));
      const single = scanByCandidates(new RegExp(src, flags));
      for (const t of texts) {
        const expected = [...t.matchAll(plain)].map((m) => [m.index, m[0], ...m.slice(1)]);
        const found = [...eachMatch(registered, t)].map((m) => [m.index, m[0], ...m.slice(1)]);
        assert.deepEqual(found, expected, `/${src}/${flags} on ${JSON.stringify(t)}`);
        const first = new RegExp(src, flags).exec(t);
        assert.deepEqual(execFrom(single, t)?.slice() ?? null, first?.slice() ?? null);
        assert.equal(execFrom(single, t)?.index, first?.index);
      }
    }),
    { numRuns: 3000 },
  );
});
