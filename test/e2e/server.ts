/**
 * A real `xunpan serve` child on a temporary SQLite database filled with the demo mail (examples/
 * plus public SpamAssassin mail), and a signed-in API client to add a few more messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..');
export const ADMIN = { email: 'admin@localhost', password: 'e2e-admin-password' };

export interface TestServer {
  url: string;
  /** Signed-in JSON request, as the web does it: session cookie plus X-CSRF-Token. */
  api<T>(method: string, route: string, body?: unknown): Promise<T>;
  /** Imports one file (an .eml, an .mbox) as an admin uploads it, and waits until the run ends. */
  upload(name: string, bytes: Uint8Array): Promise<void>;
  stop(): Promise<void>;
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`xunpan serve did not start in 120 s\n${err}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = out.match(/listening on (http:\/\/\S+)/)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`xunpan serve exited with ${code}\n${err}`));
    });
  });
}

/** `demo: false` starts with an empty inbox, for a test that fills it itself. */
export async function startServer({ demo = true }: { demo?: boolean } = {}): Promise<TestServer> {
  if (!existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) throw new Error('web/dist is missing: run npm run build first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-e2e-'));
  // The data folder is the test's own too: the secret key and uploads stay out of the user's home.
  const args = ['serve', '--db', path.join(dir, 'e2e.db'), '--data-dir', dir, '--port', '0', ...(demo ? ['--demo'] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, XUNPAN_ADMIN_PASSWORD: ADMIN.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await listening(child);
  const login = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await login.json()) as { csrf: string };
  async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${url}${route}`, { method, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  return {
    url,
    api,
    async upload(name: string, bytes: Uint8Array) {
      const response = await fetch(`${url}/api/imports?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/octet-stream' }, body: Buffer.from(bytes) });
      if (response.status !== 202) throw new Error(`upload ${name}: ${response.status} ${await response.text()}`);
      const { id } = (await response.json()) as { id: number };
      for (let waited = 0; waited < 60_000; waited += 100) {
        const runs = await api<{ id: number; status: string; error: unknown }[]>('GET', '/api/imports');
        const run = runs.find((r) => r.id === id);
        if (run?.status === 'done') return;
        if (run?.status === 'failed') throw new Error(`import of ${name} failed: ${JSON.stringify(run.error)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`import of ${name} did not end in 60 s`);
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
