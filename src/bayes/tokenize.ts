// Words of 2–24 letters (any script), money and percent tokens, and CJK character pairs:
// Chinese has no spaces, so pairs stand in for words.
const WORD = /[\p{L}\p{N}$€£¥%'’-]{2,24}/gu;
const CJK_RUN = /[\u3400-\u9fff]{2,}/gu;
const MAX_CHARS = 8_000;

export function tokenize(subject: string, text: string): Set<string> {
  const tokens = new Set<string>();
  eachToken(subject, text, (token) => tokens.add(token));
  return tokens;
}

/**
 * Every token of the message in tokenize's order, repeats included: for a caller that needs only
 * some of them (the model's clues) and so need not build the set of all.
 */
export function eachToken(subject: string, text: string, visit: (token: string) => void): void {
  addWords(visit, subject.toLowerCase(), 's:');
  addWords(visit, text.slice(0, MAX_CHARS).toLowerCase(), '');
}

// String.match with a global regex reuses the one regex object (matchAll would copy it every call).
function addWords(visit: (token: string) => void, text: string, prefix: string): void {
  for (const match of text.match(WORD) ?? []) {
    // Most words neither start nor end with ' ’ - and have a letter first: skip the regexes for them.
    const word = isTrimmable(match.charCodeAt(0)) || isTrimmable(match.charCodeAt(match.length - 1)) ? match.replace(/^['’-]+|['’-]+$/g, '') : match;
    if (word.length < 2 || (isDigit(word.charCodeAt(0)) && /^\d+$/.test(word))) continue;
    visit(prefix + word);
  }
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length && i < 400; i++) visit(prefix + run.slice(i, i + 2));
  }
}

const isTrimmable = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
