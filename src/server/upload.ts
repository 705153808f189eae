/**
 * A request body written to a file as it arrives: an mbox export can be gigabytes, so it is never
 * held in memory. On the way through, mbox separators ("From " at the start of a line, the rule
 * of src/ingest/mbox.ts) are counted so the import knows roughly how many messages to expect.
 */
import { createWriteStream } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { z } from '@hono/zod-openapi';
import { usageError } from '../errors.js';
import { ApiError } from './errors.js';

export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/** XUNPAN_MAX_UPLOAD_BYTES, read once at start-up; a bad value stops the server rather than lifting the cap. */
export function uploadLimit(env: NodeJS.ProcessEnv = process.env): number {
  if (env.XUNPAN_MAX_UPLOAD_BYTES === undefined || env.XUNPAN_MAX_UPLOAD_BYTES === '') return DEFAULT_MAX_UPLOAD_BYTES;
  const parsed = z.coerce.number().int().positive().safeParse(env.XUNPAN_MAX_UPLOAD_BYTES);
  if (!parsed.success) throw usageError('XUNPAN_MAX_UPLOAD_BYTES 须为正整数（字节）', 'XUNPAN_MAX_UPLOAD_BYTES must be a positive whole number of bytes');
  return parsed.data;
}

export const tooLarge = (max: number) => {
  const size = max >= 1024 ** 3 ? `${+(max / 1024 ** 3).toFixed(2)} GiB` : max >= 1024 ** 2 ? `${+(max / 1024 ** 2).toFixed(2)} MiB` : `${max} B`;
  return new ApiError(413, 'too_large', `文件超过上传上限 ${size}`, `the file is larger than the upload limit of ${size}`);
};

export interface Received {
  bytes: number;
  /** Lines starting with "From ": the messages of an mbox (a preamble, if any, is one more). */
  separators: number;
}

const SEPARATOR = Buffer.from('\nFrom ');

/** Counts "\nFrom " across chunk boundaries: only the last 5 bytes of what came before can start one. */
class Counter extends Transform {
  bytes = 0;
  separators = 0;
  private tail = Buffer.from('\n'); // the start of the stream counts as a line start
  constructor(private readonly max: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.max) return done(tooLarge(this.max));
    // A match in tail + the chunk's first 5 bytes spans both (6 bytes cannot fit in 5); the rest is in the chunk.
    this.separators += count(Buffer.concat([this.tail, chunk.subarray(0, 5)])) + count(chunk);
    this.tail = Buffer.concat([this.tail, chunk]).subarray(-5);
    done(null, chunk);
  }
}

function count(buffer: Buffer): number {
  let n = 0;
  for (let at = buffer.indexOf(SEPARATOR); at >= 0; at = buffer.indexOf(SEPARATOR, at + 1)) n++;
  return n;
}

/** Writes the body to `file`; past `max` bytes it stops with a 413 (the caller removes what was written). */
export async function receiveFile(body: ReadableStream<Uint8Array> | null, file: string, max: number): Promise<Received> {
  const counter = new Counter(max);
  const source = body ? Readable.fromWeb(body as NodeReadableStream<Uint8Array>) : Readable.from([]);
  await pipeline(source, counter, createWriteStream(file, { flags: 'wx' }));
  return { bytes: counter.bytes, separators: counter.separators };
}
