/**
 * `npm run bench:api`: the HTTP API under 200 concurrent clients on loopback (autocannon), reads
 * only, against `xunpan serve --processes <cores>` on a SQLite inbox of corpus mail. Prints latency
 * percentiles and errors per route, and the CPU time the server and the load generator spent per
 * request (less at the mercy of other work on the machine than the latencies); nothing is asserted.
 *
 * No route is asked for one hot key: the pages cover every tab from the newest to the oldest, the
 * searches cycle through words from common to rare, and the inquiries through every stored message.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const PAGE = 50;
/** From words in most mail to words in a few: a search's cost depends on how many messages match. */
const SEARCH_WORDS = ['the', 'please', 'price', 'order', 'free', 'money', 'click', 'account', 'offer', 'business', 'quote', 'sample', 'payment', 'shipping', 'invoice', 'delivery', 'product', 'urgent', 'bank', 'password', 'meeting', 'report', 'linux', 'discount', 'catalogue', 'container', 'stainless', 'wholesale', 'inquiry', 'certificate', 'warranty', 'pumps'];

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
// Every page of every tab, as a client paging with `next` would ask for them.
const inbox = await store.db.selectFrom('messages').select(['id', 'tab', 'received_at']).where('archived', '=', 0).where('direction', '=', 'in').orderBy('received_at', 'desc').orderBy('id', 'desc').execute();
const pages: string[] = [];
for (const tab of ['priority', 'other', 'suspicious', 'junk']) {
  const rows = inbox.filter((r) => r.tab === tab);
  for (let i = 0; i < rows.length; i += PAGE) {
    const after = rows[i - 1];
    pages.push(`/api/inquiries?tab=${tab}&limit=${PAGE}${after ? `&cursor=${encodeURIComponent(`${after.received_at}|${after.id}`)}` : ''}`);
  }
}
const inquiries = shuffled(inbox.map((r) => `/api/inquiries/${r.id}`));
const searches = SEARCH_WORDS.map((w) => `/api/inquiries?q=${w}&limit=${PAGE}`);
await store.db.destroy();

const PROCESSES = process.env.XUNPAN_BENCH_PROCESSES ?? String(os.availableParallelism());
const server = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../src/cli.ts'), 'serve', '--db', db, '--port', '0', '--processes', PROCESSES], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => server.stdout.on('data', (d: Buffer) => { const m = /listening on (\S+)/.exec(d.toString()); if (m?.[1]) resolve(m[1]); }));
console.log(`${corpus.length} messages stored; ${CONNECTIONS} connections for ${SECONDS} s per route against ${url}, ${PROCESSES} server process(es) (node ${process.version}, ${os.cpus().length} cores, server and load generator on the same machine; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);

const routes: [string, string[]][] = [
  [`a page of a tab (${pages.length} pages)`, pages],
  ['tab counts', ['/api/inquiries/counts']],
  [`search (${searches.length} words)`, searches],
  [`one inquiry with its thread (${inquiries.length})`, inquiries],
];
// Every client sends its next request the moment the last one is answered: the most the server can take.
for (const [label, paths] of routes) {
  let next = 0;
  const options = {
    url,
    connections: CONNECTIONS,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request: object) => ({ ...request, path: paths[next++ % paths.length] }) }],
  };
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, statement cache, connections
  const [server0, bench0] = [serverCpuMs(), process.cpuUsage()];
  const result = await autocannon({ ...options, duration: SECONDS });
  const [serverMs, bench] = [serverCpuMs() - server0, process.cpuUsage(bench0)];
  const bad = result.non2xx + result.errors + result.timeouts;
  const perRequest = (ms: number) => String(Math.round((ms * 1000) / result.requests.total)).padStart(4);
  console.log(
    `${label.padEnd(38)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  max ${String(result.latency.max).padStart(5)} ms  errors ${bad}` +
      (Number.isNaN(serverMs) ? '' : `  CPU/request: server ${perRequest(serverMs)} µs, load generator ${perRequest((bench.user + bench.system) / 1000)} µs`),
  );
}
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

/** CPU time of the server's processes (the primary and its workers) so far, from /proc; NaN elsewhere. */
function serverCpuMs(): number {
  try {
    const pids = [server.pid, ...readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').split(/\s+/).filter(Boolean)];
    const ticks = pids.map((pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')).reduce((sum, f) => sum + Number(f[11]) + Number(f[12]), 0);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

function shuffled<T>(items: T[]): T[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
