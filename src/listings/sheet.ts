import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type SheetResult = { ok: true; rows: string[][] } | { ok: false; error: 'xls' | 'unreadable'; detail?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old binary .xls

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The file's cells as text, whatever its extension says: XLSX is a zip, anything else is read as CSV. */
export async function readSheet(bytes: Uint8Array): Promise<SheetResult> {
  if (startsWith(bytes, OLE)) return { ok: false, error: 'xls' };
  try {
    return { ok: true, rows: startsWith(bytes, ZIP) ? await xlsxRows(bytes) : csvRows(bytes) };
  } catch (error) {
    return { ok: false, error: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Excel on Chinese Windows saves CSV as GBK: bytes that are not valid UTF-8 are read as GB18030
 * (a superset of GBK), so Chinese headers survive either way.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function csvRows(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Semicolons and tabs are what European Excel and some platforms use instead of commas.
  const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0] ?? ',';
  const rows: string[][] = parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  return rows;
}

async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; the bytes are read, never kept.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.text ?? '';
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}
