import { evidencePattern } from './evidence-pattern';

/**
 * Marks each piece of evidence in a sanitised mail's text (sanitize-mail.ts), as the text view
 * does, so the HTML view shows the same reasons in place. Only text nodes are split and only
 * <mark> elements are made: no markup from the evidence is ever parsed.
 */
export function markEvidence(root: Element, evidence: string[]): void {
  const pattern = evidencePattern(evidence);
  const body = root.querySelector('body');
  if (!pattern || !body) return;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || node.parentElement?.closest('style')) continue;
    pattern.lastIndex = 0;
    if (pattern.test(node.data)) hits.push(node);
  }
  for (const node of hits) {
    const pieces = node.data
      .split(pattern)
      .map((text, i) => ({ text, hit: i % 2 === 1 }))
      .filter((piece) => piece.text.length > 0);
    node.replaceWith(
      ...pieces.map(({ text, hit }) => {
        if (!hit) return doc.createTextNode(text);
        const mark = doc.createElement('mark');
        mark.textContent = text;
        return mark;
      }),
    );
  }
}
