/**
 * Caps for untrusted mail. Each is named and validated: a bad value must fail loudly, because
 * treating it as "no limit" would let one crafted message stall a whole import.
 */
export interface ParseLimits {
  /** Largest raw message we parse (bytes). Larger ones produce a parse.error line. */
  maxMessageBytes: number;
  /** Most MIME parts in one message. */
  maxParts: number;
  /** Deepest multipart / message/rfc822 nesting. */
  maxDepth: number;
  /** Most characters of text handed to signals and extraction (the rest is not read). */
  maxTextChars: number;
  /**
   * Most characters of a subject, a display name or an address handed on (the rest is not read). Headers may
   * hold 2 MB; a pattern that backtracks over a long run of letters costs the square of its length there.
   */
  maxHeaderChars: number;
}

export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxMessageBytes: 96 * 1024 * 1024,
  maxParts: 2000,
  maxDepth: 32,
  maxTextChars: 200_000,
  maxHeaderChars: 1_000,
});

export function resolveLimits(overrides: Partial<ParseLimits> = {}): ParseLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TypeError(`limit ${name} must be a positive integer, got ${String(value)}`);
    }
  }
  return limits;
}
