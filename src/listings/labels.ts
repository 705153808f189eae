import { FIELD_LABEL, type RequiredField } from './fields.js';
import { FACETS } from './checks/facets.js';
import type { Lang } from '../explain/explain.js';
import type { Finding } from './check.js';

/** Short names of findings for tables (the checks' own sentences are for details). */
const SHORT: Readonly<Record<string, Record<Lang, string>>> = {
  'info.incomplete': { zh: '信息不完整', en: 'incomplete' },
  'title.stuffing': { zh: '标题堆砌', en: 'stuffing' },
  'title.spelling': { zh: '拼写错误', en: 'spelling' },
  'title.form': { zh: '标题结构', en: 'title form' },
  ...Object.fromEntries(FACETS.map((f) => [`conflict.${f.id}`, { zh: `${f.zh}冲突`, en: `${f.en} conflict` }])),
};

export function shortLabel(id: string, lang: Lang): string {
  return SHORT[id]?.[lang] ?? id;
}

/** Evidence as a reader wants it: field names in the reader's language, the rest as found. */
export function evidenceText(finding: Finding, lang: Lang): string {
  if (finding.id === 'info.incomplete') return finding.evidence.map((f) => FIELD_LABEL[f as RequiredField]?.[lang] ?? f).join(lang === 'zh' ? '、' : ', ');
  return finding.evidence.join('; ');
}

export function fieldLabel(field: string, lang: Lang): string {
  return FIELD_LABEL[field as RequiredField]?.[lang] ?? field;
}
