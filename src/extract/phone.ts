import { getCountryCallingCode, getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { PLACEHOLDER } from './text.js';
import { eachMatch } from '../each-match.js';
import { execFrom, scanByCandidates } from '../regex/lookbehind-split.js';

export interface PhoneFound { phone: string | null; phoneCountry: string | null; international: boolean; parsed: boolean }

/**
 * A phone is a digit run after a phone label, or one written in international form (+…, 00…).
 * Bare digit runs without either are left alone: in inquiries they are quantities, model numbers
 * and product ids far more often than phones.
 */
const LABELLED_PHONE = scanByCandidates(/(?<![\p{L}])(?:tel|telephone|phone|ph|mob|mobile|cell|cellphone|whats\s?app|wa|viber|fax|t|m|telefone|teléfono|telefono|téléphone|telefon|тел|телефон|моб|电话|手机|联系电话|هاتف|جوال)\.?\s?(?:no\.?|number|#)?\s?[:：.]?\s?(?<number>\[PHONE\]|\+?[\d(][\d\s()./-]{5,22}\d)/iu);
const INTERNATIONAL = /(?<![\p{L}\p{N}+])(?<number>(?:\+|00)[1-9][\d\s().-]{6,20}\d)/u;

export function findPhone(text: string, claimedCountry: string | null): PhoneFound {
  const m = execFrom(LABELLED_PHONE, text) ?? INTERNATIONAL.exec(text);
  const raw = m?.groups?.number?.trim();
  if (!raw) return { phone: null, phoneCountry: null, international: false, parsed: false };
  if (PLACEHOLDER.test(raw)) return { phone: raw, phoneCountry: null, international: false, parsed: false };
  const international = /^(?:\+|00)/.test(raw);
  const normalised = raw.replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(normalised, international ? undefined : toCountryCode(claimedCountry));
  if (!parsed) return { phone: raw, phoneCountry: null, international, parsed: false };
  return { phone: parsed.number, phoneCountry: parsed.country ?? null, international, parsed: true };
}

/** Whether the number is a real number of the country the buyer claims; null when either is unknown. */
export function phoneValidFor(phone: string | null, country: string | null): boolean | null {
  const claimed = toCountryCode(country);
  if (!phone || !claimed || !phone.startsWith('+')) return null;
  const parsed = parsePhoneNumberFromString(phone);
  if (!parsed?.isValid()) return false;
  // A number in a shared plan (+1, +7) that the metadata cannot pin to one country counts by calling code.
  if (parsed.country) return parsed.country === claimed;
  return parsed.countryCallingCode === getCountryCallingCode(claimed);
}

const SUPPORTED = new Set<string>(getCountries());

function toCountryCode(iso: string | null): CountryCode | undefined {
  return iso && SUPPORTED.has(iso) ? (iso as CountryCode) : undefined;
}

const MESSENGER = scanByCandidates(/(?<![\p{L}])(?<kind>whats\s?app|wechat|we\s?chat|weixin|skype|telegram|viber|line\sid|微信|微信号|vx|wx)(?![\p{L}])(?:(?:\s?(?:id|number|no\.?|#|me|on|at)(?![\p{L}])){0,2}\s?[:：]?\s?(?<id>\+?\d[\d\s-]{5,18}\d|[\w.@-]{4,40}))?/giu);
const MESSENGER_NAMES: Readonly<Record<string, string>> = {
  whatsapp: 'whatsapp', 'whats app': 'whatsapp', wechat: 'wechat', 'we chat': 'wechat', weixin: 'wechat', 微信: 'wechat',
  微信号: 'wechat', vx: 'wechat', wx: 'wechat', skype: 'skype', telegram: 'telegram', viber: 'viber', 'line id': 'line',
};
const NOT_AN_ID = /^(?:or|and|the|for|with|me|us|please|number|contact|group|account|call|chat|message|to|is|at|if)$/i;

/** "whatsapp:+8613800138000", "wechat:abc123", or just "whatsapp" when the buyer names it without an id. */
export function findMessengers(text: string): string[] {
  const out: string[] = [];
  for (const m of eachMatch(MESSENGER, text)) {
    const kind = MESSENGER_NAMES[(m.groups?.kind ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'other';
    const id = m.groups?.id;
    const usable = id && !NOT_AN_ID.test(id) && (/\d/.test(id) || kind !== 'whatsapp');
    const entry = usable ? `${kind}:${id.replace(/[.,]+$/, '').replace(/\s+/g, '')}` : kind;
    if (!out.includes(entry) && !(entry === kind && out.some((e) => e.startsWith(`${kind}:`)))) out.push(entry);
    if (out.length >= 5) break;
  }
  return out;
}
