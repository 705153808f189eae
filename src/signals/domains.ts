import { parse } from 'tldts';
import { BRANDS } from './lists/brands.js';
import { FILE_SHARE_HOSTS, FREE_HOSTING_SUFFIXES, SHORTENERS } from './lists/hosting.js';

const cache = new Map<string, { domain: string; label: string; tld: string; isIp: boolean }>();

/** Registrable domain ("abc-trading.co.uk"), its first label ("abc-trading"), TLD and whether the host is an IP. */
export function domainInfo(host: string): { domain: string; label: string; tld: string; isIp: boolean } {
  let info = cache.get(host);
  if (!info) {
    const parsed = parse(host);
    const domain = parsed.domain ?? host;
    info = {
      domain,
      label: parsed.domainWithoutSuffix ?? domain,
      tld: (parsed.publicSuffix ?? '').split('.').pop() ?? '',
      isIp: parsed.isIp === true,
    };
    if (cache.size > 50_000) cache.clear();
    cache.set(host, info);
  }
  return info;
}

export function addressDomain(address: string | undefined | null): string {
  const at = address?.lastIndexOf('@') ?? -1;
  return at >= 0 && address ? address.slice(at + 1).toLowerCase() : '';
}

/**
 * Whether a host is one of the suffixes or under one ("x.github.io"): its tails after each dot looked
 * up in a set, a few lookups a host instead of a string built per suffix of the list.
 */
function hostUnder(suffixes: readonly string[]): (host: string) => boolean {
  const set = new Set(suffixes);
  return (host) => {
    for (let tail = 0; tail >= 0; ) {
      if (set.has(host.slice(tail))) return true;
      const dot = host.indexOf('.', tail);
      tail = dot < 0 ? -1 : dot + 1;
    }
    return false;
  };
}

export const isFreeHosting = hostUnder(FREE_HOSTING_SUFFIXES);
export const isShortener = hostUnder(SHORTENERS);
export const isFileShare = hostUnder(FILE_SHARE_HOSTS);

// Digits and letter pairs that phishers swap for look-alike letters.
const HOMOGLYPHS: readonly [RegExp, string][] = [[/rn/g, 'm'], [/vv/g, 'w'], [/0/g, 'o'], [/1/g, 'l'], [/3/g, 'e'], [/5/g, 's'], [/@/g, 'a']];
// Brands that are also ordinary words or names (apple orchards, Chase Miller, Amazonas): their name in a
// domain counts only next to an account word.
const COMMON_WORD_BRANDS: ReadonlySet<string> = new Set(['apple', 'chase', 'amazon', 'outlook', 'office365', 'ups', 'google', 'icloud']);
const ACCOUNT_WORDS = /^(login|signin|secure|security|verify|verification|account|accounts|support|id|update|service|services|billing|help|pay|payment|wallet|auth|online|web|mail|notice|alert|center|team)$/;

const OFFICIAL: ReadonlySet<string> = new Set(Object.values(BRANDS).flat());
const OFFICIAL_LABELS: ReadonlySet<string> = new Set([...OFFICIAL].map((d) => d.split('.')[0] ?? d));

function unglyph(token: string): string {
  return HOMOGLYPHS.reduce((t, [from, to]) => t.replace(from, to), token);
}

/**
 * The brand a domain imitates, or null: one of its words is the brand's name, written out or with
 * look-alike characters ("paypa1"), while the domain is not the brand's. Near spellings of ordinary
 * words are not counted: "finance" is one letter from "binance" and is an honest word.
 */
export function imitatedBrand(domain: string): string | null {
  let brand = imitationCache.get(domain);
  if (brand === undefined) {
    brand = findImitatedBrand(domain);
    if (imitationCache.size > 50_000) imitationCache.clear();
    imitationCache.set(domain, brand);
  }
  return brand;
}

const imitationCache = new Map<string, string | null>();
const COMPACT_BRANDS = Object.keys(BRANDS).map((brand) => [brand, brand.replace(/-/g, '')] as const);

function findImitatedBrand(domain: string): string | null {
  const { label, tld } = domainInfo(domain);
  // The brand's own country sites (amazon.com.au, google.de) are the brand's.
  if (OFFICIAL.has(domain) || (OFFICIAL_LABELS.has(label) && tld.length === 2)) return null;
  const tokens = label.split(/[-_.]+/).filter(Boolean);
  const hasAccountWord = tokens.some((t) => ACCOUNT_WORDS.test(t));
  // Once per domain, not once per brand: seven replaces a token, for each of the brands, were wasted work.
  const unglyphed = tokens.map(unglyph);
  const joined = label.replace(/[-_.]/g, '');
  for (const [brand, compact] of COMPACT_BRANDS) {
    for (const [i, token] of tokens.entries()) {
      const disguised = token !== compact && unglyphed[i] === compact;
      const named = token === compact || joined === compact;
      if (disguised || (named && (!COMMON_WORD_BRANDS.has(brand) || hasAccountWord))) return brand;
    }
  }
  return null;
}

export function isOfficialBrandDomain(domain: string): boolean {
  return OFFICIAL.has(domain);
}
