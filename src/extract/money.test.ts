import test from 'node:test';
import assert from 'node:assert/strict';
import { findTargetPrice } from './money.js';

const cases: ReadonlyArray<readonly [text: string, amount: number, currency: string, per: string | null]> = [
  ['our target price is USD 2.5/pc', 2.5, 'USD', 'pc'],
  ['total budget $25,000', 25000, 'USD', null],
  ['we pay EUR 3,40 per unit', 3.4, 'EUR', 'unit'],
  ['target price 1.2 usd', 1.2, 'USD', null],
  ['my budget is 3000 to 4000 USD with shipping', 3000, 'USD', null],
  ['Your listing shows US $3.20-3.80 per piece', 3.2, 'USD', 'pc'],
  ['1,200 EUR/ton CIF', 1200, 'EUR', 'ton'],
  ['其它店28元4包', 28, 'CNY', null],
];

for (const [text, amount, currency, per] of cases) {
  test(`price: "${text}"`, () => {
    const money = findTargetPrice(text);
    assert.equal(money?.amount, amount);
    assert.equal(money?.currency, currency);
    assert.equal(money?.per, per);
  });
}

test('the buyer\'s price wins over a shipping cost mentioned first', () => {
  assert.equal(findTargetPrice('shipping costs $50, target price $2 each')?.amount, 2);
});

test('numbers without a currency are not prices', () => {
  for (const text of ['call me at 3 pm', 'we need 500 pcs', 'the country is nice 2024', 'plus 10 try again']) {
    assert.equal(findTargetPrice(text), null, text);
  }
});
