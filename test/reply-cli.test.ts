/**
 * `xunpan followups` and `xunpan report` on a real SQLite inbox: the examples imported with
 * `xunpan import`, one reply of ours stored in the German buyer's thread twelve days ago (the first follow-up, three days
 * after it and moved into Berlin office hours past a weekend or a holiday, is then due whatever day the test runs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { sentReplyIncoming } from '../src/inbox/reply-message.js';
import { Intake } from '../src/store/intake.js';
import { openStore } from '../src/store/open.js';
import { createUser } from '../src/store/users.js';
import { mail } from './support/mail.js';

const ROOT = path.join(import.meta.dirname, '..');
const xunpan = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-reply-cli-')), 'inbox.db');

before(async () => {
  const setup = await openStore(db);
  await createUser(setup, { email: 'lily@seller.cn', name: 'Lily', role: 'sales', password: 'lily-password-1', productLines: ['lunch box'] });
  await setup.db.destroy();
  const imported = xunpan(['import', '--db', db, '--json', 'examples']);
  assert.equal(imported.status, 0, imported.stderr);
  const store = await openStore(db);
  const reply = mail({ from: 'Lily <lily@seller.cn>', to: 'a.weber@kuehne-haushalt.example', subject: 'Re: Inquiry: stainless steel lunch boxes', body: '1. Price: USD 2.10 CIF Hamburg.\n\nBest regards,\nLily', messageId: '<r1@seller.cn>', inReplyTo: '<20260303021231.4711@kuehne-haushalt.example>' });
  await (await Intake.open(store)).storeBatch([await sentReplyIncoming(reply, new Date(Date.now() - 12 * 86400_000).toISOString())]);
  await store.db.destroy();
});

test('followups: the German buyer is due for the first follow-up, in zh by default and in JSON', () => {
  const zh = xunpan(['followups', '--db', db]);
  assert.equal(zh.status, 0, zh.stderr);
  assert.match(zh.stdout, /^今日跟进 1 条/);
  assert.match(zh.stdout, /Lily .*Europe\/Berlin.*（已到期）\s+第 1 次跟进\s+Anna Weber <a\.weber@kuehne-haushalt\.example>/);
  const en = xunpan(['followups', '--db', db, '--lang', 'en']);
  assert.match(en.stdout, /^1 follow-up\(s\) due today/);
  const json = JSON.parse(xunpan(['followups', '--db', db, '--json', '--user', 'lily@seller.cn']).stdout) as { followups: { step: number; kind: string; zone: string; overdue: boolean }[] };
  assert.deepEqual(json.followups.map((f) => [f.step, f.kind, f.zone, f.overdue]), [[1, 'follow_up', 'Europe/Berlin', true]]);
  const unknown = xunpan(['followups', '--db', db, '--user', 'nobody@seller.cn']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /没有这个用户/);
});

test('report --json prints the report object only; the human report is zh first by default', () => {
  const run = xunpan(['report', '--db', db, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { answered: number; excluded: { junk: number }; buckets: { bucket: string; replies: number }[]; bySalesperson: { salesperson: string; answered: number }[] };
  assert.equal(report.answered, 1);
  assert.ok(report.excluded.junk >= 3, 'the phishing, malware and fraud examples are left out');
  assert.equal(report.buckets.find((b) => b.bucket === '24h+')?.replies, 1, 'answered months later');
  assert.ok(report.bySalesperson.some((s) => s.salesperson === 'Lily' && s.answered === 1));
  const human = xunpan(['report', '--db', db]);
  assert.match(human.stdout, /^回复时效报告/);
  assert.match(human.stdout, /24h\+\s+1\s+0/);
  assert.match(xunpan(['report', '--db', db, '--lang', 'en']).stdout, /^Response times/);
});
