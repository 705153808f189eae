/**
 * `npm run bench`: speed and memory of intake and triage, printed as figures (never asserted in tests).
 * 1. The corpus in memory (../shared/corpus + the SpamAssassin package): parse alone, then parse + triage one
 *    message at a time, and in batches as `xunpan triage` does in one thread and in each worker. Then parse +
 *    triage on worker threads (one per core), as `xunpan triage` runs by default.
 * 2. One large mbox on disk built from the same messages (default 1 GB; XUNPAN_BENCH_MBOX_MB to change),
 *    streamed through the same path as `xunpan triage`, in a process of its own as a run of it is
 *    (bench/large-mbox.mjs), with that process's resident memory sampled along the way; three times
 *    (XUNPAN_BENCH_RUNS), each run printed and the median reported.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, fsyncSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import type * as Load from '../src/bayes/load.js';
import type * as Limits from '../src/ingest/limits.js';
import type * as Parse from '../src/ingest/parse.js';
import type * as Pool from '../src/pipeline/pool.js';
import type * as Stream from '../src/pipeline/triage-stream.js';
import type { SourceEntry } from '../src/ingest/sources.js';
import { corpusMessages } from './../scripts/corpora.js';

// The built code (`npm run bench` builds it first), as `xunpan triage` runs: from the TypeScript sources every
// worker would start the tsx loader and compile its modules before its first message.
const built = async <T>(file: string): Promise<T> => (await import(new URL(`../dist/${file}`, import.meta.url).href)) as T;
const { loadModel } = await built<typeof Load>('bayes/load.js');
const { DEFAULT_LIMITS } = await built<typeof Limits>('ingest/limits.js');
const { parseMessage } = await built<typeof Parse>('ingest/parse.js');
const { defaultWorkers, triageParallel } = await built<typeof Pool>('pipeline/pool.js');
const { BATCH, triageRaw, triageStream } = await built<typeof Stream>('pipeline/triage-stream.js');
const model = loadModel();
const mb = (bytes: number) => bytes / 1024 / 1024;
const targetMb = Number(process.env.XUNPAN_BENCH_MBOX_MB ?? 1024);
const mboxRuns = Number(process.env.XUNPAN_BENCH_RUNS ?? 3);
if (!Number.isInteger(mboxRuns) || mboxRuns < 1) throw new Error('XUNPAN_BENCH_RUNS 须为正整数 / XUNPAN_BENCH_RUNS must be a whole number of at least 1');
/** Columns line up in a terminal, where a Chinese character takes two places. */
const padded = (label: string, width: number) => label + ' '.repeat(Math.max(0, width - [...label].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));
/** One line of figures: the label in Chinese and English, messages, msg/s, MB/s. */
const line = (label: string, count: number, seconds: number, bytes: number) =>
  `${padded(label, 48)} ${String(count).padStart(6)} msgs  ${(count / seconds).toFixed(0).padStart(6)} msg/s  ${(mb(bytes) / seconds).toFixed(1).padStart(6)} MB/s`;

