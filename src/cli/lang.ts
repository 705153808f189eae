import type { Lang } from '../explain/explain.js';

/** --lang wins; else the system locale (LC_ALL, LC_MESSAGES, LANG); Chinese when it says nothing. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}
