/**
 * The large-mbox stage of `npm run bench`, in a process of its own as a `xunpan triage` run is: bench/triage.ts
 * starts it with plain node on the built code. In the bench's process the run shared a heap with the corpus and
 * the stages before it, and its worker threads inherited the TypeScript loader (README, "Evaluation and benchmark").
 * Prints one JSON line: the messages given a verdict, the seconds taken, resident memory sampled every 250 ms.
 */
import { loadModel } from '../dist/bayes/load.js';
import { DEFAULT_LIMITS } from '../dist/ingest/limits.js';
import { readSources } from '../dist/ingest/sources.js';
import { triageParallel } from '../dist/pipeline/pool.js';
import { clearInterval, setInterval } from 'node:timers';

const [mbox, workers] = process.argv.slice(2);
const model = loadModel();
const rss = [];
const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 250);
const start = process.hrtime.bigint();
let count = 0;
for await (const record of triageParallel(readSources([mbox], { maxMessageBytes: DEFAULT_LIMITS.maxMessageBytes }), { model, workers: Number(workers) })) {
  if (record.verdict) count++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
clearInterval(sampler);
console.log(JSON.stringify({ count, seconds, rss }));