async function timed(label: string, messages: Buffer[], run: (raw: Buffer, i: number) => Promise<unknown>) {
  const bytes = messages.reduce((sum, m) => sum + m.byteLength, 0);
  for (const [i, raw] of messages.slice(0, 300).entries()) await run(raw, i); // warm-up: JIT and lazy data files
  const start = process.hrtime.bigint();
  for (const [i, raw] of messages.entries()) await run(raw, i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(line(label, messages.length, seconds, bytes));
}

const messages = corpusMessages();
const corpusBytes = messages.reduce((sum, m) => sum + m.byteLength, 0);
console.log(`语料 corpus: ${messages.length} 封 messages, ${mb(corpusBytes).toFixed(1)} MB (node ${process.version}, ${os.cpus().length} 核 cores)`);
// eslint-disable-next-line @typescript-eslint/require-await -- an in-memory source has nothing to wait for
async function* inMemory(): AsyncGenerator<SourceEntry> {
  for (const [index, raw] of messages.entries()) yield { source: 'bench', index, raw };
}
await timed('仅解析 parse only', messages, (raw) => parseMessage(raw, DEFAULT_LIMITS));
await timed('解析+分拣，单线程 parse + triage, 1 thread', messages, (raw, i) => triageRaw('bench', i, raw, { model }));
{
  // As `xunpan triage --workers 1` runs: the stream analyses a batch at a time, stage by stage (triage-stream.ts).
  const start = process.hrtime.bigint();
  let count = 0;
  for await (const record of triageStream(inMemory(), { model })) if (record.verdict) count++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(line(`解析+分拣，每批 ${BATCH} parse + triage, batches of ${BATCH}`, count, seconds, corpusBytes));
}
const workers = defaultWorkers();
{
  const start = process.hrtime.bigint();
  let count = 0;
  for await (const record of triageParallel(inMemory(), { model, workers })) if (record.verdict) count++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${line(`解析+分拣，${workers} 线程 parse + triage, ${workers} workers`, count, seconds, corpusBytes)}  （含启动线程 / includes starting the workers）`);
}
console.log(`至此内存峰值 peak RSS so far: ${mb(process.resourceUsage().maxRSS * 1024).toFixed(0)} MB`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-bench-'));
const mbox = path.join(dir, 'large.mbox');
try {
  const out = createWriteStream(mbox);
  let written = 0;
  for (let i = 0; written < targetMb * 1024 * 1024; i++) {
    const raw = messages[i % messages.length] ?? Buffer.alloc(0);
    const quoted = Buffer.from(raw.toString('latin1').replace(/^(>*From )/gm, '>$1'), 'latin1');
    const chunk = Buffer.concat([Buffer.from(`From bench@xunpan ${new Date(0).toUTCString()}\n`), quoted, Buffer.from('\n\n')]);
    written += chunk.byteLength;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  // On disk before the clock starts, as a user's export is: otherwise the kernel writes the fresh gigabyte back
  // during the timed run, on the same cores as the workers.
  const fd = openSync(mbox, 'r');
  fsyncSync(fd);
  closeSync(fd);
  const size = statSync(mbox).size;
  // The host's speed varies from one minute to the next, by a tenth and at times a third (other virtual machines
  // share its cores and memory), so the mbox is run several times and the median reported, each run printed too.
  const runs = Array.from({ length: mboxRuns }, (_, k) => {
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'large-mbox.mjs'), mbox, String(workers)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`大邮箱测试进程中止（退出码 ${run.status}） / the large-mbox run stopped (exit code ${run.status})`);
    const result = JSON.parse(run.stdout) as { count: number; seconds: number; rss: number[] };
    console.log(line(`大邮箱 large mbox ${mb(size).toFixed(0)} MB, 第 ${k + 1}/${mboxRuns} 次 run`, result.count, result.seconds, size));
    return result;
  });
  const byRate = [...runs].sort((a, b) => a.count / a.seconds - b.count / b.seconds);
  const { count, seconds, rss: rssSamples } = byRate[Math.floor((byRate.length - 1) / 2)] ?? { count: 0, seconds: 1, rss: [] };
  const quarter = (q: number) => mb(rssSamples[Math.floor((rssSamples.length - 1) * q)] ?? 0).toFixed(0);
  const median = runs.length > 1 ? `  （${runs.length} 次的中位数 / median of ${runs.length} runs）` : '';
  console.log(line(`大邮箱 large mbox ${mb(size).toFixed(0)} MB, ${workers} 线程 workers`, count, seconds, size) + median);
  console.log(`中位那次的内存 RSS of the median mbox run (MB), 10% / 50% / 90% / 结束 end: ${quarter(0.1)} / ${quarter(0.5)} / ${quarter(0.9)} / ${quarter(1)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
