import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { isWhiteSpace, visibleLength } from './white-space.js';

test('white space is exactly what /\\s/ matches, over every UTF-16 code unit', () => {
  for (let code = 0; code <= 0xffff; code++) assert.equal(isWhiteSpace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});

test('the visible length is the length without white space, up to the limit asked for', () => {
  assert.equal(visibleLength(' a\u3000b\n\tc ', 100), 3);
  assert.equal(visibleLength('abcdef', 4), 4);
  const piece = fc.constantFrom('a', '中', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '😀');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), fc.integer({ min: 0, max: 80 }), (text, enough) => {
      assert.equal(visibleLength(text, enough), Math.min(text.replace(/\s+/g, '').length, enough));
    }),
    { numRuns: 3000 },
  );
});
