/** `xunpan listings showcase|keywords` as a user runs them: on a database imported by the CLI, JSON and tables. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

const ROOT = path.join(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const built = existsSync(CLI) ? false : 'dist/cli.js is missing: run npm run build (npm test does)';
const xunpan = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C', LC_ALL: '' }, encoding: 'utf8' });

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-showcase-'));
const DB = path.join(dir, 'inbox.db');
const CSV = path.join(dir, 'catalogue.csv');
writeFileSync(CSV, 'Product Name,Category\nStainless Steel Lunch Box 1.2L,Kitchen | Lunch Boxes\nFolding Chair,Furniture | Chairs\n');

test('showcase and keywords: JSON with reasons in both languages, tables in zh and en, bad usage exits 2', { skip: built }, () => {
  assert.equal(xunpan(['import', '--db', DB, '--json', path.join(ROOT, 'examples')]).status, 0);
  const run = xunpan(['listings', 'showcase', '--db', DB, '--catalogue', CSV, '--as-of', '2026-03-31', '--json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { inquiries: number; candidates: { product: string; row: number; score: number; reasons: { id: string; zh: string; en: string }[] }[] };
  assert.ok(result.inquiries >= 1);
  const lunch = result.candidates.find((c) => c.row === 1);
  assert.ok(lunch, run.stdout);
  assert.ok(lunch.reasons.some((r) => r.id === 'demand' && /30/.test(r.zh) && /30 days/.test(r.en)));

  const zh = xunpan(['listings', 'showcase', '--db', DB, '--as-of', '2026-03-31', '--lang', 'zh']);
  assert.match(zh.stdout, /橱窗推荐/);
  const words = xunpan(['listings', 'keywords', '--db', DB, '--as-of', '2026-03-31', '--lang', 'en']);
  assert.match(words.stdout, /DE 1: lunch boxes/);
  assert.match(xunpan(['listings', 'showcase', '--db', DB, '--as-of', '2025-01-01', '--lang', 'en']).stdout, /newest inquiry is from 2026-03/);
  assert.equal(xunpan(['listings', 'showcase', '--db', DB, '--as-of', 'yesterday']).status, 2);
  assert.equal(xunpan(['listings', 'keywords', '--db', DB, '--catalogue', CSV]).status, 2);
});
