/**
 * Text parts that do not say their charset. postal-mime then reads them as UTF-8, and a Chinese or Korean
 * mail from an old mailer becomes replacement characters. A browser would honour the page's own
 * <meta charset>; without one, the East Asian encodings exporters' mail comes in are tried in turn.
 */

/** Replacement characters from which a decoded text is taken as read with the wrong charset. */
const GARBLED = 10;
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})/i;
/** The charsets tried, in turn, for text that names none and garbles as UTF-8. */
export const FALLBACKS = ['gb18030', 'big5', 'euc-kr', 'shift_jis'];
// A Content-Type header with its folded lines ("Content-Type:\n text/html;;;"); the replacer keeps those that name a
// charset or a type other than text.
const CONTENT_TYPE_HEADER = /^content-type:(?:[^\r\n]|\r?\n[ \t])*/gim;

export function replacementCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) count++;
  return count;
}

export function looksGarbled(text: string): boolean {
  return replacementCount(text) >= GARBLED;
}

/** Charsets to try, best first: the page's own declaration, else the common East Asian ones. */
export function charsetCandidates(decoded: string): string[] {
  const declared = META_CHARSET.exec(decoded.slice(0, 4000))?.[1];
  return (declared ? [declared, ...FALLBACKS] : FALLBACKS).filter((label, i, all) => all.indexOf(label) === i && supported(label));
}

/** The raw message with `charset` added to every text part header that names none; null when there is none. */
export function withDefaultCharset(raw: Uint8Array, charset: string): Uint8Array | null {
  const source = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  let changed = false;
  const patched = source.replace(CONTENT_TYPE_HEADER, (header: string) => {
    const value = header.slice('content-type:'.length).replace(/\r?\n[ \t]+/g, ' ').trim();
    if (/charset\s*=/i.test(value) || (value !== '' && !/^(?:text\/|;)/i.test(value))) return header;
    changed = true;
    return `${value === '' ? `${header.trimEnd()} text/plain` : header.trimEnd()}; charset="${charset}"`;
  });
  return changed ? Buffer.from(patched, 'latin1') : null;
}

/** Whether Node's TextDecoder knows the label. */
export function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
