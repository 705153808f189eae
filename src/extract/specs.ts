import { tidy } from './text.js';
import { eachMatch } from '../each-match.js';
import { scanByCandidates } from '../regex/lookbehind-split.js';

/** Specification labels worth showing; other "Key:Value" fields (Logo, Usage, Gender) are catalogue noise. */
const SPEC_KEYS = 'size|dimensions?|material|colou?r|capacity|thickness|weight|model(?:\\s?number|\\s?no\\.?)?|voltage|power|length|width|height|diameter|grade|volume|specifications?|spec|finish|surface|density|purity|moisture|type|tamaño|medidas|material|couleur|taille|matériau|größe|farbe|tamanho|cor|размер|материал|цвет|尺寸|材质|颜色|规格|型号|重量';
const LABELLED = scanByCandidates(new RegExp(String.raw`(?<![\p{L}])(?<key>${SPEC_KEYS})\s?[:：]\s?(?<value>[^\n:：]{1,60}?)(?=\s?[\p{L}]{2,20}\s?[:：]|[\n;]|\.\s|$)`, 'giu'));
/** "31 × 23.5 × 16.5 cm", "50*50*100mm", "L230 x W150 mm", "1060 X 450X 860MM". */
const DIMENSIONS = scanByCandidates(/(?<![\p{L}\p{N}])[LWHD]?\d{1,5}(?:\.\d{1,2})?\s?(?:mm|cm|m|in|")?\s?[x×*]\s?[LWHD]?\d{1,5}(?:\.\d{1,2})?(?:\s?(?:mm|cm|m|in|")?\s?[x×*]\s?[LWHD]?\d{1,5}(?:\.\d{1,2})?)?\s?(?:mm|cm|m|inch|in|")(?![\p{L}])/giu);
/** Materials and measured properties: "304 stainless steel", "SS316L", "1100 ton", "120kW", "36 volts". */
const MEASURES = /(?<![\p{L}\p{N}])(?:(?:ss\s?)?(?:201|304l?|316l?|430)\s?(?:stainless steel|ss)?|ss\s?(?:201|304l?|316l?)|\d{1,5}(?:\.\d{1,2})?\s?(?:mm|cm|kw|kwh|kva|hp|v|volts?|w|watts?|mah|ah|gb|tb|ml|oz|inch|inches|gsm|micron|mesh|ton(?= press| capacity)|l\/h|m3\/h))(?![\p{L}\p{N}])/giu;
const MAX_SPECS = 10;

export function findSpecifications(text: string): string[] {
  const out: string[] = [];
  const add = (value: string): void => {
    const clean = tidy(value, 80);
    const lower = clean.toLowerCase();
    if (clean.length >= 2 && out.length < MAX_SPECS && !out.some((s) => s.toLowerCase().includes(lower))) out.push(clean);
  };
  for (const m of eachMatch(LABELLED, text)) {
    const value = m.groups?.value?.trim();
    if (value && !/^(?:as (?:picture|shown|photo)|customi[sz]ed|other|n\/a|any)$/i.test(value)) add(`${m.groups?.key ?? ''}: ${value}`);
  }
  for (const m of eachMatch(DIMENSIONS, text)) add(m[0]);
  for (const m of eachMatch(MEASURES, text)) add(m[0]);
  return out;
}
