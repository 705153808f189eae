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
const startsWithLetter = (mark: string): boolean => /^[a-zа-яё]/iu.test(mark);
const endsWithLetter = (mark: string): boolean => /[a-zа-яё]$/iu.test(mark);
const body = (mark: string): string => escape(mark).replace(/ /g, '\\s?');

/** Marks in the given order, those ending in a letter under one shared boundary after them. */
function alternatives(marks: readonly string[]): string {
  const endBoundary = marks.filter(endsWithLetter).map(body).join('|');
  const others = marks.filter((m) => !endsWithLetter(m)).map(body).join('|');
  return [endBoundary && `(?:${endBoundary})(?![\\p{L}])`, others].filter(Boolean).join('|');
}

/**
 * One alternation of every mark. Marks that start or end with a letter get a boundary on that side
 * ("try" inside "country" is not Turkish lira, "us $" inside "plus $" is not "US $"); CJK marks need none.
 *
 * Each boundary is written twice, not once per mark: a letter class in a lookaround compiles to
 * about 8 KB of machine code for two-byte text, and sixty of them made the price regexes 4 MB, enough
 * to push V8 past its regex code budget (it then stops optimising every regex compiled later).
 * The grouping matches what one lookaround per mark matched: after a non-letter every mark may start,
 * after a letter only the marks that need no boundary; and a mark ending in a letter never matches
 * where a mark ending otherwise does (currencies.test.ts), so trying those first changes no result.
 */
export const MARK_SOURCE = `(?<![\\p{L}])(?:${alternatives(all)})|(?<=[\\p{L}])(?:${alternatives(all.filter((m) => !startsWithLetter(m)))})`;

/** How a mark is written in MARK_SOURCE (for the test). */
export const markPattern = { body, startsWithLetter, endsWithLetter };
