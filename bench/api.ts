/**
 * `npm run bench:api`: the HTTP API under 200 concurrent clients on loopback (autocannon), reads
 * only, against `xunpan serve --processes <cores>` on a SQLite inbox of corpus mail. Prints latency
 * percentiles and errors per route; nothing here is asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadModel } from '../src/bayes/load.js';
import { importEntries } from '../src/inbox/import.js';
import { DEFAULT_LIMITS } from '../src/ingest/limits.js';
import type { SourceEntry } from '../src/ingest/sources.js';
import { openStore } from '../src/store/open.js';
import { createApiToken, createUser } from '../src/store/users.js';
import { corpusMessages } from '../scripts/corpora.js';

const MESSAGES = Number(process.env.XUNPAN_BENCH_API_MESSAGES ?? 8000);
const CONNECTIONS = Number(process.env.XUNPAN_BENCH_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.XUNPAN_BENCH_SECONDS ?? 10);

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-bench-api-'));
const db = path.join(dir, 'inbox.db');
const store = await openStore(db);
const corpus = corpusMessages().slice(0, MESSAGES);
// eslint-disable-next-line @typescript-eslint/require-await -- generated in memory
async function* entries(): AsyncGenerator<SourceEntry> {
  for (const [index, raw] of corpus.entries()) yield { source: 'bench', index, raw };
}
const admin = await createUser(store, { email: 'admin@bench', name: 'admin', role: 'admin', password: 'bench-password-1' });
await createUser(store, { email: 'sales@bench', name: 'sales', role: 'sales', password: 'bench-password-2' });
await importEntries(store, entries(), { model: loadModel(), limits: DEFAULT_LIMITS, workers: 2 });
const { token } = await createApiToken(store, admin.id, 'bench');
const some = await store.db.selectFrom('messages').select('id').orderBy('id', 'desc').limit(50).execute();
await store.db.destroy();

const PROCESSES = process.env.XUNPAN_BENCH_PROCESSES ?? String(os.availableParallelism());
const server = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../src/cli.ts'), 'serve', '--db', db, '--port', '0', '--processes', PROCESSES], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => server.stdout.on('data', (d: Buffer) => { const m = /listening on (\S+)/.exec(d.toString()); if (m?.[1]) resolve(m[1]); }));
console.log(`${corpus.length} messages stored; ${CONNECTIONS} connections for ${SECONDS} s per route against ${url}, ${PROCESSES} server process(es) (node ${process.version}, ${os.cpus().length} cores, server and load generator on the same machine)`);

const routes: [string, string][] = [
  ['newest 50 of a tab', '/api/inquiries?tab=other&limit=50'],
  ['tab counts', '/api/inquiries/counts'],
  ['search', '/api/inquiries?q=price&limit=50'],
  ['one inquiry with its thread', `/api/inquiries/${some[7]?.id ?? 1}`],
];
// Every client sends its next request the moment the last one is answered: the most the server can take.
for (const [label, route] of routes) {
  await autocannon({ url: `${url}${route}`, connections: CONNECTIONS, duration: 2, headers: { authorization: `Bearer ${token}` } }); // warm-up: JIT, statement cache, connections
  const result = await autocannon({ url: `${url}${route}`, connections: CONNECTIONS, duration: SECONDS, headers: { authorization: `Bearer ${token}` } });
  const bad = result.non2xx + result.errors + result.timeouts;
  console.log(`${label.padEnd(30)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  max ${String(result.latency.max).padStart(5)} ms  errors ${bad}`);
}
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
