import { usageError } from '../errors.js';
import { runDueOutreach } from '../inbox/outreach.js';
import { Intake } from '../store/intake.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { loadSecretKey } from '../store/secrets.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';

export const OUTREACH_HELP = `用法 Usage: xunpan outreach run [--db DB] [--json] [--lang zh|en]

  发送到期的开发信（每位发信人每次最多一封，遵守最短间隔与每日上限），用于 cron；
  xunpan serve 运行时会自动发送。
  Send the outreach letters that are due (at most one per sender per run, within the minimum
  interval and the daily cap), for cron; a running xunpan serve sends them by itself.

  --db      SQLite 文件或 postgres:// 地址 / a SQLite file or a postgres:// URL
  --json    输出 JSON / print {"sent": [...], "failed": [...], "cancelled": N}
`;

export async function outreachCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    out.write(OUTREACH_HELP);
    return 0;
  }
  if (positionals[0] !== 'run' || positionals.length > 1) throw usageError('用法：xunpan outreach run [--db DB]', 'usage: xunpan outreach run [--db DB]');
  const lang = langOption(values.lang);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    let intake: Promise<Intake> | null = null;
    const r = await runDueOutreach(store, { now: () => new Date(), key: () => loadSecretKey(), intake: () => (intake ??= Intake.open(store)) });
    out.write(values.json ? `${JSON.stringify(r)}\n` : lang === 'zh' ? `已发送 ${r.sent.length} 封，失败 ${r.failed.length} 封，因买家来信取消 ${r.cancelled} 封\n` : `sent ${r.sent.length}, failed ${r.failed.length}, cancelled because the buyer wrote ${r.cancelled}\n`);
    return 0;
  } finally {
    await store.db.destroy();
  }
}
