import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { joinWrappedLines } from './wrapped-lines.js';

test('wrapped lines are joined with one space; a blank line still leaves a line break between paragraphs', () => {
  assert.equal(joinWrappedLines('o fundo\nfosse recuperado'), 'o fundo fosse recuperado');
  assert.equal(joinWrappedLines('please quote  \n  500 pcs\n\nRegards'), 'please quote 500 pcs\n Regards');
  assert.equal(joinWrappedLines('last line\n'), 'last line\n');
});

test('the same text as the regex it replaces, for any mix of spaces and line breaks', () => {
  const piece = fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', 'é');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      assert.equal(joinWrappedLines(text), text.replace(/[^\S\n]*\n[^\S\n]*(?=\S)/g, ' '));
    }),
    { numRuns: 5000 },
  );
});
