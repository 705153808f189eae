import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import Database from 'better-sqlite3';

const ROOT = path.join(import.meta.dirname, '..');
const CLI = ['--import', 'tsx', path.join(ROOT, 'src/cli.ts')];
const env = { ...process.env, LANG: 'C', LC_ALL: '' };

function xunpan(args: string[]) {
  const result = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'xunpan-import-'));

test('import --json stores each message once; the same inputs again are all duplicates', () => {
  const db = path.join(tmp, 'twice.db');
  const first = xunpan(['import', '--db', db, '--json', 'examples']);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(JSON.parse(first.stdout), { read: 8, stored: 8, duplicates: 0, failed: 0 });
  const second = xunpan(['import', '--db', db, '--json', 'examples']);
  assert.deepEqual(JSON.parse(second.stdout), { read: 8, stored: 0, duplicates: 8, failed: 0 });
  const rows = new Database(db, { readonly: true }).prepare('select count(*) as n from messages').get() as { n: number };
  assert.equal(rows.n, 8);
});

test('import explains bad usage and an unusable database in both languages', () => {
  const noPath = xunpan(['import', '--db', path.join(tmp, 'x.db')]);
  assert.equal(noPath.status, 2);
  assert.match(noPath.stderr, /请指定至少一个路径[\s\S]*give at least one PATH/);
  writeFileSync(path.join(tmp, 'a-file'), '');
  const badDb = xunpan(['import', '--db', path.join(tmp, 'a-file', 'inbox.db'), 'examples']);
  assert.equal(badDb.status, 1);
  assert.match(badDb.stderr, /无法打开数据库[\s\S]*cannot open the database/);
});

test('triage --db also stores what it prints', () => {
  const db = path.join(tmp, 'triage.db');
  const run = xunpan(['triage', '--json', '--db', db, 'examples/01-germany-rfq.eml']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim().split('\n').length, 1);
  const rows = new Database(db, { readonly: true }).prepare('select subject from messages').all() as { subject: string }[];
  assert.equal(rows.length, 1);
});

/** An mbox of n distinct small inquiries. */
function writeMbox(file: string, n: number): void {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `From buyer${i}@example.com Mon Nov  2 10:00:00 2026\nFrom: Buyer ${i} <buyer${i}@firm${i % 97}.com>\nTo: sales@seller.cn\nSubject: Inquiry ${i} for LED panels\nDate: Mon, 02 Nov 2026 10:00:00 +0100\nMessage-ID: <m${i}@firm.com>\n\nPlease quote ${100 + i} pcs of 600x600 LED panels, CIF Rotterdam.\nRegards, Buyer ${i}\n\n`,
    );
  }
  writeFileSync(file, parts.join(''));
}

test('kill -9 in the middle of an import loses nothing acknowledged and duplicates nothing on the re-run', async () => {
  const db = path.join(tmp, 'killed.db');
  const mbox = path.join(tmp, 'big.mbox');
  const total = 6000;
  writeMbox(mbox, total);
  const child = spawn(process.execPath, [...CLI, 'import', '--lang', 'en', '--db', db, '--workers', '1', mbox], { cwd: ROOT, env });
  let acknowledged = 0;
  await new Promise<void>((resolve, reject) => {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      for (const m of chunk.matchAll(/stored (\d+)/g)) acknowledged = Math.max(acknowledged, Number(m[1]));
      if (acknowledged >= 1000) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => (acknowledged >= 1000 ? resolve() : reject(new Error(`import ended before it was killed (stored ${acknowledged})`))));
  });
  await new Promise((resolve) => child.once('close', resolve));
  const count = () => (new Database(db).prepare('select count(*) as n, count(distinct dedup_key) as d from messages').get() as { n: number; d: number });
  const afterKill = count();
  assert.ok(afterKill.n >= acknowledged, `acknowledged ${acknowledged}, found ${afterKill.n}`);
  assert.ok(afterKill.n < total, 'the import was really cut short');

  const rerun = xunpan(['import', '--db', db, '--json', '--workers', '1', mbox]);
  assert.equal(rerun.status, 0, rerun.stderr);
  const counts = JSON.parse(rerun.stdout) as { stored: number; duplicates: number };
  assert.equal(counts.duplicates, afterKill.n);
  assert.equal(counts.stored, total - afterKill.n);
  assert.deepEqual(count(), { n: total, d: total });
});

test('retriage brings stored mail up to today’s rules and keeps what people decided', () => {
  const db = path.join(tmp, 'retriage.db');
  assert.equal(xunpan(['import', '--db', db, '--json', 'examples']).status, 0);
  const sqlite = new Database(db);
  // As if older rules had let the phishing example through, and a person had marked the tender fraud "not junk".
  sqlite.prepare("update messages set verdict = 'genuine', tab = 'other', record = '{}' where subject like '%Alibaba%' or source like '%04-alibaba%'").run();
  sqlite.prepare("update messages set label = 'genuine', tab = 'other' where source like '%06-tender%'").run();
  const run = xunpan(['retriage', '--db', db, '--json', '--workers', '1']);
  assert.equal(run.status, 0, run.stderr);
  const counts = JSON.parse(run.stdout) as { read: number; moves: Record<string, number> };
  assert.equal(counts.read, 8);
  assert.equal(counts.moves['genuine→junk'], 1);
  const phish = sqlite.prepare("select verdict, tab from messages where source like '%04-alibaba%'").get() as { verdict: string; tab: string };
  assert.deepEqual(phish, { verdict: 'junk', tab: 'junk' });
  const tender = sqlite.prepare("select label, tab from messages where source like '%06-tender%'").get() as { label: string; tab: string };
  assert.equal(tender.label, 'genuine');
  assert.notEqual(tender.tab, 'junk', 'the person’s "not junk" still wins');
});

test('two imports into one SQLite file at the same time both succeed, with no SQLITE_BUSY', async () => {
  const db = path.join(tmp, 'concurrent.db');
  const a = path.join(tmp, 'a.mbox');
  const b = path.join(tmp, 'b.mbox');
  writeMbox(a, 1500);
  writeMbox(b, 1500); // the same messages: half the work of one run is the other's duplicates
  const start = (file: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [...CLI, 'import', '--db', db, '--json', '--workers', '1', file], { cwd: ROOT, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  const [first, second] = await Promise.all([start(a), start(b)]);
  for (const run of [first, second]) {
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /SQLITE_BUSY|database is locked/);
  }
  const total = (JSON.parse(first.stdout) as { stored: number }).stored + (JSON.parse(second.stdout) as { stored: number }).stored;
  assert.equal(total, 1500, 'each message stored once between the two runs');
  const n = (new Database(db, { readonly: true }).prepare('select count(*) as n from messages').get() as { n: number }).n;
  assert.equal(n, 1500);
});
