import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SHARED_CORPUS } from '../scripts/corpora.js';
import { loadModel } from '../src/bayes/load.js';
import { isFreeMail } from '../src/enrich/freemail.js';
import { triageRaw } from '../src/pipeline/triage-stream.js';
import { readCustomers, writeCsv, writeXlsx } from '../src/reactivate/files.js';
import type { StoredInquiry } from '../src/reactivate/input.js';
import { reactivate } from '../src/reactivate/reactivate.js';
import { describeResult } from '../src/reactivate/report.js';
import { SHEET_EXCLUDED } from '../src/reactivate/export.js';
import { COLUMNS } from '../src/reactivate/table.js';
import * as bounces from './support/bounces.js';

const EXAMPLES = path.join(import.meta.dirname, '../examples');
const INQUIRIES = path.join(SHARED_CORPUS, 'inquiries');
const PHISHING = path.join(SHARED_CORPUS, 'phishing-pot');
const skip = existsSync(INQUIRIES) && existsSync(PHISHING) ? false : `no development corpus at ${SHARED_CORPUS}`;
const HEADERS = ['序号', '姓名', '邮箱', '电话和地址', '公司名称', '国家', '评定等级', '内容摘要', '询盘时间'];
const enc = (s: string) => new TextEncoder().encode(s);

/**
 * A mailbox as the store would hold it: the corpus's inquiries (genuine and junk), some
 * phishing and the project's examples, each from its own domain (the corpus writes every sender at example.invalid), one
 * buyer writing twice, and the bounces of our earlier outreach, all triaged by the real pipeline.
 */
async function mailbox() {
  const files = [
    ...readdirSync(INQUIRIES).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(INQUIRIES, f)),
    ...readdirSync(PHISHING).filter((f) => f.endsWith('.eml')).sort().slice(0, 40).map((f) => path.join(PHISHING, f)),
    // The project's examples: the corpus hides names and phones, these keep them (an A buyer).
    ...readdirSync(EXAMPLES).sort().map((f) => path.join(EXAMPLES, f)),
  ];
  const model = loadModel();
  const stored: StoredInquiry[] = [];
  for (const [i, file] of files.entries()) {
    const id = path.basename(file, '.eml');
    let raw = readFileSync(file);
    if (file.startsWith(INQUIRIES)) raw = Buffer.from(raw.toString('utf8').replace(/^From: buyer-(\w+)@example\.invalid/m, 'From: buyer@b-$1.example'));
    const record = await triageRaw(file, 0, raw, { model });
    stored.push({ id, receivedAt: new Date(Date.UTC(2021, 0, 1) + i * 5 * 86_400_000).toISOString(), record });
  }
  return stored;
}

