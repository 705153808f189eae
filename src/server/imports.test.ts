/**
 * Uploads through POST /api/imports on a real SQLite file: the examples as one mbox are imported in
 * the background with the counts right, a non-admin is refused, a file past the limit gets a
 * bilingual 413, and a file that cannot be read ends as a failed run with its reason.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadModel } from '../bayes/load.js';
import type { ImportRun } from '../inbox/upload-import.js';
import type { Store } from '../store/dialect.js';
import { openStore } from '../store/open.js';
import { createUser } from '../store/users.js';
import { appContext, createApp } from './app.js';

const EXAMPLES = path.join(import.meta.dirname, '..', '..', 'examples');
const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-imports-'));
let store: Store;
let app: ReturnType<typeof createApp>;
type Session = { cookie: string; csrf: string };
let admin: Session;
let sales: Session;

before(async () => {
  store = await openStore(path.join(dir, 'imports.db'));
  await createUser(store, { email: 'admin@seller.cn', name: 'Admin', role: 'admin', password: 'admin-password-1' });
  await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'wang-password-1' });
  app = createApp(appContext(store, loadModel(), { secretKey: randomBytes(32), uploadDir: path.join(dir, 'uploads'), maxUploadBytes: 1024 * 1024 }));
  admin = await signIn('admin@seller.cn', 'admin-password-1');
  sales = await signIn('wang@seller.cn', 'wang-password-1');
});

after(() => store.db.destroy());

async function signIn(email: string, password: string): Promise<Session> {
  const res = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const { csrf } = (await res.json()) as { csrf: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf };
}

const upload = (who: Session, name: string, body: Uint8Array<ArrayBuffer> | string) =>
  app.request(`/api/imports?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/octet-stream' }, body });

/** Polls GET /api/imports, as the admin page does, until the run has ended. */
async function finished(id: number): Promise<ImportRun> {
  for (let i = 0; i < 600; i++) {
    const runs = (await (await app.request('/api/imports', { headers: { cookie: admin.cookie } })).json()) as ImportRun[];
    const run = runs.find((r) => r.id === id);
    if (run && run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

/** The examples folder as one mbox, each message behind its own "From " line. */
function examplesMbox(): string {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.eml')).sort();
  return files.map((f) => `From example@example.com Mon Jan  5 10:00:00 2026\n${readFileSync(path.join(EXAMPLES, f), 'latin1')}\n`).join('');
}

test('an mbox of the examples is imported in the background with the right counts', async () => {
  const res = await upload(admin, 'examples.mbox', Buffer.from(examplesMbox(), 'latin1'));
  assert.equal(res.status, 202, await res.clone().text());
  const { id } = (await res.json()) as { id: number };
  const run = await finished(id);
  assert.deepEqual({ ...run, startedAt: 'x', finishedAt: run.finishedAt ? 'x' : null }, {
    id, label: 'examples.mbox', status: 'done', read: 8, stored: 8, duplicates: 0, failed: 0, expected: 8, startedAt: 'x', finishedAt: 'x', error: null,
  });
  const stored = await store.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(stored.n), 8);
  assert.deepEqual(readdirSync(path.join(dir, 'uploads')), [], 'the upload is removed once imported');

  const again = await finished(((await (await upload(admin, 'examples.mbox', Buffer.from(examplesMbox(), 'latin1'))).json()) as { id: number }).id);
  assert.deepEqual([again.status, again.stored, again.duplicates], ['done', 0, 8]);
});

test('a salesperson may neither upload nor list imports', async () => {
  const res = await upload(sales, 'x.eml', 'Subject: hi\n\nhello');
  assert.equal(res.status, 403);
  assert.equal((await app.request('/api/imports', { headers: { cookie: sales.cookie } })).status, 403);
});

test('a file past the limit is refused with a bilingual 413, and a name that is not a known kind with 400', async () => {
  const res = await upload(admin, 'big.mbox', new Uint8Array(1024 * 1024 + 1));
  assert.equal(res.status, 413);
  const { error } = (await res.json()) as { error: { code: string; zh: string; en: string } };
  assert.equal(error.code, 'too_large');
  assert.match(error.zh, /上限 1 MiB/);
  assert.match(error.en, /limit of 1 MiB/);
  assert.equal((await upload(admin, 'notes.txt', 'hello')).status, 400);
  assert.deepEqual(readdirSync(path.join(dir, 'uploads')), []);
});

test('an unreadable file ends as failed, with the reason in both languages', async () => {
  const res = await upload(admin, 'export.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(2000)])); // a broken zip
  assert.equal(res.status, 202);
  const run = await finished(((await res.json()) as { id: number }).id);
  assert.equal(run.status, 'failed');
  assert.deepEqual(run.error, { zh: 'export.xlsx 不是可读的 CSV 或 XLSX 文件', en: 'export.xlsx is not a readable CSV or XLSX file' });
  const empty = await finished(((await (await upload(admin, 'empty.mbox', '')).json()) as { id: number }).id);
  assert.equal(empty.status, 'failed');
  assert.match(empty.error?.en ?? '', /no messages/);
});
