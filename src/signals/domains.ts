import { parse } from 'tldts';
import { BRANDS } from './lists/brands.js';
import { FREE_HOSTING_SUFFIXES, SHORTENERS } from './lists/hosting.js';

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

function hostIn(host: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

export const isFreeHosting = (host: string): boolean => hostIn(host, FREE_HOSTING_SUFFIXES);
export const isShortener = (host: string): boolean => hostIn(host, SHORTENERS);

// Digits and letter pairs that phishers swap for look-alike letters.
const HOMOGLYPHS: readonly [RegExp, string][] = [[/rn/g, 'm'], [/vv/g, 'w'], [/0/g, 'o'], [/1/g, 'l'], [/3/g, 'e'], [/5/g, 's'], [/@/g, 'a']];

function unglyph(token: string): string {
  return HOMOGLYPHS.reduce((t, [from, to]) => t.replace(from, to), token);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const OFFICIAL: ReadonlySet<string> = new Set(Object.values(BRANDS).flat());

/** The brand a domain imitates, or null: it carries the brand's name (or a near spelling) but is not the brand's. */
export function imitatedBrand(domain: string): string | null {
  const { label } = domainInfo(domain);
  if (OFFICIAL.has(domain)) return null;
  const tokens = label.split(/[-_.]+/).filter(Boolean);
  for (const brand of Object.keys(BRANDS)) {
    const compactBrand = brand.replace(/-/g, '');
    const hit = tokens.some((token) => {
      const plain = unglyph(token);
      if (plain === compactBrand || token === compactBrand) return true;
      if (compactBrand.length >= 6 && (plain.startsWith(compactBrand) || plain.endsWith(compactBrand))) return true;
      return compactBrand.length >= 6 && withinOneEdit(plain, compactBrand);
    });
    if (hit) return brand;
  }
  return null;
}
