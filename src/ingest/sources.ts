import { createReadStream } from 'node:fs';
import { open, readFile as readWhole, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { looksLikeMbox, splitMbox } from './mbox.js';

/** One raw message found in the inputs, or the reason it could not be read. */
export type SourceEntry =
  | { source: string; index: number; raw: Uint8Array }
  | { source: string; index: number; error: 'unreadable' | 'too_large'; detail: string };

export interface ReadOptions {
  maxMessageBytes: number;
  /** Standard input, for the path "-". */
  stdin?: AsyncIterable<Uint8Array>;
}

/** Every message in the given paths, in order: files as given, folders recursively in name order. */
export async function* readSources(paths: readonly string[], options: ReadOptions): AsyncGenerator<SourceEntry> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(options);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      yield { source: p, index: 0, error: 'unreadable', detail: describe(error) };
      continue;
    }
    if (info.isDirectory()) yield* readFolder(p, options);
    else yield* readFile(p, options, true);
  }
}

async function* readStdin(options: ReadOptions): AsyncGenerator<SourceEntry> {
  const chunks: Buffer[] = [];
  let size = 0;
  const input: AsyncIterable<Uint8Array> = options.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
  for await (const chunk of input) {
    size += chunk.byteLength;
    if (size > options.maxMessageBytes) {
      yield { source: '-', index: 0, error: 'too_large', detail: `more than ${options.maxMessageBytes} bytes` };
      return;
    }
    chunks.push(Buffer.from(chunk));
  }
  yield { source: '-', index: 0, raw: Buffer.concat(chunks) };
}

async function* readFolder(folder: string, options: ReadOptions): AsyncGenerator<SourceEntry> {
  let entries;
  try {
    entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    yield { source: folder, index: 0, error: 'unreadable', detail: describe(error) };
    return;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* readFolder(full, options);
    else if (entry.isFile()) {
      const ext = path.extname(entry.name).toLowerCase();
      if (ext === '.eml' || ext === '.mbox' || ext === '') yield* readFile(full, options, ext !== '');
    }
  }
}

/** A file is an mbox when named so or when it starts with a "From " line; otherwise one message. */
async function* readFile(file: string, options: ReadOptions, explicit: boolean): AsyncGenerator<SourceEntry> {
  let head: Uint8Array;
  let size: number;
  try {
    const handle = await open(file, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(Math.min(size, 4096));
      await handle.read(buffer, 0, buffer.length, 0);
      head = buffer;
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield { source: file, index: 0, error: 'unreadable', detail: describe(error) };
    return;
  }
  // A folder's extensionless files count only when they look like mail (contract: "parses as one RFC 822 message").
  if (!explicit && !looksLikeMail(head)) return;
  if (file.toLowerCase().endsWith('.mbox') || looksLikeMbox(head)) {
    for await (const entry of splitMbox(createReadStream(file, { highWaterMark: 1 << 20 }), { maxMessageBytes: options.maxMessageBytes })) {
      if ('raw' in entry) yield { source: file, index: entry.index, raw: entry.raw };
      else yield { source: file, index: entry.index, error: 'too_large', detail: `${entry.size} bytes` };
    }
    return;
  }
  if (size > options.maxMessageBytes) {
    yield { source: file, index: 0, error: 'too_large', detail: `${size} bytes` };
    return;
  }
  try {
    yield { source: file, index: 0, raw: await readWhole(file) };
  } catch (error) {
    yield { source: file, index: 0, error: 'unreadable', detail: describe(error) };
  }
}

function looksLikeMail(head: Uint8Array): boolean {
  const text = Buffer.from(head).toString('latin1');
  return /^From /.test(text) || /^[\x21-\x39\x3b-\x7e]+:[ \t]?\S/.test(text);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
