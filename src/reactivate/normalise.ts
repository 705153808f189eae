import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { getDomain } from 'tldts';

/**
 * Legal-form words dropped from the end of a company name, so "ACME Co., Ltd." and "Acme Limited"
 * are one company. Only trailing ones: "Co" or "SA" inside a name is part of the name.
 */
const LEGAL_FORMS = new Set([
  'co', 'company', 'ltd', 'limited', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'gmbh', 'ag', 'kg', 'ohg', 'ug',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'slu', 'bv', 'nv', 'plc', 'pty', 'pte', 'pvt', 'private', 'oy', 'ab', 'as', 'aps',
  'llp', 'lp', 'ltda', 'eireli', 'me', 'cv', 'de', 'rl', 'sdn', 'bhd', 'kft', 'zrt', 'sp', 'z', 'oo', 'ooo', 'ооо', 'зао', 'оао',
  'pao', 'tbk', 'jsc', 'ojsc', 'cjsc', 'fze', 'fzc', 'fzco', 'fzllc', 'wll', 'est', 'and', 'group', 'holding', 'holdings',
]);
/** Legal forms written before the name: Russian "ООО Ромашка", Indonesian "PT Maju". */
const LEADING_FORMS = new Set(['the', 'ооо', 'зао', 'оао', 'пао', 'ао', 'ип', 'тов', 'pt', 'cv', 'ud']);
/** Chinese and Japanese legal forms: written without spaces, so they are cut off the end of the string. */
const CJK_FORMS = /(?:股份有限公司|有限责任公司|有限公司|有限會社|有限会社|株式会社|股份公司|公司|集团)+$/u;

/** Company name → comparison key: lower case, no accents, punctuation or legal form. */
export function normaliseCompany(name: string | null | undefined): string {
  if (!name) return '';
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\.(?=\p{L})/gu, '') // "s.a." → "sa.", "co.,ltd" → "co,ltd": abbreviations stay one word
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = plain.split(' ').filter(Boolean);
  // "…有限公司 Co., Ltd." mixes both: peel legal forms off the end until none is left.
  for (;;) {
    const last = words.at(-1) ?? '';
    const cut = last.replace(CJK_FORMS, '');
    if (cut && cut !== last) words[words.length - 1] = cut;
    else if (words.length > 1 && (!cut || LEGAL_FORMS.has(last))) words.pop();
    else break;
  }
  while (words.length > 1 && LEADING_FORMS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** A person's name → comparison key (case and spacing only: names are not rewritten). */
export function normaliseName(name: string | null | undefined): string {
  return (name ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** The address in lower case, or null when it is not one ("[EMAIL]", a bare name). */
export function normaliseEmail(value: string | null | undefined): string | null {
  const v = (value ?? '').trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').toLowerCase();
  return EMAIL.test(v) ? v : null;
}

/** The registrable domain of an address or website ("mail.abc-trading.co.uk" → "abc-trading.co.uk"). */
export function registrableDomain(emailOrHost: string): string | null {
  const host = emailOrHost.includes('@') ? emailOrHost.slice(emailOrHost.lastIndexOf('@') + 1) : emailOrHost;
  return getDomain(host.toLowerCase().replace(/^https?:\/\//, '').replace(/[/?#].*$/, '')) ?? null;
}

/** A phone number → E.164, reading national numbers in the given country; null when it is no number. */
export function normalisePhone(value: string | null | undefined, country?: string | null): string | null {
  const raw = (value ?? '').trim();
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 6) return null;
  if (/^\+\d{7,15}$/.test(raw)) return raw; // already E.164 (triage writes it so): skip the parser
  const international = raw.replace(/^00/, '+');
  const iso = country && /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(international, iso) ?? (international.startsWith('+') ? undefined : parsePhoneNumberFromString(`+${digits}`));
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * Senders that are not the buyer: platform notifications, no-reply robots, mail daemons. Their
 * address says nothing about who asked, so buyers are told apart by company and name instead.
 */
const RELAY_LOCAL = /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notice|mailer-daemon|postmaster|bounces?|system|feedback|service)\b/i;
const PLATFORM_DOMAINS = new Set(['alibaba.com', 'made-in-china.com', 'globalsources.com', 'tradewheel.com', 'go4worldbusiness.com', 'ec21.com', 'tradekey.com', 'taobao.com', '1688.com', 'aliexpress.com', 'indiamart.com']);

export function isRelayAddress(email: string): boolean {
  const domain = registrableDomain(email);
  return RELAY_LOCAL.test(email.slice(0, email.lastIndexOf('@'))) || (domain !== null && PLATFORM_DOMAINS.has(domain));
}

/** A shop page on a platform ("acme.en.alibaba.com") shares the platform's domain with every other seller. */
export function isPlatformDomain(domain: string): boolean {
  return PLATFORM_DOMAINS.has(domain);
}
