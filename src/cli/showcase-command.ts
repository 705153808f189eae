import type { Lang } from '../explain/explain.js';
import { usageError } from '../errors.js';
import { keywordsReport, showcaseReport, type ExplainedCandidate, type KeywordsResult, type ShowcaseResult } from '../inbox/showcase.js';
import { readCatalogueFile } from '../listings/read.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';

export const SHOWCASE_HELP = `用法 Usage: xunpan listings showcase [--db DB] [--catalogue FILE] [--json] [--lang zh|en] [--as-of DATE]
       xunpan listings keywords [--db DB] [--json] [--lang zh|en] [--as-of DATE]

  showcase   橱窗推荐：按近 30/90 天询盘、增长和产品诊断分数排序，附原因
             showcase picks: ranked by inquiries in 30/90 days, growth and listing score, with reasons
  keywords   买家用词：每个产品、每个买家国家最常用的说法
             the words buyers use for each product, per buyer country

  --catalogue FILE  产品目录（CSV 或 XLSX），用于匹配产品和诊断分数 / a catalogue, for listings and their scores
  --as-of DATE      统计截止日（默认现在）/ count up to this date (default: now), YYYY-MM-DD
  --json            输出 JSON / print JSON
`;

/** `xunpan listings showcase|keywords …`; exit 0, 1 when the database or catalogue cannot be read, 2 bad usage. */
export async function showcaseCommand(sub: 'showcase' | 'keywords', argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      catalogue: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out.write(SHOWCASE_HELP);
    return 0;
  }
  const lang = langOption(values.lang);
  if (sub === 'keywords' && values.catalogue !== undefined) throw usageError('keywords 不需要 --catalogue', 'keywords takes no --catalogue');
  const asOf = values['as-of'] === undefined ? new Date() : parseDay(values['as-of']);
  const catalogue = values.catalogue === undefined ? null : await readCatalogueFile(values.catalogue);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const viewer = { id: 0, role: 'admin' as const };
    if (sub === 'showcase') {
      const result = await showcaseReport(store, viewer, { asOf, catalogue });
      out.write(values.json ? `${JSON.stringify(result)}\n` : showcaseText(result, lang));
    } else {
      const result = await keywordsReport(store, viewer, { asOf });
      out.write(values.json ? `${JSON.stringify(result)}\n` : keywordsText(result, lang));
    }
    return 0;
  } finally {
    await store.db.destroy();
  }
}

function parseDay(text: string): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime())) throw usageError('--as-of 应为 YYYY-MM-DD', '--as-of must be YYYY-MM-DD');
  // The whole day counts: the window ends at the next midnight.
  return new Date(day.getTime() + 86_400_000);
}

/** The last day the window counts, as the user gave it (the window ends at the next midnight). */
const lastDay = (asOf: string) => new Date(Date.parse(asOf) - 1).toISOString().slice(0, 10);

function empty(result: { inquiries: number; newest: string | null; asOf: string }, lang: Lang): string {
  const zh = lang === 'zh';
  const newest = result.newest ? (zh ? `最新一条询盘在 ${result.newest.slice(0, 10)}，可用 --as-of 指定日期` : `the newest inquiry is from ${result.newest.slice(0, 10)}: try --as-of`) : zh ? '库中还没有询盘' : 'no inquiries stored yet';
  return zh ? `截至 ${lastDay(result.asOf)} 的 90 天内没有带产品的询盘（${newest}）\n` : `no inquiries naming a product in the 90 days to ${lastDay(result.asOf)} (${newest})\n`;
}

function candidateLines(list: ExplainedCandidate[], lang: Lang): string[] {
  return list.flatMap((c, i) => [
    `${i + 1}. ${c.product}${c.row === null ? '' : lang === 'zh' ? `（第 ${c.row} 行）` : ` (row ${c.row})`}  ${c.value}`,
    ...c.reasons.map((r) => `     - ${r[lang]}`),
  ]);
}

export function showcaseText(result: ShowcaseResult, lang: Lang): string {
  if (result.inquiries === 0) return empty(result, lang);
  const zh = lang === 'zh';
  const lines = [zh ? `橱窗推荐（截至 ${lastDay(result.asOf)}，${result.inquiries} 条询盘）` : `Showcase picks (to ${lastDay(result.asOf)}, ${result.inquiries} inquiries)`, ...candidateLines(result.candidates, lang)];
  if (result.unlisted.length) lines.push('', zh ? '买家在问、目录里没有的产品' : 'Asked for, not in the catalogue', ...candidateLines(result.unlisted, lang));
  return `${lines.join('\n')}\n`;
}

export function keywordsText(result: KeywordsResult, lang: Lang): string {
  if (result.inquiries === 0) return empty(result, lang);
  const zh = lang === 'zh';
  const lines = [zh ? `买家用词（近 90 天，按国家）` : 'Buyer keywords (90 days, per country)'];
  for (const p of result.products) {
    lines.push(`${p.product}  (${p.n90})`);
    for (const w of p.words) lines.push(`     ${w.country ?? (zh ? '未知' : '??')} ${w.inquiries}: ${w.phrases.map((x) => `${x.phrase} ${x.n}`).join(zh ? '，' : ', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
