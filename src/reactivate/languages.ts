/**
 * Country (ISO 3166-1 alpha-2) → the official language an outreach draft adds below the English
 * (【利用旧询盘，获得新订单】: 上面是英语，下面是该国的母语或官方用语). Where a country has several,
 * the one most used in business mail; English-speaking countries get English only.
 */
const BY_LANGUAGE: Record<string, string> = {
  zh: 'CN TW HK MO',
  es: 'ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY GQ PR',
  fr: 'FR BE LU MC SN CI CM ML BF NE TG BJ GA CG CD GN MG HT TD CF BI RW DJ KM NC PF',
  de: 'DE AT CH LI',
  pt: 'PT BR AO MZ CV GW ST TL',
  ru: 'RU BY KZ KG',
  ar: 'SA AE EG IQ JO KW LB LY OM QA SY YE BH SD PS MR DZ MA TN',
  tr: 'TR',
  it: 'IT SM VA',
  ja: 'JP',
  ko: 'KR',
  nl: 'NL SR',
  pl: 'PL',
  vi: 'VN',
  id: 'ID',
  th: 'TH',
  uk: 'UA',
  fa: 'IR AF',
  he: 'IL',
  el: 'GR CY',
  ro: 'RO MD',
  cs: 'CZ',
  hu: 'HU',
  sv: 'SE',
  da: 'DK',
  fi: 'FI',
  no: 'NO',
  bn: 'BD',
  ur: 'PK',
  ms: 'MY BN',
  uz: 'UZ',
  az: 'AZ',
  ka: 'GE',
  hy: 'AM',
  mn: 'MN',
  km: 'KH',
  lo: 'LA',
  my: 'MM',
  ne: 'NP',
  si: 'LK',
  bg: 'BG',
  sr: 'RS',
  hr: 'HR',
  sk: 'SK',
  sl: 'SI',
  lt: 'LT',
  lv: 'LV',
  et: 'EE',
  am: 'ET',
  sw: 'TZ',
};

const COUNTRY_LANGUAGE = new Map<string, string>(
  Object.entries(BY_LANGUAGE).flatMap(([lang, countries]) => countries.split(' ').map((c): [string, string] => [c, lang])),
);

/** The country's official language, or 'en' for English-speaking and unknown countries. */
export function officialLanguage(country: string | null): string {
  return (country && COUNTRY_LANGUAGE.get(country.toUpperCase())) || 'en';
}
