import { parse as parseDomain } from 'tldts';

/**
 * The sender's country-code TLD as a weak hint (weight 0.5, below any mention in the text).
 * Generic TLDs (.com, .net) say nothing, and some ccTLDs are sold worldwide as brands (.co, .io,
 * .me, .tv, .ai…), so those are ignored. Never the only reason when the text names a country.
 */
const BRAND_CCTLDS = new Set(['co', 'io', 'me', 'tv', 'ai', 'cc', 'ws', 'fm', 'am', 'ly', 'to', 'gg', 'la', 'sh', 'tk', 'ml', 'ga', 'cf', 'gq', 'nu', 'su', 'eu']);

export function countryFromSenderDomain(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const parsed = parseDomain(address.slice(at + 1).replace(/[>\s]+$/, ''));
  const suffix = parsed.publicSuffix;
  if (!suffix || !parsed.isIcann) return null;
  const tld = suffix.split('.').pop() ?? '';
  if (tld.length !== 2 || BRAND_CCTLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
