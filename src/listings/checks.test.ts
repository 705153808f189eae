import assert from 'node:assert/strict';
import test from 'node:test';
import { buildContext } from './context.js';
import { checkProduct } from './diagnose.js';
import { loadSpeller } from './read.js';
import { TRADE_FIELDS, type Product } from './product.js';

const speller = loadSpeller();

/** A complete listing, so each test changes only what it is about. */
function product(over: Partial<Product> = {}, row = 1): Product {
  return {
    row, title: 'Outdoor Wicker Picnic Basket for 2 Persons with Cutlery Set', category: 'Home & Garden | Picnic Baskets', brand: '',
    attributes: [['Material', 'Wicker'], ['Color', 'Brown']], description: 'Hand-woven basket with plates, cups and cutlery for two.', images: 6,
    trade: { ...Object.fromEntries(TRADE_FIELDS.map((f) => [f, 'x'])), moq: '200 pieces', price: 'US$ 12.50' } as Product['trade'], extra: {}, ...over,
  };
}

function check(p: Product, catalogue: Product[] = [p]) {
  return checkProduct(p, buildContext(catalogue, speller));
}
const ids = (p: Product, catalogue?: Product[]) => check(p, catalogue).findings.map((f) => f.id);
const finding = (p: Product, id: string, catalogue?: Product[]) => check(p, catalogue).findings.find((f) => f.id === id);

test('a complete, well-formed listing has no findings and scores 100', () => {
  assert.deepEqual(check(product()), { row: 1, title: product().title, score: 100, findings: [] });
});

test('info.incomplete names the missing fields, trade information included', () => {
  const p = product({ category: '', images: 0, trade: { ...product().trade, payment: '', port: '', leadTime: '', price: '0' } });
  assert.deepEqual(finding(p, 'info.incomplete')?.evidence, ['category', 'images', 'price', 'payment', 'port', 'leadTime']);
});

test('title.stuffing counts stems (pipe/pipes) and offers the title without the repeats', () => {
  const f = finding(product({ title: 'Steel Pipe ERW Steel Pipes for Construction, Galvanized Steel Pipe', category: 'Steel | Steel Pipes' }), 'title.stuffing');
  assert.deepEqual(f?.evidence, ['steel pipe ×3']);
  assert.equal(f?.suggestion, 'Steel Pipe ERW for Construction, Galvanized');
  const fryer = finding(product({ title: 'air fryer 6.5l big capacity with basket viewable window air fryer' }), 'title.stuffing');
  assert.equal(fryer?.suggestion, 'air fryer 6.5l big capacity with basket viewable window');
});

test('title.stuffing stays silent on sizes, numbers and joining words, and on distinct words', () => {
  for (const title of ['5L 8L 12L Digital Air Fryer with Basket and Rack for Home and Office', '6 in 1 Multi Cooker, 2 in 1 Lid, Stainless Steel Inner Pot']) {
    assert.ok(!ids(product({ title })).includes('title.stuffing'), title);
  }
});

test('title.spelling suggests the word meant ("conicl" → "conical") and rewrites the title', () => {
  const f = finding(product({ title: 'Stainless Steel Conicl Fermenter 100L for Brewery' }), 'title.spelling');
  assert.deepEqual(f?.evidence, ['Conicl → Conical']);
  assert.equal(f?.suggestion, 'Stainless Steel Conical Fermenter 100L for Brewery');
});

test('title.spelling never flags trade terms, standards, Incoterms, model numbers or British spelling', () => {
  const titles = [
    'SUS304 Stainless Steel Welded Pipe EN10219 Q235 FOB Tianjin',
    'hdpe pipe sdr11 pe100 for water supply, fob ningbo, moq 500 meters',
    'LED Panel Light 600x600 40W CE RoHS UL Listed, OEM ODM, CIF or EXW',
    'Aluminium Colour Coated Coil PPGI PPGL Galvanised Grey 0.5mm',
    'KX-2000B Brushless Motor 12V 3000rpm IP65 with USB Type-C Cable',
    'Multifunctional Oilless Air Fryer Touchscreen Nonstick Basket',
  ];
  for (const title of titles) assert.equal(finding(product({ title }), 'title.spelling'), undefined, title);
});

