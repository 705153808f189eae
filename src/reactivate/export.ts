import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ReactivationList } from './list.js';
import { COLUMNS, DRAFT_COLUMNS, EXCLUDED_COLUMNS, exclusionCells, rowCells, type Cell, type TableLang } from './table.js';

export const SHEET_BUYERS = 'Buyers 询盘客户';
export const SHEET_EXCLUDED = 'Excluded 已排除';
export const SHEET_DRAFTS = 'Drafts 开发信';

/** Widths in characters, so the sheet is readable when it opens; long text columns wrap. */
const WIDTHS: Partial<Record<(typeof COLUMNS)[number]['key'], number>> = {
  no: 6, name: 18, email: 28, contact: 30, company: 26, country: 14, grade: 8, summary: 50, firstAt: 12, lastAt: 12, delivery: 16, bounce: 30,
};

/**
 * The table as an XLSX workbook: buyers on the first sheet (header row = COLUMNS, so it starts
 * with 序号 … 询盘时间), then the exclusions with their reasons, then the outreach drafts.
 */
export async function toXlsx(list: ReactivationList, lang: TableLang = 'zh'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const buyers = wb.addWorksheet(SHEET_BUYERS, { views: [{ state: 'frozen', ySplit: 1 }] });
  buyers.columns = COLUMNS.map((c) => ({ header: c[lang], key: c.key, width: WIDTHS[c.key] ?? 14 }));
  for (const r of list.rows) buyers.addRow(rowCells(r, lang, 'date'));
  for (const key of ['firstAt', 'lastAt'] as const) buyers.getColumn(key).numFmt = 'yyyy-mm-dd';
  buyers.getRow(1).font = { bold: true };
  buyers.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  const excluded = wb.addWorksheet(SHEET_EXCLUDED);
  excluded.addRow(EXCLUDED_COLUMNS.map((c) => c[lang])).font = { bold: true };
  for (const e of list.excluded) excluded.addRow(exclusionCells(e, lang));
  excluded.columns.forEach((c, i) => (c.width = [18, 28, 26, 12, 10, 60, 18, 14][i] ?? 14));

  const drafts = wb.addWorksheet(SHEET_DRAFTS);
  drafts.addRow(DRAFT_COLUMNS.map((c) => c[lang])).font = { bold: true };
  for (const r of list.rows) if (r.draft) drafts.addRow([r.no, r.email, r.draft.languages.join('+'), r.draft.subject, r.draft.body]);
  drafts.columns.forEach((c, i) => (c.width = [6, 28, 10, 40, 90][i] ?? 14));
  drafts.getColumn(5).alignment = { wrapText: true, vertical: 'top' };

  return new Uint8Array(await wb.xlsx.writeBuffer());
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
export function toCsv(list: ReactivationList, lang: TableLang = 'zh'): string {
  const records = [COLUMNS.map((c) => c[lang]), ...list.rows.map((r) => rowCells(r, lang, 'text').map(csvCell))];
  return stringify(records, { bom: true, record_delimiter: 'windows', quoted_string: false });
}
