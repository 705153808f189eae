import { stringify } from 'csv-stringify/sync';
import type { ReactivationList } from './list.js';
import { COLUMNS, DRAFT_COLUMNS, EXCLUDED_COLUMNS, exclusionCells, rowCells, type Cell } from './table.js';

export const SHEET_BUYERS = 'Buyers 询盘客户';
export const SHEET_EXCLUDED = 'Excluded 已排除';
export const SHEET_DRAFTS = 'Drafts 开发信';

/** One worksheet as data; files.ts streams it into the workbook (pure here, I/O there). */
export interface SheetPlan {
  name: string;
  /** Header cell and width in characters, per column. */
  columns: { header: string; width: number; date?: boolean; wrap?: boolean }[];
  rows: Iterable<Cell[]>;
}

/** Widths, so the sheet is readable when it opens. */
const WIDTHS: Partial<Record<(typeof COLUMNS)[number]['key'], number>> = {
  no: 6, name: 18, email: 28, contact: 30, company: 26, country: 14, grade: 8, summary: 50, firstAt: 12, lastAt: 12, delivery: 16, bounce: 30,
};

/**
 * The workbook: buyers first (header row = COLUMNS, so it starts with 序号 … 询盘时间), then the
 * exclusions with their reasons, then the outreach drafts.
 */
export function xlsxSheets(list: ReactivationList): SheetPlan[] {
  return [
    {
      name: SHEET_BUYERS,
      columns: COLUMNS.map((c) => ({ header: c.zh, width: WIDTHS[c.key] ?? 14, date: c.key === 'firstAt' || c.key === 'lastAt' })),
      rows: map(list.rows, (r) => rowCells(r, 'date')),
    },
    {
      name: SHEET_EXCLUDED,
      columns: EXCLUDED_COLUMNS.map((c, i) => ({ header: c.zh, width: [18, 28, 26, 12, 10, 50, 50, 18, 14][i] ?? 14 })),
      rows: map(list.excluded, (e) => exclusionCells(e)),
    },
    {
      name: SHEET_DRAFTS,
      columns: DRAFT_COLUMNS.map((c, i) => ({ header: c.zh, width: [6, 28, 10, 40, 90][i] ?? 14, wrap: i === 4 })),
      rows: map(list.rows.filter((r) => r.draft), (r) => [r.no, r.email, r.draft?.languages.join('+') ?? '', r.draft?.subject ?? '', r.draft?.body ?? '']),
    },
  ];
}

function* map<T>(items: readonly T[], f: (item: T) => Cell[]): Generator<Cell[]> {
  for (const item of items) yield f(item);
}

/** Cells starting with these are run as formulas by Excel and WPS (CSV injection); a quote makes them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell): string | number {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The buyers sheet as CSV that Excel and WPS open correctly on a Chinese Windows: UTF-8 with a
 * byte-order mark (without it they guess GBK and garble the text) and CRLF line ends.
 */
export function toCsv(list: ReactivationList): string {
  const records = [COLUMNS.map((c) => c.zh), ...list.rows.map((r) => rowCells(r, 'text').map(csvCell))];
  return stringify(records, { bom: true, record_delimiter: 'windows', quoted_string: false });
}
