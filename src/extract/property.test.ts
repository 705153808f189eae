import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buyIntent, extract } from './extract.js';
import { findQuantity } from './quantity.js';

const anyInput = fc.record({
  subject: fc.string({ unit: 'grapheme', maxLength: 200 }),
  text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ maxLength: 2000 })),
  fromName: fc.string({ maxLength: 60 }),
  fromAddress: fc.string({ maxLength: 80 }),
});

test('extract() and buyIntent() never throw, whatever the text', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const e = extract(input);
      assert.ok(Array.isArray(e.products));
      assert.ok(Array.isArray(buyIntent(input)));
    }),
    { numRuns: 300 },
  );
});

test('non-string fields from a loose caller do not throw either', () => {
  const loose = { subject: null, text: undefined, fromName: 5, fromAddress: {} } as unknown as Parameters<typeof extract>[0];
  assert.equal(extract(loose).quantity, null);
});

/** Units with their normalised name; each is written the way a buyer would. */
const UNITS: ReadonlyArray<readonly [written: string, unit: string]> = [
  ['pcs', 'pcs'], ['pieces', 'pcs'], ['units', 'units'], ['sets', 'sets'], ['tons', 'tons'], ['MT', 'tons'],
  ['cartons', 'cartons'], ['pairs', 'pairs'], ['kg', 'kg'], ['rolls', 'rolls'], ['Stück', 'pcs'], ['unidades', 'units'],
];

/** Filler that cannot itself look like a quantity: letters and spaces only, no digits. */
const filler = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ,.\n'.split('')), maxLength: 80 });

test('"<n> <unit>" inside arbitrary words is found with the right value and unit', () => {
  fc.assert(
    fc.property(filler, fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(...UNITS), fc.boolean(), filler, (before, n, [written, unit], grouped, after) => {
      const number = grouped ? n.toLocaleString('en-US') : String(n);
      const q = findQuantity(`${before} ${number} ${written} ${after}`);
      assert.equal(q?.value, n);
      assert.equal(q?.unit, unit);
    }),
    { numRuns: 500 },
  );
});

test('a 1 MB message is read in bounded time', () => {
  const huge = { subject: 'x', text: 'We need 5000 pcs FOB Shanghai. '.repeat(35_000), fromName: '', fromAddress: '' };
  const e = extract(huge);
  assert.equal(e.quantity?.value, 5000);
  const digits = { subject: '', text: '9'.repeat(1_000_000), fromName: '', fromAddress: '' };
  assert.equal(extract(digits).quantity, null);
});
