/**
 * `xunpan reactivate` on a real inbox: the examples and bounce reports imported with
 * `xunpan import` into a SQLite file, a customer list, and the XLSX read back with exceljs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import ExcelJS from 'exceljs';
import { eximFailed, qmailTransient, rfc3464 } from './support/bounces.js';

const ROOT = path.join(import.meta.dirname, '..');
const xunpan = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

test('reactivate --customers --xlsx: junk and customers left out, bounced addresses marked', async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'xunpan-reactivate-'));
  const db = path.join(tmp, 'inbox.db');
  const bounces = path.join(tmp, 'bounces');
  mkdirSync(bounces);
  writeFileSync(path.join(bounces, 'a.eml'), rfc3464('failed', '5.1.1')('compras@casaverde-moveis.example'));
  writeFileSync(path.join(bounces, 'b.eml'), eximFailed('chen.hardware@hinet-ejemplo.example'));
  writeFileSync(path.join(bounces, 'c.eml'), qmailTransient('jorge.martin@gmail.com'));
  const imported = xunpan(['import', '--db', db, '--json', 'examples', bounces]);
  assert.equal(imported.status, 0, imported.stderr);
  writeFileSync(path.join(tmp, 'customers.csv'), '\uFEFF公司名称,邮箱\r\nKühne Haushalt GmbH,a.weber@kuehne-haushalt.example\r\n');

  const out = path.join(tmp, 'list.xlsx');
  const run = xunpan(['reactivate', '--db', db, '--customers', path.join(tmp, 'customers.csv'), '--xlsx', out, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const counts = JSON.parse(run.stdout) as { customers: number; dead: number; delayed: number };
  assert.equal(counts.customers, 1);
  assert.equal(counts.dead, 2);
  assert.equal(counts.delayed, 1);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1, 10);
  assert.deepEqual(header, ['序号', '姓名', '邮箱', '电话和地址', '公司名称', '国家', '评定等级', '内容摘要', '询盘时间']);
  const rows: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as ExcelJS.CellValue[]).map((v) => (v && typeof v === 'object' && 'text' in v ? String(v.text) : typeof v === 'object' ? '' : String(v ?? ''))).join('|'));
  });
  const emails = rows.map((r) => r.split('|')[3]);
  for (const junk of ['notice@alibaba-tradeservice-login.xyz', 'purchase@global-buyers-ltd.example', 'mailer-daemon@mx.relay.example']) assert.ok(!emails.includes(junk), `${junk} is left out`);
  assert.ok(!emails.includes('a.weber@kuehne-haushalt.example'), 'the customer is left out');
  const casaverde = rows.find((r) => r.includes('compras@casaverde-moveis.example'));
  assert.match(casaverde ?? '', /退信/);
  const jorge = rows.find((r) => r.includes('jorge.martin@gmail.com'));
  assert.match(jorge ?? '', /暂时未送达/);
});

test('reactivate without an output file is a usage error in both languages', () => {
  const run = xunpan(['reactivate', '--db', path.join(os.tmpdir(), 'unused.db')]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--xlsx OUT[\s\S]*--xlsx OUT/);
});
