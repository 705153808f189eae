import type { Lang } from '../explain/explain.js';
import type { CatalogueSummary, ProductReport } from '../listings/diagnose.js';
import { evidenceText, fieldLabel, shortLabel } from '../listings/labels.js';
import { displayWidth } from './table.js';

function fit(text: string, width: number): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) {
    if (displayWidth(out + ch) > width - 1) return `${out}…${' '.repeat(Math.max(0, width - displayWidth(out) - 1))}`;
    out += ch;
  }
  return out + ' '.repeat(Math.max(0, width - displayWidth(out)));
}

export function listingsHeader(lang: Lang): string {
  return lang === 'zh' ? `${fit('行', 6)} ${fit('分数', 6)} ${fit('标题', 44)} 问题` : `${fit('row', 6)} ${fit('score', 6)} ${fit('title', 44)} findings`;
}

/** One product: row, score, title, findings with evidence; a suggested title on the next line when there is one. */
export function listingsRow(report: ProductReport, lang: Lang): string {
  const findings = report.findings.map((f) => `${shortLabel(f.id, lang)}(${evidenceText(f, lang)})`).join('; ');
  const line = `${fit(String(report.row), 6)} ${fit(String(report.score), 6)} ${fit(report.title, 44)} ${findings || (lang === 'zh' ? '无' : 'none')}`;
  const suggestion = report.findings.find((f) => f.suggestion)?.suggestion;
  return suggestion ? `${line}\n${' '.repeat(14)}→ ${lang === 'zh' ? '建议标题' : 'suggested'}: ${suggestion}` : line;
}

/** The catalogue in a few lines: average, findings by frequency, the worst products, columns to look at. */
export function listingsSummary(summary: CatalogueSummary, lang: Lang, worst = 10): string {
  const zh = lang === 'zh';
  const lines = [
    zh ? `共 ${summary.products} 个产品，平均分 ${summary.averageScore}` : `${summary.products} products, average score ${summary.averageScore}`,
  ];
  if (summary.byFinding.length) {
    lines.push(`${zh ? '问题统计' : 'findings'}: ${summary.byFinding.map(([id, n]) => `${shortLabel(id, lang)} ${n}`).join(zh ? '，' : ', ')}`);
  }
  lines.push(zh ? `最需要优化（分数最低在前）:` : 'to fix first (worst score first):');
  for (const r of summary.worst.slice(0, worst)) lines.push(`  ${zh ? `第 ${r.row} 行` : `row ${r.row}`}  ${r.score}  ${fit(r.title, 60).trimEnd()}`);
  if (summary.unknownColumns.length) lines.push(`${zh ? '未识别的列（已保留）' : 'unknown columns (kept)'}: ${summary.unknownColumns.join(', ')}`);
  if (summary.absentFields.length) lines.push(`${zh ? '文件中没有这些列' : 'no column for'}: ${summary.absentFields.map((f) => fieldLabel(f, lang)).join(zh ? '、' : ', ')}`);
  return `${lines.join('\n')}\n`;
}
