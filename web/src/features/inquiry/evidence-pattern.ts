/**
 * One pattern for the pieces of evidence a message's signals found (URL, phrase, file name), shared
 * by the text view and the HTML view so both mark the same things. With one capturing group,
 * `text.split(pattern)` puts the matches at the odd places.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function evidencePattern(evidence: string[]): RegExp | null {
  // Longest first, so "alibaba-login.xyz/verify" wins over "alibaba-login.xyz"; very short pieces would mark noise.
  const needles = [...new Set(evidence.map((e) => e.trim()).filter((e) => e.length >= 3))].sort((a, b) => b.length - a.length);
  return needles.length === 0 ? null : new RegExp(`(${needles.map(escape).join('|')})`, 'gi');
}
