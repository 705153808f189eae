/**
 * A throwaway PostgreSQL server for tests: Debian's PostgreSQL 15, initdb into a temporary folder,
 * listening on 127.0.0.1 only, fsync off, removed afterwards. XUNPAN_TEST_PG=postgres://… uses a
 * server that is already running instead.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './net.js';

export interface TestPostgres {
  /** A fresh, empty database on the server for each call. */
  newDatabase(): Promise<string>;
  stop(): void;
}

const BIN = '/usr/lib/postgresql/15/bin';

/** initdb refuses to run as root, so as root the server runs as the postgres user. */
function run(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

export async function startPostgres(): Promise<TestPostgres> {
  const given = process.env.XUNPAN_TEST_PG;
  let base: string;
  let stop = () => {};
  if (given) {
    base = given;
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-pg-'));
    chmodSync(dir, 0o777);
    const data = path.join(dir, 'data');
    const port = await freePort();
    run(`${BIN}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    run(`${BIN}/pg_ctl`, ['-D', data, '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=300`, '-l', path.join(dir, 'pg.log'), '-w', 'start']);
    base = `postgres://postgres@127.0.0.1:${port}/postgres`;
    stop = () => {
      try {
        run(`${BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }
  let n = 0;
  return {
    async newDatabase() {
      const name = `xunpan_test_${process.pid}_${++n}_${Date.now()}`;
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      const url = new URL(base);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop,
  };
}
