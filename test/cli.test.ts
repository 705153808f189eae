import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

const ROOT = path.join(import.meta.dirname, '..');
const EXAMPLES = path.join(ROOT, 'examples');

/** Runs the CLI as a user would (through tsx, so no build is needed to run this file alone). */
function xunpan(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], {
    cwd: ROOT, input, env: { ...process.env, LANG: 'C', LC_ALL: '', ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Line = {
  source: string; index: number; messageId: string | null; subject: string; verdict: string; kind: string | null;
  origin: { ip: string | null; country: string | null; localHour: number | null };
  grade: string | null; priority: string; score: number; inquiry: boolean; language: string | null;
  signals: { id: string; points: number; en: string; zh: string }[]; extracted: Record<string, unknown> | null;
};
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

test('triage --json on the examples: one line per message, in order, with the contract fields', () => {
  const run = xunpan(['triage', '--json', 'examples']);
  assert.equal(run.status, 0, run.stderr);
  const out = lines(run.stdout);
  assert.equal(out.length, 8);
  assert.deepEqual(out.map((l) => path.basename(l.source)), [
    '01-germany-rfq.eml', '02-spain-short.eml', '03-taiwan-big5.eml', '04-alibaba-login-phish.eml',
    '05-purchase-order-zip.eml', '06-tender-commission.eml', '07-catalog-blast.eml', '08-html-only-sample.eml',
  ]);
  for (const l of out) {
    assert.equal(l.source.startsWith('examples'), true);
    assert.equal(l.index, 0);
    assert.ok(['genuine', 'suspicious', 'junk'].includes(l.verdict));
    assert.equal(l.kind === null, l.verdict === 'genuine');
    assert.equal(l.grade === null, l.verdict === 'junk');
    assert.equal(typeof l.score, 'number');
    assert.equal(typeof l.inquiry, 'boolean');
    for (const s of l.signals) assert.ok(s.id && typeof s.points === 'number' && s.en && s.zh);
    assert.ok(l.extracted && 'quantity' in l.extracted && 'port' in l.extracted && 'country' in l.extracted);
  }
  const [germany, spain, taiwan, phish, zip, tender, blast, brazil] = out as [Line, Line, Line, Line, Line, Line, Line, Line];
  assert.deepEqual([germany.verdict, germany.grade, germany.priority, germany.inquiry], ['genuine', 'A', 'high', true]);
  assert.equal(germany.messageId, '<20260303021231.4711@kuehne-haushalt.example>');
  assert.deepEqual(germany.origin, { ip: '85.214.132.117', country: 'DE', localHour: 2 }, 'sent at 02:12 in Hamburg');
  assert.equal(spain.verdict, 'genuine', 'a one-line inquiry from a webmail user is not junk');
  assert.equal(taiwan.verdict, 'genuine');
  assert.match(taiwan.subject, /不鏽鋼水壺/);
  assert.deepEqual([phish.verdict, phish.kind], ['junk', 'phishing']);
  assert.ok(phish.signals.some((s) => s.id === 'phishing.credential_link'));
  assert.deepEqual([zip.verdict, zip.kind], ['junk', 'malware']);
  assert.deepEqual([tender.verdict, tender.kind], ['junk', 'fraud']);
  assert.notEqual(blast.verdict, 'genuine');
  assert.equal(brazil.verdict, 'genuine');
  assert.equal(brazil.language, 'pt');
});

test('triage reads one message from standard input as "-"', () => {
  const run = xunpan(['triage', '--json', '-'], readFileSync(path.join(EXAMPLES, '05-purchase-order-zip.eml')));
  assert.equal(run.status, 0, run.stderr);
  const [line] = lines(run.stdout);
  assert.deepEqual([line?.source, line?.index, line?.verdict, line?.kind], ['-', 0, 'junk', 'malware']);
});

test('an mbox is streamed: one line per message with its index, >From unquoted, a bad message does not stop the run', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-cli-'));
  const mbox = path.join(dir, 'inbox.mbox');
  const germany = readFileSync(path.join(EXAMPLES, '01-germany-rfq.eml'), 'utf8');
  const phish = readFileSync(path.join(EXAMPLES, '04-alibaba-login-phish.eml'), 'utf8');
  const quoted = 'From: a@b.example\nSubject: quoted\nMessage-ID: <q@b.example>\n\nhello\n>From the factory we need 20 sets\n';
  writeFileSync(mbox, `From x@y Thu Jan  1 00:00:00 2026\n${germany}\nFrom x@y Thu Jan  1 00:00:00 2026\n\u0000\u0001garbage\n\nFrom x@y Thu Jan  1 00:00:00 2026\n${quoted}\nFrom x@y Thu Jan  1 00:00:00 2026\n${phish}\n`);
  const run = xunpan(['triage', '--json', mbox]);
  assert.equal(run.status, 0, run.stderr);
  const out = lines(run.stdout);
  assert.deepEqual(out.map((l) => [l.source, l.index]), [0, 1, 2, 3].map((i) => [mbox, i]));
  assert.equal(out[0]?.verdict, 'genuine');
  assert.deepEqual([out[1]?.verdict, out[1]?.kind, out[1]?.signals[0]?.id], ['suspicious', null, 'parse.error']);
  assert.equal(out[2]?.messageId, '<q@b.example>');
  assert.equal(out[3]?.verdict, 'junk');
});

test('folders are read recursively: .eml, .mbox and extensionless mail files; other files are skipped', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-cli-'));
  mkdirSync(path.join(dir, 'a/b'), { recursive: true });
  writeFileSync(path.join(dir, 'a/b/one.eml'), readFileSync(path.join(EXAMPLES, '02-spain-short.eml')));
  writeFileSync(path.join(dir, 'a/msg'), readFileSync(path.join(EXAMPLES, '07-catalog-blast.eml')));
  writeFileSync(path.join(dir, 'a/notes.txt'), 'not mail');
  writeFileSync(path.join(dir, 'a/README'), 'plain notes, not an RFC 822 message');
  const run = xunpan(['triage', '--json', dir]);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(lines(run.stdout).map((l) => path.relative(dir, l.source)), ['a/b/one.eml', 'a/msg']);
});

