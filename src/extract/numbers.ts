/** Reading numbers as people write them in inquiries: "5,000", "3,40", "1.234,56", "10k", "2.5 million". */

/** One written number. Every repeat is bounded and a number cannot start inside another, so scanning stays linear. */
export const NUMBER_SOURCE = String.raw`(?<![\d.,])(?:\d{1,3}(?:[,.]\d{3}){1,4}(?:[.,]\d{1,4})?|\d{1,12}(?:[.,]\d{1,4})?|[.,]\d{1,4})(?![\d])`;

export type Reading = 'count' | 'money';

/**
 * Parse a written number. A single separator followed by exactly three digits is a thousands
 * separator for counts ("5.000 pcs" is never five pieces); for money it is a thousands separator
 * after a comma or when the digits are "000", because "$2.895" is a price and "EUR 5.000" is five thousand.
 */
export function parseNumber(raw: string, reading: Reading): number | null {
  const text = raw;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalised = text.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = text.split(sep);
    const tail = parts[parts.length - 1] ?? '';
    const head = parts[0] ?? '';
    const isThousands =
      parts.length > 2 ||
      (tail.length === 3 && head !== '' && head !== '0' && (reading === 'count' || sep === ',' || tail === '000'));
    normalised = isThousands ? parts.join('') : `${parts.slice(0, -1).join('')}.${tail}`;
  } else {
    normalised = text;
  }
  if (normalised.startsWith('.')) normalised = `0${normalised}`;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Multipliers written after a number. "m" is not here: "10m" is ten metres. */
export const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:k|thousand|mil|mille|tausend|тыс\.?|千)$/i, 1_000],
  [/^万$/, 10_000],
  [/^(?:million|millions|mln|mio|millones|millón|milhões|миллион(?:а|ов)?)$/i, 1_000_000],
];

export const MULTIPLIER_SOURCE = String.raw`k|thousand|mil|mille|tausend|тыс\.?|千|万|million|millions|mln|mio|millones|millón|milhões|миллион(?:а|ов)?`;

export function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [pattern, factor] of MULTIPLIERS) if (pattern.test(word.trim())) return factor;
  return 1;
}

/**
 * Number words for small counts ("one 40ft container", "two sets"). Words that double as articles
 * ("a", "un", "ein", "um") are left out on purpose: "une boîte" is not an order for one box.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, twenty: 20, fifty: 50, hundred: 100, dozen: 12,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, diez: 10,
  deux: 2, trois: 3, quatre: 4, dix: 10,
  dois: 2, duas: 2, três: 3,
  zwei: 2, drei: 3, vier: 4, zehn: 10,
  два: 2, две: 2, три: 3, десять: 10,
  一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

export const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
