import { parseCommandArgs } from './args.js';
import { UserError } from '../errors.js';
import type { Lang } from '../explain/explain.js';
import { followupsFor, type FollowUp } from '../inbox/followups.js';
import type { Store } from '../store/dialect.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import type { Viewer } from '../store/viewer.js';
import { langOption } from './lang.js';

export const FOLLOWUPS_HELP = `用法 Usage: xunpan followups [--db DB] [--user EMAIL] [--json] [--lang zh|en]

  今日跟进：我方回复后买家未回，3 天、1 周、半个月后跟进，再建议打电话；时间在买家当地工作时间。
  Today's follow-ups: no answer after our reply → follow up after 3 days, a week, half a month, then
  call; each due in the buyer's office hours. Overdue ones are included.

  --db      SQLite 文件或 postgres:// 地址 / a SQLite file or a postgres:// URL
  --user    只看这位业务员的队列 / only this salesperson's queue (default: the whole team)
  --json    输出 JSON / print JSON: {"followups": [...]}
`;

/** The whole team, or one person's queue exactly as they see it in the web. */
async function viewerFor(store: Store, email: string | undefined): Promise<Viewer> {
  if (!email) return { id: 0, role: 'admin' };
  const user = await store.db.selectFrom('users').select('id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  if (!user) throw new UserError('usage', `没有这个用户：${email}`, `no such user: ${email}`, 2);
  return { id: user.id, role: 'sales' };
}

export async function followupsCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parse(argv);
  if (values.help) {
    out.write(FOLLOWUPS_HELP);
    return 0;
  }
  const lang = langOption(values.lang);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const list = await followupsFor(store, await viewerFor(store, values.user), new Date());
    out.write(values.json ? `${JSON.stringify({ followups: list })}\n` : human(list, lang));
    return 0;
  } finally {
    await store.db.destroy();
  }
}

function human(list: FollowUp[], lang: Lang): string {
  if (list.length === 0) return lang === 'zh' ? '今天没有要跟进的询盘\n' : 'no follow-ups due today\n';
  const lines = list.map((f) => {
    const who = [f.buyerName, f.buyerEmail && `<${f.buyerEmail}>`, f.company && `(${f.company})`].filter(Boolean).join(' ');
    const what = f.kind === 'call' ? (lang === 'zh' ? '打电话' : 'call') : lang === 'zh' ? `第 ${f.step} 次跟进` : `follow-up ${f.step}`;
    const late = f.overdue ? (lang === 'zh' ? '（已到期）' : ' (due)') : '';
    return `${f.salesperson ?? '-'}  ${f.buyerLocal}${late}  ${what}  ${who}  “${f.subject}”  #${f.messageId}`;
  });
  const head = lang === 'zh' ? `今日跟进 ${list.length} 条（买家当地时间）` : `${list.length} follow-up(s) due today (buyer's local time)`;
  return `${head}\n${lines.join('\n')}\n`;
}

function parse(argv: string[]) {
  return parseCommandArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
