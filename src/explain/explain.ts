import type { Hit, JunkKind, Priority, Verdict } from '../model/verdict.js';
import { SIGNALS_BY_ID } from '../signals/registry.js';
import type { ParseErrorCode } from '../ingest/parse.js';

export type Lang = 'zh' | 'en';

export interface ExplainedSignal {
  id: string;
  group: string;
  points: number;
  en: string;
  zh: string;
  evidence: string[];
}

/** Adds the wording to a language-free hit. */
export function explainHit(hit: Hit): ExplainedSignal {
  const def = SIGNALS_BY_ID.get(hit.id);
  const parse = hit.id === 'parse.error' ? PARSE_ERRORS[(hit.evidence[0] ?? 'malformed') as ParseErrorCode] : undefined;
  return {
    id: hit.id,
    group: hit.group,
    points: hit.points,
    en: def?.en ?? parse?.en ?? hit.id,
    zh: def?.zh ?? parse?.zh ?? hit.id,
    evidence: hit.evidence,
  };
}

export const PARSE_ERRORS: Readonly<Record<ParseErrorCode | 'unreadable' | 'internal', { en: string; zh: string }>> = {
  too_large: { en: 'Message too large to read safely; check it by hand', zh: '邮件过大，无法安全解析，请人工查看' },
  too_many_parts: { en: 'Too many MIME parts to read safely; check it by hand', zh: 'MIME 段落过多，无法安全解析，请人工查看' },
  too_deep: { en: 'MIME nesting too deep to read safely; check it by hand', zh: 'MIME 嵌套过深，无法安全解析，请人工查看' },
  malformed: { en: 'Not a readable e-mail message; check it by hand', zh: '无法识别为电子邮件，请人工查看' },
  unreadable: { en: 'File could not be read', zh: '文件无法读取' },
  internal: { en: 'Xunpan failed on this message (a bug); check it by hand', zh: 'Xunpan 处理此邮件时出错（程序缺陷），请人工查看' },
};

export const VERDICT_LABEL: Readonly<Record<Verdict, Record<Lang, string>>> = {
  genuine: { zh: '真实', en: 'genuine' },
  suspicious: { zh: '可疑', en: 'suspicious' },
  junk: { zh: '垃圾', en: 'junk' },
};

export const KIND_LABEL: Readonly<Record<JunkKind, Record<Lang, string>>> = {
  phishing: { zh: '钓鱼', en: 'phishing' },
  malware: { zh: '恶意附件', en: 'malware' },
  fraud: { zh: '诈骗', en: 'fraud' },
  spam: { zh: '广告', en: 'spam' },
  probe: { zh: '同行套价', en: 'price probe' },
  bulk: { zh: '群发', en: 'bulk' },
};

export const PRIORITY_LABEL: Readonly<Record<Priority, Record<Lang, string>>> = {
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
};
