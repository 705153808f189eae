import { isWhiteSpace } from '../regex/white-space.js';

/**
 * Plain-text mail is wrapped at about 72 characters, so a phrase may run across a line break ("o fundo\nfosse
 * recuperado"): the phrase lists read wrapped lines joined. A blank line still leaves a line break.
 *
 * The same result as text.replace(/[^\S\n]*\n[^\S\n]*(?=\S)/g, ' '), found from the line breaks alone: that
 * regex could start a match at any character and was tried at every one (under 1 % of all the work, but for
 * nothing). A line break with spaces around it becomes one space when a visible character follows.
 */
export function joinWrappedLines(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    let end = at + 1;
    while (end < text.length && isSpaceNotNewline(text.charCodeAt(end))) end++;
    if (end >= text.length || isWhiteSpace(text.charCodeAt(end))) continue;
    let start = at;
    while (start > copied && isSpaceNotNewline(text.charCodeAt(start - 1))) start--;
    out += `${text.slice(copied, start)} `;
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isSpaceNotNewline(code: number): boolean {
  return code !== 0x0a && isWhiteSpace(code);
}
