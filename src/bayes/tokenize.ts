import { eachMatch } from '../each-match.js';
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

function addWords(tokens: Set<string>, text: string, prefix: string): void {
  for (const match of eachMatch(WORD, text)) {
    const word = match[0].replace(/^['’-]+|['’-]+$/g, '');
    if (word.length < 2 || /^\d+$/.test(word)) continue;
    tokens.add(prefix + word);
  }
  for (const match of eachMatch(CJK_RUN, text)) {
    const run = match[0];
    for (let i = 0; i + 1 < run.length && i < 400; i++) tokens.add(prefix + run.slice(i, i + 2));
  }
}
