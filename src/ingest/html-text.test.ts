import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { htmlToText, tidyBlanks } from './html-text.js';

test('blanks in HTML text: a run becomes one space, and none is left around a line break', () => {
  assert.equal(htmlToText('<p>Dear  sir,\t</p>\n<p>&nbsp; we need\u00a0500 pcs</p>\n\n\n<p>Tom</p>'), 'Dear sir,\n\nwe need 500 pcs\n\nTom');
});

test('the same text as the patterns it replaces, which rewrote every single space and line break', () => {
  const before = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  const piece = fc.constantFrom('a', 'b', ' ', '  ', '\t', '\u00a0', '\n', '\r', '\u3000', '\u2028');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      assert.equal(tidyBlanks(text), before(text));
    }),
    { numRuns: 5000 },
  );
});
