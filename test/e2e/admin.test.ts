/**
 * The admin and settings pages end to end, on a server that starts with an empty inbox: an admin
 * uploads the examples as one mbox, watches the run finish and the inbox fill; opens Settings and
 * saves a signature; a bad template is refused with the reason in the page's language. Screenshots
 * of both pages in both languages.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch } from './browser.js';
import { ADMIN, startServer, type TestServer } from './server.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SHOTS = path.join(ROOT, 'screenshots');
const TABS = ['priority', 'other', 'suspicious', 'junk'];

let server: TestServer;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const inboxTotal = async () => Object.values(await server.api<Record<string, number>>('GET', '/api/inquiries/counts')).reduce((a, b) => a + b, 0);

/** examples/*.eml as one mbox, each behind its own "From " line. */
function examplesMbox(): Buffer {
  const dir = path.join(ROOT, 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  return Buffer.concat(files.map((f) => Buffer.concat([Buffer.from('From example@example.com Mon Jan  5 10:00:00 2026\n'), readFileSync(path.join(dir, f)), Buffer.from('\n')])));
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ demo: false });
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByLabel('邮箱').fill(ADMIN.email);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('me').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an admin uploads the examples mbox, sees the run finish, and the inbox grows', async () => {
  assert.equal(await inboxTotal(), 0);
  await page.goto(`${server.url}/admin`);
  await page.getByTestId('import-file').setInputFiles({ name: 'examples.mbox', mimeType: 'application/mbox', buffer: examplesMbox() });
  const progress = page.locator('[data-testid=run-progress][data-status=done]');
  await progress.waitFor({ timeout: 60_000 });
  assert.match((await progress.textContent()) ?? '', /读取 8，新存 8，重复 0/);
  assert.equal(await progress.locator('progress').evaluate((p: HTMLProgressElement) => p.value), 1);
  await page.locator('[data-import]', { hasText: 'examples.mbox' }).waitFor();
  assert.equal(await inboxTotal(), 8);

  await page.getByRole('link', { name: '收件箱' }).click();
  await page.locator('[data-row]').first().waitFor();
  const shown = await Promise.all(TABS.map(async (tab) => Number((await page.getByTestId(`count-${tab}`).textContent())?.replace(/\D/g, '') || 0)));
  assert.equal(shown.reduce((a, b) => a + b, 0), 8);
});

test('Settings: a signature is saved; a broken template is refused with the reason', async () => {
  await page.getByRole('link', { name: '设置' }).click();
  const profile = page.getByTestId('profile');
  await profile.getByLabel('姓名').fill('Wang Fang');
  await profile.getByLabel('公司').fill('Ningbo Bright Sinks Co., Ltd.');
  await profile.getByLabel('电话').fill('+86 574 8888 6666');
  await profile.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存').waitFor();
  const saved = await server.api<{ name: string; company: string; phone: string | null }>('GET', '/api/me/profile');
  assert.deepEqual([saved.name, saved.company, saved.phone], ['Wang Fang', 'Ningbo Bright Sinks Co., Ltd.', '+86 574 8888 6666']);
  assert.match((await page.getByTestId('smtp-password-state').textContent()) ?? '', /尚未保存密码/);

  const templates = page.getByTestId('templates');
  await templates.locator('textarea').fill('{"en": {"closing": "Best, {nobody}"}}');
  await templates.getByRole('button', { name: '保存' }).click();
  assert.match((await page.getByTestId('templates-error').textContent()) ?? '', /模板有误.*未知变量 \{nobody\}/);
  await templates.locator('textarea').fill('{"en": ');
  await templates.getByRole('button', { name: '保存' }).click();
  assert.match((await page.getByTestId('templates-error').textContent()) ?? '', /不是有效的 JSON/);
});

test('screenshots of the admin and settings pages in both languages', async () => {
  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') {
      await page.getByTestId('lang-switch').click();
      await page.getByRole('link', { name: 'Settings' }).waitFor();
    }
    await page.goto(`${server.url}/admin`);
    await page.locator('[data-import]').first().waitFor();
    await shot(`admin-${lang}`);
    await page.goto(`${server.url}/settings`);
    await page.getByTestId('templates').waitFor();
    await shot(`settings-${lang}`);
  }
  assert.match((await page.getByTestId('profile').textContent()) ?? '', /Signature/);
});
