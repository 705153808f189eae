/**
 * Streaming mbox splitter (mboxo and mboxrd).
 *
 * Works on bytes only: a mailbox mixes charsets (GBK, Big5, UTF-8…) and decoding it as one string
 * would corrupt messages and cost memory. All searching is done with Buffer.indexOf, which runs in
 * native code; JS only touches the few places where a match was found.
 *
 * Rules:
 * - A message starts at a line beginning with "From " at the start of the stream or after any "\n".
 *   Exports from Thunderbird or Gmail Takeout don't always put a blank line before it, and a body
 *   line starting with "From " is expected to have been quoted as ">From " by the writer.
 * - The "From " line is not part of the message, and the one newline in front of the next "From "
 *   line (or at the end of the stream) is dropped: writers add it as a separator.
 * - That newline is "\r\n" when the message's own "From " line ended in "\r\n" (a CRLF file), so a
 *   body that legitimately ends in a stray "\r" survives in an LF file.
 * - Lines matching /^>+From / lose one ">" (mboxrd). On an mboxo file this also unquotes
 *   ">From " lines that were original text; mboxo cannot tell them apart, so nothing better exists.
 * - Bytes before the first "From " line (a preamble, or a lone .eml fed in by mistake) become a
 *   message when they contain anything but whitespace: dropping them silently would lose mail.
 *   A preamble ends with "\r\n" or "\n" stripped, whichever is there.
 * - Empty messages between two "From " lines are yielded, so indexes match the separators.
 *
 * Input chunks must not be mutated after they are handed over (true of Node streams): message
 * pieces are kept as views of them until the message is complete and copied out.
 */

export type MboxEntry = { index: number; raw: Uint8Array } | { index: number; error: 'too_large'; size: number };

export interface MboxLimits {
  /** Messages larger than this (bytes, after unquoting) are counted, not buffered, and reported as too_large. */
  maxMessageBytes?: number;
}

export const DEFAULT_MAX_MBOX_MESSAGE_BYTES = 50 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const SEPARATOR = Buffer.from('From ');
const SEPARATOR_AFTER_NEWLINE = Buffer.from('\nFrom ');
const QUOTED_SEPARATOR = Buffer.from('>From ');
const EMPTY = Buffer.alloc(0);

/** Splits an mbox stream into raw messages, in order, without ever holding more than one message (plus one read chunk) in memory. */
export async function* splitMbox(input: AsyncIterable<Uint8Array>, limits: MboxLimits = {}): AsyncGenerator<MboxEntry> {
  const splitter = new MboxSplitter(resolveMaxMessageBytes(limits.maxMessageBytes));
  for await (const chunk of input) yield* splitter.push(chunk);
  yield* splitter.end();
}

/** True when the first line starts with "From ", the mboxo/mboxrd separator. */
export function looksLikeMbox(head: Uint8Array): boolean {
  return startsWithAt(asBuffer(head), 0, SEPARATOR);
}

