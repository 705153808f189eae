/**
 * IMAP sync against a real Dovecot on loopback (test/support/dovecot.ts): new mail arrives once,
 * several folders, a second sync reads only what is new, and a wrong password is refused in both
 * languages without losing the position.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ImapFlow } from 'imapflow';
import { loadModel } from '../bayes/load.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { startDovecot, type TestImap } from '../../test/support/dovecot.js';
import { BUYER_INQUIRY, PHISHING } from '../../test/support/mail.js';
import { openStore } from '../store/open.js';
import { addMailbox, folderPosition, listMailboxes } from '../store/mailboxes.js';
import { syncMailbox } from './sync.js';
import { UserError } from '../errors.js';

let imap: TestImap;
before(async () => {
  imap = await startDovecot();
});
after(() => imap.stop());

const key = Buffer.alloc(32, 7);
const options = { key, model: loadModel(), limits: DEFAULT_LIMITS, workers: 1 };

async function deliver(folder: string, messages: string[]): Promise<void> {
  const client = new ImapFlow({ host: imap.host, port: imap.port, secure: false, auth: { user: imap.user, pass: imap.password }, logger: false });
  await client.connect();
  if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
  for (const m of messages) await client.append(folder, m);
  await client.logout();
}

const message = (n: number, body: string) => `From: buyer${n}@firm${n}.com\r\nTo: sales@seller.test\r\nSubject: Inquiry ${n}\r\nDate: Mon, 02 Nov 2026 10:00:00 +0100\r\nMessage-ID: <imap-${n}@firm.com>\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;

test('sync stores new mail of every folder once, and the next sync reads only what is new', async () => {
  const store = await openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-imap-')), 'imap.db'));
  await deliver('INBOX', [message(1, BUYER_INQUIRY), message(2, PHISHING)]);
  await deliver('Alibaba', [message(3, 'Please quote 500 pcs LED panels CIF Hamburg.')]);
  const box = await addMailbox(store, key, { label: 'sales', host: imap.host, port: imap.port, secure: false, username: imap.user, password: imap.password, folders: ['INBOX', 'Alibaba'] });
  assert.equal(JSON.stringify(await listMailboxes(store)).includes(imap.password), false, 'the password is never listed');
  const sealed = await store.db.selectFrom('mailboxes').select('password_sealed').executeTakeFirstOrThrow();
  assert.equal(sealed.password_sealed.includes(imap.password), false, 'the password is encrypted at rest');

  const first = await syncMailbox(store, box, options);
  assert.deepEqual(first.map((f) => [f.folder, f.stored, f.duplicates]), [['INBOX', 2, 0], ['Alibaba', 1, 0]]);
  assert.equal((await folderPosition(store, box.id, 'INBOX'))?.lastUid, 2);

  await deliver('INBOX', [message(4, 'Do you have 20ft container of ceramic tiles? Price CIF Lagos please.')]);
  const second = await syncMailbox(store, box, options);
  assert.deepEqual(second.map((f) => [f.folder, f.read, f.stored]), [['INBOX', 1, 1], ['Alibaba', 0, 0]]);
  const subjects = (await store.db.selectFrom('messages').select('subject').orderBy('id').execute()).map((r) => r.subject);
  assert.deepEqual(subjects, ['Inquiry 1', 'Inquiry 2', 'Inquiry 3', 'Inquiry 4']);
  await store.db.destroy();
});

test('a wrong password is refused in both languages and recorded on the mailbox', async () => {
  const store = await openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'xunpan-imap-')), 'imap.db'));
  const box = await addMailbox(store, key, { label: 'typo', host: imap.host, port: imap.port, secure: false, username: imap.user, password: 'wrong', folders: ['INBOX'] });
  await assert.rejects(syncMailbox(store, box, options), (error: unknown) => error instanceof UserError && /无法连接邮箱/.test(error.zh) && /cannot connect/.test(error.en));
  assert.ok((await listMailboxes(store))[0]?.lastError);
  await store.db.destroy();
});

test('xunpan mailbox add + xunpan sync, as a user runs them', async () => {
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-imap-cli-'));
  const root = path.join(import.meta.dirname, '..', '..');
  const env = { ...process.env, LANG: 'C', XUNPAN_DATA_DIR: dir, XUNPAN_IMAP_PASSWORD: imap.password };
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), ...args], { cwd: root, env, encoding: 'utf8' });
  const added = run(['mailbox', 'add', '--host', imap.host, '--port', String(imap.port), '--no-tls', '--user', imap.user, '--folder', 'INBOX', '--json']);
  assert.equal(added.status, 0, added.stderr);
  assert.equal(added.stdout.includes(imap.password), false);
  const synced = run(['sync', '--json']);
  assert.equal(synced.status, 0, synced.stderr);
  const [inbox] = JSON.parse(synced.stdout) as { folder: string; read: number; stored: number }[];
  assert.equal(inbox?.folder, 'INBOX');
  assert.ok((inbox?.stored ?? 0) >= 3, 'the mail delivered by the first test is stored');
  const again = JSON.parse(run(['sync', '--json']).stdout) as { read: number }[];
  assert.equal(again[0]?.read, 0);
});
