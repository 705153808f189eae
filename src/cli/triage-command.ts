import { loadModel } from '../bayes/load.js';
import { resolveLimits } from '../ingest/limits.js';
import { readSources } from '../ingest/sources.js';
import { triageParallel } from '../pipeline/pool.js';
import type { TriageRecord } from '../pipeline/record.js';
import { triageStream } from '../pipeline/triage-stream.js';
import { usageError } from '../errors.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';
import { defaultWorkersFor, parseWorkers } from './workers.js';
import { tableHeader, tableRow, tableSummary } from './table.js';

export const TRIAGE_HELP = `用法 Usage: xunpan triage [--json] [--lang zh|en] [--db DB] [--no-store] PATH...

  PATH      .eml 文件、.mbox 文件、文件夹（递归）或 - 表示标准输入
            an .eml file, an .mbox file, a folder (recursive), or - for standard input
  --json    每封邮件输出一行 JSON / one JSON object per message (JSON Lines)
  --lang    表格语言 / table language (default: system locale, else zh)
  --db DB   同时存入收件箱（SQLite 文件或 postgres:// 地址）/ also store each message in the inbox
  --no-store  只分析、不写入数据库（不给 --db 时即如此）/ write to no database (the default without --db)
  --own-domain D  我方域名，可重复 / your own mail domain (repeatable)
  --workers N  并行线程数，1 为单线程；默认每核一个，输入不超过 16 MB 时单线程 /
               worker threads, 1 = in this thread (default: one per core; none for 16 MB of input or less)
`;

/** Runs `xunpan triage`; returns the exit status (0 all read, 1 an input unreadable). */
export async function triageCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const parsed = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      db: { type: 'string' },
      'no-store': { type: 'boolean', default: false },
      'own-domain': { type: 'string', multiple: true },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(TRIAGE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw usageError('请指定至少一个路径（文件、文件夹或 -）', 'give at least one PATH (file, folder or -)');
  const lang = langOption(values.lang);
  const limits = resolveLimits();
  const workers = values.workers === undefined ? await defaultWorkersFor(positionals) : parseWorkers(values.workers);
  const options = { model: loadModel(), limits, ownDomains: values['own-domain'] ?? [] };

  let unreadable = false;
  const counts: Record<string, number> = {};
  const print = async (record: TriageRecord) => {
    if (record.signals.some((s) => s.id === 'parse.error' && s.evidence[0] === 'unreadable')) unreadable = true;
    counts[record.verdict] = (counts[record.verdict] ?? 0) + 1;
    const line = values.json ? JSON.stringify(record) : tableRow(record, lang);
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  };
  if (!values.json) out.write(`${tableHeader(lang)}\n`);
  if (values.db !== undefined && !values['no-store']) {
    // --db: the same run also stores every message in the inbox, as `xunpan import` does. The store's modules
    // (SQLite, PostgreSQL) are loaded only then: a run that only prints starts a fifth faster without them.
    const [{ importSources }, { openStore, resolveDbTarget }, { workspaceModel }] = await Promise.all([
      import('../inbox/import.js'),
      import('../store/open.js'),
      import('../store/workspace-model.js'),
    ]);
    const store = await openStore(resolveDbTarget(values.db));
    try {
      await importSources(store, positionals, { ...options, model: await workspaceModel(store, options.model), workers, onRecord: print });
    } finally {
      await store.db.destroy();
    }
  } else {
    const entries = readSources(positionals, { maxMessageBytes: limits.maxMessageBytes });
    for await (const record of workers > 1 ? triageParallel(entries, { ...options, workers }) : triageStream(entries, options)) await print(record);
  }
  if (!values.json) out.write(`${tableSummary(counts, lang)}\n`);
  return unreadable ? 1 : 0;
}
