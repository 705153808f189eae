/**
 * What one run has seen so far: the same sender again within a week (seed: a buyer who keeps
 * sending inquiries is a scammer), and the same text from several senders (a broadcast).
 * Memory is bounded: old entries are dropped as the window moves.
 */
const WEEK_MS = 7 * 24 * 3600 * 1000;
const MAX_KEYS = 200_000;

export interface HistoryKey {
  sender: string;
  timeMs: number | null;
  textKey: string | null;
}

export class History {
  private readonly bySender = new Map<string, number[]>();
  private readonly sendersByText = new Map<string, Set<string>>();

  /** Records the message and returns what had been seen before it. */
  observe({ sender, timeMs, textKey }: HistoryKey): { recentFromSender: number; sameTextSenders: number } {
    let recentFromSender = 0;
    if (sender && timeMs !== null) {
      const times = (this.bySender.get(sender) ?? []).filter((t) => Math.abs(timeMs - t) < WEEK_MS);
      recentFromSender = times.length;
      times.push(timeMs);
      this.bySender.set(sender, times.slice(-20));
    }
    let sameTextSenders = 0;
    if (textKey && sender) {
      const senders = this.sendersByText.get(textKey) ?? new Set<string>();
      senders.add(sender);
      sameTextSenders = senders.size - 1;
      this.sendersByText.set(textKey, senders);
    }
    if (this.bySender.size > MAX_KEYS) this.bySender.clear();
    if (this.sendersByText.size > MAX_KEYS) this.sendersByText.clear();
    return { recentFromSender, sameTextSenders };
  }
}

/** Characters the fingerprint leaves out: digits, white space, punctuation. */
const IGNORED = /[\d\s\p{P}]/u;
/** IGNORED per UTF-16 code unit below U+10000, filled in as characters are met (0 = not yet known). */
const ignoredBmp = new Uint8Array(0x10000);

function isIgnored(codePoint: number): boolean {
  if (codePoint > 0xffff) return IGNORED.test(String.fromCodePoint(codePoint));
  let known = ignoredBmp[codePoint] ?? 0;
  if (known === 0) ignoredBmp[codePoint] = known = IGNORED.test(String.fromCharCode(codePoint)) ? 2 : 1;
  return known === 2;
}

/**
 * A fingerprint of the body that ignores case, spacing, digits and the greeting line:
 * the first 4,000 characters lower-cased, a first line of up to 40 characters dropped, digits,
 * white space and punctuation left out, then the length of what remains and an FNV-1a hash of
 * its first 4,000 code units. Computed in one pass, without building the remaining text.
 */
export function textFingerprint(text: string): string | null {
  const lower = text.slice(0, 4000).toLowerCase();
  let length = 0;
  let hash = 0x811c9dc5;
  for (let i = afterGreetingLine(lower); i < lower.length; ) {
    const codePoint = lower.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (!isIgnored(codePoint)) {
      for (let k = i; k < i + width; k++, length++) {
        if (length < 4000) hash = Math.imul(hash ^ lower.charCodeAt(k), 0x01000193) >>> 0;
      }
    }
    i += width;
  }
  return length < 60 ? null : `${length}:${hash.toString(16)}`;
}

/** Where /^.{0,40}\n/ stops matching: after a first line of at most 40 characters, else 0. */
function afterGreetingLine(text: string): number {
  for (let i = 0; i <= 40 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) return i + 1;
    if (code === 0x0d || code === 0x2028 || code === 0x2029) return 0;
  }
  return 0;
}
