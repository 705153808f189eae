/**
 * Reactivation in the service on a real SQLite file: the list and its files through the API, each
 * person seeing their own buyers; outreach queued from it and sent by a stepped clock to a real SMTP
 * server on loopback, one letter per interval and within the daily cap; a buyer who writes back is
 * cancelled and leaves the list; a bounced address is never queued.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { SMTPServer } from 'smtp-server';
import { loadModel } from '../bayes/load.js';
import { importEntries } from '../inbox/import.js';
import { queueOutreach, runDueOutreach } from '../inbox/outreach.js';
import { reactivationFor } from '../inbox/reactivation.js';
import { parseMessage } from '../ingest/parse.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { Store } from '../store/dialect.js';
import { openStore } from '../store/open.js';
import { createUser } from '../store/users.js';
import { rfc3464 } from '../../test/support/bounces.js';
import { entries, mail } from '../../test/support/mail.js';
import { appContext, createApp, type AppContext } from './app.js';

const model = loadModel();
let store: Store;
let ctx: AppContext;
let app: ReturnType<typeof createApp>;
let smtp: SMTPServer;
const received: { to: string; raw: Buffer }[] = [];
type Session = { cookie: string; csrf: string };
let wang: Session;
let li: Session;
let admin: Session;
let wangId = 0;

const inquiry = (name: string, email: string, company: string, product: string, n: number) =>
  mail({
    from: `${name} <${email}>`, subject: `Inquiry: ${product}`, messageId: `<rfq-${n}@${email.split('@')[1]}>`,
    body: `Dear Sir,\n\nPlease quote ${product}, 500 pcs, SUS304, CIF Hamburg. Delivery within 45 days.\n\nBest regards,\n${name}\nPurchasing Manager\n${company}\nTel: +49 30 1234567${n}`,
  });
const importRaw = (raws: Uint8Array[]) => importEntries(store, entries(raws), { model, limits: DEFAULT_LIMITS, workers: 1 });

before(async () => {
  store = await openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-reactivation-')), 'r.db'));
  await createUser(store, { email: 'admin@seller.cn', name: 'Admin', role: 'admin', password: 'admin-password-1' });
  wangId = (await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'wang-password-1', productLines: ['sink'] })).id;
  await createUser(store, { email: 'li@seller.cn', name: '李雷', role: 'sales', password: 'li-password-12', productLines: ['pump'] });
  await importRaw([
    inquiry('Anna Schmidt', 'anna@kuechen-import.de', 'Kuechen Import GmbH', 'stainless steel sinks', 1),
    inquiry('Bob Martin', 'bob@eviers-lyon.fr', 'Eviers Lyon SARL', 'kitchen sinks', 2),
    inquiry('Carl de Vries', 'carl@gootsteen.nl', 'Gootsteen BV', 'sink bowls', 3),
    inquiry('Dave Brown', 'dave@sinkhouse.co.uk', 'Sinkhouse Ltd', 'undermount sinks', 4),
    inquiry('Dirk Tot', 'dirk@gone-sinks.de', 'Gone Sinks GmbH', 'bar sinks', 5),
    inquiry('Ade Bello', 'ade@pumps-lagos.ng', 'Lagos Pumps Ltd', 'water pumps', 6),
    new TextEncoder().encode(rfc3464('failed', '5.1.1')('dirk@gone-sinks.de')),
  ]);
  ctx = appContext(store, model, { secretKey: randomBytes(32) });
  app = createApp(ctx);
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
    onAuth: (auth, _s, done) => (auth.password === 'smtp-s3cret' ? done(null, { user: auth.username }) : done(new Error('Invalid username or password'))),
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw: Buffer.concat(chunks) });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  wang = await signIn('wang@seller.cn', 'wang-password-1');
  li = await signIn('li@seller.cn', 'li-password-12');
  admin = await signIn('admin@seller.cn', 'admin-password-1');
  const port = (smtp.server.address() as AddressInfo).port;
  await ok(call(wang, 'PUT', '/api/me/smtp', { host: '127.0.0.1', port, secure: false, user: 'wang@seller.cn', password: 'smtp-s3cret' }));
});

after(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await store.db.destroy();
});

async function signIn(email: string, password: string): Promise<Session> {
  const res = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const { csrf } = (await res.json()) as { csrf: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf };
}

function call(who: Session, method: string, url: string, body?: unknown, type = 'application/json') {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return app.request(url, { method, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': type }, body: payload });
}

async function ok<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const text = await r.text();
  assert.equal(r.status, 200, text);
  return JSON.parse(text) as T;
}

type Row = { key: string; email: string | null; grade: string; country: string | null; delivery: string | null; draft: { languages: string[]; body: string } | null; outreach: string | null };
type List = { rows: Row[]; total: number; countries: string[]; excluded: { email: string | null; code: string; customerRow: number | null; reason: { zh: string; en: string } }[]; counts: { buyers: number; dead: number } };
const emails = (l: List) => l.rows.map((r) => r.email).sort();

test('the list: an admin sees every buyer, a salesperson their own queue; dead addresses are marked; filters work', async () => {
  const all = await ok<List>(call(admin, 'GET', '/api/reactivation'));
  assert.deepEqual(emails(all), ['ade@pumps-lagos.ng', 'anna@kuechen-import.de', 'bob@eviers-lyon.fr', 'carl@gootsteen.nl', 'dave@sinkhouse.co.uk', 'dirk@gone-sinks.de']);
  assert.deepEqual(emails(await ok<List>(call(li, 'GET', '/api/reactivation'))), ['ade@pumps-lagos.ng']);
  const mine = await ok<List>(call(wang, 'GET', '/api/reactivation'));
  assert.ok(!emails(mine).includes('ade@pumps-lagos.ng'));
  const dirk = mine.rows.find((r) => r.email === 'dirk@gone-sinks.de');
  assert.deepEqual([dirk?.delivery, dirk?.draft], ['dead', null]);
  const anna = mine.rows.find((r) => r.email === 'anna@kuechen-import.de');
  assert.deepEqual(anna?.draft?.languages, ['en', 'de'], 'English above, German below');
  assert.ok(mine.countries.includes('DE'));
  const de = await ok<List>(call(wang, 'GET', '/api/reactivation?country=de'));
  assert.ok(de.rows.length > 0 && de.rows.every((r) => r.country === 'DE'));
  const grade = mine.rows[0]?.grade ?? 'B';
  const graded = await ok<List>(call(wang, 'GET', `/api/reactivation?grade=${grade}&limit=1`));
  assert.equal(graded.rows.length, 1);
  assert.equal(graded.total, mine.rows.filter((r) => r.grade === grade).length);
  assert.equal((await call(wang, 'GET', '/api/reactivation?grade=D')).status, 400);
});

test('export: CSV in UTF-8 with a BOM and the contract’s headers; XLSX with the same first row', async () => {
  const csv = await call(wang, 'GET', '/api/reactivation/export?format=csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="reactivation-.*\.csv"/);
  const bytes = Buffer.from(await csv.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  assert.ok(text.startsWith('序号,姓名,邮箱,电话和地址,公司名称,国家,评定等级,内容摘要,询盘时间'), text.slice(0, 80));
  assert.ok(!text.includes('ade@pumps-lagos.ng'), 'only the salesperson’s own buyers');
  const xlsx = await call(admin, 'GET', '/api/reactivation/export?format=xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await xlsx.arrayBuffer());
  const header = (wb.worksheets[0]?.getRow(1).values as unknown[]).slice(1, 10);
  assert.deepEqual(header, ['序号', '姓名', '邮箱', '电话和地址', '公司名称', '国家', '评定等级', '内容摘要', '询盘时间']);
});

test('outreach: bounced addresses are never queued; letters leave one per interval per sender; a buyer who writes back is cancelled and leaves the list; the daily cap holds', async () => {
  assert.equal((await call(wang, 'PUT', '/api/outreach/settings', { intervalSeconds: 120, dailyCap: 2 })).status, 403);
  await ok(call(admin, 'PUT', '/api/outreach/settings', { intervalSeconds: 120, dailyCap: 2 }));
  const list = await reactivationFor(store, { id: wangId, role: 'sales' });
  const key = (email: string) => list.rows.find((r) => r.email === email)?.key ?? email;
  const wangViewer = { id: wangId, role: 'sales' as const };
  const t0 = Date.parse('2026-12-01T09:00:00Z');
  let clock = t0;
  const deps = { now: () => new Date(clock), key: ctx.secretKey, intake: () => ctx.intake() };

  const queued = await queueOutreach(store, wangViewer, ['anna@kuechen-import.de', 'bob@eviers-lyon.fr', 'carl@gootsteen.nl', 'dirk@gone-sinks.de'].map(key), new Date(clock));
  assert.deepEqual(queued.queued.map((q) => q.email), ['anna@kuechen-import.de', 'bob@eviers-lyon.fr', 'carl@gootsteen.nl']);
  assert.deepEqual(queued.skipped.map((s) => s.code), ['dead']);
  assert.deepEqual((await queueOutreach(store, wangViewer, [key('anna@kuechen-import.de')], new Date(clock))).skipped.map((s) => s.code), ['already_queued']);
  assert.deepEqual((await ok<{ skipped: { code: string }[] }>(call(li, 'POST', '/api/outreach', { keys: [key('bob@eviers-lyon.fr')] }))).skipped.map((s) => s.code), ['not_listed'], 'not in li’s queue');

  assert.equal((await runDueOutreach(store, deps)).sent.length, 1);
  assert.deepEqual(received.map((r) => r.to), ['anna@kuechen-import.de']);
  clock = t0 + 60_000;
  assert.equal((await runDueOutreach(store, deps)).sent.length, 0, 'the interval is not over');
  // Carl writes in before his letter goes.
  await importRaw([mail({ from: 'Carl de Vries <carl@gootsteen.nl>', subject: 'Still interested in sinks', body: 'Hello, we need 300 sink bowls again. Carl', date: 'Tue, 01 Dec 2026 09:01:10 +0000' })]);
  clock = t0 + 120_000;
  const second = await runDueOutreach(store, deps);
  assert.deepEqual([second.sent.length, second.cancelled], [1, 1]);
  clock = t0 + 300_000;
  assert.equal((await runDueOutreach(store, deps)).sent.length, 0, 'Carl’s letter was cancelled');
  assert.deepEqual(received.map((r) => r.to), ['anna@kuechen-import.de', 'bob@eviers-lyon.fr']);

  const first = await parseMessage(received[0]?.raw ?? new Uint8Array());
  assert.ok(first.ok);
  assert.equal(first.message.headers['in-reply-to'], '<rfq-1@kuechen-import.de>');
  assert.match(first.message.text ?? '', /Sehr geehrte|Guten Tag|Hallo/);
  const queue = await ok<{ items: { email: string; status: string; sentId: number | null; reason: { code: string } | null }[] }>(call(wang, 'GET', '/api/outreach'));
  const status = Object.fromEntries(queue.items.map((i) => [i.email, i.status]));
  assert.deepEqual(status, { 'anna@kuechen-import.de': 'sent', 'bob@eviers-lyon.fr': 'sent', 'carl@gootsteen.nl': 'cancelled' });
  const sentId = queue.items.find((i) => i.email === 'anna@kuechen-import.de')?.sentId ?? 0;
  const stored = await store.db.selectFrom('messages').select(['channel', 'direction', 'thread_id']).where('id', '=', sentId).executeTakeFirstOrThrow();
  const annaThread = await store.db.selectFrom('messages').select('thread_id').where('message_id', '=', '<rfq-1@kuechen-import.de>').executeTakeFirstOrThrow();
  assert.deepEqual(stored, { channel: 'reply', direction: 'out', thread_id: annaThread.thread_id }, 'the letter is kept in the buyer’s thread');
  assert.deepEqual((await ok<{ items: unknown[] }>(call(li, 'GET', '/api/outreach'))).items, [], 'a salesperson sees their own queue');

  const after = await reactivationFor(store, wangViewer);
  assert.ok(!after.rows.some((r) => r.email === 'carl@gootsteen.nl'), 'Carl answered: off the list');
  assert.equal(after.excluded.find((e) => e.email === 'carl@gootsteen.nl')?.match.code, 'outreach.answered');

  // The cap: two sent in the last 24 hours, so Dave waits for the next day.
  await queueOutreach(store, wangViewer, [key('dave@sinkhouse.co.uk')], new Date(clock));
  clock = t0 + 3_600_000;
  assert.equal((await runDueOutreach(store, deps)).sent.length, 0, 'the daily cap is reached');
  clock = t0 + 86_400_000 + 1000;
  assert.equal((await runDueOutreach(store, deps)).sent.length, 1);
  assert.equal(received.at(-1)?.to, 'dave@sinkhouse.co.uk');
});

test('a customer list uploaded by an admin leaves those buyers out, with the reason and the row', async () => {
  const csv = '公司名称,邮箱\nSomebody Ltd,someone@else.example\nEviers Lyon,bob@eviers-lyon.fr\n';
  assert.equal((await call(wang, 'PUT', '/api/reactivation/customers?filename=c.csv', csv, 'text/csv')).status, 403);
  const saved = await ok<{ customers: number }>(call(admin, 'PUT', '/api/reactivation/customers?filename=c.csv', csv, 'text/csv'));
  assert.equal(saved.customers, 2);
  const list = await ok<List & { customerList: { filename: string } }>(call(admin, 'GET', '/api/reactivation'));
  assert.equal(list.customerList.filename, 'c.csv');
  assert.ok(!emails(list).includes('bob@eviers-lyon.fr'));
  const bob = list.excluded.find((e) => e.email === 'bob@eviers-lyon.fr');
  assert.deepEqual([bob?.code, bob?.customerRow], ['customer.email', 3]);
  assert.ok(bob?.reason.zh && bob.reason.en);
  const bad = await call(admin, 'PUT', '/api/reactivation/customers', 'foo,bar\n1,2\n', 'text/csv');
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'customers.columns');
});

test('the OpenAPI description lists the reactivation and outreach routes', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  for (const p of ['/api/reactivation', '/api/reactivation/export', '/api/reactivation/customers', '/api/outreach', '/api/outreach/{id}/cancel', '/api/outreach/settings']) assert.ok(doc.paths[p], p);
});
