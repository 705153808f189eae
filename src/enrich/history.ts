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

/** A fingerprint of the body that ignores case, spacing, digits and the greeting line. */
export function textFingerprint(text: string): string | null {
  const core = text.slice(0, 4000).toLowerCase().replace(/^.{0,40}\n/, '').replace(/[\d\s\p{P}]+/gu, '');
  if (core.length < 60) return null;
  let hash = 0x811c9dc5;
  for (let i = 0; i < Math.min(core.length, 4000); i++) hash = Math.imul(hash ^ core.charCodeAt(i), 0x01000193) >>> 0;
  return `${core.length}:${hash.toString(16)}`;
}
