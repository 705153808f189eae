import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import ExcelJS from 'exceljs';

const ROOT = path.join(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const CORPUS = path.resolve(process.env.XUNPAN_CORPUS ?? path.join(ROOT, '../shared/corpus'), 'listings');
const built = existsSync(CLI) ? false : 'dist/cli.js is missing: run npm run build (npm test does)';

/** The built CLI, as a user runs it after `npm run build`. */
function xunpan(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C', LC_ALL: '' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Line = { row: number; title: string; score: number; findings: { id: string; en: string; zh: string; evidence: string[]; suggestion?: string }[] };
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-listings-'));
const CSV = path.join(dir, 'catalogue.csv');
writeFileSync(CSV, [
  'Product Name,Category,Gender,Capacity,Description,Images,MOQ,Price,Payment Terms,Supply Ability,Packaging,Port,Lead Time,Warehouse',
  "Men's Breathable Mesh Running Shoes,Shoes | Running Shoes,Women,,Breathable mesh,4,100 pairs,US$ 8,T/T,5000 pairs/month,carton,Xiamen,20 days,A1",
  'steel pipe erw steel pipe conicl,,,,,,,,,,,,,B2',
  '3.6L Digital Air Fryer,Kitchen | Air Fryers,,5L,Oil-free cooking,5,500,US$ 15,L/C,10000/month,colour box,Ningbo,30 days,',
].join('\n'));

test('listings check --json: one object per product in file order, with the contract fields, nothing else', { skip: built }, () => {
  const run = xunpan(['listings', 'check', '--json', CSV]);
  assert.equal(run.status, 0, run.stderr);
  const out = lines(run.stdout);
  assert.deepEqual(out.map((l) => [l.row, l.title]), [[1, "Men's Breathable Mesh Running Shoes"], [2, 'steel pipe erw steel pipe conicl'], [3, '3.6L Digital Air Fryer']]);
  for (const l of out) {
    assert.deepEqual(Object.keys(l), ['row', 'title', 'score', 'findings']);
    assert.ok(Number.isInteger(l.score) && l.score >= 0 && l.score <= 100);
    for (const f of l.findings) assert.ok(f.id && f.en && f.zh && Array.isArray(f.evidence));
  }
  const [shoes, pipe, fryer] = out as [Line, Line, Line];
  assert.deepEqual(shoes.findings.map((f) => f.id), ['conflict.gender']);
  assert.deepEqual(pipe.findings.map((f) => f.id), ['info.incomplete', 'title.stuffing', 'title.spelling']);
  assert.deepEqual(pipe.findings[1]?.evidence, ['steel pipe ×2']);
  assert.deepEqual(pipe.findings[2]?.evidence, ['conicl → conical']);
  assert.deepEqual(fryer.findings.map((f) => f.id), ['conflict.capacity']);
  assert.match(run.stderr, /Warehouse/, 'the unknown column is reported, on stderr');
});

test('listings check: a zh table by default, en with --lang en, and an XLSX report', { skip: built }, async () => {
  const zh = xunpan(['listings', 'check', CSV]);
  assert.equal(zh.status, 0, zh.stderr);
  assert.match(zh.stdout, /^行 +分数 +标题/);
  assert.match(zh.stdout, /标题堆砌\(steel pipe ×2\)/);
  assert.match(zh.stdout, /共 3 个产品/);
  assert.match(zh.stdout, /未识别的列（已保留）: Warehouse/);
  const xlsx = path.join(dir, 'report.xlsx');
  const en = xunpan(['listings', 'check', '--lang', 'en', '--xlsx', xlsx, CSV]);
  assert.equal(en.status, 0, en.stderr);
  assert.match(en.stdout, /^row +score +title/);
  assert.match(en.stdout, /3 products, average score/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
  assert.equal(workbook.worksheets[0]?.getRow(1).getCell(1).text, '行 Row');
  assert.equal(workbook.worksheets[0]?.actualRowCount, 4);
});

test('listings check exit codes: 1 unreadable file, 2 bad usage', { skip: built }, () => {
  const missing = xunpan(['listings', 'check', path.join(dir, 'nope.csv')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /无法读取/);
  assert.match(missing.stderr, /cannot read/);
  const noTitle = path.join(dir, 'no-title.csv');
  writeFileSync(noTitle, 'sku,qty\n1,2\n');
  assert.equal(xunpan(['listings', 'check', noTitle]).status, 1);
  assert.equal(xunpan(['listings', 'check']).status, 2);
  assert.equal(xunpan(['listings', 'check', '--lang', 'fr', CSV]).status, 2);
  assert.equal(xunpan(['listings', 'check', '--bogus', CSV]).status, 2);
  assert.equal(xunpan(['listings', 'list', CSV]).status, 2);
});

const corpus = built || (existsSync(CORPUS) ? false : `no corpus at ${CORPUS}`);

test('the shared listings corpus: every repeated "air fryer" title is caught, no right word is called misspelled', { skip: corpus }, () => {
  const alibaba = lines(xunpan(['listings', 'check', '--json', path.join(CORPUS, 'alibaba-air-fryers.csv')]).stdout);
  assert.equal(alibaba.length, 48);
  for (const l of alibaba.filter((x) => (x.title.match(/\bair fryers?\b/g) ?? []).length >= 2)) {
    assert.ok(l.findings.some((f) => f.id === 'title.stuffing'), l.title);
  }
  const amazon = lines(xunpan(['listings', 'check', '--json', path.join(CORPUS, 'amazon-sample-dev.csv')]).stdout);
  assert.equal(amazon.length, 500);
  // The misspellings found by reading the titles (README, hand review); anything else flagged is a false flag.
  const typos = new Set(['multifuncional', 'frayer', 'fyer', 'frye', 'oiless', 'mutli', 'craftmanship']);
  const flagged = [...alibaba, ...amazon].flatMap((l) => l.findings.filter((f) => f.id === 'title.spelling').flatMap((f) => f.evidence));
  for (const e of flagged) assert.ok(typos.has((e.split(' → ')[0] ?? '').toLowerCase()), e);
});
