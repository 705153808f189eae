/** The listings routes on a real SQLite file: a catalogue upload checked as JSON and as XLSX, showcase picks and buyer keywords. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { loadModel } from '../bayes/load.js';
import { importEntries } from '../inbox/import.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { entries, mail } from '../../test/support/mail.js';
import { openStore } from '../store/open.js';
import { createApiToken, createUser } from '../store/users.js';
import { appContext, createApp } from './app.js';

const model = loadModel();
let app: ReturnType<typeof createApp>;
let auth: Record<string, string>;
const CSV = ['Product Name,Category,Price', 'steel pipe erw steel pipe conicl,Steel | Steel Pipes,US$ 5', 'Wicker Picnic Basket for 4 Persons,Outdoor | Picnic Baskets,US$ 9'].join('\n');

before(async () => {
  const store = await openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-listings-api-')), 'api.db'));
  const admin = await createUser(store, { email: 'admin@seller.cn', name: 'Admin', role: 'admin', password: 'admin-password-1' });
  auth = { authorization: `Bearer ${(await createApiToken(store, admin.id, 'test')).token}` };
  await importEntries(store, entries([
    mail({ from: 'tom@hampers.co.uk', subject: 'Inquiry: picnic hampers', body: 'We need 300 wicker picnic hampers for London, United Kingdom. Please quote.', date: 'Mon, 23 Nov 2026 09:00:00 +0000' }),
    mail({ from: 'amy@outdoor-goods.com', subject: 'Inquiry: picnic baskets', body: 'We are looking for 500 wicker picnic baskets, delivery to Los Angeles, USA.', date: 'Tue, 17 Nov 2026 15:00:00 -0800' }),
  ]), { model, limits: DEFAULT_LIMITS, workers: 1 });
  app = createApp(appContext(store, model));
});

test('POST /api/listings/check: findings per product and the summary; a stuffed title and a misspelling', async () => {
  const res = await app.request('/api/listings/check', { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: CSV });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { products: { row: number; score: number; findings: { id: string; short: { zh: string }; suggestion?: string }[] }[]; summary: { products: number; byFinding: { id: string }[] } };
  const pipe = body.products[0];
  assert.deepEqual(pipe?.findings.map((f) => f.id).filter((id) => id.startsWith('title.s')), ['title.stuffing', 'title.spelling']);
  assert.equal(pipe?.findings.find((f) => f.id === 'title.stuffing')?.short.zh, '标题堆砌');
  assert.ok(pipe?.findings.some((f) => f.suggestion), 'a suggested title');
  assert.equal(body.summary.products, 2);
  assert.ok(body.summary.byFinding.some((f) => f.id === 'title.stuffing'));
});

test('POST /api/listings/check?format=xlsx answers the workbook; a bad file is a bilingual 400; no token, 401', async () => {
  const res = await app.request('/api/listings/check?format=xlsx', { method: 'POST', headers: auth, body: CSV });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  assert.equal(book.worksheets[0]?.getRow(2).getCell(3).text, 'steel pipe erw steel pipe conicl');
  const bad = await app.request('/api/listings/check', { method: 'POST', headers: auth, body: 'colour,size\nred,2' });
  assert.equal(bad.status, 400);
  const error = ((await bad.json()) as { error: { code: string; zh: string; en: string } }).error;
  assert.equal(error.code, 'unreadable');
  assert.match(error.en, /no title column/);
  assert.equal((await app.request('/api/listings/check', { method: 'POST', body: CSV })).status, 401);
});

test('GET /api/listings/showcase and /keywords: picks with reasons, words per country, asOf checked', async () => {
  const picks = (await (await app.request('/api/listings/showcase?asOf=2026-11-26', { headers: auth })).json()) as { inquiries: number; candidates: { product: string; n30: number; reasons: { id: string; zh: string; en: string }[] }[] };
  assert.equal(picks.inquiries, 2);
  assert.match(picks.candidates[0]?.product ?? '', /picnic/);
  assert.equal(picks.candidates[0]?.n30, 2);
  assert.ok(picks.candidates[0]?.reasons.every((r) => r.zh && r.en));
  const words = (await (await app.request('/api/listings/keywords?asOf=2026-11-26', { headers: auth })).json()) as { products: { words: { country: string; phrases: { phrase: string }[] }[] }[] };
  const byCountry = Object.fromEntries((words.products[0]?.words ?? []).map((w) => [w.country, w.phrases.map((p) => p.phrase)]));
  assert.ok(byCountry.GB?.includes('wicker picnic hampers') || byCountry.GB?.includes('picnic hampers'), JSON.stringify(byCountry));
  assert.ok(byCountry.US?.some((p) => p.includes('baskets')), JSON.stringify(byCountry));
  assert.equal((await app.request('/api/listings/showcase?asOf=soon', { headers: auth })).status, 400);
  assert.equal((await app.request('/api/listings/keywords')).status, 401);
});