test('an unreadable path gives a parse.error line and exit 1, after the other inputs', () => {
  const run = xunpan(['triage', '--json', 'examples/02-spain-short.eml', 'no/such/file.eml']);
  assert.equal(run.status, 1);
  const out = lines(run.stdout);
  assert.equal(out.length, 2);
  assert.equal(out[1]?.signals[0]?.id, 'parse.error');
});

test('bad usage exits 2 with the message in both languages', () => {
  for (const args of [['triage'], ['triage', '--lang', 'fr', 'examples'], ['triage', '--bogus', 'x'], ['frobnicate']]) {
    const run = xunpan(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /[\u4e00-\u9fff]/, 'Chinese message');
    assert.match(run.stderr, /[a-z]{3,}/, 'English message');
  }
});

test('the table speaks Chinese by default and English with --lang en', () => {
  const zh = xunpan(['triage', 'examples/04-alibaba-login-phish.eml']);
  assert.equal(zh.status, 0, zh.stderr);
  assert.match(zh.stdout, /结论/);
  assert.match(zh.stdout, /垃圾\/钓鱼/);
  assert.match(zh.stdout, /链接要求登录/);
  const en = xunpan(['triage', '--lang', 'en', 'examples/04-alibaba-login-phish.eml']);
  assert.match(en.stdout, /verdict/);
  assert.match(en.stdout, /junk\/phishing/);
  assert.match(en.stdout, /1 messages: 0 genuine, 0 suspicious, 1 junk/);
  const fromLocale = xunpan(['triage', 'examples/04-alibaba-login-phish.eml'], undefined, { LANG: 'en_US.UTF-8' });
  assert.match(fromLocale.stdout, /verdict/);
});

test('worker threads give exactly the sequential result, history signals included', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-cli-'));
  const mbox = path.join(dir, 'repeat.mbox');
  const ask = (day: number) =>
    `From: Tom Lee <tom.lee@gmail.com>\nTo: sales@seller.example\nSubject: Price for LED bulbs\nDate: ${day} Mar 2026 10:00:00 +0000\nMessage-ID: <r${day}@gmail.example>\n\nHello, please quote your best price for 5000 pcs LED bulbs E27 9W, FOB Ningbo. Day ${day}.\n`;
  writeFileSync(mbox, [2, 3, 4, 5].map((day) => `From x@y Thu Jan  1 00:00:00 2026\n${ask(day)}`).join('\n'));
  const inputs = ['examples', mbox, 'no/such/file.eml'];
  const sequential = xunpan(['triage', '--json', '--workers', '1', ...inputs]);
  const parallel = xunpan(['triage', '--json', '--workers', '3', ...inputs]);
  assert.equal(sequential.status, 1);
  assert.equal(parallel.status, 1);
  assert.equal(parallel.stdout, sequential.stdout);
  const repeats = lines(parallel.stdout).filter((l) => l.source === mbox).map((l) => l.signals.some((s) => s.id === 'platform.repeat_sender'));
  assert.deepEqual(repeats, [false, false, false, true], 'the fourth request in a week is a repeat');
});
