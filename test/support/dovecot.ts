/**
 * A real IMAP server for tests: Debian's Dovecot (`apt-get install dovecot-imapd`), started in the
 * foreground on a free loopback port with its own configuration, users and maildirs in a
 * temporary folder, and stopped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './net.js';

export interface TestImap {
  host: string;
  port: number;
  user: string;
  password: string;
  stop(): void;
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`dovecot exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('dovecot did not start listening');
}

export async function startDovecot(): Promise<TestImap> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-dovecot-'));
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'home']) mkdirSync(path.join(dir, sub));
  // Mail belongs to nobody: Dovecot will not deliver to root, and nobody exists on every Debian.
  const uid = process.getuid?.() === 0 ? 65534 : (process.getuid?.() ?? 65534);
  const gid = process.getgid?.() === 0 ? 65534 : (process.getgid?.() ?? 65534);
  if (process.getuid?.() === 0) chownSync(path.join(dir, 'home'), uid, gid);
  const port = await freePort();
  const user = 'sales@seller.test';
  const password = 'imap-test-password';
  writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    path.join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
${asRoot ? 'default_internal_user = dovecot\ndefault_login_user = dovenull' : `default_internal_user = ${os.userInfo().username}\ndefault_login_user = ${os.userInfo().username}`}
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
  );
  const child = spawn('/usr/sbin/dovecot', ['-c', path.join(dir, 'dovecot.conf'), '-F'], { stdio: 'ignore' });
  await waitForPort(port, child);
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
