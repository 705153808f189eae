/**
 * Shared text preparation for every extractor, done once per message.
 *
 * Only the first MAX_SCAN_CHARS of the body are scanned: buyers state what they want at the top,
 * and a hard cap keeps extraction linear and fast on hostile input (a 1 MB body costs the same as
 * a 6 KB one).
 */
export const MAX_SCAN_CHARS = 6_000;
/** Subjects are one line; anything longer is junk and is cut the same way. */
const MAX_SUBJECT_CHARS = 500;

export interface Scan {
  subject: string;
  /** Body without quoted replies, NFKC-normalised (full-width digits and colons become ASCII). */
  body: string;
  /** Subject and body joined by a newline: what most extractors read. */
  all: string;
  lines: string[];
  fromName: string;
  fromAddress: string;
}

/** Where a quoted earlier message starts: what follows was written by someone else, often the seller. */
const QUOTE_START = /^(?:-{2,} ?(?:original message|forwarded message|mensaje original|message d'origine)|on .{1,200} wrote:$|>)/i;

export function prepare(input: { subject: string; text: string; fromName: string; fromAddress: string }): Scan {
  const subject = compact(clean(safeString(input.subject).slice(0, MAX_SUBJECT_CHARS)).replace(/\s+/g, ' ').trim());
  const body = compact(stripQuoted(clean(safeString(input.text).slice(0, MAX_SCAN_CHARS))));
  const lines = body.split('\n');
  return {
    subject,
    body,
    all: subject ? `${subject}\n${body}` : body,
    lines,
    fromName: clean(safeString(input.fromName).slice(0, 200)).trim(),
    fromAddress: safeString(input.fromAddress).slice(0, 320).trim(),
  };
}

function safeString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Any character outside ASCII: text without one needs none of the rewrites in clean() but the line endings. */
const NON_ASCII = /[\u0080-\uFFFF]/;
/** A line that could start a quote (see QUOTE_START); most mail has none, and splitting it into lines is then wasted. */
const MAYBE_QUOTE = /^[^\S\n]*(?:--|on |>)/im;

function clean(text: string): string {
  if (!NON_ASCII.test(text)) return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // Lone surrogates make normalize() and some regexes misbehave; replace them first.
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return wellFormed
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    // Typographic quotes and dashes to ASCII: one curly apostrophe otherwise makes the whole string
    // two-byte in V8, and every later regex pass over it measurably slower (about 3x on a 1 KB mail).
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...');
}

/**
 * Re-create a Latin-1-only string in V8's one-byte form. Once a string has held a character above
 * U+00FF, replace() and slice() keep producing two-byte strings, and every regex pass over them is
 * about 4x slower; a Latin-1 round trip through a Buffer (~0.4 µs per KB, a JSON round trip took 2)
 * yields a fresh one-byte string with the same characters.
 */
function compact(text: string): string {
  return /[\u0100-\uFFFF]/.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

function stripQuoted(body: string): string {
  if (!MAYBE_QUOTE.test(body)) return body;
  const lines = body.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (QUOTE_START.test(trimmed)) {
      if (trimmed.startsWith('>')) continue;
      break;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/** Collapse whitespace and cut a phrase to a readable length on a word boundary. */
export function tidy(phrase: string, maxChars = 80): string {
  const flat = phrase.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return (space > maxChars / 2 ? cut.slice(0, space) : cut).trim();
}

/** Placeholders the corpus uses for removed personal data; they stand for a real value. */
export const PLACEHOLDER = /\[(?:NAME|PHONE|EMAIL|CONTACT|ADDRESS)\]/;
