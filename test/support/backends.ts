/**
 * Both stores for a shared suite (`*.case.test.ts`): a fresh SQLite file, and a fresh database on a
 * real PostgreSQL server started for the file (test/support/postgres.ts). Stores opened through
 * `open` are closed and the server stopped when the file's tests end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import type { Store } from '../../src/store/dialect.js';
import { openStore } from '../../src/store/open.js';
import { startPostgres, type TestPostgres } from './postgres.js';

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  open(): Promise<Store>;
}

export function storeBackends(): Backend[] {
  let server: TestPostgres | undefined;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'xunpan-store-'));
  const opened: Store[] = [];
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await Promise.all(opened.map((s) => s.db.destroy()));
    server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });
  const track = async (store: Promise<Store>) => {
    const s = await store;
    opened.push(s);
    return s;
  };
  let n = 0;
  return [
    { name: 'SQLite', open: () => track(openStore(path.join(tmp, `${++n}.db`))) },
    {
      name: 'PostgreSQL',
      open: async () => {
        if (!server) throw new Error('the PostgreSQL server is not started yet');
        return track(openStore(await server.newDatabase()));
      },
    },
  ];
}
