import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachMatch } from './each-match.js';

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], ...m.slice(1)]);

test('eachMatch finds what matchAll finds, empty matches and astral characters included', () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/g, 'a1 b22 c333'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}*/gu, '😀ab😀'],
    [/(?<w>\w)(\d)?/g, 'a1 b c3'],
    [/$/gm, 'one\ntwo'],
  ];
  for (const [re, text] of cases) {
    const expected = spans(text.matchAll(re));
    assert.deepEqual(spans(eachMatch(re, text)), expected, `${re} on ${text}`);
    assert.equal(re.lastIndex, 0, 'lastIndex is given back');
  }
});

test('eachMatch keeps iterating when the same regex is used between two steps', () => {
  const re = /\d+/g;
  const seen: string[] = [];
  for (const m of eachMatch(re, '1 22 333')) {
    seen.push(m[0]);
    re.test('999 8'); // moves lastIndex
  }
  assert.deepEqual(seen, ['1', '22', '333']);
});

test('eachMatch refuses a non-global regex, as matchAll does', () => {
  assert.throws(() => [...eachMatch(/a/, 'aaa')], TypeError);
});

test('eachMatch agrees with matchAll on any text (property)', () => {
  const regexes = [/[a-c]+/g, /b*/g, /[\p{L}\p{N}'-]{2,4}/gu, /(?<![a-z])x|y(?!z)/gi];
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', 'y', 'z', ' ', '1', '-', '😀', 'É') }), fc.integer({ min: 0, max: 3 }), (text, i) => {
      const re = regexes[i] ?? /a/g;
      const expected = spans(text.matchAll(re));
      assert.deepEqual(spans(eachMatch(re, text)), expected);
    }),
    { numRuns: 300 },
  );
});
