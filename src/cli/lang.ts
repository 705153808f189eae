import { usageError } from '../errors.js';
import type { Lang } from '../explain/explain.js';

/** --lang wins; else the system locale (LC_ALL, LC_MESSAGES, LANG); Chinese when it says nothing. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** A --lang flag: zh, en, or absent; anything else is a usage error. */
export function langOption(flag: string | undefined): Lang {
  if (flag !== undefined && flag !== 'zh' && flag !== 'en') throw usageError('--lang 只能是 zh 或 en', '--lang must be zh or en');
  return resolveLang(flag);
}
