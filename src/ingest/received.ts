/**
 * Received: header parsing and the sender's originating IP.
 *
 * Received lines are free text written by many MTAs (Postfix, Sendmail, Exim, qmail, Exchange,
 * Gmail), so parsing is tolerant: anything unreadable becomes a hop with empty fields, never an error.
 */
import { BlockList, isIP, isIPv4 } from 'node:net';
import type { ReceivedHop } from '../model/message.js';
import { eachMatch } from '../each-match.js';
import { isWhiteSpace } from '../regex/white-space.js';

type Token = { kind: 'word' | 'comment'; text: string };

const CLAUSE_KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);
const BRACKETED_IP = /\[(?:ipv6:)?([^\]\s]+)\]/i;
const BARE_IP = /(?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?)(?![\w.:])/gi;

/** Parses Received header values, topmost (newest) first; the result keeps that order. */
export function parseReceived(values: string[]): ReceivedHop[] {
  return values.map(parseHop);
}

/**
 * The sender's public IP, or null.
 *
 * Why bottom-up: every relay prepends its line, so the oldest (bottom) line with a public
 * connecting IP is the hop closest to the sender: the sender's own client when its provider
 * records it, else the provider's outgoing MTA (Gmail hides client IPs; that is acceptable, it
 * still places the mail). Walking top-down to the "last external" hop (SpamAssassin's approach)
 * would instead yield the last relay before the recipient, which for forwarded or list mail is the
 * forwarder, not the sender. The cost: lines below the recipient's MX are written by the sender
 * side and can be forged; callers that need a tamper-proof IP should pass their relays in
 * trustedIps and treat the answer as a hint, not proof.
 *
 * Hops from private, loopback, link-local, CGNAT or reserved addresses are skipped (they only
 * describe someone's internal network), as are trustedIps (e.g. the recipient's own relays).
 */
export function originatingIp(hops: ReceivedHop[], opts: { trustedIps?: string[] } = {}): string | null {
  const trusted = new Set((opts.trustedIps ?? []).map(normalizeIp).filter((ip): ip is string => ip !== null));
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const ip = hops[i]?.ip;
    if (ip && isPublicIp(ip) && !trusted.has(ip)) return ip;
  }
  return null;
}

/** True for a syntactically valid IPv4/IPv6 address that is globally routable unicast. */
export function isPublicIp(ip: string): boolean {
  const address = normalizeIp(ip);
  if (address === null) return false;
  if (isIPv4(address)) return !inBlocks(ipv4Number(address), NON_PUBLIC_V4);
  return GLOBAL_UNICAST_V6.check(address, 'ipv6') && !NON_PUBLIC_V6.check(address, 'ipv6');
}

/**
 * IANA special-purpose IPv4 blocks (RFC 6890 and successors), as [first address, prefix length].
 * Checked as numbers: BlockList builds a SocketAddress for every check, which cost more than
 * parsing the rest of the Received lines.
 */
const NON_PUBLIC_V4: ReadonlyArray<readonly [number, number]> = ([
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const).map(([network, prefix]) => [ipv4Number(network), prefix] as const);

/** A dotted IPv4 address (already validated) as an unsigned 32-bit number. */
function ipv4Number(address: string): number {
  return address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

function inBlocks(ip: number, blocks: ReadonlyArray<readonly [number, number]>): boolean {
  return blocks.some(([network, prefix]) => Math.floor(ip / 2 ** (32 - prefix)) === Math.floor(network / 2 ** (32 - prefix)));
}
/** Only 2000::/3 is allocated for global unicast; ULA, link-local, multicast and loopback all lie outside it. */
const GLOBAL_UNICAST_V6 = blockList('ipv6', [['2000::', 3]]);
/** Documentation and ORCHID blocks carved out of 2000::/3. */
const NON_PUBLIC_V6 = blockList('ipv6', [['2001:db8::', 32], ['2001:10::', 28], ['2001:20::', 28], ['3fff::', 20]]);

function blockList(family: 'ipv4' | 'ipv6', subnets: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of subnets) list.addSubnet(network, prefix, family);
  return list;
}

/** Lower-cases, drops an "IPv6:" tag or zone id, and turns IPv4-mapped IPv6 into IPv4; null when not an IP. */
function normalizeIp(raw: string): string | null {
  const ip = raw.trim().replace(/^ipv6:/i, '').replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip)?.[1];
  if (mapped !== undefined) return isIPv4(mapped) ? mapped : null;
  return isIP(ip) === 0 ? null : ip;
}