test('title.spelling trusts names: the catalogue brand, a capitalised name, a word the catalogue uses often', () => {
  const branded = product({ title: 'Kadonio Kitchen Scale with LCD Display', brand: 'Kadonio' });
  assert.equal(finding(branded, 'title.spelling'), undefined);
  const a = product({ title: 'ewant digital air fryer 4l' }, 1);
  const b = product({ title: 'electric oven with ewant timer' }, 2);
  assert.equal(finding(b, 'title.spelling', [a, b]), undefined, 'a word two products use is the catalogue’s own');
});

test('title.spelling uses the catalogue to correct a typo of its own frequent word', () => {
  const many = ['digital air fryer 5l', 'air fryer with window', 'smart air fryer oven'].map((title, i) => product({ title }, i + 1));
  const typo = product({ title: 'healthy cooking air fyer 6l' }, 4);
  assert.deepEqual(finding(typo, 'title.spelling', [...many, typo])?.evidence, ['fyer → fryer']);
});

test('conflict.gender: the title says men, the attribute says women', () => {
  const p = product({ title: "Men's Running Shoes Breathable Mesh Sneakers", attributes: [['Gender', 'Women']] });
  assert.deepEqual(finding(p, 'conflict.gender')?.evidence, ["title: Men's", 'Gender: Women']);
  const unisex = product({ title: "Men's Running Shoes Breathable Mesh Sneakers", attributes: [['Gender', 'Unisex']] });
  assert.equal(finding(unisex, 'conflict.gender'), undefined);
});

test('conflict.capacity and conflict.power compare amounts across units', () => {
  const p = product({ title: '3.6L Digital Air Fryer 1400W', attributes: [['Capacity', '5L'], ['Power', '1.4 kW']] });
  assert.deepEqual(finding(p, 'conflict.capacity')?.evidence, ['title: 3.6L', 'Capacity: 5L']);
  assert.equal(finding(p, 'conflict.power'), undefined, '1400 W = 1.4 kW');
  const same = product({ title: '3.6L Digital Air Fryer', attributes: [['Capacity', '3600 ml']] });
  assert.equal(finding(same, 'conflict.capacity'), undefined);
});

test('conflict.material, colour, pack count and age group', () => {
  const p = product({
    title: 'Stainless Steel Water Bottle Black, Pack of 2, for Toddlers',
    attributes: [['Material', 'Plastic'], ['Color', 'Blue'], ['Pack count', '4'], ['Age range', '8 years and up']],
  });
  assert.deepEqual(ids(p).filter((id) => id.startsWith('conflict.')), ['conflict.age', 'conflict.material', 'conflict.colour', 'conflict.pack']);
  const fine = product({ title: 'HDPE Water Tank Black 1000L for Kids', attributes: [['Material', 'PE'], ['Color', 'Multicolor'], ['Age range', '3 years and up']] });
  assert.deepEqual(ids(fine).filter((id) => id.startsWith('conflict.')), []);
});

test('conflict with the category: a women’s category, a men’s title', () => {
  const p = product({ title: 'Mens Leather Belt Brown 35mm', category: 'Clothing | Women | Accessories | Belts' });
  assert.deepEqual(finding(p, 'conflict.gender')?.evidence, ['title: Mens', 'category: Women']);
});

test('title.form: too long, main keyword missing, promotional words', () => {
  const long = product({ title: `Hot Sale 2024 Cheap ${'Extra Large Outdoor Garden Folding Camping Chair Seat '.repeat(3)}`.trim(), category: 'Home & Garden | Picnic Baskets' });
  const evidence = finding(long, 'title.form')?.evidence ?? [];
  assert.equal(evidence.length, 3);
  assert.match(evidence[0] ?? '', /^length \d+ > 128$/);
  assert.equal(evidence[1], 'main keyword missing: Picnic Baskets');
  assert.equal(evidence[2], 'promotional words: hot sale, 2024, cheap');
});

test('scores add up from the findings and stay within 0–100', () => {
  const bad = product({ title: 'fryer fryer fryer conicl', category: '', attributes: [], description: '', images: 0 });
  const r = check(bad);
  assert.equal(r.score, 100 - r.findings.reduce((s, f) => s + f.points, 0));
  assert.ok(r.score >= 0 && r.score < 70);
  assert.deepEqual(r.findings.map((f) => f.id), ['info.incomplete', 'title.stuffing', 'title.spelling']);
  for (const f of r.findings) assert.ok(f.en && f.zh && f.fix.en && f.fix.zh && f.evidence.length > 0);
});
