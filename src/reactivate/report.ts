import type { ReactivationResult } from './reactivate.js';

/** What the run did, for the command's human output (its --json output is `counts`). */
export function describeResult(r: ReactivationResult, lang: 'zh' | 'en'): string {
  const c = r.counts;
  const g = c.byGrade;
  return lang === 'zh'
    ? `共读取 ${c.inquiries} 封询盘：列出买家 ${c.buyers} 位（A ${g.A}，B ${g.B}，C ${g.C}）；` +
        `略去垃圾 ${c.junk} 封、退信邮件 ${c.bounceMessages} 封，排除已有客户 ${c.customers} 位；` +
        `退信 ${r.bounces.reports} 封：地址失效 ${c.dead} 个，暂时未送达 ${c.delayed} 个。`
    : `Read ${c.inquiries} inquiries: ${c.buyers} buyers listed (A ${g.A}, B ${g.B}, C ${g.C}); ` +
        `left out ${c.junk} junk and ${c.bounceMessages} bounce messages, ${c.customers} existing customers; ` +
        `${r.bounces.reports} bounces: ${c.dead} addresses dead, ${c.delayed} delayed.`;
}