function parseHop(value: string): ReceivedHop {
  const tokens = tokenize(value);
  const fromClause = clause(tokens, 'from');
  const byClause = clause(tokens, 'by');
  const fromHost = fromClause.find((t) => t.kind === 'word')?.text ?? '';
  return { from: fromHost, ip: connectingIp(fromClause, fromHost), by: byClause.find((t) => t.kind === 'word')?.text ?? '' };
}

/**
 * The IP the receiving MTA saw. MTAs put it in a comment (Postfix/Sendmail "(rdns [ip])",
 * Exchange "(ip)", qmail "(HELO x) (ip)"); the first word is usually the HELO name, which the
 * client chose, so words are only read when no comment has an address (Exim "from [ip] (helo=x)",
 * fetchmail "from host [ip]", bare "from 1.2.3.4 by").
 */
function connectingIp(fromClause: Token[], fromHost: string): string | null {
  const comments = fromClause.filter((t) => t.kind === 'comment' && !isHeloComment(t.text)).map((t) => t.text);
  for (const comment of comments) {
    const ip = bracketedIp(comment);
    if (ip) return ip;
  }
  for (const comment of comments) {
    const ip = bareIp(comment);
    if (ip) return ip;
  }
  for (const word of fromClause.filter((t) => t.kind === 'word')) {
    const ip = bracketedIp(word.text);
    if (ip) return ip;
  }
  return normalizeIp(fromHost);
}

/** "(HELO 10.0.0.1)" and "(helo=x)" carry the client's own claim, not an observed address. */
function isHeloComment(text: string): boolean {
  return /^\s*(?:helo|ehlo)\b/i.test(text);
}

function bracketedIp(text: string): string | null {
  const inside = BRACKETED_IP.exec(text)?.[1];
  return inside === undefined ? null : normalizeIp(inside);
}

function bareIp(text: string): string | null {
  for (const match of eachMatch(BARE_IP, text)) {
    const ip = normalizeIp(match[1] ?? '');
    if (ip) return ip;
  }
  return null;
}

/** Tokens after the keyword, up to the next clause keyword; empty when the keyword is absent. */
function clause(tokens: Token[], keyword: string): Token[] {
  const start = tokens.findIndex((t) => t.kind === 'word' && t.text.toLowerCase() === keyword);
  if (start < 0) return [];
  const rest = tokens.slice(start + 1);
  const end = rest.findIndex((t) => t.kind === 'word' && CLAUSE_KEYWORDS.has(t.text.toLowerCase()));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Splits a Received value into top-level words and (possibly nested) comments, stopping at the ";" before the date. */
function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let wordStart = -1;
  const endWord = (end: number) => {
    if (wordStart >= 0) tokens.push({ kind: 'word', text: value.slice(wordStart, end) });
    wordStart = -1;
  };
  let i = 0;
  for (; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x3b) break; // ;
    if (code === 0x28) { // (
      endWord(i);
      const close = matchingParen(value, i);
      tokens.push({ kind: 'comment', text: value.slice(i + 1, close) });
      i = close;
    } else if (isWhiteSpace(code)) {
      endWord(i);
    } else if (wordStart < 0) {
      wordStart = i;
    }
  }
  endWord(Math.min(i, value.length));
  return tokens;
}

/** Index of the ")" closing the "(" at open, or the end of the string when it is never closed. */
function matchingParen(value: string, open: number): number {
  let depth = 0;
  for (let i = open; i < value.length; i += 1) {
    const char = value.charAt(i);
    if (char === '\\') i += 1;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return i;
  }
  return value.length;
}
