import { parseCommandArgs } from './args.js';
import { writeFile } from 'node:fs/promises';
import { checkCatalogue, summarize } from '../listings/diagnose.js';
import { loadSpeller, readCatalogueFile } from '../listings/read.js';
import { reportWorkbook } from '../listings/report-xlsx.js';
import { UserError, usageError } from '../errors.js';
import { resolveLang } from './lang.js';
import { listingsHeader, listingsRow, listingsSummary } from './listings-table.js';
import { SHOWCASE_HELP, showcaseCommand } from './showcase-command.js';

export const LISTINGS_HELP = `用法 Usage: xunpan listings check [--json] [--lang zh|en] [--xlsx OUT] FILE

  FILE      产品目录导出文件（CSV 或 XLSX），列名可为中文或英文
            a product catalogue export (CSV or XLSX), headers in Chinese or English
  --json    每个产品输出一行 JSON / one JSON object per product (JSON Lines)
  --lang    表格语言 / table language (default: system locale, else zh)
  --xlsx OUT  另存 XLSX 报告 / also write an XLSX report to OUT
`;

/** Runs `xunpan listings …`; returns the exit status (0 checked, 1 unreadable file, 2 bad usage by throwing). */
export async function listingsCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    out.write(`${LISTINGS_HELP}\n${SHOWCASE_HELP}`);
    return 0;
  }
  if (sub === 'showcase' || sub === 'keywords') return showcaseCommand(sub, rest, out);
  if (sub !== 'check') throw usageError(`未知的 listings 子命令：${sub ?? '（无）'}\n${LISTINGS_HELP}`, `unknown listings subcommand: ${sub ?? '(none)'}`);
  const parsed = parseCommandArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      xlsx: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(LISTINGS_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw usageError('请指定一个产品目录文件（CSV 或 XLSX）', 'give exactly one catalogue FILE (CSV or XLSX)');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw usageError('--lang 只能是 zh 或 en', '--lang must be zh or en');
  const lang = resolveLang(values.lang);

  const catalogue = await readCatalogueFile(positionals[0] as string);
  const reports = checkCatalogue(catalogue, loadSpeller());
  const summary = summarize(catalogue, reports);
  if (values.json) {
    for (const r of reports) out.write(`${JSON.stringify({ row: r.row, title: r.title, score: r.score, findings: r.findings })}\n`);
    // Said on stderr so the JSON Lines stay machine-clean.
    if (catalogue.unknownColumns.length) process.stderr.write(`xunpan: 未识别的列已保留 unknown columns kept: ${catalogue.unknownColumns.join(', ')}\n`);
  } else {
    out.write(`${listingsHeader(lang)}\n`);
    for (const r of reports) out.write(`${listingsRow(r, lang)}\n`);
    out.write(`\n${listingsSummary(summary, lang)}`);
  }
  if (values.xlsx !== undefined) {
    try {
      await writeFile(values.xlsx, await reportWorkbook(reports, summary));
    } catch (error) {
      throw new UserError('unwritable', `无法写入 ${values.xlsx}`, `cannot write ${values.xlsx}`, 1, { cause: error });
    }
  }
  return 0;
}
