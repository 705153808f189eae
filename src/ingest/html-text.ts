import { decodeHTML } from 'entities';
import type { Link } from '../model/message.js';
import { hostOf } from './links.js';
import { eachMatch } from '../each-match.js';

// Regex-based on purpose: mail HTML is often broken, and a DOM parser costs ~100× more per message.
const INVISIBLE = /<(script|style|head|title|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BLOCK_BREAK = /<\s*(br|\/p|\/div|\/li|\/tr|\/h[1-6]|\/table|p|div|tr|li|h[1-6])\b[^>]*>/gi;
const CELL_BREAK = /<\s*\/t[dh]\s*>/gi;
const TAG = /<[^>]{0,2000}>/g;
const ANCHOR = /<a\b([^>]{0,2000})>([\s\S]{0,2000}?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const FORM_ACTION = /<form\b[^>]{0,2000}?\baction\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
// An image map's areas are links too: a lure can show a picture of a bank's page whose every pixel goes elsewhere.
const AREA_HREF = /<area\b[^>]{0,2000}?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export function htmlToText(html: string): string {
  const text = html
    .replace(INVISIBLE, ' ')
    .replace(BLOCK_BREAK, '\n')
    .replace(CELL_BREAK, '\t')
    .replace(TAG, '');
  return tidyBlanks(decodeHTML(text));
}

/**
 * Runs of blanks become one space, the spaces around a line break go, and at most one blank line is left.
 * The first two patterns match only what changes (a lone space stays as it is): rewriting every space and line
 * break took twice as long on a page of text.
 */
export function tidyBlanks(text: string): string {
  return text
    .replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ')
    .replace(/ \n ?|\n /g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Every <a href> with its visible text, every <form action> and every image-map <area href>, as links. An area
 * inside a link is what the click really opens: its text is the link it sits in, so a mismatch shows.
 */
export function htmlLinks(html: string): Link[] {
  const links: Link[] = [];
  const anchors: { start: number; end: number; url: string }[] = [];
  for (const match of eachMatch(ANCHOR, html)) {
    const href = HREF.exec(match[1] ?? '');
    const url = decodeHTML(href?.[1] ?? href?.[2] ?? href?.[3] ?? '').trim();
    if (!url || url.startsWith('#') || /^mailto:|^tel:|^cid:/i.test(url)) continue;
    const text = decodeHTML((match[2] ?? '').replace(TAG, '')).replace(/\s+/g, ' ').trim();
    links.push({ url, host: hostOf(url), text });
    anchors.push({ start: match.index, end: match.index + match[0].length, url });
  }
  for (const [pattern, text] of [[FORM_ACTION, '<form>'], [AREA_HREF, '<area>']] as const) {
    for (const match of eachMatch(pattern, html)) {
      const url = decodeHTML(match[1] ?? match[2] ?? match[3] ?? '').trim();
      if (!url || url.startsWith('#') || /^mailto:|^tel:/i.test(url)) continue;
      const around = pattern === AREA_HREF ? anchors.find((a) => a.start < match.index && match.index < a.end) : undefined;
      links.push({ url, host: hostOf(url), text: around?.url ?? text });
    }
  }
  return links;
}
