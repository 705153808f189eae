import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { loadModel } from '../bayes/load.js';
import { parseAge, platformRows } from './platform-import.js';
import { platformIncoming } from './platform-message.js';

const today = new Date('2026-11-27T00:00:00Z');

test('Chinese headers map onto the inquiry; unknown columns are named; rows without a message are skipped', () => {
  const { rows, unknownColumns } = platformRows(
    [
      ['询盘编号', '买家姓名', '公司名称', '国家', '询盘产品', '询盘内容', '询盘时间', '注册时长', '浏览产品数', '备注'],
      ['A1001', 'Omar Haddad', 'Gulf Kitchens LLC', 'AE', 'Stainless steel sink', 'Please quote 300 pcs, CIF Jebel Ali.', '2026-11-20 09:30', '1天', '0', 'VIP'],
      ['A1002', 'Nobody', '', '', '', '', '', '', '', ''],
    ],
    'export.csv',
    today,
  );
  assert.deepEqual(unknownColumns, ['备注']);
  assert.equal(rows.length, 1);
  assert.deepEqual(
    { ...rows[0], source: undefined },
    {
      channel: 'platform', source: undefined, buyerId: undefined, name: 'Omar Haddad', from: undefined, company: 'Gulf Kitchens LLC', country: 'AE', subject: undefined,
      text: 'Please quote 300 pcs, CIF Jebel Ali.', at: '2026-11-20T09:30:00.000Z', externalId: 'A1001', product: 'Stainless steel sink',
      accountAgeDays: 1, productsViewed: 0, inquiriesSent: undefined, suppliersContacted: undefined,
    },
  );
});

test('account age as exports write it', () => {
  assert.equal(parseAge('3 years', today), 1095);
  assert.equal(parseAge('2个月', today), 60);
  assert.equal(parseAge('15', today), 15);
  assert.equal(parseAge('2026-11-25', today), 2);
  assert.equal(parseAge('a while', today), undefined);
});

test('a file without a message column is refused in both languages', () => {
  assert.throws(() => platformRows([['Name', 'Country'], ['A', 'DE']], 'x.csv', today), /message column/);
});

test('xunpan import reads CSV and XLSX exports once each, and platform signals fire', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-platform-'));
  const csv = path.join(dir, 'alibaba.csv');
  writeFileSync(csv, '\uFEFFInquiry ID,Buyer,Company,Country,Product,Message,Time,Account age,Products viewed,Inquiries sent\r\n' +
    'Q1,Anna Weber,Kühne Haushalt GmbH,DE,Glass bottle,"Please quote 5,000 pcs 500ml glass bottles with bamboo lid, FOB Ningbo.",2026-11-02 10:00,4 years,12,3\r\n' +
    'Q2,Tom,,US,Glass bottle,Send catalog and price list,2026-11-03 02:00,1 day,0,120\r\n');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('询盘');
  sheet.addRow(['买家姓名', '国家', '询盘内容', '询盘时间']);
  sheet.addRow(['Li Wei', 'SG', 'Need 2x40HQ of PET preforms, price CIF Singapore please.', '2026-11-05 08:00']);
  const xlsx = path.join(dir, 'export.xlsx');
  await book.xlsx.writeFile(xlsx);

  const db = path.join(dir, 'inbox.db');
  const root = path.join(import.meta.dirname, '..', '..');
  const run = () => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), 'import', '--db', db, '--json', csv, xlsx], { cwd: root, encoding: 'utf8' });
  const first = run();
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(JSON.parse(first.stdout), { read: 3, stored: 3, duplicates: 0, failed: 0 });
  assert.deepEqual(JSON.parse(run().stdout), { read: 3, stored: 0, duplicates: 3, failed: 0 });

  const rows = new Database(db, { readonly: true }).prepare("select from_name, channel, record from messages order by id").all() as { from_name: string; channel: string; record: string }[];
  assert.deepEqual(rows.map((r) => [r.from_name, r.channel]), [['Anna Weber', 'platform'], ['Tom', 'platform'], ['Li Wei', 'platform']]);
  const signals = (r: { record: string }) => (JSON.parse(r.record) as { signals: { id: string }[] }).signals.map((s) => s.id);
  assert.ok(signals(rows[1]!).includes('platform.new_account'), 'a one-day-old account is a reason');
  assert.ok(signals(rows[1]!).includes('platform.zero_views_many_inquiries'));
  assert.ok(!signals(rows[0]!).some((id) => id.startsWith('platform.')), 'an established buyer trips no platform signal');
});

test('a platform inquiry or chat line is not mail: no "malformed From" or "hidden recipients", and a short real request stays genuine', () => {
  const model = loadModel();
  const texts = [
    'Hello, we need 300 wicker picnic hampers for our shops in Manchester, United Kingdom. Please quote CIF Felixstowe.',
    'We need 1000 picnic baskets for a promotion in Chicago, USA, please send your best price.',
  ];
  for (const [i, text] of texts.entries()) {
    const { record } = platformIncoming({ channel: i === 0 ? 'platform' : 'chat', source: 'api', buyerId: `b-${i}`, name: 'Tom Hughes', country: 'GB', subject: 'Picnic hampers', text }, model, '2026-11-27T09:00:00.000Z');
    const ids = record.signals.map((s) => s.id);
    assert.ok(!ids.includes('origin.malformed_from') && !ids.includes('bulk.undisclosed_recipients'), ids.join(' '));
    assert.equal(record.verdict, 'genuine', ids.join(' '));
  }
});
