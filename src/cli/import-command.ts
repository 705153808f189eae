import { loadModel } from '../bayes/load.js';
import { usageError } from '../errors.js';
import { importSources, type ImportCounts } from '../inbox/import.js';
import { importPlatformFile } from '../inbox/platform-import.js';
import { resolveLimits } from '../ingest/limits.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { workspaceModel } from '../store/workspace-model.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';
import { defaultWorkersFor, parseWorkers } from './workers.js';

export const IMPORT_HELP = `用法 Usage: xunpan import [--db DB] [--json] [--lang zh|en] PATH...

  把邮件分析后存入收件箱；同一封邮件重复导入只存一次。
  Triage messages and store them in the inbox; a message imported twice is stored once.

  PATH      .eml、.mbox、文件夹（递归）或 - 表示标准输入 / .eml, .mbox, a folder, or - for stdin
            .csv / .xlsx：平台询盘导出（阿里巴巴等）/ a platform inquiry export (Alibaba.com-style)
  --db      SQLite 文件路径或 postgres:// 地址 / a SQLite file or a postgres:// URL
            (默认 default: XUNPAN_DB, else xunpan.db in the data folder)
  --json    结束时输出一个 JSON 对象 / print one JSON object at the end
  --workers N  并行线程数；默认每核一个，输入不超过 16 MB 时单线程 /
               worker threads (default: one per core; none for 16 MB of input or less)
`;

/** Runs `xunpan import` (contracts/cli.md); progress goes to stderr after each committed batch. */
export async function importCommand(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    out.write(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw usageError('请指定至少一个路径（文件、文件夹或 -）', 'give at least one PATH (file, folder or -)');
  const lang = langOption(values.lang);
  const workers = values.workers === undefined ? await defaultWorkersFor(positionals) : parseWorkers(values.workers);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const model = await workspaceModel(store, loadModel());
    // Spreadsheets are platform inquiry exports; everything else is mail.
    const sheets = positionals.filter((p) => /\.(csv|xlsx)$/i.test(p));
    const mail = positionals.filter((p) => !sheets.includes(p));
    const counts: ImportCounts = { read: 0, stored: 0, duplicates: 0, failed: 0 };
    for (const sheet of sheets) {
      const { unknownColumns, ...c } = await importPlatformFile(store, sheet, model);
      if (unknownColumns.length > 0) err.write(`xunpan: ${sheet} 未识别的列 / columns not recognised: ${unknownColumns.join(', ')}\n`);
      for (const k of ['read', 'stored', 'duplicates', 'failed'] as const) counts[k] += c[k];
    }
    const mailCounts = mail.length === 0 ? counts : await importSources(store, mail, {
      model,
      limits: resolveLimits(),
      workers,
      onBatch: (c) => void err.write(lang === 'zh' ? `已读 ${c.read}，已存 ${c.stored}，重复 ${c.duplicates}\n` : `read ${c.read}, stored ${c.stored}, duplicates ${c.duplicates}\n`),
    });
    if (mailCounts !== counts) for (const k of ['read', 'stored', 'duplicates', 'failed'] as const) counts[k] += mailCounts[k];
    out.write(values.json ? `${JSON.stringify(counts)}\n` : summary(counts, lang, store.location));
    return counts.failed > 0 && counts.stored + counts.duplicates === 0 ? 1 : 0;
  } finally {
    await store.db.destroy();
  }
}

function summary(c: ImportCounts, lang: 'zh' | 'en', where: string): string {
  return lang === 'zh'
    ? `读取 ${c.read} 封，新存 ${c.stored} 封，重复 ${c.duplicates} 封，无法读取 ${c.failed} 封 → ${where}\n`
    : `read ${c.read}, stored ${c.stored}, duplicates ${c.duplicates}, could not read ${c.failed} → ${where}\n`;
}

function parse(argv: string[]) {
  return parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