test('reactivation of a real mailbox: junk, customers and bounces handled, XLSX and CSV written', { skip }, async () => {
  const stored = await mailbox();
  const genuine = stored.filter((s) => s.record.verdict !== 'junk' && s.record.from?.endsWith('.example'));
  const junk = stored.filter((s) => s.record.verdict === 'junk');
  assert.ok(junk.length >= 20, `the mailbox has junk to leave out (${junk.length})`);
  assert.ok(genuine.length >= 150);
  const pick = (n: number) => genuine[n]!;

  // One buyer writes again later: a second stored inquiry with the same sender.
  const repeat = pick(0);
  stored.push({ ...repeat, id: `${repeat.id}-again`, receivedAt: '2025-06-01T08:00:00.000Z' });

  // Customers: by address, by company domain, by company name, by phone.
  const withCompany = genuine.find((s, i) => i > 20 && s.record.extracted?.company);
  const withPhone = genuine.find((s, i) => i > 20 && s.record.extracted?.phone?.startsWith('+') && s !== withCompany);
  const byEmail = pick(10);
  const byDomain = pick(11);
  const customerCsv = [
    '公司名称,邮箱,电话,国家',
    `Old Friend Ltd,${byEmail.record.from!.toUpperCase()},,`,
    `Domain Friend GmbH,boss@${byDomain.record.from!.split('@')[1]},,DE`,
    withCompany ? `"${withCompany.record.extracted!.company!.toUpperCase()} Co., Ltd.",,,` : '',
    withPhone ? `Phone Friend,,${withPhone.record.extracted!.phone},` : '',
  ].filter(Boolean).join('\r\n');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-reactivate-'));
  writeFileSync(path.join(dir, 'customers.csv'), `\uFEFF${customerCsv}\r\n`);
  const customers = await readCustomers(path.join(dir, 'customers.csv'));
  const customerIds = [byEmail, byDomain, withCompany, withPhone].filter((s) => s !== undefined).map((s) => s.id);

  // Bounces of our outreach: five formats of permanent failure, one still being retried.
  const deadSamples = [bounces.rfc3464('failed', '5.1.1'), bounces.qmailPermanent, bounces.eximFailed, bounces.exchangeFailed, bounces.gmailNotFound];
  const others = genuine.filter((s) => s !== repeat && !customerIds.includes(s.id)).map((s) => s.record.from!);
  const dead = others.slice(0, deadSamples.length);
  const delayed = others[deadSamples.length]!;
  const bounceRaw = [...deadSamples.map((sample, i) => enc(sample(dead[i]!))), enc(bounces.gmailIncomplete(delayed))];
  for (const [i, raw] of bounceRaw.entries()) {
    stored.push({ id: `bounce-${i}`, receivedAt: '2025-09-02T10:00:00.000Z', record: await triageRaw(`bounce-${i}`, 0, raw, { model: null }) });
  }

  async function* fromStore() {
    for (const s of stored) yield await Promise.resolve(s); // the store hands an async iterable
  }
  const result = await reactivate(fromStore(), bounceRaw, customers, { isFreeMail, seller: { name: 'Li Wei', company: 'Ningbo Housewares' } });

  const listedIds = new Set(result.rows.flatMap((r) => r.inquiryIds));
  for (const j of junk) assert.ok(!listedIds.has(j.id), `junk ${j.id} is left out`);
  for (const id of customerIds) assert.ok(!listedIds.has(id), `customer ${id} is left out`);
  for (let i = 0; i < bounceRaw.length; i++) assert.ok(!listedIds.has(`bounce-${i}`), 'a bounce is no buyer');
  assert.equal(result.counts.junk, junk.length + stored.filter((s) => s.id.startsWith('bounce-') && s.record.verdict === 'junk').length);
  assert.ok(result.rows.every((r) => !r.email?.startsWith('mailer-daemon')));

  assert.equal(result.excluded.length, customerIds.length);
  assert.deepEqual(new Set(result.excluded.map((e) => e.match.code)), new Set(['customer.email', 'customer.domain', withCompany && 'customer.company', withPhone && 'customer.phone'].filter(Boolean)));
  for (const e of result.excluded) assert.ok(e.match.reason.zh.startsWith('已是客户') && e.match.reason.en.startsWith('Existing customer'));

  const byAddress = new Map(result.rows.map((r) => [r.email, r]));
  for (const address of dead) {
    assert.equal(byAddress.get(address)?.delivery, 'dead', `${address} marked dead`);
    assert.equal(byAddress.get(address)?.draft, null, 'no letter to a dead address');
  }
  assert.equal(byAddress.get(delayed)?.delivery, 'delayed', 'a temporary failure does not kill the address');
  assert.ok(byAddress.get(delayed)?.draft);
  assert.deepEqual([result.counts.dead, result.bounces.reports, result.bounces.unmatched.length], [5, 6, 0]);

  const again = byAddress.get(repeat.record.from);
  assert.deepEqual([again?.inquiries, again?.firstAt, again?.lastAt], [2, repeat.receivedAt, '2025-06-01T08:00:00.000Z']);
  const corpusRows = result.rows.filter((r) => r.email?.endsWith('.example'));
  assert.equal(corpusRows.length, new Set(genuine.map((s) => s.record.from)).size - customerIds.length, 'one row per buyer');
  assert.deepEqual(result.rows.map((r) => r.no), result.rows.map((_, i) => i + 1));
  assert.ok(result.rows.every((r, i) => i === 0 || result.rows[i - 1]!.grade <= r.grade), 'A first, then B, then C');
  for (const g of ['A', 'B', 'C'] as const) assert.ok(result.counts.byGrade[g] > 0, `some ${g}`);
  for (const r of result.rows) assert.ok(r.summary.zh && r.summary.en, `row ${r.no} has a summary`);
  assert.match(describeResult(result, 'zh'), new RegExp(`列出买家 ${result.rows.length} 位.*地址失效 5 个，暂时未送达 1 个`));
  assert.match(describeResult(result, 'en'), /5 addresses dead, 1 delayed/);

  await writeXlsx(path.join(dir, 'out.xlsx'), result);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const sheet = wb.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(header.slice(0, 9), HEADERS);
  assert.deepEqual(header, COLUMNS.map((c) => c.zh));
  assert.equal(sheet.actualRowCount, result.rows.length + 1);
  for (const r of result.rows) {
    const row = sheet.getRow(r.no + 1);
    assert.deepEqual([row.getCell(1).value, row.getCell(3).value ?? null, row.getCell(7).value], [r.no, r.email, r.grade]);
    assert.equal(row.getCell(8).value, r.summary.zh);
    assert.equal((row.getCell(9).value as Date).toISOString().slice(0, 10), r.firstAt.slice(0, 10));
    assert.equal(row.getCell(12).text, r.delivery === 'dead' ? '退信（永久），勿再发送 / bounced: do not mail' : r.delivery === 'delayed' ? '暂时未送达 / delayed' : '');
  }
  const excludedSheet = wb.getWorksheet(SHEET_EXCLUDED)!;
  assert.equal(excludedSheet.actualRowCount, result.excluded.length + 1);
  assert.match(excludedSheet.getRow(2).getCell(6).text, /^已是客户/);

  await writeCsv(path.join(dir, 'out.csv'), result);
  const csv = readFileSync(path.join(dir, 'out.csv'));
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const text = csv.subarray(3).toString('utf8');
  assert.ok(text.startsWith(`${HEADERS.join(',')},`));
  assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'CRLF line ends');
  const records: string[][] = parse(text, {});
  assert.equal(records.length, result.rows.length + 1);
  assert.deepEqual(records[1]?.slice(0, 3), [String(result.rows[0]!.no), result.rows[0]!.name ?? '', result.rows[0]!.email ?? '']);
});

test('customer lists in XLSX with English headers are read too', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-customers-'));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Customers');
  sheet.addRow(['Customer Name', 'E-mail', 'Tel', 'Country']);
  sheet.addRow(['Acme GmbH', { text: 'anna@acme.example', hyperlink: 'mailto:anna@acme.example' }, '030 1234567', 'DE']);
  await wb.xlsx.writeFile(path.join(dir, 'c.xlsx'));
  const customers = await readCustomers(path.join(dir, 'c.xlsx'));
  assert.deepEqual(customers.map((c) => [c.company, c.emails, c.phones]), [['Acme GmbH', ['anna@acme.example'], ['+49301234567']]]);
  writeFileSync(path.join(dir, 'bad.csv'), 'foo,bar\r\n1,2\r\n');
  await assert.rejects(readCustomers(path.join(dir, 'bad.csv')), (e: Error & { zh?: string }) => /列名/.test(e.zh ?? '') && /column/.test(e.message));
  await assert.rejects(readCustomers(path.join(dir, 'missing.csv')), (e: Error & { code?: string }) => e.code === 'customers.unreadable');
});
