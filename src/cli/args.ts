import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from '../errors.js';

/** node:util parseArgs, with its complaints turned into a bilingual usage error (exit status 2). */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError(`参数错误：${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
  }
}
