import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CURRENCY_MARKS } from './currencies.js';
import { PORTS } from './incoterms.js';
import { MULTIPLIER_SOURCE } from './numbers.js';
import { CJK_UNITS, WORD_UNITS } from './units.js';
import { WITH_NON_SPACE_NEXT as moneyRegexes } from './money.js';
import { NON_SPACE_NEXT } from './non-space-next.js';
import { WITH_NON_SPACE_NEXT as quantityRegexes } from './quantity.js';
import { WITH_NON_SPACE_NEXT as termRegexes } from './trade-terms.js';

// NON_SPACE_NEXT stands in front of these lists; it changes no match only while none of their
// entries can start with a space.
test('no port, currency mark, unit or multiplier starts with a space', () => {
  const entries = [
    ...PORTS.map(([name]) => name),
    ...CURRENCY_MARKS.flatMap(([, marks]) => marks),
    ...[...WORD_UNITS, ...CJK_UNITS].flatMap(([, aliases]) => aliases),
  ];
  assert.deepEqual(entries.filter((entry) => !/^\S/u.test(entry)), []);
  assert.ok(!/(?:^|\|)(?:\s|\\s)/u.test(MULTIPLIER_SOURCE), 'a multiplier starts with a space');
});

test('the regexes written with it match exactly what they match without it', () => {
  const regexes = [...quantityRegexes, ...moneyRegexes, ...termRegexes].filter((re) => re.source.includes(NON_SPACE_NEXT));
  assert.equal(regexes.length, 10);
  const without = regexes.map((re) => new RegExp(re.source.replaceAll(NON_SPACE_NEXT, ''), re.flags));
  // V8 runs a regex in its interpreter first and as native code after that: "3k40" told the two apart once.
  for (let run = 0; run < 3; run++) {
    regexes.forEach((re, i) => assert.deepEqual(re.exec('3k40')?.slice(0), without[i]?.exec('3k40')?.slice(0), `run ${run}: ${re.source.slice(0, 40)}`));
  }
  const piece = fc.constantFrom(
    '3', '10', '2.5', '1,000', ' ', '  ', '\n', '\n\n', '\t', '-', 'to', 'x', '20', '40', 'ft', 'hq', 'containers', 'pcs', 'Unit', 'units', 'M', 'kg',
    'k', 'million', '万', '个', 'usd', 'US $', '$', '€', 'eur', '元', '/', 'per', 'piece', 'each', 'port', 'of', 'FOB', 'Shanghai', 'Jebel Ali', 'to the', 'ship', ':', ',',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      regexes.forEach((re, i) => assert.deepEqual(re.exec(text)?.slice(0), without[i]?.exec(text)?.slice(0), `${re.source.slice(0, 40)} on ${JSON.stringify(text)}`));
    }),
    { numRuns: 3000 },
  );
});
