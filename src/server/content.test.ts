/**
 * GET /api/inquiries/{id}/content and the mail frame: the HTML as sent, attachments with the names
 * inside a zip and their risk, a platform message's stored text, the same 404 as every inquiry
 * route for another queue's message, and a frame page that allows no script and no remote image
 * until asked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { loadModel } from '../bayes/load.js';
import { importEntries } from '../inbox/import.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { htmlMail, PIXEL, zipOf } from '../../test/support/html-mail.js';
import { entries } from '../../test/support/mail.js';
import { openStore } from '../store/open.js';
import { createUser } from '../store/users.js';
import { appContext, createApp } from './app.js';

const HOSTILE_HTML = '<p>Please quote 50 water pumps.</p><script>alert(1)</script><img src="http://tracker.example/pixel.gif" onerror="alert(2)">';
let app: ReturnType<typeof createApp>;

before(async () => {
  const store = await openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-content-')), 'api.db'));
  await createUser(store, { email: 'admin@seller.cn', name: 'Admin', role: 'admin', password: 'admin-password-1' });
  await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'wang-password-1', productLines: ['sink'] });
  await createUser(store, { email: 'li@seller.cn', name: '李雷', role: 'sales', password: 'li-password-12', productLines: ['pump'] });
  const mail = htmlMail({
    from: 'ops@pumps-lagos.ng',
    subject: 'Quote for water pumps',
    text: 'Please quote 50 water pumps.',
    html: HOSTILE_HTML,
    attachments: [
      { filename: 'Order_Details.zip', contentType: 'application/zip', content: zipOf({ 'Order_Details.pdf.exe': 'MZ', 'readme.txt': 'hi' }) },
      { filename: 'pump-spec.pdf', contentType: 'application/pdf', content: new TextEncoder().encode('%PDF-1.4') },
      { filename: 'logo.gif', contentType: 'image/gif', content: PIXEL, contentId: 'logo@pumps' },
    ],
  });
  await importEntries(store, entries([mail]), { model: loadModel(), limits: DEFAULT_LIMITS, workers: 1 });
  app = createApp(appContext(store, loadModel()));
});

async function signIn(email: string, password: string) {
  const res = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  assert.equal(res.status, 200);
  const { csrf } = (await res.json()) as { csrf: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf };
}

interface Content {
  text: string;
  html: string | null;
  hasRaw: boolean;
  attachments: { name: string; type: string; size: number; innerNames: string[]; inline: boolean; risk: string; reasonZh: string; reasonEn: string; signal: string | null; evidence: string[] }[];
}

async function pumpMailId(cookie: string): Promise<number> {
  const { rows } = (await (await app.request('/api/inquiries?q=pumps', { headers: { cookie } })).json()) as { rows: { id: number; subject: string }[] };
  const id = rows.find((r) => r.subject === 'Quote for water pumps')?.id;
  assert.ok(id, 'the pump mail is in the inbox');
  return id;
}

test('an HTML mail: its HTML as sent, its text, and each attachment with inner names and risk', async () => {
  const li = await signIn('li@seller.cn', 'li-password-12');
  const res = await app.request(`/api/inquiries/${await pumpMailId(li.cookie)}/content`, { headers: { cookie: li.cookie } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/, 'JSON, which no browser renders as a page');
  const body = (await res.json()) as Content;
  assert.equal(body.html?.trim(), HOSTILE_HTML, 'unsanitised: the browser sanitises');
  assert.match(body.text, /50 water pumps/);
  assert.equal(body.hasRaw, true);
  const byName = new Map(body.attachments.map((a) => [a.name, a]));
  const zip = byName.get('Order_Details.zip');
  assert.deepEqual(zip?.innerNames.sort(), ['Order_Details.pdf.exe', 'readme.txt']);
  assert.equal(zip?.type, 'application/zip');
  assert.ok((zip?.size ?? 0) > 100);
  assert.equal(zip?.risk, 'high');
  assert.equal(zip?.signal, 'malware.executable_attachment');
  assert.deepEqual(zip?.evidence, ['Order_Details.pdf.exe']);
  assert.match(zip?.reasonZh ?? '', /可执行程序/);
  assert.match(zip?.reasonEn ?? '', /program/);
  assert.equal(byName.get('pump-spec.pdf')?.risk, 'medium');
  assert.equal(byName.get('logo.gif')?.risk, 'low');
  assert.equal(byName.get('logo.gif')?.inline, true);
});

test('a platform message has no raw mail: its stored text, no HTML, no attachments', async () => {
  const admin = await signIn('admin@seller.cn', 'admin-password-1');
  const text = 'We need 500 folding chairs, steel frame, to Valencia.';
  const posted = await app.request('/api/messages', {
    method: 'POST',
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'platform', buyerId: 'alibaba-77', name: 'Carlos Ruiz', country: 'ES', subject: 'Folding chairs', text }),
  });
  const { id } = (await posted.json()) as { id: number };
  const body = (await (await app.request(`/api/inquiries/${id}/content`, { headers: { cookie: admin.cookie } })).json()) as Content;
  const stored = (await (await app.request(`/api/inquiries/${id}`, { headers: { cookie: admin.cookie } })).json()) as { message: { body: string } };
  assert.match(stored.message.body, /500 folding chairs/);
  assert.deepEqual(body, { text: stored.message.body, html: null, attachments: [], hasRaw: false });
});

test('another queue’s inquiry is 404 in the API’s bilingual shape, as on every inquiry route', async () => {
  const li = await signIn('li@seller.cn', 'li-password-12');
  const wang = await signIn('wang@seller.cn', 'wang-password-1');
  const id = await pumpMailId(li.cookie);
  const res = await app.request(`/api/inquiries/${id}/content`, { headers: { cookie: wang.cookie } });
  assert.equal(res.status, 404);
  const { error } = (await res.json()) as { error: { code: string; zh: string; en: string } };
  assert.equal(error.code, 'not_found');
  assert.ok(/[\u4e00-\u9fff]/.test(error.zh) && error.en);
  assert.equal((await app.request('/api/inquiries/999999/content', { headers: { cookie: li.cookie } })).status, 404);
  assert.equal((await app.request(`/api/inquiries/${id}/content`)).status, 401);
});

test('the mail frame allows no script, no form and remote images only when asked', async () => {
  const { cookie } = await signIn('wang@seller.cn', 'wang-password-1');
  const blocked = await app.request('/api/mail-frame', { headers: { cookie } });
  assert.equal(blocked.status, 200);
  assert.match(blocked.headers.get('content-type') ?? '', /^text\/html/);
  const policy = blocked.headers.get('content-security-policy') ?? '';
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /img-src data:;/);
  assert.match(policy, /form-action 'none'/);
  assert.match(policy, /sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox$/);
  assert.doesNotMatch(policy, /allow-scripts|script-src|allow-forms|allow-top-navigation/);
  assert.match(await blocked.text(), /data-xunpan-mail-frame/);
  const allowed = await app.request('/api/mail-frame?images=1', { headers: { cookie } });
  assert.match(allowed.headers.get('content-security-policy') ?? '', /img-src data: http: https:;/);
  assert.equal((await app.request('/api/mail-frame?images=yes', { headers: { cookie } })).status, 400);
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  assert.ok(doc.paths['/api/inquiries/{id}/content'] && doc.paths['/api/mail-frame']);
});
