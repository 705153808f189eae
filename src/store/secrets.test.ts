import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { UserError } from '../errors.js';
import { decryptSecret, encryptSecret, loadSecretKey } from './secrets.js';

test('the key comes from XUNPAN_SECRET_KEY, else a 0600 file made once in the data folder', () => {
  const hex = 'ab'.repeat(32);
  assert.equal(loadSecretKey({ XUNPAN_SECRET_KEY: hex }).toString('hex'), hex);
  assert.throws(() => loadSecretKey({ XUNPAN_SECRET_KEY: 'short' }), (e: unknown) => e instanceof UserError && /32/.test(e.en));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-key-'));
  const first = loadSecretKey({ XUNPAN_DATA_DIR: dir });
  assert.equal(statSync(path.join(dir, 'secret.key')).mode & 0o777, 0o600);
  assert.ok(loadSecretKey({ XUNPAN_DATA_DIR: dir }).equals(first), 'the same key the next time');
});

test('sealed text opens with its key only, and each sealing differs', () => {
  const key = Buffer.alloc(32, 1);
  const a = encryptSecret(key, 'smtp-密码');
  assert.notEqual(a, encryptSecret(key, 'smtp-密码'));
  assert.equal(decryptSecret(key, a), 'smtp-密码');
  assert.throws(() => decryptSecret(Buffer.alloc(32, 2), a), (e: unknown) => e instanceof UserError && e.code === 'secret');
  const bytes = Buffer.from(a.slice(3), 'base64');
  bytes[30] = (bytes[30] ?? 0) ^ 1; // inside the tag
  const tampered = `v1:${bytes.toString('base64')}`;
  assert.throws(() => decryptSecret(key, tampered), UserError);
});
