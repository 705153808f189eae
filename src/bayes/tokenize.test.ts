import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from './tokenize.js';

/** The tokenizer as first written, plainly: the model was trained on exactly these tokens, in this order. */
function reference(subject: string, text: string): string[] {
  const tokens = new Set<string>();
  const add = (s: string, prefix: string) => {
    for (const m of s.matchAll(/[\p{L}\p{N}$€£¥%'’-]{2,24}/gu)) {
      const word = m[0].replace(/^['’-]+|['’-]+$/g, '');
      if (word.length < 2 || /^\d+$/.test(word)) continue;
      tokens.add(prefix + word);
    }
    for (const m of s.matchAll(/[\u3400-\u9fff]{2,}/gu)) {
      for (let i = 0; i + 1 < m[0].length && i < 400; i++) tokens.add(prefix + m[0].slice(i, i + 2));
    }
  };
  add(subject.toLowerCase(), 's:');
  add(text.slice(0, 8000).toLowerCase(), '');
  return [...tokens];
}

test('tokens and their order are those of the plain tokenizer', () => {
  const piece = fc.constantFrom('word', 'Price', "it's", '’quoted’', '-dash-', '--', "''", '123', '12ab', '٣٤', 'US$500', '50%', '中文测试', ' ', '\n', '.', 'Ünïcode');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 40 }), (subject, text) => {
      assert.deepEqual([...tokenize(subject.join(''), text.join(''))], reference(subject.join(''), text.join('')));
    }),
    { numRuns: 500 },
  );
});
