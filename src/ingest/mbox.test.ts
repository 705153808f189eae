import test from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { SHARED_CORPUS } from '../../scripts/corpora.js';
import { DEFAULT_MAX_MBOX_MESSAGE_BYTES, looksLikeMbox, splitMbox, type MboxEntry } from './mbox.js';

const NAZARIO_MBOX = path.join(SHARED_CORPUS, 'nazario/phishing0.mbox');

/** Feeds sync test data through an async iterator, as a file stream would. */
function streamOf(chunks: Iterable<Buffer>): AsyncIterable<Buffer> {
  const iterator = chunks[Symbol.iterator]();
  return { [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve(iterator.next()) }) };
}

function chunked(bytes: Buffer, sizes: number[] = [bytes.length]): AsyncIterable<Buffer> {
  return streamOf(cut(bytes, sizes));
}

function* cut(bytes: Buffer, sizes: number[]): Generator<Buffer> {
  let offset = 0;
  for (let i = 0; offset < bytes.length; i += 1) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

async function collect(input: AsyncIterable<Uint8Array>, maxMessageBytes?: number): Promise<MboxEntry[]> {
  const entries: MboxEntry[] = [];
  for await (const entry of splitMbox(input, { maxMessageBytes })) entries.push(entry);
  return entries;
}

function rawText(entry: MboxEntry | undefined): string {
  assert.ok(entry && 'raw' in entry, `expected a message, got ${JSON.stringify(entry)}`);
  return Buffer.from(entry.raw).toString('latin1');
}

async function splitText(text: string, sizes?: number[], maxMessageBytes?: number): Promise<MboxEntry[]> {
  return collect(chunked(Buffer.from(text, 'latin1'), sizes), maxMessageBytes);
}

/** What an mboxrd writer does: quote every line matching /^>*From / with one more ">". */
function buildMbox(bodies: string[], newline: '\n' | '\r\n'): Buffer {
  const quoted = bodies.map((body) => body.replace(/(?<=^|\n)(>*From )/g, '>$1'));
  const text = quoted.map((body) => `From sender@example.com Mon Jan  1 00:00:00 2024${newline}${body}${newline}`).join('');
  return Buffer.from(text, 'latin1');
}

function messageIdOf(raw: string): string | undefined {
  const headers = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return /^message-id:\s*(\S+)/im.exec(headers)?.[1];
}

test('splits the Nazario phishing mbox into its 414 messages, in order', async () => {
  const entries = await collect(createReadStream(NAZARIO_MBOX));
  assert.equal(entries.length, 414);
  assert.deepEqual(entries.map((e) => e.index), entries.map((_, i) => i));
  const expected: [number, string][] = [
    [0, '<LCCOVYFMRBWQCHUDWYCOYUW@hotmail.com>'],
    [1, '<20041127192251.E0F57187C61@mail2.domain.com>'],
    [99, '<20050209035402.2FA177C131@L145-MAC18.local>'],
    [299, '<20050506151026.46A5A85B0CE@mail1.domain.com>'],
    [413, '<USSTVNONTYCQKULUHNEDZS@hotmail.com>'],
  ];
  for (const [index, messageId] of expected) assert.equal(messageIdOf(rawText(entries[index])), messageId, `message ${index}`);
  const first = rawText(entries[0]);
  assert.ok(first.startsWith('Return-Path: <aw-confirm@ebay.com>\n'), 'the "From " line is not part of the message');
  assert.ok(!first.endsWith('\n\n'), 'the separating blank line is dropped');
});

test('the Nazario mbox splits the same when cut into tiny chunks', async () => {
  const bytes = readFileSync(NAZARIO_MBOX);
  const whole = await collect(chunked(bytes));
  assert.deepEqual(await collect(chunked(bytes, [7, 1, 13, 250, 2])), whole);
});

test('unquotes mboxrd ">From " lines and leaves other ">" alone', async () => {
  const [entry] = await splitText('From a\n>From x\n>>From y\n> From z\nsay >From w\n>Fromage\n');
  assert.equal(rawText(entry), 'From x\n>From y\n> From z\nsay >From w\n>Fromage');
});

test('a "From " line without a blank line before it still starts a message (Thunderbird, Takeout)', async () => {
  const entries = await splitText('From a\nSubject: one\n\nbody\nFrom b\nSubject: two\n\nbody2\n');
  assert.deepEqual(entries.map(rawText), ['Subject: one\n\nbody', 'Subject: two\n\nbody2']);
});

test('CRLF files: the "\\r\\n" before the next separator is dropped, inner CRLFs kept', async () => {
  const text = 'From a\r\nSubject: one\r\n\r\nline\r\n>From me\r\n\r\nFrom b\r\nSubject: two\r\n\r\nbody\r\n\r\n';
  for (const sizes of [[text.length], [1], [2, 3]]) {
    const entries = await splitText(text, sizes);
    assert.deepEqual(entries.map(rawText), ['Subject: one\r\n\r\nline\r\nFrom me\r\n', 'Subject: two\r\n\r\nbody\r\n']);
  }
});

test('a message over maxMessageBytes is reported with its size and skipped', async () => {
  const big = 'x'.repeat(1000);
  const text = `From a\nsmall one\n\nFrom b\n${big}\n\nFrom c\nsmall two\n`;
  for (const sizes of [[text.length], [1], [64]]) {
    const entries = await splitText(text, sizes, 100);
    assert.deepEqual(entries[1], { index: 1, error: 'too_large', size: big.length + 1 });
    assert.equal(rawText(entries[0]), 'small one\n');
    assert.equal(rawText(entries[2]), 'small two');
  }
});

test('the default size limit is a named constant and bad limits throw', async () => {
  assert.equal(DEFAULT_MAX_MBOX_MESSAGE_BYTES, 50 * 1024 * 1024);
  await assert.rejects(splitText('From a\n', undefined, -1), TypeError);
  await assert.rejects(splitText('From a\n', undefined, 1.5), TypeError);
});

test('empty input and blank preamble yield no messages', async () => {
  assert.deepEqual(await splitText(''), []);
  assert.deepEqual(await splitText('\n\r\n  \n'), []);
});

test('text before the first separator becomes message 0 rather than being lost', async () => {
  const entries = await splitText('Subject: stray\n\nhello\nFrom a\nbody\n');
  assert.deepEqual(entries.map(rawText), ['Subject: stray\n\nhello', 'body']);
  assert.deepEqual(entries.map((e) => e.index), [0, 1]);
});

test('empty messages between separators keep their index', async () => {
  const entries = await splitText('From a\nFrom b\n\nFrom c\nbody\n');
  assert.deepEqual(entries.map(rawText), ['', '', 'body']);
});

test('looksLikeMbox checks for the separator on the first line', () => {
  assert.equal(looksLikeMbox(Buffer.from('From x@y Sat Nov 27 15:33:27 2004\n')), true);
  assert.equal(looksLikeMbox(new TextEncoder().encode('From ')), true);
  assert.equal(looksLikeMbox(Buffer.from('Received: from x\n')), false);
  assert.equal(looksLikeMbox(Buffer.from('From:')), false);
  assert.equal(looksLikeMbox(new Uint8Array()), false);
});

const trickyLine = fc.oneof(
  fc.constantFrom('From me', 'From ', '>From x', '>>From y', '>>>From ', '>', '>>', 'From', 'Fro', '', 'x\r', '\r', ' From x', 'a>From b', 'a>>From '),
  fc.string({ maxLength: 12 }),
  fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);
const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 });