/** A bad limit must fail loudly: reading it as "no limit" would let one huge message exhaust memory. */
function resolveMaxMessageBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_MBOX_MESSAGE_BYTES;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`maxMessageBytes must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/** One message being collected. Pieces are views into input chunks until the message is complete. */
class PendingMessage {
  private pieces: Buffer[] = [];
  private size = 0;
  private tooLarge = false;
  private sawNonWhitespace = false;
  /** Whether the newline dropped before the next separator may be "\r\n". */
  stripsCrlf: boolean;

  constructor(
    readonly isPreamble: boolean,
    private readonly maxBytes: number,
  ) {
    this.stripsCrlf = isPreamble;
  }

  add(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.isPreamble && !this.sawNonWhitespace) this.sawNonWhitespace = hasNonWhitespace(piece);
    this.size += piece.length;
    if (this.tooLarge) return;
    if (this.size > this.maxBytes) {
      this.tooLarge = true;
      this.pieces = [];
      return;
    }
    this.pieces.push(piece);
  }

  /** A preamble of blank lines is an artefact of the writer, not a message. */
  isWorthYielding(): boolean {
    return !this.isPreamble || this.sawNonWhitespace;
  }

  toEntry(index: number): MboxEntry {
    if (this.tooLarge) return { index, error: 'too_large', size: this.size };
    // Copying detaches the message from the (possibly much larger) input chunks it was cut from.
    return { index, raw: Buffer.concat(this.pieces, this.size) };
  }
}

class MboxSplitter {
  /** Unconsumed bytes that could still turn out to be (the newline before) a separator or a quoted one. */
  private tail: Buffer = EMPTY;
  private tailStartsLine = true;
  private insideSeparatorLine = false;
  private separatorLineEndedWithCr = false;
  private message: PendingMessage;
  private nextIndex = 0;

  constructor(private readonly maxBytes: number) {
    this.message = new PendingMessage(true, maxBytes);
  }

  *push(chunk: Uint8Array): Generator<MboxEntry> {
    const buf = this.tail.length === 0 ? asBuffer(chunk) : Buffer.concat([this.tail, chunk]);
    yield* this.scan(buf, false);
  }

  *end(): Generator<MboxEntry> {
    yield* this.scan(this.tail, true);
  }

  private *scan(buf: Buffer, isLast: boolean): Generator<MboxEntry> {
    let pos = 0;
    let startsLine = this.tailStartsLine;
    for (;;) {
      if (this.insideSeparatorLine) {
        const afterLine = this.skipSeparatorLine(buf, pos);
        if (afterLine < 0) {
          this.tail = EMPTY;
          if (isLast) yield* this.finishMessage();
          return;
        }
        pos = afterLine;
        startsLine = true;
      }
      const separator = findSeparator(buf, pos, startsLine);
      if (separator < 0) break;
      this.addContent(buf, pos, this.contentEndBeforeSeparator(buf, pos, separator), startsLine);
      yield* this.finishMessage();
      this.message = new PendingMessage(false, this.maxBytes);
      this.insideSeparatorLine = true;
      this.separatorLineEndedWithCr = false;
      pos = separator;
    }
    if (isLast) {
      this.addContent(buf, pos, this.contentEndAtEof(buf, pos), startsLine);
      yield* this.finishMessage();
      return;
    }
    const holdFrom = holdBackStart(buf, pos, startsLine);
    this.addContent(buf, pos, holdFrom, startsLine);
    this.tail = buf.subarray(holdFrom);
    this.tailStartsLine = holdFrom === pos && startsLine;
  }

  /** Returns the offset after the separator line's "\n", or -1 when the line continues in the next chunk. */
  private skipSeparatorLine(buf: Buffer, pos: number): number {
    const newline = buf.indexOf(LF, pos);
    if (newline < 0) {
      if (buf.length > pos) this.separatorLineEndedWithCr = buf[buf.length - 1] === CR;
      return -1;
    }
    this.message.stripsCrlf = newline > pos ? buf[newline - 1] === CR : this.separatorLineEndedWithCr;
    this.insideSeparatorLine = false;
    return newline + 1;
  }

  private contentEndBeforeSeparator(buf: Buffer, pos: number, separator: number): number {
    // A separator right at a line start with nothing before it: the newline belonged to the previous "From " line.
    if (separator === pos) return pos;
    return this.withoutTrailingCr(buf, pos, separator - 1);
  }

  private contentEndAtEof(buf: Buffer, pos: number): number {
    const end = buf.length;
    if (end > pos && buf[end - 1] === LF) return this.withoutTrailingCr(buf, pos, end - 1);
    return end;
  }

  private withoutTrailingCr(buf: Buffer, pos: number, end: number): number {
    return this.message.stripsCrlf && end > pos && buf[end - 1] === CR ? end - 1 : end;
  }

  private addContent(buf: Buffer, start: number, end: number, startsLine: boolean): void {
    if (end <= start) return;
    for (const piece of unquotedPieces(buf.subarray(start, end), startsLine)) this.message.add(piece);
  }

  private *finishMessage(): Generator<MboxEntry> {
    if (!this.message.isWorthYielding()) return;
    yield this.message.toEntry(this.nextIndex);
    this.nextIndex += 1;
  }
}

/** Offset of the "F" of the first separator at or after pos, or -1. */
function findSeparator(buf: Buffer, pos: number, startsLine: boolean): number {
  if (startsLine && startsWithAt(buf, pos, SEPARATOR)) return pos;
  const found = buf.indexOf(SEPARATOR_AFTER_NEWLINE, pos);
  return found < 0 ? -1 : found + 1;
}

/**
 * Where to stop consuming a chunk that holds no separator. The last, incomplete line is held back
 * when it could still become "From " or ">…>From ", together with its newline (and "\r"), which we
 * may have to drop. A trailing "\r" is always held, as the "\n" of a "\r\n" may be in the next chunk.
 */
function holdBackStart(buf: Buffer, pos: number, startsLine: boolean): number {
  const lastNewline = buf.lastIndexOf(LF);
  if (lastNewline >= pos && couldStillBeSeparator(buf, lastNewline + 1)) {
    return lastNewline > pos && buf[lastNewline - 1] === CR ? lastNewline - 1 : lastNewline;
  }
  if (lastNewline < pos && startsLine && couldStillBeSeparator(buf, pos)) return pos;
  return buf.length > pos && buf[buf.length - 1] === CR ? buf.length - 1 : buf.length;
}

/** True when the bytes from lineStart to the end are a proper prefix of /^>*From /. */
function couldStillBeSeparator(buf: Buffer, lineStart: number): boolean {
  let i = lineStart;
  while (i < buf.length && buf[i] === GT) i += 1;
  const rest = buf.length - i;
  return rest < SEPARATOR.length && buf.subarray(i).equals(SEPARATOR.subarray(0, rest));
}

/** Splits region around the ">" to drop from each /^>+From / line (mboxrd unquoting), without copying. */
function unquotedPieces(region: Buffer, startsLine: boolean): Buffer[] {
  const pieces: Buffer[] = [];
  let copiedUpTo = 0;
  let searchFrom = 0;
  for (;;) {
    const quote = region.indexOf(QUOTED_SEPARATOR, searchFrom);
    if (quote < 0) break;
    let runStart = quote;
    while (runStart > 0 && region[runStart - 1] === GT) runStart -= 1;
    const atLineStart = runStart === 0 ? startsLine : region[runStart - 1] === LF;
    if (atLineStart) {
      pieces.push(region.subarray(copiedUpTo, runStart));
      copiedUpTo = runStart + 1;
    }
    searchFrom = quote + QUOTED_SEPARATOR.length;
  }
  pieces.push(region.subarray(copiedUpTo));
  return pieces;
}

function hasNonWhitespace(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== LF && byte !== CR && byte !== 0x0b && byte !== 0x0c) return true;
  }
  return false;
}

function startsWithAt(buf: Buffer, at: number, prefix: Buffer): boolean {
  return buf.length - at >= prefix.length && buf.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
