// Words of 2–24 letters (any script), money and percent tokens, and CJK character pairs:
// Chinese has no spaces, so pairs stand in for words.
const WORD = /[\p{L}\p{N}$€£¥%'’-]{2,24}/gu;
const CJK_RUN = /[\u3400-\u9fff]{2,}/gu;
const MAX_CHARS = 8_000;

export function tokenize(subject: string, text: string): Set<string> {
  const tokens = new Set<string>();
  addWords(tokens, subject.toLowerCase(), 's:');
  addWords(tokens, text.slice(0, MAX_CHARS).toLowerCase(), '');
  return tokens;
}

// String.match with a global regex reuses the one regex object (matchAll would copy it every call).
function addWords(tokens: Set<string>, text: string, prefix: string): void {
  for (const match of text.match(WORD) ?? []) {
    // Most words neither start nor end with ' ’ - and have a letter first: skip the regexes for them.
    const word = isTrimmable(match.charCodeAt(0)) || isTrimmable(match.charCodeAt(match.length - 1)) ? match.replace(/^['’-]+|['’-]+$/g, '') : match;
    if (word.length < 2 || (isDigit(word.charCodeAt(0)) && /^\d+$/.test(word))) continue;
    tokens.add(prefix + word);
  }
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length && i < 400; i++) tokens.add(prefix + run.slice(i, i + 2));
  }
}

const isTrimmable = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
