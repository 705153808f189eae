// Node 20's TextDecoder decodes windows-1252 as ISO-8859-1, leaving bytes 0x80–0x9F as C1 control
// characters where Outlook meant €, “ ” ‘ ’ – — and friends. Real text never contains C1 controls,
// so mapping them back is safe for both labels (WHATWG treats ISO-8859-1 as windows-1252 too).
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

export function repairC1(text: string): string {
  return C1.test(text) ? text.replace(C1, (ch) => CP1252_C1[ch.charCodeAt(0) - 0x80] ?? ch) : text;
}
