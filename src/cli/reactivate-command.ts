import { isFreeMail } from '../enrich/freemail.js';
import { usageError } from '../errors.js';
import { storedBounces, storedInquiries } from '../inbox/reactivation-source.js';
import { describeResult, reactivate } from '../reactivate/index.js';
import { bounceMessages, readCustomers, writeCsv, writeXlsx } from '../reactivate/files.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';

export const REACTIVATE_HELP = `用法 Usage: xunpan reactivate [--db DB] [--customers FILE] --xlsx OUT [--csv OUT] [--bounces PATH...] [--json]

  把库中的旧询盘整理成再开发表：每位买家一行，A/B/C 分级，去掉垃圾和已有客户，标出退信地址。
  Turn the stored inquiries into the reactivation table: one row per buyer, graded A/B/C, junk and
  existing customers left out, bounced addresses marked.

  --customers FILE  已有客户名单（CSV 或 XLSX）/ the existing customers (CSV or XLSX)
  --xlsx OUT        写出 XLSX / write the XLSX
  --csv OUT         另写 CSV（UTF-8 带 BOM，Excel/WPS 可直接打开）/ also write a CSV (UTF-8 with BOM)
  --bounces PATH    库外的退信邮件（.eml/.mbox/文件夹），库中的退信总会读取
                    bounce messages outside the inbox; bounces stored in it are always read
  --json            输出统计 JSON / print the counts as JSON
`;

export async function reactivateCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parse(argv);
  if (values.help) {
    out.write(REACTIVATE_HELP);
    return 0;
  }
  const lang = langOption(values.lang);
  if (!values.xlsx && !values.csv) throw usageError('请用 --xlsx OUT 指定输出文件', 'give the output file with --xlsx OUT');
  const customers = values.customers ? await readCustomers(values.customers) : [];
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const extra = values.bounces ?? [];
    async function* bounces() {
      yield* storedBounces(store);
      if (extra.length > 0) yield* bounceMessages(extra);
    }
    const result = await reactivate(storedInquiries(store), bounces(), customers, { isFreeMail });
    if (values.xlsx) await writeXlsx(values.xlsx, result);
    if (values.csv) await writeCsv(values.csv, result);
    out.write(values.json ? `${JSON.stringify(result.counts)}\n` : `${describeResult(result, lang)}\n`);
    return 0;
  } finally {
    await store.db.destroy();
  }
}

function parse(argv: string[]) {
  return parseCommandArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      customers: { type: 'string' },
      xlsx: { type: 'string' },
      csv: { type: 'string' },
      bounces: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
