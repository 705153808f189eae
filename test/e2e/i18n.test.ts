/**
 * The web's two catalogs: every key in both languages, nothing empty, the same {{placeholders}},
 * and every key the code names exists. (en.ts is also typed against zh.ts; this catches what a
 * type cannot: empty strings, dropped placeholders, keys built from template strings.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';

const WEB = path.join(import.meta.dirname, '..', '..', 'web', 'src');
type Catalog = Record<string, string>;
// Imported by path at run time: the web's modules follow the bundler's rules, not NodeNext's.
const load = async (lang: string) => ((await import(path.join(WEB, 'i18n', `${lang}.ts`))) as Record<string, Catalog>)[lang] ?? {};
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

test('zh and en have the same keys, none empty, with the same placeholders', async () => {
  const [zh, en] = [await load('zh'), await load('en')];
  assert.ok(Object.keys(zh).length > 100);
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort(), 'a key is missing from one language');
  for (const [key, text] of Object.entries(zh)) {
    assert.ok(text.trim() && en[key]?.trim(), `empty text for ${key}`);
    assert.deepEqual(placeholders(en[key] ?? ''), placeholders(text), `placeholders differ for ${key}`);
  }
});

test('every key the code uses is in the catalog, including keys built from a prefix', async () => {
  const zh = await load('zh');
  const keys = Object.keys(zh);
  for (const file of sources(WEB)) {
    const code = readFileSync(file, 'utf8');
    for (const [, key] of code.matchAll(/\bt\('([\w.]+)'/g)) assert.ok(key && key in zh, `${path.relative(WEB, file)} uses a missing key ${key}`);
    for (const [, prefix] of code.matchAll(/\bt\(`([\w.]+)\$\{/g)) assert.ok(keys.some((k) => k.startsWith(prefix ?? '?')), `${path.relative(WEB, file)} uses keys ${prefix}… that do not exist`);
  }
});
