/**
 * A triage worker thread: parses and analyses the messages the pool sends in batches, a batch at a time, and
 * answers with what the main thread needs to finish them in order (see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadModel } from '../bayes/load.js';
import type { ParseLimits } from '../ingest/limits.js';
import { analyseRawMany, STORED_TEXT_CHARS, type Analysed } from './triage-stream.js';

export interface WorkerSetup {
  useModel: boolean;
  limits: ParseLimits;
  ownDomains: string[];
  /** Whether the caller stores the message and so needs the start of its text; a run that only prints does not. */
  keepText: boolean;
}
/** Several messages at once: one message between threads per batch, not per mail, cuts the pool's own overhead. */
export interface WorkerRequest {
  items: Array<{ seq: number; source: string; index: number; raw: Uint8Array }>;
}
export interface WorkerReply {
  results: Array<{ seq: number; analysed: Analysed }>;
}

const setup = workerData as WorkerSetup;
const options = { model: setup.useModel ? loadModel() : null, limits: setup.limits, ownDomains: setup.ownDomains };

parentPort?.on('message', (request: WorkerRequest) => {
  void analyseBatch(request).then((reply) => parentPort?.postMessage(reply));
});

async function analyseBatch({ items }: WorkerRequest): Promise<WorkerReply> {
  const analysed = await analyseRawMany(items, options);
  return { results: items.map(({ seq }, i) => ({ seq, analysed: lighten(analysed[i] as Analysed) })) };
}

/**
 * The main thread finishes with the facts, the extraction, the envelope (id, subject, sender, date),
 * the threading headers and the start of the text (what the inbox store indexes; nothing when the run only
 * prints) only, so the rest of the message stays here instead of being copied across threads.
 */
function lighten(analysed: Analysed): Analysed {
  if (!('analysis' in analysed)) return analysed;
  const { inquiry, hits } = analysed.analysis;
  const { headers } = inquiry.message;
  const threading: Record<string, string> = {};
  if (headers['in-reply-to']) threading['in-reply-to'] = headers['in-reply-to'];
  if (headers.references) threading.references = headers.references;
  const text = setup.keepText ? inquiry.message.text.slice(0, STORED_TEXT_CHARS) : '';
  const message = { ...inquiry.message, text, html: null, links: [], attachments: [], received: [], headers: threading, to: [], replyTo: [] };
  return { ...analysed, analysis: { hits, inquiry: { ...inquiry, lower: '', message } } };
}
