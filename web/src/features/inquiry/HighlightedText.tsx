import { useMemo } from 'react';

/**
 * The body as plain text with each piece of evidence marked. Everything goes through React text
 * nodes, so a message carrying <script>, onerror= or javascript: stays inert text.
 */
export function HighlightedText({ text, evidence }: { text: string; evidence: string[] }) {
  const parts = useMemo(() => split(text, evidence), [text, evidence]);
  return (
    <pre className="body" data-testid="body">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </pre>
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function split(text: string, evidence: string[]): { text: string; hit: boolean }[] {
  // Longest first, so "alibaba-login.xyz/verify" wins over "alibaba-login.xyz"; very short pieces would mark noise.
  const needles = [...new Set(evidence.map((e) => e.trim()).filter((e) => e.length >= 3))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return [{ text, hit: false }];
  const pattern = new RegExp(`(${needles.map(escape).join('|')})`, 'gi');
  // With one capturing group, split puts the matches at the odd places.
  return text
    .split(pattern)
    .map((piece, i) => ({ text: piece, hit: i % 2 === 1 }))
    .filter((part) => part.text.length > 0);
}