test('property: any chunking of an LF mboxrd stream gives back the original messages', async () => {
  const body = fc.array(trickyLine, { maxLength: 8 }).map((lines) => lines.join('\n'));
  await fc.assert(
    fc.asyncProperty(fc.array(body, { maxLength: 6 }), chunkSizes, async (bodies, sizes) => {
      const entries = await collect(chunked(buildMbox(bodies, '\n'), sizes));
      assert.deepEqual(entries.map(rawText), bodies);
    }),
    { numRuns: 500 },
  );
});

test('property: any chunking of a CRLF mboxrd stream gives back the original messages', async () => {
  const crlfLine = trickyLine.map((line) => line.replace(/[\r\n]/g, ''));
  const body = fc.array(crlfLine, { maxLength: 8 }).map((lines) => lines.join('\r\n'));
  await fc.assert(
    fc.asyncProperty(fc.array(body, { maxLength: 6 }), chunkSizes, async (bodies, sizes) => {
      const entries = await collect(chunked(buildMbox(bodies, '\r\n'), sizes));
      assert.deepEqual(entries.map(rawText), bodies);
    }),
    { numRuns: 300 },
  );
});

test('property: random bytes never throw and chunking never changes the result', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), chunkSizes, fc.integer({ min: 0, max: 64 }), async (bytes, sizes, max) => {
      const input = Buffer.from(bytes);
      const whole = await collect(chunked(input), max);
      assert.deepEqual(await collect(chunked(input, sizes), max), whole);
      const total = whole.reduce((sum, e) => sum + ('raw' in e ? e.raw.length : e.size), 0);
      assert.ok(total <= input.length);
    }),
    { numRuns: 500 },
  );
});

/** 80 MB of ordinary messages, then one 120 MB message, generated lazily from reused chunks. */
function* twoHundredMegabytes(): Generator<Buffer> {
  const message = `From a@example.com Mon Jan  1 00:00:00 2024\nSubject: hi\n\n${'line of text\n'.repeat(300)}\n`;
  const normalChunk = Buffer.from(message.repeat(Math.floor(65536 / message.length)));
  for (let sent = 0; sent < 80e6; sent += normalChunk.length) yield normalChunk;
  yield Buffer.from('From big@example.com Mon Jan  1 00:00:00 2024\n');
  const bigChunk = Buffer.alloc(65536, 'abcdefghijklmnopqrstuvwxyz0123456789\n');
  for (let sent = 0; sent < 120e6; sent += bigChunk.length) yield bigChunk;
  yield Buffer.from('\nFrom last@example.com Mon Jan  1 00:00:00 2024\nthe end\n');
}

test('a 200 MB stream with a 120 MB message is split in flat memory', async () => {
  const before = process.memoryUsage();
  let messages = 0;
  let tooLarge: MboxEntry | undefined;
  let peakRss = before.rss;
  for await (const entry of splitMbox(streamOf(twoHundredMegabytes()), { maxMessageBytes: 8 * 1024 * 1024 })) {
    if ('error' in entry) tooLarge = entry;
    else messages += 1;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const after = process.memoryUsage();
  assert.ok(messages > 10_000, `only ${messages} messages`);
  assert.equal(tooLarge && 'size' in tooLarge && tooLarge.size > 120e6, true);
  const megabytes = (n: number) => Math.round(n / 1e6);
  assert.ok(peakRss - before.rss < 100e6, `rss grew by ${megabytes(peakRss - before.rss)} MB`);
  assert.ok(after.heapUsed - before.heapUsed < 100e6, `heap grew by ${megabytes(after.heapUsed - before.heapUsed)} MB`);
});
