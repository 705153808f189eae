import { parseCommandArgs } from './args.js';
import type { Lang } from '../explain/explain.js';
import { responseReportFor } from '../inbox/followups.js';
import { BUCKETS, type ResponseReport } from '../reply/index.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { langOption } from './lang.js';

export const REPORT_HELP = `用法 Usage: xunpan report [--db DB] [--json] [--lang zh|en]

  回复时效报告：首次回复时间分 0–6、6–12、12–24、24 小时以上，及时回复率、买家二次回复率、
  各时段成交转化，按业务员；垃圾和自动回复不计。
  The response-time report: first replies in 0–6, 6–12, 12–24, 24 h+ buckets, timely-reply and
  buyer second-reply rates, conversion per bucket, per salesperson; junk and auto-replies left out.

  --db      SQLite 文件或 postgres:// 地址 / a SQLite file or a postgres:// URL
  --json    只输出报告对象 / print the report object only
`;

export async function reportCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parse(argv);
  if (values.help) {
    out.write(REPORT_HELP);
    return 0;
  }
  const lang = langOption(values.lang);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const report = await responseReportFor(store, { id: 0, role: 'admin' }, new Date());
    out.write(values.json ? `${JSON.stringify(report)}\n` : human(report, lang));
    return 0;
  } finally {
    await store.db.destroy();
  }
}

const percent = (rate: number | null) => (rate === null ? '-' : `${Math.round(rate * 100)}%`);
function minutes(m: number | null, lang: Lang): string {
  if (m === null) return '-';
  if (m < 120) return `${m} ${lang === 'zh' ? '分钟' : 'min'}`;
  if (m < 48 * 60) return `${Math.round(m / 6) / 10} ${lang === 'zh' ? '小时' : 'h'}`;
  return `${Math.round(m / 144) / 10} ${lang === 'zh' ? '天' : 'days'}`;
}

function human(r: ResponseReport, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    zh ? `回复时效报告（截至 ${r.now}）` : `Response times (as of ${r.now})`,
    zh
      ? `询盘 ${r.inquiries}（另有垃圾 ${r.excluded.junk}、自动回复 ${r.excluded.autoReply} 不计），已回复 ${r.answered}，未回复 ${r.unanswered}`
      : `${r.inquiries} inquiries (${r.excluded.junk} junk and ${r.excluded.autoReply} auto-replies left out), ${r.answered} answered, ${r.unanswered} not yet`,
    zh
      ? `首次回复中位时间 ${minutes(r.medianFirstResponseMinutes, lang)}；24 小时内回复率 ${percent(r.timelyReplyRate)}；买家二次回复率 ${percent(r.buyerSecondReplyRate)}`
      : `median first reply ${minutes(r.medianFirstResponseMinutes, lang)}; replied within 24 h ${percent(r.timelyReplyRate)}; buyer wrote again ${percent(r.buyerSecondReplyRate)}`,
    '',
    zh ? '时段      回复  成交  转化率' : 'bucket   replies  won  conversion',
    ...r.buckets.map((b) => `${b.bucket.padEnd(8)} ${String(b.replies).padStart(5)} ${String(b.won).padStart(5)}  ${percent(b.conversionRate)}`),
    '',
    `${zh ? '业务员' : 'salesperson'}: ${BUCKETS.join(' / ')} · ${zh ? '及时率' : 'timely'} · ${zh ? '中位' : 'median'}`,
    ...r.bySalesperson.map((s) => `  ${s.salesperson || (zh ? '（未分配）' : '(unassigned)')}: ${BUCKETS.map((b) => s.buckets[b]).join(' / ')} · ${percent(s.timelyReplyRate)} · ${minutes(s.medianFirstResponseMinutes, lang)}`),
  ];
  if (r.warnings.length > 0) {
    lines.push('', zh ? '即将超过回复时限：' : 'reply window closing soon:');
    for (const w of r.warnings) lines.push(`  #${w.inquiryId} ${w.salesperson ?? '-'} ${zh ? `还剩 ${w.minutesLeft} 分钟` : `${w.minutesLeft} min left`}`);
  }
  return `${lines.join('\n')}\n`;
}

function parse(argv: string[]) {
  return parseCommandArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
