import { REQUIRED_FIELDS, targetOf, type Target } from './fields.js';
import { TRADE_FIELDS, type Catalogue, type Product } from './product.js';

/** Largest catalogue we read: a seller's export is thousands of rows; more is a wrong file. */
export const MAX_PRODUCTS = 200_000;

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; error: 'empty' | 'no-title-column' | 'too-many-rows' };

/**
 * Turns a sheet (first non-empty row = headers) into products. Expected failures are values:
 * the shell turns them into a bilingual error.
 */
export function readCatalogue(rows: readonly (readonly string[])[]): CatalogueResult {
  const headerIndex = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { ok: false, error: 'empty' };
  const headers = (rows[headerIndex] ?? []).map((h) => h.trim());
  const targets = headers.map((h) => (h === '' ? undefined : targetOf(h)));
  if (!targets.some((t) => t?.kind === 'title')) return { ok: false, error: 'no-title-column' };
  const dataRows = rows.slice(headerIndex + 1);
  if (dataRows.length > MAX_PRODUCTS) return { ok: false, error: 'too-many-rows' };

  const products: Product[] = [];
  for (const [i, cells] of dataRows.entries()) {
    if (!cells.some((c) => c.trim() !== '')) continue; // a blank line keeps its number but is no product
    products.push(toProduct(i + 1, headers, targets, cells));
  }
  const unknownColumns = [...new Set(headers.filter((h, i) => h !== '' && targets[i] === undefined))];
  return { ok: true, catalogue: { products, unknownColumns, absentFields: absentFields(targets) } };
}

function toProduct(row: number, headers: string[], targets: (Target | undefined)[], cells: readonly string[]): Product {
  const p: Product = {
    row, title: '', category: '', brand: '', attributes: [], description: '', images: 0,
    trade: Object.fromEntries(TRADE_FIELDS.map((f) => [f, ''])) as Product['trade'], extra: {},
  };
  for (const [i, target] of targets.entries()) {
    const value = (cells[i] ?? '').trim();
    const header = headers[i] ?? '';
    if (value === '') continue;
    if (target === undefined) {
      if (header !== '') p.extra[header] = value;
      continue;
    }
    switch (target.kind) {
      case 'title': p.title = join(p.title, value, ' '); break;
      case 'category': p.category = join(p.category, value, ' | '); break;
      case 'brand': p.brand = join(p.brand, value, ' '); break;
      case 'description': p.description = join(p.description, value, '\n'); break;
      case 'images': p.images += imageCount(value); break;
      case 'attributes': {
        const { pairs, prose } = parseAttributeList(value);
        p.attributes.push(...pairs);
        if (prose) p.description = join(p.description, prose, '\n');
        break;
      }
      case 'trade': p.trade[target.field] = join(p.trade[target.field], value, ' - '); break; // min and max price become a range
      case 'attribute': p.attributes.push([target.name, value]); break;
    }
  }
  p.title = p.title.replace(/\s+/g, ' ');
  return p;
}

function join(a: string, b: string, sep: string): string {
  return a === '' ? b : `${a}${sep}${b}`;
}

/** A number is a count; otherwise count the links (exports join them with | , ; or new lines). */
function imageCount(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  const links = value.split(/[|,;\s]+/).filter((v) => /^(https?:\/\/|\/\/|[\w-]+\.(jpe?g|png|webp|gif)$)/i.test(v));
  if (links.length === 0) return 1; // something is there, just not as links
  // A spacer gif is page furniture, not a product photo.
  return links.filter((l) => !/transparent-pixel|spacer/i.test(l)).length;
}

/**
 * `Material: steel | Color: black` (or ; or new lines, ： in Chinese) → pairs. A part without a name
 * continues the value before it ("14 x 11 inches ; 4 pounds"), or is prose when nothing came before.
 */
export function parseAttributeList(text: string): { pairs: [string, string][]; prose: string } {
  const pairs: [string, string][] = [];
  const prose: string[] = [];
  for (const part of text.split(/\s*[|\n;；]\s*/)) {
    const m = /^([^:：]{1,40}?)\s*[:：]\s*(.+)$/.exec(part.trim());
    const last = pairs.at(-1);
    if (m?.[1] && m[2] && !/^https?$/i.test(m[1])) pairs.push([m[1].trim(), m[2].trim()]);
    else if (part.trim() === '') continue;
    else if (last && prose.length === 0) last[1] = `${last[1]}; ${part.trim()}`;
    else prose.push(part.trim());
  }
  return { pairs, prose: prose.join(' ') };
}

function absentFields(targets: (Target | undefined)[]): string[] {
  const present = new Set<string>();
  for (const t of targets) {
    if (!t) continue;
    if (t.kind === 'trade') present.add(t.field);
    else if (t.kind === 'attribute') present.add('attributes');
    else present.add(t.kind);
  }
  return REQUIRED_FIELDS.filter((f) => !present.has(f));
}
