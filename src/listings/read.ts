/**
 * The listings shell: the only file of src/listings that touches the disk. It reads the catalogue's
 * bytes and the English dictionary and hands plain data to the pure core.
 */
import { readFile } from 'node:fs/promises';
import dictionary from 'dictionary-en';
import { UserError } from '../errors.js';
import { readCatalogue } from './catalogue.js';
import type { Catalogue } from './product.js';
import { readSheet } from './sheet.js';
import { Speller } from './speller.js';

export function loadSpeller(): Speller {
  return new Speller(dictionary);
}

export async function readCatalogueFile(file: string): Promise<Catalogue> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError('unreadable', `无法读取文件 ${file}（${reason}）`, `cannot read ${file} (${reason})`, 1, { cause: error });
  }
  return catalogueFromBytes(bytes, file);
}

/** A catalogue from its bytes (an upload, or a file read above); `file` is what errors call it. */
export async function catalogueFromBytes(bytes: Uint8Array, file: string): Promise<Catalogue> {
  const sheet = await readSheet(bytes);
  if (!sheet.ok) {
    if (sheet.error === 'xls') throw new UserError('unreadable', `${file} 是旧版 .xls 格式，请另存为 .xlsx 或 .csv`, `${file} is an old .xls workbook: save it as .xlsx or .csv`, 1);
    throw new UserError('unreadable', `${file} 不是可读的 CSV 或 XLSX 文件（${sheet.detail ?? ''}）`, `${file} is not a readable CSV or XLSX file (${sheet.detail ?? ''})`, 1);
  }
  const result = readCatalogue(sheet.rows);
  if (result.ok) return result.catalogue;
  switch (result.error) {
    case 'empty':
      throw new UserError('unreadable', `${file} 是空文件`, `${file} is empty`, 1);
    case 'no-title-column':
      throw new UserError('unreadable', `${file} 没有标题列（如 “产品名称” 或 “Product Name”）`, `${file} has no title column (such as "Product Name" or "产品名称")`, 1);
    case 'too-many-rows':
      throw new UserError('unreadable', `${file} 行数过多`, `${file} has too many rows`, 1);
  }
}
