import { KIND_LABEL, PRIORITY_LABEL, VERDICT_LABEL, type Lang } from '../explain/explain.js';
import type { TriageRecord } from '../pipeline/record.js';

const HEADINGS: Record<Lang, string[]> = {
  zh: ['结论', '等级', '优先级', '分数', '主题', '主要原因'],
  en: ['verdict', 'grade', 'priority', 'score', 'subject', 'top reasons'],
};

/** Columns the terminal shows: CJK characters take two cells. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  let out = flat;
  if (displayWidth(flat) > width) {
    out = '';
    for (const ch of flat) {
      if (displayWidth(out + ch) > width - 1) break;
      out += ch;
    }
    out += '…';
  }
  return out + ' '.repeat(Math.max(0, width - displayWidth(out)));
}

export function tableHeader(lang: Lang): string {
  const [v, g, p, s, subject, reasons] = HEADINGS[lang];
  return `${fit(v ?? '', 14)} ${fit(g ?? '', 5)} ${fit(p ?? '', 8)} ${fit(s ?? '', 6)} ${fit(subject ?? '', 40)} ${reasons ?? ''}`;
}

export function tableRow(record: TriageRecord, lang: Lang): string {
  const verdict = VERDICT_LABEL[record.verdict][lang] + (record.kind ? `/${KIND_LABEL[record.kind][lang]}` : '');
  const reasons = [...record.signals]
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, 3)
    .map((s) => `${s.points > 0 ? '+' : ''}${s.points} ${s[lang]}`)
    .join('; ');
  const subject = record.subject || `(${record.source}#${record.index})`;
  return `${fit(verdict, 14)} ${fit(record.grade ?? '-', 5)} ${fit(PRIORITY_LABEL[record.priority][lang], 8)} ${fit(String(record.score), 6)} ${fit(subject, 40)} ${reasons}`;
}

export function tableSummary(counts: Record<string, number>, lang: Lang): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return lang === 'zh'
    ? `共 ${total} 封：真实 ${counts.genuine ?? 0}，可疑 ${counts.suspicious ?? 0}，垃圾 ${counts.junk ?? 0}`
    : `${total} messages: ${counts.genuine ?? 0} genuine, ${counts.suspicious ?? 0} suspicious, ${counts.junk ?? 0} junk`;
}
