/**
 * What a text says about one facet of a product (gender, material, capacity…): each match with the
 * values it allows. Two texts conflict when nothing one allows is allowed by the other.
 */
export interface Mention {
  text: string;
  values: readonly string[];
}

export interface Facet {
  id: string;
  en: string;
  zh: string;
  /** Attribute names that state this facet. */
  attribute: RegExp;
  /** Besides title vs attribute, also compare the title with these (free text only where it is safe). */
  alsoFrom: readonly ('category' | 'description')[];
  /** Numbers compare with a tolerance (3.6 l vs 3.6 litres written 3600 ml); labels compare exactly. */
  numeric: boolean;
  mentions: (text: string) => Mention[];
}

/** Label cues: each pattern allows a set of canonical values ("steel" allows stainless and carbon steel). */
function labels(cues: readonly [RegExp, readonly string[]][]): (text: string) => Mention[] {
  // Cues written as case-sensitive (PET, ABS, PC: in lower case they are pets, abs and pieces) get their own pass.
  const passes = [true, false].map((insensitive) => {
    const own = cues.filter(([re]) => re.ignoreCase === insensitive);
    return { own, all: own.length ? new RegExp(own.map(([re]) => `(${re.source})`).join('|'), insensitive ? 'giu' : 'gu') : null };
  });
  return (text) => {
    const out: Mention[] = [];
    for (const { own, all } of passes) {
      if (!all) continue;
      for (const m of text.matchAll(all)) {
        const cue = own[own.findIndex((_, i) => m[i + 1] !== undefined)];
        if (cue) out.push({ text: m[0], values: cue[1] });
      }
    }
    return out;
  };
}

/** Number + unit → one value in a base unit, rounded so 3.6 and 3.60 compare equal. */
function amounts(pattern: RegExp, toBase: (unit: string) => number): (text: string) => Mention[] {
  return (text) => {
    const out: Mention[] = [];
    for (const m of text.matchAll(pattern)) {
      const n = Number((m[1] ?? '').replace(',', '.'));
      const factor = toBase((m[2] ?? '').toLowerCase());
      if (Number.isFinite(n) && n > 0 && factor > 0) out.push({ text: m[0].trim(), values: [String(Math.round(n * factor * 1000) / 1000)] });
    }
    return out;
  };
}

