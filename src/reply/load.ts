/** The reply check's data, loaded once by the shell: dictionary-en for spelling, the freemail list. */
import { isFreeMail } from '../enrich/freemail.js';
import { loadSpeller } from '../listings/read.js';
import type { CheckTools } from './check.js';

let tools: CheckTools | null = null;

export function checkTools(): CheckTools {
  tools ??= { speller: loadSpeller(), isFreeMail };
  return tools;
}
