import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { requiredLiterals } from './required-literals.js';
import { mayMatch } from './may-match.js';
import { literal, requirementOf, TextGrams } from './text-grams.js';

const literalsOf = (re: RegExp) => requiredLiterals({ source: re.source, flags: re.flags });

test('phrases are multiplied out, and the strongest part of a sequence is kept', () => {
  assert.deepEqual(literalsOf(/\bnext of kin\b/), [['next of kin']]);
  assert.deepEqual(literalsOf(/\bwithout (a )?prescription\b/), [['without a prescription', 'without prescription']]);
  assert.deepEqual(literalsOf(/(us\$|usd|\$) ?\d{1,3}([,.]\d{3}){2,}/), [['usd', '$'], [',', '.']]);
});

test('a sequence with gaps requires each of its parts; an alternation, one of each side', () => {
  assert.deepEqual(literalsOf(/\baccount\b.{0,40}\b(suspended|locked)\b/), [['account'], ['suspended', 'locked']]);
  assert.deepEqual(literalsOf(/我们是.{0,10}(工厂|厂家)/u), [['我们是'], ['工厂', '厂家']]);
  assert.deepEqual(literalsOf(/x\u{1F600}y/u), [['x'], ['y']]);
  assert.deepEqual(literalsOf(/\bpay\b.{0,30}\bfee\b|\badvance fee\b/), [['pay', 'advance fee']]);
  // Each side gives its strongest part, wherever it stands: " lottery", not "dv" (which half the mail holds).
  assert.deepEqual(literalsOf(/\bgreen card\b|dv-?\d{4} lottery/), [['green card', ' lottery']]);
});

test('case-insensitive patterns give lower-cased literals, unless a character folds in ways toLowerCase does not', () => {
  assert.deepEqual(literalsOf(/Pass(word|wort)/i), [['password', 'passwort']]);
  assert.deepEqual(literalsOf(/möchte|цена/iu), [['möchte', 'цена']]);
  assert.equal(literalsOf(/σ|k/iu), null); // final sigma lower-cases by context
});

test('what is not understood means "always try the pattern"', () => {
  assert.equal(literalsOf(/\w+\d*/), null);
  assert.equal(literalsOf(/\b(quota)?\b/), null);
  assert.equal(literalsOf(/(\w)\1/), null);
});

/**
 * Random regexes over a small alphabet, with the constructs the phrase lists use: classes, escapes,
 * groups of every kind, lookarounds and quantifiers (greedy and lazy).
 */
const regexSource: fc.Arbitrary<string> = fc.letrec<{ node: string; seq: string; alt: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', ' ', '\\$', '\\.', '-', '[ab]', '[a-c]', '[^a]', '[\\- ]', '[a\\d]', '[.,]', '[$€]', '[\\w-]', '\\d', '\\w', '\\s', '\\W', '.', '\\b', '\\B', '^', '$', '\\x61', '\\u0062', '\\u{62}', '\\u{2e}', '[\\u{2E}b]', '\\cJ', '\\012', '(a)\\1', '\\n'),
    fc.tuple(tie('alt'), fc.constantFrom('(', '(?:', '(?<name>', '(?=', '(?!', '(?<=', '(?<!')).map(([inner, open]) => `${open}${inner})`),
    fc.tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}', '??', '+?', '{0,1}')).map(([inner, q]) => `(?:${inner})${q}`),
  ),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 5 }).map((nodes) => nodes.join('')),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((seqs) => seqs.join('|')),
})).alt;

const text = fc.string({ unit: fc.constantFrom(...'abc $.-1\nx'.split('')), maxLength: 24 });

test('a text with none of the required literals never matches (random regexes and texts)', () => {
  fc.assert(
    fc.property(regexSource, fc.constantFrom('', 'u'), fc.array(text, { minLength: 1, maxLength: 8 }), (source, flags, texts) => {
      let regex: RegExp;
      try {
        regex = new RegExp(source, flags);
      } catch {
        return; // a generated pattern the engine rejects (e.g. a quantified lookbehind in unicode mode)
      }
      const literals = requiredLiterals({ source, flags });
      if (!literals) return;
      for (const t of texts) {
        const meets = literals.every((set) => set.some((l) => t.includes(l)));
        if (regex.test(t)) assert.ok(meets, `/${source}/${flags} matches ${JSON.stringify(t)} but lacks one of ${JSON.stringify(literals)}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('TextGrams: a literal the text contains is always reported as possible', () => {
  const grams = new TextGrams();
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.nat({ max: 12 }), (t, at, length) => {
      const start = t.length ? at % t.length : 0;
      const inside = t.slice(start, start + length);
      assert.ok(grams.index(t).mayContain(literal(inside)));
    }),
    { numRuns: 2000 },
  );
  assert.equal(grams.index('please send the price list').mayContain(literal('next of kin')), false);
});

test('TextGrams.mayMeet answers as "every set has a literal mayContain allows", short literals included', () => {
  const grams = new TextGrams();
  const piece = fc.string({ unit: fc.constantFrom(...'abcde $.\n价'.split('')), maxLength: 7 });
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'abcde $.\n价'.split('')), maxLength: 60 }), fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), (t, sets) => {
      const index = grams.index(t);
      const expected = sets.every((set) => set.some((l) => index.mayContain(literal(l))));
      assert.equal(index.mayMeet(requirementOf(sets)), expected, `${JSON.stringify(sets)} in ${JSON.stringify(t)}`);
    }),
    { numRuns: 3000 },
  );
});

/** Letters with case quirks: Kelvin sign and long s fold to k and s, dotted İ, dotless ı, final sigma, micro sign, capital sharp s. */
const QUIRKS = ['K', 'ſ', 'İ', 'ı', 'Σ', 'ς', 'σ', 'µ', 'μ', 'ẞ', 'ß', 'É', 'é', 'Ц', 'ц'];

test('mayMatch is never false where a case-insensitive pattern matches (random regexes, texts with case quirks)', () => {
  const caseSource = fc.array(fc.constantFrom('k', 's', 'S', 'i', 'I', 'é', 'Ц', 'ß', 'σ', 'µ', 'ab', 'x?', '(?:k|s)', '[sk]', '[a-c]', '\\w', '.', ' '), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
  const quirkyText = fc.array(fc.constantFrom(...QUIRKS, 'k', 's', 'S', 'I', 'i', 'a', 'B', 'x', ' '), { maxLength: 16 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(caseSource, fc.constantFrom('i', 'iu'), quirkyText, (source, flags, t) => {
      const regex = new RegExp(source, flags);
      if (regex.test(t)) assert.ok(mayMatch(regex, t), `/${source}/${flags} matches ${JSON.stringify(t)}`);
    }),
    { numRuns: 3000 },
  );
});