/** Whole Latin words (men is not in women); Chinese needs no boundaries. Case-insensitive unless told. */
const B = (words: string, flags = 'iu') => new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(?:${words})(?![\\p{Script=Latin}])`, flags);

const AGE_GROUPS: readonly [number, string][] = [[1, 'baby'], [3, 'toddler'], [13, 'kid'], [18, 'teen'], [200, 'adult']];

/** Years → the groups a range covers ("8 years and up" covers kids, teens and adults). */
function ageGroups(from: number, to: number): string[] {
  const out: string[] = [];
  let low = 0;
  for (const [below, name] of AGE_GROUPS) {
    if (from < below && to >= low) out.push(name);
    low = below;
  }
  return out;
}

function ageMentions(text: string): Mention[] {
  const out = labels([
    [B('bab(?:y|ies)|infants?|newborns?'), ['baby']],
    [B('toddlers?'), ['toddler']],
    [B("kids?|kid's|child(?:ren)?|children's"), ['baby', 'toddler', 'kid']], // "Kids' Electronics" sells baby toys too
    [B("boy's|girl's|boys'|girls'|boys?|girls?|youth"), ['toddler', 'kid', 'teen']], // toddler boys wear boys' sizes
    [B('teens?|teenagers?'), ['teen']],
    [B('adults?'), ['adult']],
  ])(text);
  for (const m of text.matchAll(/(\d+)\s*(?:-|to|~)\s*(\d+)\s*(months?|years?|yrs?)/giu)) {
    const scale = /^m/i.test(m[3] ?? '') ? 1 / 12 : 1;
    out.push({ text: m[0], values: ageGroups(Number(m[1]) * scale, Number(m[2]) * scale) });
  }
  for (const m of text.matchAll(/(\d+)\s*(?:\+|(?:years?|yrs?)\s*(?:\+|(?:and|&)\s*(?:up|older|above)))/giu)) {
    out.push({ text: m[0], values: ageGroups(Number(m[1]), 200) });
  }
  return out;
}

const STEEL = ['stainless', 'carbon steel'];
const PLASTICS = ['pp', 'pe', 'pvc', 'abs', 'pet', 'pc', 'acrylic', 'plastic'];

export const FACETS: readonly Facet[] = [
  {
    id: 'gender', en: 'gender', zh: '性别', attribute: /gender|\bsex\b|department|性别|适用人群/iu, alsoFrom: ['category', 'description'], numeric: false,
    mentions: labels([
      [B('unisex|men\\s*(?:and|&|/)\\s*women|women\\s*(?:and|&|/)\\s*men|男女'), ['male', 'female']],
      [B("men's|mens|men|male|gentlemen|boy's|boys'|boys?|男士|男款|男"), ['male']],
      [B("women's|womens|women|woman|ladies|lady|female|girl's|girls'|girls?|女士|女款|女"), ['female']], // not "man": Spider-Man
    ]),
  },
  { id: 'age', en: 'age group', zh: '适用年龄', attribute: /(?<![a-z])ages?(?![a-z])|age range|年龄/iu, alsoFrom: ['category'], numeric: false, mentions: ageMentions },
  {
    id: 'material', en: 'material', zh: '材质', attribute: /material|fabric|材质|材料|面料/iu, alsoFrom: [], numeric: false,
    mentions: labels([
      [B('stainless(?:\\s+steel)?|sus\\s?3\\d\\d|ss\\s?3\\d\\d|inox|18/(?:8|10)|不锈钢'), ['stainless']],
      [B('carbon\\s+steel|mild\\s+steel|galvani[sz]ed\\s+steel|q235|q345|碳钢'), ['carbon steel']],
      [B('steel|钢'), STEEL],
      [B('alumin(?:i)?um|铝'), ['aluminium']],
      [B('cast\\s+iron|wrought\\s+iron|铸铁'), ['iron']],
      [B('copper|brass|铜'), ['copper']],
      [B('titanium'), ['titanium']],
      [B('hdpe|ldpe|lldpe|polyethylene'), ['pe']],
      [B('PE', 'u'), ['pe']],
      [B('polypropylene'), ['pp']],
      [B('PP', 'u'), ['pp']],
      [B('u?pvc|vinyl'), ['pvc']],
      [B('ABS', 'u'), ['abs']],
      [B('petg|tritan'), ['pet']],
      [B('PET', 'u'), ['pet']],
      [B('polycarbonate'), ['pc']],
      [B('PC', 'u'), ['pc']],
      [B('acrylic|pmma'), ['acrylic']],
      [B('plastics?|塑料'), PLASTICS],
      [B('silicone|硅胶'), ['silicone']],
      [B('rubber|橡胶'), ['rubber']],
      [B('(?:tempered\\s+|borosilicate\\s+)?glass|玻璃'), ['glass']],
      [B('ceramics?|porcelain|stoneware|陶瓷'), ['ceramic']],
      [B('bamboo|竹'), ['bamboo']],
      [B('wood(?:en)?|oak|walnut|beech|pine|木'), ['wood']],
      [B('cotton|棉'), ['cotton']],
      [B('linen|麻'), ['linen']],
      [B('polyester|涤纶'), ['polyester']],
      [B('(?:genuine\\s+|real\\s+)?leather|真皮'), ['leather']],
      [B('wool|羊毛'), ['wool']],
      [B('silk|真丝'), ['silk']],
    ]),
  },
  {
    id: 'colour', en: 'colour', zh: '颜色', attribute: /colou?r|颜色/iu, alsoFrom: [], numeric: false,
    mentions: (text) => (/multi|assorted|mixed|random|various|custom|as (?:picture|shown)|多色|混色|定制/iu.test(text) ? [] : colours(text)),
  },
  {
    id: 'size', en: 'size', zh: '尺寸', attribute: /^(?:item\s+)?size$|尺寸|尺码/iu, alsoFrom: [], numeric: true,
    mentions: amounts(/(?<![\p{L}\d.])(\d+(?:[.,]\d+)?)\s*(inches|inch|in\.|"|”|cm|mm|feet|foot|ft)(?![\p{L}])/giu, (u) => ({ inches: 25.4, inch: 25.4, 'in.': 25.4, '"': 25.4, '”': 25.4, cm: 10, mm: 1, feet: 304.8, foot: 304.8, ft: 304.8 })[u] ?? 0),
  },
  {
    id: 'capacity', en: 'capacity', zh: '容量', attribute: /capacity|volume|容量/iu, alsoFrom: [], numeric: true,
    mentions: amounts(/(?<![\p{L}.])(\d+(?:[.,]\d+)?)\s*(litres|liters|litre|liter|ltr|l|ml|fl\.?\s?oz|quarts?|qt|gallons?|gal|升|毫升)(?![\p{L}])/giu, (u) =>
      u.startsWith('ml') || u === '毫升' ? 0.001 : u.startsWith('fl') ? 0.0295735 : u.startsWith('q') ? 0.946353 : u.startsWith('gal') ? 3.78541 : 1),
  },
  {
    id: 'power', en: 'power', zh: '功率', attribute: /power|wattage|功率/iu, alsoFrom: [], numeric: true,
    mentions: amounts(/(?<![\p{L}.x])(\d+(?:[.,]\d+)?)\s*(kw|w|watts?|瓦)(?![\p{L}])(?!\s*x\s*\d)/giu, (u) => (u === 'kw' ? 1000 : 1)),
  },
  {
    id: 'pack', en: 'pack count', zh: '包装数量', attribute: /^(?!.*(order|moq|起订)).*(pack|pieces|piece count|item count|unit count|number of items|件数|每包|\bpcs\b)/iu, alsoFrom: [], numeric: true,
    mentions: (text) => packCounts(text),
  },
];

const COLOURS: readonly [string, string][] = [
  ['black', 'black'], ['white', 'white'], ['red', 'red'], ['blue', 'blue'], ['navy', 'blue'], ['green', 'green'], ['yellow', 'yellow'],
  ['pink', 'pink'], ['rose', 'pink'], ['purple', 'purple'], ['violet', 'purple'], ['orange', 'orange'], ['brown', 'brown'], ['khaki', 'brown'],
  ['grey', 'grey'], ['gray', 'grey'], ['silver', 'silver'], ['gold', 'gold'], ['golden', 'gold'], ['beige', 'beige'], ['ivory', 'white'],
  ['黑', 'black'], ['白', 'white'], ['红', 'red'], ['蓝', 'blue'], ['绿', 'green'], ['黄', 'yellow'], ['粉', 'pink'], ['紫', 'purple'], ['灰', 'grey'], ['银', 'silver'], ['金', 'gold'],
];

/** Colour words that name something else: white noise, green tea, black pepper, red wine. */
const NOT_COLOURS = /\b(?:white\s+(?:noise|board|goods|paper|list|label)|green\s+(?:tea|energy|house)|black\s+(?:pepper|friday|tea)|red\s+(?:wine|carpet)|blue\s*tooth|rose\s*(?:water|wood|hip))\b/giu;

function colours(text: string): Mention[] {
  const cleaned = text.replace(NOT_COLOURS, ' ');
  return labels(COLOURS.map(([word, value]) => [/[\u4e00-\u9fff]/.test(word) ? new RegExp(`${word}色`, 'u') : B(word), [value]] as [RegExp, string[]]))(cleaned);
}

function packCounts(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/(?:pack|set|box|case|bag|lot)\s+of\s+(\d+)|(?<![\p{L}\d.])(\d+)\s*[- ]?(?:pack|pk|pcs|pieces|count|ct|件|个装)(?![\p{L}])/giu)) {
    out.push({ text: m[0], values: [String(Number(m[1] ?? m[2]))] });
  }
  // An attribute value that is a bare number ("Pack count: 6").
  if (out.length === 0 && /^\s*\d+\s*$/.test(text)) out.push({ text: text.trim(), values: [String(Number(text))] });
  return out;
}
