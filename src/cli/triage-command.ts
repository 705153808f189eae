import { parseArgs } from 'node:util';
import { loadModel } from '../bayes/load.js';
import { resolveLimits } from '../ingest/limits.js';
import { readSources } from '../ingest/sources.js';
import { defaultWorkers, triageParallel } from '../pipeline/pool.js';
import { triageStream } from '../pipeline/triage-stream.js';
import { usageError } from '../errors.js';
import { resolveLang } from './lang.js';
import { tableHeader, tableRow, tableSummary } from './table.js';

export const TRIAGE_HELP = `用法 Usage: xunpan triage [--json] [--lang zh|en] [--db FILE] [--no-store] PATH...

  PATH      .eml 文件、.mbox 文件、文件夹（递归）或 - 表示标准输入
            an .eml file, an .mbox file, a folder (recursive), or - for standard input
  --json    每封邮件输出一行 JSON / one JSON object per message (JSON Lines)
  --lang    表格语言 / table language (default: system locale, else zh)
  --no-store  只分析、不写入数据库 / triage without writing to any database
  --own-domain D  我方域名，可重复 / your own mail domain (repeatable)
  --workers N  并行线程数，1 为单线程 / worker threads, 1 = in this thread (default: one per core)
`;

/** Runs `xunpan triage`; returns the exit status (0 all read, 1 an input unreadable). */
export async function triageCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
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
  } catch (error) {
    throw usageError(`参数错误：${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(TRIAGE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw usageError('请指定至少一个路径（文件、文件夹或 -）', 'give at least one PATH (file, folder or -)');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw usageError('--lang 只能是 zh 或 en', '--lang must be zh or en');
  const lang = resolveLang(values.lang);
  if (values.db !== undefined && !values['no-store']) {
    // Said on stderr so --json output stays machine-clean.
    process.stderr.write('xunpan: 收件箱存储尚未提供，本次只分析、不写入数据库。\nxunpan: the inbox store is not built yet; this run triages without storing anything.\n');
  }
  const limits = resolveLimits();
  const entries = readSources(positionals, { maxMessageBytes: limits.maxMessageBytes });
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw usageError('--workers 须为 1 到 64 的整数', '--workers must be a whole number from 1 to 64');
  const options = { model: loadModel(), limits, ownDomains: values['own-domain'] ?? [] };
  const records = workers > 1 ? triageParallel(entries, { ...options, workers }) : triageStream(entries, options);

  let unreadable = false;
  const counts: Record<string, number> = {};
  if (!values.json) out.write(`${tableHeader(lang)}\n`);
  for await (const record of records) {
    if (record.signals.some((s) => s.id === 'parse.error' && s.evidence[0] === 'unreadable')) unreadable = true;
    counts[record.verdict] = (counts[record.verdict] ?? 0) + 1;
    const line = values.json ? JSON.stringify(record) : tableRow(record, lang);
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  if (!values.json) out.write(`${tableSummary(counts, lang)}\n`);
  return unreadable ? 1 : 0;
}
