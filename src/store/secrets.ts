/**
 * Secrets the app must read back (an SMTP password), encrypted at rest with AES-256-GCM. The key is
 * XUNPAN_SECRET_KEY (32 bytes as 64 hex or base64), else secret.key in the data folder, created on
 * first use with mode 0600: a copy of the database alone does not reveal the passwords.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { dataDir } from './open.js';

const KEY_BYTES = 32;
const IV_BYTES = 12; // the GCM standard nonce
const TAG_BYTES = 16;
const VERSION = 'v1';

function decodeKey(text: string, where: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== KEY_BYTES) throw new UserError('secret_key', `${where} 不是 32 字节的密钥（64 位十六进制或 base64）`, `${where} is not a 32-byte key (64 hex digits or base64)`, 1);
  return key;
}

/** The key from the environment, else from the data folder (made there the first time). */
export function loadSecretKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.XUNPAN_SECRET_KEY) return decodeKey(env.XUNPAN_SECRET_KEY, 'XUNPAN_SECRET_KEY');
  const file = path.join(dataDir(env), 'secret.key');
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8'), file);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  // 'wx': two processes starting at once must not overwrite each other's new key.
  try {
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return decodeKey(readFileSync(file, 'utf8'), file);
    throw error;
  }
  return key;
}

/** "v1:" + base64(nonce ‖ tag ‖ ciphertext). */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function decryptSecret(key: Buffer, sealed: string): string {
  const [version, data] = sealed.split(':');
  const bytes = Buffer.from(data ?? '', 'base64');
  if (version !== VERSION || bytes.length < IV_BYTES + TAG_BYTES) throw new UserError('secret', '保存的密码格式无法识别，请重新填写', 'the stored password is in an unknown format; enter it again', 1);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (error) {
    // A different key (XUNPAN_SECRET_KEY changed, secret.key lost): the password must be entered again.
    throw new UserError('secret', '无法解密保存的密码（密钥已更换？），请重新填写 SMTP 密码', 'cannot decrypt the stored password (was the key changed?); enter the SMTP password again', 1, { cause: error });
  }
}
