/** `xunpan serve` as contracts/cli.md gives it: one listening line, health, OpenAPI, the first admin, clean shutdown. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

const ROOT = path.join(import.meta.dirname, '..');
const CLI = ['--import', 'tsx', path.join(ROOT, 'src/cli.ts')];

async function serve(args: string[], dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-serve-'))) {
  const db = args.includes('--data-dir') ? [] : ['--db', path.join(dir, 'inbox.db')];
  const child = spawn(process.execPath, [...CLI, 'serve', ...db, '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, XUNPAN_ADMIN_PASSWORD: 'first-admin-password', XUNPAN_DATA_DIR: dir },
  });
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/m.exec(stdout);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, url, stdout: () => stdout };
}

async function stop(child: ReturnType<typeof spawn>): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

test('serve prints one listening line, answers health and OpenAPI, and signs in the first admin', async () => {
  const { child, url, stdout } = await serve([]);
  try {
    assert.deepEqual(await (await fetch(`${url}/api/health`)).json(), { ok: true });
    const doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as { openapi: string };
    assert.match(doc.openapi, /^3\./);
    const login = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@localhost', password: 'first-admin-password' }) });
    assert.equal(login.status, 200);
    assert.equal(stdout().trim().split('\n').length, 1, 'nothing but the listening line on standard output');
  } finally {
    assert.equal(await stop(child), 0);
  }
});

test('serve --processes 2 answers from both and stops cleanly', async () => {
  const { child, url } = await serve(['--processes', '2']);
  try {
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/api/health`).then((r) => r.status)));
    assert.deepEqual(new Set(answers), new Set([200]));
  } finally {
    assert.equal(await stop(child), 0);
  }
});

test('--data-dir holds the default database', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-data-'));
  const { child } = await serve(['--data-dir', dir], os.tmpdir());
  try {
    assert.ok(existsSync(path.join(dir, 'xunpan.db')));
  } finally {
    await stop(child);
  }
});

test('a bad port is a usage error in both languages', () => {
  const run = spawnSync(process.execPath, [...CLI, 'serve', '--port', 'eighty'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--port 须为[\s\S]*--port must be/);
});
