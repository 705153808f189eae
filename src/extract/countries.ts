import { getCountries } from 'libphonenumber-js/max';

/**
 * Country names → ISO 3166-1 alpha-2, in the languages our buyers write. The official names come
 * from the ICU data built into the JavaScript runtime (Intl.DisplayNames), so every country is
 * covered in every language below without a hand-kept table; ALIASES adds what people actually
 * write ("USA", "UAE", "Holland", "Dubai").
 */
export const NAME_LANGUAGES = ['en', 'zh', 'es', 'fr', 'pt', 'de', 'ru', 'ar', 'tr', 'it'] as const;

/** Short forms, old names and cities that stand for a country when a buyer says where they are. */
export const ALIASES: ReadonlyArray<readonly [name: string, iso: string]> = [
  ['usa', 'US'], ['u.s.a', 'US'], ['u.s.a.', 'US'], ['united states of america', 'US'], ['america', 'US'], ['the states', 'US'],
  ['uk', 'GB'], ['u.k.', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['britain', 'GB'], ['great britain', 'GB'],
  ['uae', 'AE'], ['u.a.e', 'AE'], ['u.a.e.', 'AE'], ['emirates', 'AE'], ['united arab emitates', 'AE'], ['dubai', 'AE'],
  ['abu dhabi', 'AE'], ['sharjah', 'AE'], ['ksa', 'SA'], ['saudi', 'SA'], ['holland', 'NL'], ['the netherlands', 'NL'],
  ['turkey', 'TR'], ['türkiye', 'TR'], ['turkiye', 'TR'], ['russia', 'RU'], ['россия', 'RU'], ['рф', 'RU'], ['korea', 'KR'],
  ['south korea', 'KR'], ['vietnam', 'VN'], ['viet nam', 'VN'], ['ivory coast', 'CI'], ['czech republic', 'CZ'],
  ['hong kong', 'HK'], ['香港', 'HK'], ['macau', 'MO'], ['taiwan', 'TW'], ['burma', 'MM'], ['congo', 'CD'], ['drc', 'CD'],
  ['lagos', 'NG'], ['abuja', 'NG'], ['karachi', 'PK'], ['lahore', 'PK'], ['mumbai', 'IN'], ['delhi', 'IN'], ['new delhi', 'IN'],
  ['gurgaon', 'IN'], ['bangalore', 'IN'], ['jammu', 'IN'], ['istanbul', 'TR'], ['riyadh', 'SA'], ['jeddah', 'SA'],
  ['doha', 'QA'], ['cairo', 'EG'], ['nairobi', 'KE'], ['accra', 'GH'], ['manila', 'PH'], ['jakarta', 'ID'],
  ['kuala lumpur', 'MY'], ['bangkok', 'TH'], ['hanoi', 'VN'], ['ho chi minh', 'VN'], ['toronto', 'CA'], ['vancouver', 'CA'],
  ['montreal', 'CA'], ['são paulo', 'BR'], ['sao paulo', 'BR'], ['lisbon', 'PT'], ['lisboa', 'PT'], ['moscow', 'RU'],
  ['москва', 'RU'], ['tehran', 'IR'], ['baghdad', 'IQ'], ['kabul', 'AF'], ['dhaka', 'BD'], ['colombo', 'LK'],
  ['casablanca', 'MA'], ['algiers', 'DZ'], ['tunis', 'TN'], ['djibouti', 'DJ'], ['dakar', 'SN'], ['addis ababa', 'ET'],
  ['johannesburg', 'ZA'], ['sydney', 'AU'], ['melbourne', 'AU'], ['auckland', 'NZ'], ['mexico city', 'MX'], ['bogota', 'CO'],
  ['lima', 'PE'], ['santiago', 'CL'], ['buenos aires', 'AR'], ['new york', 'US'], ['los angeles', 'US'], ['california', 'US'],
  ['texas', 'US'], ['florida', 'US'], ['iowa', 'US'], ['ontario', 'CA'], ['chengdu', 'CN'], ['shenzhen', 'CN'],
  ['guangzhou', 'CN'], ['shanghai', 'CN'], ['beijing', 'CN'], ['yiwu', 'CN'], ['jebel ali', 'AE'], ['jamaica', 'JM'],
  ['美国', 'US'], ['英国', 'GB'], ['俄罗斯', 'RU'], ['迪拜', 'AE'], ['阿联酋', 'AE'], ['台湾', 'TW'],
];

/**
 * Names that are also everyday words or first names ("turkey", "chad", "jordan", "réunion" is a
 * meeting in French): these only count when written with a capital letter.
 */
export const NEEDS_CAPITAL: ReadonlySet<string> = new Set([
  'chad', 'jersey', 'jordan', 'georgia', 'turkey', 'guinea', 'niger', 'réunion', 'reunion', 'man', 'maurice', 'martinique',
  'dominica', 'bermuda', 'granada', 'grenada', 'israel', 'norfolk', 'christmas', 'chile', 'panama', 'malta', 'cuba', 'oman',
  'mali', 'togo', 'peru', 'america', 'lima', 'santiago', 'florida', 'texas', 'wales', 'iowa', 'jamaica', 'guernsey',
  'samoa', 'tonga', 'nauru', 'palau', 'aruba', 'benin', 'gabon', 'kenya', 'china', 'mısır', 'irã', 'omã', 'fas',
]);

/** Two-character Chinese names that are also parts of ordinary words or Chinese place names (黑山县). */
export const ZH_AMBIGUOUS: ReadonlySet<string> = new Set([
  '黑山', '马里', '多哥', '古巴', '文莱', '海地', '关岛', '不丹', '加纳', '苏丹', '阿曼', '巴林', '约旦', '汤加', '纽埃',
  '帕劳', '乍得', '也门', '老挝', '智利', '中国',
]);

let cache: Map<string, string> | null = null;

/** Lower-cased name → ISO code. Built once, on first use (about 2,500 names, a few milliseconds). */
export function countryNames(): ReadonlyMap<string, string> {
  if (cache) return cache;
  const map = new Map<string, string>();
  const codes = getCountries();
  for (const language of NAME_LANGUAGES) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([language], { type: 'region' });
    } catch {
      continue; // a runtime without this locale still gets the others
    }
    for (const code of codes) {
      const name = display.of(code);
      if (!name || name === code) continue;
      for (const variant of variantsOf(name)) if (!map.has(variant)) map.set(variant, code);
    }
  }
  for (const [name, iso] of ALIASES) map.set(name, iso);
  cache = map;
  return map;
}

/** "Myanmar (Burma)" → "myanmar", "burma"; "Hong Kong SAR China" keeps its alias from ALIASES. */
function variantsOf(name: string): string[] {
  const lower = name.toLowerCase();
  const out = [lower];
  const paren = /^(.+?)\s*\((.+)\)$/.exec(lower);
  if (paren?.[1] && paren[2]) out.push(paren[1], paren[2]);
  if (lower.startsWith('the ')) out.push(lower.slice(4));
  return out.filter((v) => v.length >= 2);
}
