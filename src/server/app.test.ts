/**
 * The API as a browser and a script see it, on a real SQLite file: nothing answers without a
 * session or token, a browser must echo its CSRF token, and a salesperson cannot reach another
 * queue by changing an id.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { loadModel } from '../bayes/load.js';
import { importEntries } from '../inbox/import.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { BUYER_INQUIRY, entries, mail, PHISHING } from '../../test/support/mail.js';
import { openStore } from '../store/open.js';
import { createUser } from '../store/users.js';
import { appContext, createApp } from './app.js';

const model = loadModel();
let app: ReturnType<typeof createApp>;

before(async () => {
  const store = await openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-api-')), 'api.db'));
  await createUser(store, { email: 'admin@seller.cn', name: 'Admin', role: 'admin', password: 'admin-password-1' });
  await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'wang-password-1', productLines: ['sink'] });
  await createUser(store, { email: 'li@seller.cn', name: '李雷', role: 'sales', password: 'li-password-12', productLines: ['pump'] });
  await importEntries(
    store,
    entries([
      mail({ from: 'anna@kuechen-import.de', subject: 'Inquiry: stainless steel sinks', body: BUYER_INQUIRY }),
      mail({ from: 'ops@pumps-lagos.ng', subject: 'Quote for water pumps', body: 'Please quote 50 water pumps, CIF Lagos. Regards, Ade' }),
      mail({ from: 'x@y.top', subject: 'Mailbox suspended', body: PHISHING }),
    ]),
    { model, limits: DEFAULT_LIMITS, workers: 1 },
  );
  app = createApp(appContext(store, model));
});

async function signIn(email: string, password: string) {
  const res = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  assert.equal(res.status, 200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await res.json()) as { csrf: string };
  return { cookie, csrf };
}

test('health and the OpenAPI description are public; the description lists the routes', async () => {
  assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true });
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  for (const p of ['/api/inquiries', '/api/inquiries/{id}', '/api/inquiries/{id}/actions', '/api/session', '/api/users', '/api/messages']) assert.ok(doc.paths[p], p);
});

test('no route answers without a valid session or token, whatever the method', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  for (const [route, methods] of Object.entries(doc.paths)) {
    for (const method of Object.keys(methods)) {
      if (route === '/api/session' && method === 'post') continue;
      const url = route.replace('{id}', '1');
      for (const headers of [{}, { authorization: 'Bearer xp_forged' }, { cookie: 'xunpan_session=forged' }] as Record<string, string>[]) {
        const res = await app.request(url, { method: method.toUpperCase(), headers: { 'content-type': 'application/json', ...headers }, body: method === 'get' ? undefined : '{}' });
        assert.equal(res.status, 401, `${method} ${url} with ${JSON.stringify(headers)}`);
        const body = (await res.json()) as { error: { code: string; zh: string; en: string } };
        assert.equal(body.error.code, 'unauthenticated');
        assert.ok(body.error.zh && body.error.en);
      }
    }
  }
});

test('a wrong password gets the same bilingual refusal as an unknown user', async () => {
  for (const email of ['admin@seller.cn', 'nobody@seller.cn']) {
    const res = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'wrong-password' }) });
    assert.equal(res.status, 401);
    assert.deepEqual(await res.json(), { error: { code: 'bad_login', zh: '邮箱或密码不正确', en: 'wrong e-mail or password' } });
  }
});

test('a browser session must send its CSRF token to change anything', async () => {
  const { cookie, csrf } = await signIn('admin@seller.cn', 'admin-password-1');
  const { rows } = (await (await app.request('/api/inquiries?tab=junk', { headers: { cookie } })).json()) as { rows: { id: number }[] };
  const id = rows[0]!.id;
  const body = JSON.stringify({ action: 'label', label: 'genuine' });
  const without = await app.request(`/api/inquiries/${id}/actions`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
  assert.equal(without.status, 403);
  const withToken = await app.request(`/api/inquiries/${id}/actions`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body });
  assert.equal(withToken.status, 200);
  const { actionId } = (await withToken.json()) as { actionId: number };
  const counts = (await (await app.request('/api/inquiries/counts', { headers: { cookie } })).json()) as { junk: number };
  assert.equal(counts.junk, 0, 'restored from quarantine');
  const undo = await app.request(`/api/actions/${actionId}/undo`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
  assert.equal(undo.status, 200);
});

test('a salesperson cannot read or change another queue by changing the id', async () => {
  const wang = await signIn('wang@seller.cn', 'wang-password-1');
  const li = await signIn('li@seller.cn', 'li-password-12');
  const lis = (await (await app.request('/api/inquiries', { headers: { cookie: li.cookie } })).json()) as { rows: { id: number; subject: string }[] };
  assert.deepEqual(lis.rows.map((r) => r.subject), ['Quote for water pumps']);
  const target = lis.rows[0]!.id;
  for (const [url, init] of [
    [`/api/inquiries/${target}`, {}],
    [`/api/inquiries/${target}/raw`, {}],
    [`/api/inquiries/${target}/content`, {}],
    [`/api/inquiries/${target}/actions`, { method: 'POST', body: JSON.stringify({ action: 'archive', archived: true }) }],
  ] as const) {
    const res = await app.request(url, { ...init, headers: { cookie: wang.cookie, 'x-csrf-token': wang.csrf, 'content-type': 'application/json' } });
    assert.equal(res.status, 404, url);
  }
  const others = await app.request('/api/inquiries?assignee=3', { headers: { cookie: wang.cookie } });
  assert.equal(others.status, 403);
  const users = await app.request('/api/users', { headers: { cookie: wang.cookie } });
  assert.equal(users.status, 403);
});

test('bad input is refused with the field named, in both languages', async () => {
  const { cookie, csrf } = await signIn('admin@seller.cn', 'admin-password-1');
  const res = await app.request('/api/inquiries?tab=everything', { headers: { cookie } });
  assert.equal(res.status, 400);
  const body = (await res.json()) as { error: { code: string; zh: string; en: string } };
  assert.equal(body.error.code, 'invalid_input');
  assert.match(body.error.en, /tab/);
  assert.match(body.error.zh, /输入不正确/);
  const badJson = await app.request('/api/messages', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: '{not json' });
  assert.equal(badJson.status, 400);
});

test('a script with an API token posts chat messages into the buyer’s thread, once each', async () => {
  const { cookie, csrf } = await signIn('admin@seller.cn', 'admin-password-1');
  const created = await app.request('/api/tokens', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'chat bridge' }) });
  const { token } = (await created.json()) as { token: string };
  const post = (text: string, externalId: string) =>
    app.request('/api/messages', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'chat', buyerId: 'ali-buyer-42', name: 'Omar Haddad', company: 'Gulf Kitchens LLC', country: 'AE', text, externalId, at: '2026-11-20T08:00:00+04:00' }),
    });
  const first = (await (await post('Hello, do you have stainless steel sinks 80x45? We need 300 pcs to Jebel Ali.', 'c1')).json()) as { id: number; duplicate: boolean };
  const second = (await (await post('What is your MOQ and lead time?', 'c2')).json()) as { id: number };
  const again = (await (await post('Hello, do you have stainless steel sinks 80x45? We need 300 pcs to Jebel Ali.', 'c1')).json()) as { duplicate: boolean };
  assert.equal(first.duplicate, false);
  assert.equal(again.duplicate, true);
  const detail = (await (await app.request(`/api/inquiries/${second.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    message: { thread_reason: { rule: string } };
    thread: { messages: { id: number }[] };
  };
  assert.equal(detail.message.thread_reason.rule, 'platform-buyer');
  assert.deepEqual(detail.thread.messages.map((m) => m.id), [first.id, second.id]);
});
