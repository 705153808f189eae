/**
 * The reactivation page end to end: Chromium against a real `xunpan serve` with the demo mail.
 * Opens the page, filters by grade, sees the rows and a draft, downloads the CSV (UTF-8 with a
 * BOM and the contract's headers), and writes screenshots in both languages.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch } from './browser.js';
import { ADMIN, startServer, type TestServer } from './server.js';

const SHOTS = path.join(import.meta.dirname, '..', '..', 'screenshots');
let server: TestServer;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByLabel('邮箱').fill(ADMIN.email);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('tab', { name: /优先/ }).waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const rows = () => page.locator('[data-testid=reactivation-table] tbody tr');

test('the page lists old buyers; the grade filter narrows them; a draft shows English and the buyer’s language', async () => {
  await page.getByRole('link', { name: '旧询盘再开发' }).click();
  await rows().first().waitFor();
  const all = await rows().count();
  assert.ok(all > 1, `rows: ${all}`);
  const grade = (await rows().first().getAttribute('data-grade')) ?? 'B';
  await page.getByLabel('等级').selectOption(grade);
  await page.waitForFunction((g) => [...document.querySelectorAll('[data-testid=reactivation-table] tbody tr')].every((r) => r.getAttribute('data-grade') === g), grade);
  assert.ok((await rows().count()) >= 1);
  await page.getByLabel('等级').selectOption('');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=reactivation-table] tbody tr').length === n, all);
  // A buyer with a non-English letter: the draft has both languages.
  const german = page.locator('[data-testid=reactivation-table] tbody tr', { hasText: /德国|Germany/ }).first();
  await german.locator('button.link').click();
  const draft = page.getByTestId('outreach-draft');
  await draft.waitFor();
  assert.match((await draft.textContent()) ?? '', /en \+ de/);
});

test('the CSV downloads in UTF-8 with a BOM and the contract’s headers', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 CSV' }).click()]);
  const file = await download.path();
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a BOM');
  assert.ok(bytes.toString('utf8').slice(1).startsWith('序号,姓名,邮箱,电话和地址,公司名称,国家,评定等级,内容摘要,询盘时间'));
  assert.match(download.suggestedFilename(), /^reactivation-.*\.csv$/);
});

test('queueing a buyer shows the letter in the queue; screenshots in Chinese and English', async () => {
  await page.getByTestId('reactivation-table').locator('input[type=checkbox]:not([disabled])').first().check();
  await page.getByRole('button', { name: /排入发送队列/ }).click();
  await page.getByTestId('outreach-queue').locator('tr[data-status=queued]').first().waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'reactivation-zh.png'), fullPage: true });
  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { name: 'Reactivation of old inquiries' }).waitFor();
  await page.getByRole('heading', { name: 'Outreach queue' }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'reactivation-en.png'), fullPage: true });
  await page.getByTestId('lang-switch').click(); // back to Chinese for whoever runs next in this profile
});
