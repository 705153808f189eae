import type { Buyer } from './buyer.js';
import { officialLanguage } from './languages.js';
import { TEMPLATES } from './templates.js';

export interface Seller {
  name?: string;
  company?: string;
}

export interface Draft {
  /** 'en' first, then the country's language when it is not English. */
  languages: string[];
  /** Set when the country's language has no template yet: the draft is English only and says which is missing. */
  missingLanguage: string | null;
  subject: string;
  body: string;
}

const PLACEHOLDER = /^\[[A-Z]+\]$/;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The date as a person writes it in that language ("5 марта 2024 г.", "2024年3月5日"). */
function writtenDate(iso: string, lang: string): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/**
 * A bilingual outreach letter: English above, the buyer's language below (the seed's advice).
 * It names what they asked for and when, so it reads as a follow-up, not as a mass mailing.
 */
export function draftOutreach(b: Pick<Buyer, 'name' | 'products' | 'quantity' | 'lastAt' | 'country' | 'language'>, seller: Seller = {}): Draft {
  // Without a country, the language they wrote in is the best guess at the one they read.
  const local = b.country ? officialLanguage(b.country) : (b.language ?? 'en');
  const missingLanguage = local !== 'en' && !TEMPLATES[local] ? local : null;
  const languages = local === 'en' || missingLanguage ? ['en'] : ['en', local];
  const signature = [seller.name ?? '[Your name 您的姓名]', seller.company ?? '[Company 公司名称]'].join('\n');
  const name = b.name && !PLACEHOLDER.test(b.name) ? b.name : null;
  const letters = languages.map((lang) => {
    const template = TEMPLATES[lang] ?? TEMPLATES.en;
    return template({ name, product: b.products.slice(0, 2).join(', ') || null, quantity: b.quantity?.text ?? null, when: writtenDate(b.lastAt, lang), signature });
  });
  return {
    languages,
    missingLanguage,
    subject: letters.map((l) => l.subject).join(' / '),
    body: letters.map((l) => l.body).join('\n\n――――――――――\n\n'),
  };
}
