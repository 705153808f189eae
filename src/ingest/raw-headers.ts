/**
 * Old mailers (Chinese, Korean, Japanese, Russian) put a subject or sender name in the header as raw 8-bit
 * text in the mail's charset, not as an encoded word. postal-mime reads those bytes as UTF-8 and the subject
 * comes out as replacement characters. A mail client would read them in the charset the message declares;
 * without one, the East Asian encodings are tried in turn, as for unlabelled bodies (charset.ts).
 */
import { FALLBACKS, supported } from './charset.js';

// In a header or a page's <meta>, also quoted-printable ("charset=3Dbig5"). Unknown labels ("CHINESEBIG5") are skipped.
const DECLARED_CHARSET = /charset\s*=\s*(?:3D)?["']?([\w.:-]{2,40})/gi;
/** How far into the message declarations are looked for. */
const DECLARATIONS_WINDOW = 16 * 1024;
/** Header blocks longer than this are not searched (the limits elsewhere reject such mail anyway). */
const MAX_HEADER_BYTES = 64 * 1024;

/** The raw value of the first `name` header (folding joined), as bytes; null when absent. */
function rawHeaderValue(header: Buffer, name: string): Buffer | null {
  const text = header.toString('latin1');
  const match = new RegExp(`^${name}:[ \\t]*((?:[^\\r\\n]|\\r?\\n[ \\t])*)`, 'im').exec(text);
  return match?.[1] === undefined ? null : Buffer.from(match[1].replace(/\r?\n[ \t]+/g, ' '), 'latin1');
}

function headerBlock(raw: Uint8Array): Buffer {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, MAX_HEADER_BYTES));
  // The first blank line ends the header, whichever line ending the mail uses.
  const ends = [bytes.indexOf('\n\n'), bytes.indexOf('\r\n\r\n')].filter((at) => at >= 0);
  return ends.length > 0 ? bytes.subarray(0, Math.min(...ends)) : bytes;
}

function decodeStrict(bytes: Buffer, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null; // not this charset, or a label Node does not know
  }
}

/**
 * Reads a header again from the raw bytes when postal-mime's reading has replacement characters: in the
 * charset the message declares first, then the fallbacks; the first reading without errors wins. Returns
 * null when the header is not raw 8-bit text or no charset reads it.
 */
export function rereadRawHeader(raw: Uint8Array, name: 'subject' | 'from'): string | null {
  const header = headerBlock(raw);
  const value = rawHeaderValue(header, name);
  if (!value || !value.some((byte) => byte >= 0x80)) return null;
  for (const label of new Set([...declaredCharsets(raw), ...FALLBACKS])) {
    const text = decodeStrict(value, label);
    if (text !== null && !/[\u0080-\u009f]/.test(text)) return text.trim();
  }
  return null;
}

/** The charsets the message declares, in order of appearance, that Node can decode. */
function declaredCharsets(raw: Uint8Array): string[] {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, DECLARATIONS_WINDOW)).toString('latin1');
  return [...head.matchAll(DECLARED_CHARSET)].map((m) => (m[1] ?? '').toLowerCase())
    .filter((label) => !/^(?:us-)?ascii$/.test(label) && supported(label)); // 8-bit text is not ASCII, whatever the header says
}

/** The display name of a From value read as text: what stands before the address, unquoted. */
export function displayNameOf(from: string): string {
  const lt = from.lastIndexOf('<');
  return (lt > 0 ? from.slice(0, lt) : '').trim().replace(/^"|"$/g, '').trim();
}
