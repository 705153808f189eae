/**
 * Secrets kept at rest (mailbox passwords): AES-256-GCM under a key that is not in the database,
 * so a copied database file alone does not give away the team's mail. The key is XUNPAN_SECRET_KEY
 * (32 bytes, base64), else secret.key in the data folder, created on first use and readable by its owner only.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

const VERSION = 'v1';

export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const given = env.XUNPAN_SECRET_KEY;
  const key = given ? Buffer.from(given, 'base64') : keyFile(dataDir);
  if (key.length !== 32) throw new UserError('secret_key', 'XUNPAN_SECRET_KEY 须为 32 字节的 base64', 'XUNPAN_SECRET_KEY must be 32 bytes in base64', 2);
  return key;
}

function keyFile(dataDir: string): Buffer {
  const file = path.join(dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
}

export function open(key: Buffer, sealed: string): string {
  const [version, iv, tag, data] = sealed.split(':');
  if (version !== VERSION || !iv || !tag || data === undefined) throw new UserError('secret_format', '保存的密码格式无法识别', 'a stored secret has an unknown format', 1);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new UserError('secret_key_mismatch', '无法解密保存的密码：密钥与保存时不同（XUNPAN_SECRET_KEY 或 secret.key）', 'cannot decrypt a stored secret: the key differs from the one it was saved with (XUNPAN_SECRET_KEY or secret.key)', 1, { cause: error });
  }
}
