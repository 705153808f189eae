import { useMemo } from 'react';
import { evidencePattern } from './evidence-pattern';

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

function split(text: string, evidence: string[]): { text: string; hit: boolean }[] {
  const pattern = evidencePattern(evidence);
  if (!pattern) return [{ text, hit: false }];
  return text
    .split(pattern)
    .map((piece, i) => ({ text: piece, hit: i % 2 === 1 }))
    .filter((part) => part.text.length > 0);
}
