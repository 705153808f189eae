/**
 * Currency marks as written, to ISO 4217. Symbols shared by several currencies ("$", "¥", "kr")
 * map to the one an export inquiry most likely means: "$" is USD, "¥"/"元" is CNY. Codes that are
 * also English words ("try", "php") are matched by symbol and name only.
 */
export const CURRENCY_MARKS: ReadonlyArray<readonly [iso: string, marks: readonly string[]]> = [
  ['USD', ['usd', 'us$', 'us $', 'u.s. dollars', 'us dollars', 'dollars', 'dollar', 'dólares', 'dolares', 'dollari', 'доллар', 'долларов', '$', 'دولار']],
  ['EUR', ['eur', 'euro', 'euros', '€', 'евро', 'يورو']],
  ['GBP', ['gbp', '£', 'pounds sterling']],
  ['CNY', ['cny', 'rmb', 'yuan', '元', '块', '¥', '￥', '人民币']],
  ['JPY', ['jpy', 'yen', '円']],
  ['INR', ['inr', 'rs.', 'rupees', '₹']],
  ['AED', ['aed', 'dirhams', 'dhs', 'درهم']],
  ['SAR', ['sar', 'riyals', 'ريال']],
  ['NGN', ['ngn', 'naira', '₦']],
  ['BRL', ['brl', 'r$', 'reais']],
  ['RUB', ['rub', 'руб', 'рублей', '₽']],
  ['TRY', ['tl', '₺', 'lira', 'türk lirası']],
  ['MXN', ['mxn']],
  ['CAD', ['cad', 'c$', 'ca$']],
  ['AUD', ['aud', 'a$', 'au$']],
  ['HKD', ['hkd', 'hk$']],
  ['KRW', ['krw', '₩']],
  ['PKR', ['pkr']],
  ['ZAR', ['zar']],
  ['EGP', ['egp']],
  ['PHP', ['₱', 'pesos filipinos']],
  ['IDR', ['idr']],
  ['VND', ['vnd']],
  ['PLN', ['pln', 'zł']],
  ['CHF', ['chf']],
];

export function currencyFor(mark: string): string | null {
  const lower = mark.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [iso, marks] of CURRENCY_MARKS) if (marks.includes(lower)) return iso;
  return null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const all = CURRENCY_MARKS.flatMap(([, marks]) => marks).sort((a, b) => b.length - a.length);
/**
 * One alternation of every mark. Marks that start or end with a letter get a boundary on that side
 * ("try" inside "country" is not Turkish lira, "us $" inside "plus $" is not "US $"); CJK marks need none.
 */
export const MARK_SOURCE = all
  .map((m) => {
    const body = escape(m).replace(/ /g, '\\s?');
    const latinStart = /^[a-zа-яё]/iu.test(m) ? '(?<![\\p{L}])' : '';
    const latinEnd = /[a-zа-яё]$/iu.test(m) ? '(?![\\p{L}])' : '';
    return latinStart + body + latinEnd;
  })
  .join('|');
