import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { UserError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { readSources } from '../ingest/sources.js';
import { customersFromRows, type Customer } from './customers.js';
import { toCsv, xlsxSheets } from './export.js';
import type { ReactivationList } from './list.js';

/** The user's customer list (CSV or XLSX, headers in Chinese or English) → customers to leave out. */
export async function readCustomers(file: string): Promise<Customer[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.txt' && ext !== '.tsv') {
    throw new UserError('usage', `客户名单须为 .csv 或 .xlsx 文件：${file}`, `the customer list must be a .csv or .xlsx file: ${file}`, 2);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UserError('customers.unreadable', `无法读取客户名单 ${file}`, `cannot read the customer list ${file}`, 1, { cause: error });
  }
  return customersFromBytes(bytes, ext === '.xlsx' ? 'xlsx' : 'csv', file);
}

/** The same from bytes (an upload): `name` only says which file in the messages. */
export async function customersFromBytes(bytes: Uint8Array, kind: 'csv' | 'xlsx', name: string): Promise<Customer[]> {
  let rows: (unknown[] | undefined)[];
  try {
    rows = kind === 'xlsx' ? await xlsxRows(bytes) : csvRows(bytes);
  } catch (error) {
    throw new UserError('customers.unreadable', `无法读取客户名单 ${name}`, `cannot read the customer list ${name}`, 1, { cause: error });
  }
  const { customers, unknownHeaders } = customersFromRows(rows);
  if (unknownHeaders && rows.length > 0) {
    throw new UserError(
      'customers.columns',
      `客户名单 ${name} 的前 5 行中没有可识别的列名（如 邮箱、电话、公司名称、网站）`,
      `none of the first 5 rows of ${name} names a known column (such as E-mail, Phone, Company, Website)`,
      1,
    );
  }
  return customers;
}

/**
 * CSV as people save it: UTF-8 (with or without BOM) or, from Excel on a Chinese Windows, GBK;
 * comma, semicolon or tab separated.
 */
function csvRows(bytes: Uint8Array): unknown[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gbk').decode(bytes);
  }
  // Empty lines are kept as empty rows so that the row numbers in exclusion reasons match the file.
  return parse(text.replace(/^\uFEFF/, ''), { delimiter: [',', ';', '\t'], relax_column_count: true, trim: true });
}

async function xlsxRows(bytes: Uint8Array): Promise<(unknown[] | undefined)[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const rows: (unknown[] | undefined)[] = [];
  wb.worksheets[0]?.eachRow((row, number) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => (values[col - 1] = cellText(c.value)));
    rows[number - 1] = values;
  });
  return rows;
}

/** Hyperlinks, rich text and formulas are objects in exceljs; the list needs what the cell shows. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  return '';
}

/** Bounce messages from .eml files, mbox files or folders (same inputs as `xunpan triage`). */
export async function* bounceMessages(paths: readonly string[]): AsyncGenerator<Uint8Array> {
  for await (const entry of readSources(paths, { maxMessageBytes: DEFAULT_LIMITS.maxMessageBytes })) {
    if ('error' in entry) throw new UserError('bounces.unreadable', `无法读取退信 ${entry.source}：${entry.detail}`, `cannot read bounces ${entry.source}: ${entry.detail}`, 1);
    yield entry.raw;
  }
}

/**
 * Streams the workbook to a file or stream, row by row: an in-memory workbook of 100,000 buyers
 * and their letters takes gigabytes and most of the run. Strings are inline, not shared, for the same reason.
 */
export async function writeXlsx(target: string | Writable, list: ReactivationList): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ ...(typeof target === 'string' ? { filename: target } : { stream: target }), useStyles: true, useSharedStrings: false });
  for (const plan of xlsxSheets(list)) {
    const sheet = wb.addWorksheet(plan.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = plan.columns.map((c) => ({
      header: c.header, width: c.width,
      style: c.date ? { numFmt: 'yyyy-mm-dd' } : c.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const cells of plan.rows) sheet.addRow(cells).commit();
    sheet.commit();
  }
  try {
    await wb.commit();
  } catch (error) {
    const name = typeof target === 'string' ? target : 'XLSX';
    throw new UserError('output.unwritable', `无法写入 ${name}`, `cannot write ${name}`, 1, { cause: error });
  }
}

export async function writeCsv(file: string, list: ReactivationList): Promise<void> {
  await writeOut(file, toCsv(list));
}

async function writeOut(file: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    throw new UserError('output.unwritable', `无法写入 ${file}`, `cannot write ${file}`, 1, { cause: error });
  }
}
