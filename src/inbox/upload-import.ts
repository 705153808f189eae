/**
 * An import started from the web: the uploaded file is imported in the background, the same way
 * `xunpan import` does it (mail through importSources, platform exports through
 * importPlatformFile), and the `imports` row is kept current after each committed batch so a page
 * can poll it. The caller gets the row's id before the first message is read.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BayesModel } from '../bayes/model.js';
import { UserError } from '../errors.js';
import type { ParseLimits } from '../ingest/limits.js';
import { now, type Store } from '../store/dialect.js';
import { importSources, type ImportCounts } from './import.js';
import { importPlatformFile } from './platform-import.js';

export const UPLOAD_KINDS = ['.eml', '.mbox', '.csv', '.xlsx'] as const;
const isSheet = (name: string) => /\.(csv|xlsx)$/i.test(name);

export interface UploadedFile {
  /** Where the upload lies; its folder is removed when the run ends. */
  path: string;
  /** The name the user gave it, shown in the list of runs. */
  name: string;
  /** Messages the file should hold, when it can be told before reading it. */
  expected: number | null;
}

export interface UploadImportOptions {
  model: BayesModel | null;
  limits: ParseLimits;
  workers: number;
  /** Told when the run has ended, either way. */
  onSettled?: () => void;
}

export async function startUploadImport(store: Store, file: UploadedFile, options: UploadImportOptions): Promise<number> {
  const counts: ImportCounts = { read: 0, stored: 0, duplicates: 0, failed: 0 };
  const row = await store.db
    .insertInto('imports')
    .values({ label: file.name.slice(0, 500), started_at: now(), status: 'running', expected: file.expected, ...counts })
    .returning('id')
    .executeTakeFirstOrThrow();
  void run(store, row.id, file, options)
    .finally(() => options.onSettled?.())
    .catch((error: unknown) => console.error(error)); // nobody awaits a background run: it must not reject unseen

  return row.id;
}

const EMPTY = { zh: '文件里没有找到邮件或询盘', en: 'no messages or inquiries were found in the file' };
const NOTHING_READ = { zh: '文件里的邮件都无法读取', en: 'none of the messages in the file could be read' };
const INTERNAL = { zh: '导入时出现内部错误，已记录', en: 'internal error during the import; it has been logged' };

async function run(store: Store, id: number, file: UploadedFile, options: UploadImportOptions): Promise<void> {
  const update = (values: Partial<ImportCounts> & { expected?: number }) => store.db.updateTable('imports').set(values).where('id', '=', id).execute();
  let counts: ImportCounts;
  let reason: { zh: string; en: string } | null;
  try {
    counts = isSheet(file.name)
      ? await importPlatformFile(store, file.path, options.model, { onBatch: async (c) => void (await update({ ...c, expected: c.read })) })
      : await importSources(store, [file.path], { model: options.model, limits: options.limits, workers: options.workers, runId: id });
    reason = counts.read === 0 ? EMPTY : counts.stored + counts.duplicates === 0 ? NOTHING_READ : null;
  } catch (error) {
    if (!(error instanceof UserError)) console.error(error);
    // The messages name the temporary file; the user knows it by the name they gave it.
    reason = error instanceof UserError ? { zh: error.zh.replaceAll(file.path, file.name), en: error.en.replaceAll(file.path, file.name) } : INTERNAL;
    counts = await store.db.selectFrom('imports').select(['read', 'stored', 'duplicates', 'failed']).where('id', '=', id).executeTakeFirstOrThrow();
  }
  // Removed before the run is marked as ended: whoever sees it ended finds no upload left behind.
  await rm(path.dirname(file.path), { recursive: true, force: true });
  await store.db
    .updateTable('imports')
    .set({ ...counts, status: reason ? 'failed' : 'done', finished_at: now(), error_zh: reason?.zh ?? null, error_en: reason?.en ?? null })
    .where('id', '=', id)
    .execute();
}

export interface ImportRun extends ImportCounts {
  id: number;
  label: string;
  status: 'running' | 'done' | 'failed';
  expected: number | null;
  startedAt: string;
  finishedAt: string | null;
  error: { zh: string; en: string } | null;
}

/** The latest runs first, CLI and web alike. */
export async function listImports(store: Store, limit = 50): Promise<ImportRun[]> {
  const rows = await store.db.selectFrom('imports').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id, label: r.label, status: r.status, read: r.read, stored: r.stored, duplicates: r.duplicates, failed: r.failed, expected: r.expected,
    startedAt: r.started_at, finishedAt: r.finished_at, error: r.error_zh !== null && r.error_en !== null ? { zh: r.error_zh, en: r.error_en } : null,
  }));
}
