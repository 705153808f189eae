import test from 'node:test';
import assert from 'node:assert/strict';
import { findQuantity } from './quantity.js';

const cases: ReadonlyArray<readonly [text: string, value: number, unit: string]> = [
  ['We need 5000 pcs of this item', 5000, 'pcs'],
  ['quantity 5,000 pieces please', 5000, 'pcs'],
  ['Please quote 2x20ft containers', 2, 'containers_20ft'],
  ['Order: 1 x 40HQ', 1, 'containers_40hq'],
  ['We want 3 tons of sugar', 3, 'tons'],
  ['3 MT of copper cathode', 3, 'tons'],
  ['first order 500 sets', 500, 'sets'],
  ['about 10k units per month', 10000, 'units'],
  ['What is your MOQ 1000?', 1000, 'units'],
  ["Qty : 10 x 40' containers Port: Mundra", 10, 'containers_40ft'],
  ['FOB price per unit for one 40 feet container', 1, 'containers_40ft'],
  ['port JEBEL ALI, DUBAI, 2 CONTAINERS 20"', 2, 'containers_20ft'],
  ['interested in purchasing between 5000-10000 metric tons', 5000, 'tons'],
  ['Hallo. Ich möchte ca. 100 Stück bestellen', 100, 'pcs'],
  ['Necesito 500 unidades', 500, 'units'],
  ['LABUBU в количестве 10 шт.', 10, 'pcs'],
  ['اريد منها مبدأيا 2000 قطعة', 2000, 'pcs'],
  ['我买5个单套合', 5, 'pcs'],
  ['I would like to buy 2-10 boards depending upon the price', 2, 'pcs'],
];

for (const [text, value, unit] of cases) {
  test(`quantity: "${text}" is ${value} ${unit}`, () => {
    const q = findQuantity(text);
    assert.equal(q?.value, value);
    assert.equal(q?.unit, unit);
  });
}

test('a pack size is not the order quantity: 25 KG BAG, 50 MT monthly', () => {
  assert.deepEqual(findQuantity('CUMIN SEED 99% QUALITY 25 KG BAG 50 MT MONTHLY'), { value: 50, unit: 'tons', text: '50 MT' });
});

test('the quantity keeps the words as written', () => {
  assert.equal(findQuantity('please quote 2x20ft containers CIF Lagos')?.text, '2x20ft containers');
});

test('times, dimensions and model numbers are not quantities', () => {
  for (const text of ['call me at 3 pm', 'ball screw 900 mm length', 'Size 13mm, model QT-V 2024', 'Phone 0803 123 4567', 'see you in 2 days']) {
    assert.equal(findQuantity(text), null, text);
  }
});
