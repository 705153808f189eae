/**
 * `(?!\s)`, written in front of a long alternation (ports, currency marks, units) that is reached
 * through optional parts such as "\s?" or "(?:port\s(?:of\s)?)?". Every alternative starts with a
 * non-space, so it changes no match; but V8's regex compiler otherwise emits the alternation again
 * for each way of reaching it (up to ten copies), and stops optimising regexes altogether once a
 * process holds more than 16 MB of machine code. Measured: 400 → 50 KB for a port regex.
 * Written as a negative lookahead: Node 20's native code for the positive form `(?=\S)` missed matches the
 * interpreter found ("3k40" once a regex had run twice); the property test in non-space-next.test.ts caught it.
 */
export const NON_SPACE_NEXT = String.raw`(?!\s)`;
