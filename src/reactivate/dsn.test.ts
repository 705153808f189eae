import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { addressMentions, parseBounceText } from './dsn.js';

test('addresses are found exactly where the global address pattern found them', () => {
  const pattern = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
  // Pieces that start, end, break and join addresses: letters, dots, the @, atext marks, spaces, other scripts.
  const piece = fc.constantFrom('a', 'b.c', '.', '@', '@@', '!', '-', '_', '+x', ' ', '\n', '<', '>', ':', 'é', '中', 'a@b', '.com', 'mail@shop.example', 'x@y.z.');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(addressMentions(text), [...text.matchAll(pattern)].map((m) => ({ text: m[0], at: m.index })));
    }),
    { numRuns: 3000 },
  );
});

test('a bounce quoting a long unbroken run of letters is read, and its recipient found', { timeout: 60_000 }, () => {
  // The pattern tried at every letter of such a run took the square of its length (40,000 letters: seconds).
  const bounce = `This is the mail system at host mx.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<buyer@gone.example>: host mx.gone.example said: 550 5.1.1 User unknown\n\n${'a'.repeat(200_000)}\n${'a.'.repeat(100_000)}\n`;
  const failures = parseBounceText(bounce);
  assert.deepEqual(failures.map((f) => [f.address, f.status, f.permanent]), [['buyer@gone.example', '5.1.1', true]]);
});
