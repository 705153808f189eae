import type { Link } from '../model/message.js';
import { eachMatch } from '../each-match.js';

// An apostrophe may sit inside a path ("PO.'2467.rar"); one that closes a quote is trimmed with the punctuation.
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"()\][]{2,2000}/gi;
// What ends a sentence or wraps a link in plain text ("see www.x.com.", "*www.x.com*", "'http://x'"), not part of it.
const TRAILING = /[.,;:!?*_'~]+$/;

export function hostOf(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`;
  try {
    return new URL(withScheme).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

/** URLs written out in plain text (not inside HTML tags). */
export function textLinks(text: string): Link[] {
  const links: Link[] = [];
  for (const match of eachMatch(BARE_URL, text)) {
    const url = match[0].replace(TRAILING, '');
    links.push({ url, host: hostOf(url), text: '' });
  }
  return links;
}
