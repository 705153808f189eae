/**
 * A triage worker thread: parses and analyses the messages the pool sends, one at a time, and
 * answers with what the main thread needs to finish them in order (see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadModel } from '../bayes/load.js';
import type { ParseLimits } from '../ingest/limits.js';
import { ArrayBlob } from './array-blob.js';
import { analyseRaw, type Analysed } from './triage-stream.js';

export interface WorkerSetup {
  useModel: boolean;
  limits: ParseLimits;
  ownDomains: string[];
}
export interface WorkerRequest {
  seq: number;
  source: string;
  index: number;
  raw: Uint8Array;
}
export interface WorkerReply {
  seq: number;
  analysed: Analysed;
}

(globalThis as { Blob: unknown }).Blob = ArrayBlob;

const setup = workerData as WorkerSetup;
const options = { model: setup.useModel ? loadModel() : null, limits: setup.limits, ownDomains: setup.ownDomains };

parentPort?.on('message', (request: WorkerRequest) => {
  void analyseRaw(request.source, request.index, request.raw, options).then((analysed) => {
    parentPort?.postMessage({ seq: request.seq, analysed: lighten(analysed) } satisfies WorkerReply);
  });
});

/**
 * The main thread finishes with the facts, the extraction and the envelope (id, subject, sender, date)
 * only, so the rest of the message stays here instead of being copied across threads.
 */
function lighten(analysed: Analysed): Analysed {
  if (!('analysis' in analysed)) return analysed;
  const { inquiry, hits } = analysed.analysis;
  const message = { ...inquiry.message, text: '', html: null, links: [], attachments: [], received: [], headers: {}, to: [], replyTo: [] };
  return { ...analysed, analysis: { hits, inquiry: { ...inquiry, lower: '', message } } };
}
