/**
 * `npm run bench:hostile`: how long one hostile message takes through parse + triage, for long runs of one
 * character put in each header and part a check reads (subject, sender name, Reply-To, Received, X-Mailer,
 * Authentication-Results, List-Unsubscribe, a link, an image, a style, an attachment's name, the text). A check
 * whose pattern backtracks over a run costs the square of its length there: that shows as a case growing four
 * times when XUNPAN_HOSTILE_CHARS doubles. Figures only, never asserted in tests.
 */
import type * as Load from '../src/bayes/load.js';
import type * as Stream from '../src/pipeline/triage-stream.js';
import type { SourceEntry } from '../src/ingest/sources.js';

const built = async <T>(file: string): Promise<T> => (await import(new URL(`../dist/${file}`, import.meta.url).href)) as T;
const { loadModel } = await built<typeof Load>('bayes/load.js');
const { triageStream } = await built<typeof Stream>('pipeline/triage-stream.js');

const CHARS = Number(process.env.XUNPAN_HOSTILE_CHARS ?? 40_000);
if (!Number.isSafeInteger(CHARS) || CHARS < 100 || CHARS > 1_500_000) {
  console.error(`XUNPAN_HOSTILE_CHARS 必须是 100 到 1500000 之间的整数 / must be an integer from 100 to 1500000: ${process.env.XUNPAN_HOSTILE_CHARS}`);
  process.exit(2);
}
const SHOWN = 15;

/** Runs of these units, cut to CHARS: letters, capitals, digits, and the separators patterns step over. */
const UNITS: Record<string, string> = { a: 'a', A: 'A', '1': '1', aA1: 'aA1', 'a.': 'a.', 'a-': 'a-', 'a/': 'a/', 'a@': 'a@', 'a ': 'a ', '$1': '$1', é: 'é', 'Re: ': 'Re: ', 中: '中', '换行 newline': '\n' };
const run = (unit: string) => unit.repeat(Math.ceil(CHARS / unit.length)).slice(0, CHARS);

interface Parts { from: string; subject: string; headers: string; type: string; body: string }
const PLAIN: Parts = { from: 'Anna Weber <anna@example.com>', subject: 'Inquiry', headers: '', type: 'text/plain', body: 'Please quote 500 pcs.' };
const PLACES: Record<string, (r: string) => Partial<Parts>> = {
  '主题 subject': (r) => ({ subject: r.replace(/\n/g, ' ') }),
  '发件人名称 sender name': (r) => ({ from: `${r.replace(/\n/g, ' ')} <anna@example.com>` }),
  '回复地址 Reply-To': (r) => ({ headers: `Reply-To: ${r.replace(/\n/g, ' ')}@example.com\r\n` }),
  '传递记录 Received': (r) => ({ headers: `Received: from ${r.replace(/\n/g, ' ')} by mx.seller.example\r\n` }),
  '发信软件 X-Mailer': (r) => ({ headers: `X-Mailer: ${r.replace(/\n/g, ' ')}\r\n` }),
  '认证结果 Authentication-Results': (r) => ({ headers: `Authentication-Results: mx.seller.example; spf=${r.replace(/\n/g, ' ')}\r\n` }),
  '退订地址 List-Unsubscribe': (r) => ({ headers: `List-Unsubscribe: <${r.replace(/\n/g, ' ')}>\r\n` }),
  '链接 link': (r) => ({ type: 'text/html', body: `<a href="http://${r}">click</a>` }),
  '图片 image': (r) => ({ type: 'text/html', body: `<img src="${r}">` }),
  '样式 style': (r) => ({ type: 'text/html', body: `<p style="${r}">x</p>` }),
  '附件名 attachment name': (r) => ({
    type: 'multipart/mixed; boundary="b"',
    body: `--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="${r.replace(/\n/g, ' ')}.pdf"\r\n\r\nAAAA\r\n--b--`,
  }),
  '正文 text': (r) => ({ body: r }),
};

function mail(parts: Partial<Parts>): Uint8Array {
  const p = { ...PLAIN, ...parts };
  return new TextEncoder().encode(
    `From: ${p.from}\r\nTo: sales@seller.example\r\nSubject: ${p.subject}\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\nMessage-ID: <h@example.com>\r\n${p.headers}Content-Type: ${p.type}; charset=utf-8\r\n\r\n${p.body}\r\n`,
  );
}

const model = loadModel();
async function timeOne(raw: Uint8Array): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/require-await -- an in-memory source has nothing to wait for
  async function* one(): AsyncGenerator<SourceEntry> {
    yield { source: 'hostile.eml', index: 0, raw };
  }
  const start = performance.now();
  let records = 0;
  for await (const record of triageStream(one(), { model })) records += record.verdict ? 1 : 0;
  if (records !== 1) throw new Error(`一封邮件应得到一条结果，得到 ${records} 条 / one message should give one record, got ${records}`);
  return performance.now() - start;
}

await timeOne(mail({})); // the first message pays for loading and compiling
const results: Array<{ ms: number; name: string }> = [];
for (const [place, put] of Object.entries(PLACES)) {
  for (const [label, unit] of Object.entries(UNITS)) results.push({ ms: await timeOne(mail(put(run(unit)))), name: `${place}: ${JSON.stringify(label)} × ${CHARS}` });
}
results.sort((a, b) => b.ms - a.ms);
console.log(`恶意构造邮件 ${results.length} 封（每封一处 ${CHARS} 个字符的连串），最慢的 ${SHOWN} 封 / hostile messages: ${results.length} (a run of ${CHARS} characters in one place each), slowest ${SHOWN}:`);
for (const { ms, name } of results.slice(0, SHOWN)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
const total = results.reduce((sum, r) => sum + r.ms, 0);
const median = (results[Math.floor(results.length / 2)]?.ms ?? 0).toFixed(1);
console.log(`全部 ${results.length} 封 ${(total / 1000).toFixed(2)} 秒，中位数 ${median} 毫秒 / all ${results.length}: ${(total / 1000).toFixed(2)} s, median ${median} ms`);
