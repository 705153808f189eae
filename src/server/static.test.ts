import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './auth.js';
import { serveWeb } from './static.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-web-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function app(root: string) {
  const web = new OpenAPIHono<AppEnv>();
  web.get('/api/health', (c) => c.json({ ok: true }));
  serveWeb(web, root);
  web.notFound((c) => c.json({ error: 'no_route' }, 404));
  return web;
}

test('without a build, pages answer a bilingual 503 that says what to run; the API still works', async () => {
  const web = app(path.join(dir, 'missing'));
  const page = await web.request('/');
  assert.equal(page.status, 503);
  const text = await page.text();
  assert.match(text, /npm run build/);
  assert.match(text, /尚未构建/);
  assert.equal((await web.request('/api/health')).status, 200);
});

test('files as built, index.html for app routes, long cache only for hashed assets, a strict CSP on all', async () => {
  mkdirSync(path.join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the folder');
  const web = app(path.join(dir, 'dist'));

  const asset = await web.request('/assets/index-abc123.js');
  assert.equal(asset.status, 200);
  assert.match(asset.headers.get('content-type') ?? '', /javascript/);
  assert.match(asset.headers.get('cache-control') ?? '', /immutable/);

  for (const route of ['/', '/dashboard', '/admin?x=1']) {
    const page = await web.request(route);
    assert.equal(page.status, 200, route);
    assert.match(await page.text(), /id="root"/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
  }
  assert.equal((await web.request('/assets/gone-000.js')).status, 404, 'a missing script is not answered with HTML');
  assert.equal((await web.request('/api/nothing')).status, 404);
  assert.deepEqual(await (await web.request('/api/nothing')).json(), { error: 'no_route' });
  const escape = await web.request('/..%2fsecret.txt');
  assert.doesNotMatch(await escape.text(), /outside the folder/);
});
