import type { Link } from '../model/message.js';
import { eachMatch } from '../each-match.js';

// An apostrophe may sit inside a path ("PO.'2467.rar"); one that closes a quote is trimmed with the punctuation.
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"()\][]{2,2000}/gi;
// What ends a sentence or wraps a link in plain text ("see www.x.com.", "*www.x.com*", "'http://x'"), not part of it.
const TRAILING = /[.,;:!?*_'~]+$/;

export function hostOf(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`;
  return parsedHost(withScheme) ?? parsedHost(withEscapedAuthorityDecoded(withScheme)) ?? '';
}

function parsedHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
}

// A host and port written in %-escapes ("http://%31%39%35%2E…:%38%37/"): the URL parser decodes an escaped host
// but refuses an escaped port, and the link would then have no host for the signals to judge.
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i;
function withEscapedAuthorityDecoded(url: string): string {
  return url.replace(AUTHORITY, (_, scheme: string, authority: string) => {
    try {
      return scheme + decodeURIComponent(authority);
    } catch {
      return scheme + authority;
    }
  });
}

// %-escapes of characters that never need escaping (letters, digits, dot, hyphen) in the part before the path:
// only a link that hides its real host writes them (SpamAssassin's HTTP_ESCAPED_HOST).
const ESCAPED_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*%(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2[de])/i;

/** Whether a URL spells its host (or port) with needless %-escapes. */
export function hasEscapedHost(url: string): boolean {
  return ESCAPED_HOST.test(url);
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
