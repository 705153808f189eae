/**
 * The reply routes on a real SQLite file: drafts, the check, settings, templates, and a reply sent
 * through a real SMTP server on loopback that lands threaded under the buyer's mail and in the
 * thread; a salesperson cannot draft, check, send or mark won on another queue's inquiry.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { loadModel } from '../bayes/load.js';
import { followupsFor } from '../inbox/followups.js';
import { importEntries } from '../inbox/import.js';
import { parseMessage } from '../ingest/parse.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { Store } from '../store/dialect.js';
import { openStore } from '../store/open.js';
import { createUser } from '../store/users.js';
import { BUYER_INQUIRY, entries, mail } from '../../test/support/mail.js';
import { appContext, createApp } from './app.js';

const model = loadModel();
const BUYER_ID = '<rfq-77@kuechen-import.de>';
let store: Store;
let app: ReturnType<typeof createApp>;
let smtp: SMTPServer;
let smtpPort = 0;
const received: Buffer[] = [];
type Session = { cookie: string; csrf: string };
let wang: Session;
let li: Session;
let admin: Session;
let sinkId = 0;
let pumpId = 0;

before(async () => {
  store = await openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-reply-')), 'reply.db'));
  await createUser(store, { email: 'admin@seller.cn', name: 'Admin', role: 'admin', password: 'admin-password-1' });
  await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'wang-password-1', productLines: ['sink'] });
  await createUser(store, { email: 'li@seller.cn', name: '李雷', role: 'sales', password: 'li-password-12', productLines: ['pump'] });
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toUTCString();
  await importEntries(
    store,
    entries([
      mail({ from: 'Anna Schmidt <anna@kuechen-import.de>', subject: 'Inquiry: stainless steel sinks', body: BUYER_INQUIRY, messageId: BUYER_ID, date: twoHoursAgo }),
      mail({ from: 'ops@pumps-lagos.ng', subject: 'Quote for water pumps', body: 'Please quote 50 water pumps, CIF Lagos. Regards, Ade', messageId: '<p1@pumps-lagos.ng>', date: twoHoursAgo }),
    ]),
    { model, limits: DEFAULT_LIMITS, workers: 1 },
  );
  const ids = await store.db.selectFrom('messages').select(['id', 'subject']).execute();
  sinkId = ids.find((r) => r.subject.includes('sinks'))?.id ?? 0;
  pumpId = ids.find((r) => r.subject.includes('pumps'))?.id ?? 0;
  app = createApp(appContext(store, model, { secretKey: randomBytes(32) }));
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, done) => (auth.username === 'wang@seller.cn' && auth.password === 'smtp-s3cret' ? done(null, { user: 'wang' }) : done(new Error('Invalid username or password'))),
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  wang = await signIn('wang@seller.cn', 'wang-password-1');
  li = await signIn('li@seller.cn', 'li-password-12');
  admin = await signIn('admin@seller.cn', 'admin-password-1');
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

function call(who: Session, method: string, url: string, body?: unknown) {
  return app.request(url, { method, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function ok<T>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const text = await r.text();
  assert.equal(r.status, 200, text);
  return JSON.parse(text) as T;
}

test('the OpenAPI description lists the reply routes', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  for (const p of ['/api/inquiries/{id}/draft', '/api/inquiries/{id}/check', '/api/inquiries/{id}/reply', '/api/followups', '/api/report', '/api/me/smtp', '/api/me/profile', '/api/templates', '/api/threads/{id}/won']) assert.ok(doc.paths[p], p);
});

test('a salesperson cannot draft, check, send or mark won on another queue’s inquiry', async () => {
  const detail = await ok<{ message: { thread_id: number } }>(call(wang, 'GET', `/api/inquiries/${sinkId}`));
  for (const [method, url, body] of [
    ['GET', `/api/inquiries/${sinkId}/draft`],
    ['POST', `/api/inquiries/${sinkId}/check`, { subject: 'Re: sinks', body: 'Hello' }],
    ['POST', `/api/inquiries/${sinkId}/reply`, { subject: 'Re: sinks', body: 'Hello' }],
    ['POST', `/api/threads/${detail.message.thread_id}/won`, { won: true }],
  ] as const) {
    const res = await call(li, method, url, body);
    assert.equal(res.status, 404, `${method} ${url}`);
    const error = ((await res.json()) as { error: { zh: string; en: string } }).error;
    assert.ok(error.zh && error.en);
  }
});

test('SMTP settings: the password is stored encrypted and never returned', async () => {
  const settings = { host: '127.0.0.1', port: smtpPort, secure: false, user: 'wang@seller.cn', password: 'smtp-s3cret' };
  const saved = await ok<Record<string, unknown>>(call(wang, 'PUT', '/api/me/smtp', settings));
  assert.deepEqual({ ...saved, updatedAt: 'x' }, { host: '127.0.0.1', port: smtpPort, secure: false, user: 'wang@seller.cn', hasPassword: true, updatedAt: 'x' });
  const read = await call(wang, 'GET', '/api/me/smtp');
  assert.ok(!(await read.text()).includes('smtp-s3cret'));
  const row = await store.db.selectFrom('smtp_settings').select('password_enc').executeTakeFirstOrThrow();
  assert.match(row.password_enc ?? '', /^v1:/);
  assert.ok(!row.password_enc?.includes('smtp-s3cret'));
  // Saving without a password keeps the stored one.
  assert.equal((await ok<{ hasPassword: boolean }>(call(wang, 'PUT', '/api/me/smtp', { ...settings, password: undefined }))).hasPassword, true);
  assert.equal(await ok<null>(call(li, 'GET', '/api/me/smtp')), null);
});

test('the draft signs with the seller profile and answers the buyer; the check reports what to fix', async () => {
  await ok(call(wang, 'PUT', '/api/me/profile', { name: 'Wang Fang', title: 'Sales Manager', company: 'Ningbo Bright Sinks Co., Ltd.', phone: '+86 574 8888 6666', website: 'www.brightsinks.com' }));
  const draft = await ok<{ subject: string; body: string; languages: string[]; toFill: string[] }>(call(wang, 'GET', `/api/inquiries/${sinkId}/draft`));
  assert.equal(draft.subject, 'Re: Inquiry: stainless steel sinks');
  assert.match(draft.body, /Ningbo Bright Sinks Co., Ltd\./);
  assert.match(draft.body, /Tel: \+86 574 8888 6666\nEmail: wang@seller.cn\nWeb: www.brightsinks.com$/);
  const clean = await ok<{ findings: { id: string }[] }>(call(wang, 'POST', `/api/inquiries/${sinkId}/check`, { subject: draft.subject, body: draft.body }));
  assert.ok(!clean.findings.some((f) => f.id.startsWith('signature')), JSON.stringify(clean.findings));
  const bad = await ok<{ findings: { id: string; zh: string; en: string }[] }>(call(wang, 'POST', `/api/inquiries/${sinkId}/check`, { subject: 'Quotation', body: 'Price is USD 20.', attachments: ['catalog.zip'] }));
  const ids = bad.findings.map((f) => f.id);
  for (const id of ['subject.generic', 'signature.missing', 'attachment.archive']) assert.ok(ids.includes(id), id);
  assert.ok(bad.findings.every((f) => f.zh && f.en));
});

test('templates: everyone reads, only an admin writes, and a bad variable is refused in both languages', async () => {
  const templates = { en: { companyIntro: '{company} has made sinks since 2008.' } };
  assert.equal((await call(wang, 'PUT', '/api/templates', { templates })).status, 403);
  const bad = await call(admin, 'PUT', '/api/templates', { templates: { en: { closing: 'Bye {salesman}' } } });
  assert.equal(bad.status, 400);
  const error = ((await bad.json()) as { error: { code: string; zh: string; en: string } }).error;
  assert.equal(error.code, 'template');
  assert.match(error.zh, /未知变量/);
  await ok(call(admin, 'PUT', '/api/templates', { templates }));
  assert.deepEqual((await ok<{ templates: unknown }>(call(wang, 'GET', '/api/templates'))).templates, templates);
  const draft = await ok<{ body: string }>(call(wang, 'GET', `/api/inquiries/${sinkId}/draft`));
  assert.match(draft.body, /Ningbo Bright Sinks Co., Ltd. has made sinks since 2008\./);
});

test('a reply goes out through SMTP under the buyer’s mail and joins the thread', async () => {
  const before = await ok<Record<string, number>>(call(wang, 'GET', '/api/inquiries/counts'));
  const sent = await ok<{ messageId: string; storedId: number; accepted: string[] }>(
    call(wang, 'POST', `/api/inquiries/${sinkId}/reply`, { subject: 'Re: Inquiry: stainless steel sinks', body: 'Dear Anna,\n\n1. Price: USD 48 CIF Hamburg.\n\nBest regards,\nWang Fang' }),
  );
  assert.deepEqual(sent.accepted, ['anna@kuechen-import.de']);
  const parsed = await parseMessage(received.at(-1) ?? new Uint8Array());
  assert.ok(parsed.ok);
  assert.equal(parsed.message.headers['in-reply-to'], BUYER_ID);
  assert.equal(parsed.message.headers.references, BUYER_ID);
  assert.equal(parsed.message.messageId, sent.messageId);
  assert.equal(parsed.message.from?.address, 'wang@seller.cn');

  const detail = await ok<{ thread: { messages: { id: number; channel: string; direction: string }[] } }>(call(wang, 'GET', `/api/inquiries/${sinkId}`));
  const reply = detail.thread.messages.find((m) => m.id === sent.storedId);
  assert.deepEqual([reply?.channel, reply?.direction], ['reply', 'out']);
  assert.deepEqual(await ok(call(wang, 'GET', '/api/inquiries/counts')), before, 'our reply is not an inbox item');
  const raw = await call(wang, 'GET', `/api/inquiries/${sent.storedId}/raw`);
  assert.ok(Buffer.from(await raw.arrayBuffer()).equals(received.at(-1) ?? Buffer.alloc(0)), 'the stored raw is the sent bytes');
});

test('sending without SMTP settings, or to a wrong password, says so in both languages and stores nothing', async () => {
  const res = await call(li, 'POST', `/api/inquiries/${pumpId}/reply`, { subject: 'Re: pumps', body: 'Hello' });
  assert.equal(res.status, 409);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'smtp_missing');
  await ok(call(li, 'PUT', '/api/me/smtp', { host: '127.0.0.1', port: smtpPort, user: 'li@seller.cn', password: 'wrong' }));
  const refused = await call(li, 'POST', `/api/inquiries/${pumpId}/reply`, { subject: 'Re: pumps', body: 'Hello' });
  assert.equal(refused.status, 502);
  const error = ((await refused.json()) as { error: { code: string; zh: string; en: string } }).error;
  assert.equal(error.code, 'smtp');
  assert.ok(!error.en.includes('wrong'));
  const replies = await store.db.selectFrom('messages').select('id').where('direction', '=', 'out').execute();
  assert.equal(replies.length, 1);
});

test('after the reply: no follow-up today, one after three days; the report counts it; won stops follow-ups', async () => {
  assert.deepEqual(await ok(call(wang, 'GET', '/api/followups')), { followups: [] });
  const wangViewer = { id: 2, role: 'sales' as const };
  // Three days on, moved into the buyer's office hours: past a weekend or a holiday that can be days later, so
  // the check looks ten days ahead (due, not yet sent) and two days ahead (nothing yet), whatever day it runs.
  assert.deepEqual(await followupsFor(store, wangViewer, new Date(Date.now() + 2 * 86400_000)), []);
  const later = await followupsFor(store, wangViewer, new Date(Date.now() + 10 * 86400_000));
  assert.equal(later.length, 1);
  assert.ok(Date.parse(later[0]?.dueAt ?? '') >= Date.now() + 3 * 86400_000 - 3600_000, 'due three days after the reply at the earliest');
  assert.deepEqual([later[0]?.step, later[0]?.kind, later[0]?.messageId, later[0]?.salesperson], [1, 'follow_up', sinkId, '王芳']);
  assert.deepEqual(await followupsFor(store, { id: 3, role: 'sales' }, new Date(Date.now() + 10 * 86400_000)), [], 'not in li’s queue');

  const report = await ok<{ answered: number; buckets: { bucket: string; replies: number; won: number }[]; bySalesperson: { salesperson: string; answered: number }[] }>(call(admin, 'GET', '/api/report'));
  assert.equal(report.answered, 1);
  assert.equal(report.buckets.find((b) => b.bucket === '0-6h')?.replies, 1);
  assert.deepEqual(report.bySalesperson.map((s) => [s.salesperson, s.answered]), [['李雷', 0], ['王芳', 1]]);
  const mine = await ok<{ inquiries: number }>(call(li, 'GET', '/api/report'));
  assert.equal(mine.inquiries, 1, 'a salesperson’s report covers their own queue');

  const { message } = await ok<{ message: { thread_id: number } }>(call(wang, 'GET', `/api/inquiries/${sinkId}`));
  const won = await ok<{ wonAt: string | null }>(call(wang, 'POST', `/api/threads/${message.thread_id}/won`, { won: true }));
  assert.ok(won.wonAt);
  assert.deepEqual(await followupsFor(store, wangViewer, new Date(Date.now() + 10 * 86400_000)), []);
  const after = await ok<{ buckets: { bucket: string; won: number }[] }>(call(admin, 'GET', '/api/report'));
  assert.equal(after.buckets.find((b) => b.bucket === '0-6h')?.won, 1);
});
