/**
 * `npm run bench:listings`: products checked per second on a generated catalogue (default 10,000
 * products; XUNPAN_BENCH_PRODUCTS to change). Printed, never asserted: the target is 10,000 in ≤ 5 s.
 */
import os from 'node:os';
import { checkCatalogue } from '../src/listings/diagnose.js';
import { TRADE_FIELDS, type Catalogue, type Product } from '../src/listings/product.js';
import { loadSpeller } from '../src/listings/read.js';

const COUNT = Number(process.env.XUNPAN_BENCH_PRODUCTS ?? 10_000);

/** Product lines with their words, so titles vary the way a real export does; a few carry typos and repeats. */
const LINES = [
  { keyword: 'air fryer', category: 'Home Appliances | Kitchen Appliances | Air Fryers', mods: ['digital', 'smart', 'oil-free', 'stainless steel', 'dual basket', 'touch screen'], tail: ['for home', 'with visible window', 'for restaurant'], attr: (n: number) => [['Capacity', `${3 + (n % 6)}L`], ['Power', `${1200 + (n % 5) * 100}W`]] },
  { keyword: 'steel pipe', category: 'Metallurgy | Steel | Steel Pipes', mods: ['SUS304', 'ERW', 'galvanized', 'seamless', 'carbon', 'EN10219'], tail: ['for construction', 'FOB Tianjin', 'ASTM A53'], attr: (n: number) => [['Material', n % 2 ? 'Stainless Steel' : 'Carbon Steel'], ['Size', `${20 + (n % 40)} mm`]] },
  { keyword: 'running shoes', category: 'Sports | Shoes | Running Shoes', mods: ["men's", "women's", 'breathable', 'lightweight', 'mesh', 'non-slip'], tail: ['for jogging', 'with air cushion', 'size 39-45'], attr: (n: number) => [['Gender', n % 3 ? 'Men' : 'Women'], ['Color', ['Black', 'White', 'Blue'][n % 3] as string]] },
  { keyword: 'water tank', category: 'Industrial | Storage | Water Tanks', mods: ['HDPE', 'food grade', '1000L', 'vertical', 'UV resistant', 'plastic'], tail: ['for rainwater', 'with valve', 'OEM ODM'], attr: (n: number) => [['Material', 'PE'], ['Capacity', `${500 * (1 + (n % 4))}L`]] },
  { keyword: 'picnic basket', category: 'Home & Garden | Outdoor | Picnic Baskets', mods: ['wicker', 'outdoor', 'insulated', 'bamboo', 'folding', 'large'], tail: ['for 2 persons', 'with cutlery set', 'for camping'], attr: (n: number) => [['Material', n % 2 ? 'Wicker' : 'Bamboo'], ['Pack count', `${1 + (n % 3)}`]] },
];
const TYPOS = ['conicl', 'stainles', 'fyer', 'baskett'];

function generate(n: number): Product {
  const line = LINES[n % LINES.length] as (typeof LINES)[number];
  const pick = (list: string[], k: number) => list[(n * 7 + k * 13) % list.length] as string;
  const words = [pick(line.mods, 1), pick(line.mods, 2), line.keyword, pick(line.tail, 3)];
  if (n % 11 === 0) words.push(line.keyword); // stuffed
  if (n % 17 === 0) words.splice(1, 0, TYPOS[n % TYPOS.length] as string); // misspelled
  const trade = Object.fromEntries(TRADE_FIELDS.map((f) => [f, n % 9 === 0 ? '' : 'T/T 30 days'])) as Product['trade'];
  return {
    row: n + 1, title: words.join(' '), category: line.category, brand: '', attributes: line.attr(n) as [string, string][],
    description: `${words.join(' ')}. Model XP-${1000 + n}. Made to order, ${line.keyword} with a ${pick(line.mods, 4)} finish.`,
    images: n % 13 === 0 ? 0 : 6, trade: { ...trade, moq: '100 pieces', price: `US$ ${5 + (n % 50)}` }, extra: {},
  };
}

const catalogue: Catalogue = { products: Array.from({ length: COUNT }, (_, i) => generate(i)), unknownColumns: [], absentFields: [] };
let start = process.hrtime.bigint();
const speller = loadSpeller();
const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
start = process.hrtime.bigint();
const reports = checkCatalogue(catalogue, speller);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const findings = reports.reduce((s, r) => s + r.findings.length, 0);
console.log(`node ${process.version}, ${os.cpus().length} cores; dictionary load ${loadMs.toFixed(0)} ms`);
console.log(`${COUNT} products checked in ${seconds.toFixed(2)} s: ${(COUNT / seconds).toFixed(0)} products/s, ${findings} findings (target: 10,000 in ≤ 5 s)`);
