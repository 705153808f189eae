import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { usageError } from '../errors.js';
import { defaultWorkers } from '../pipeline/pool.js';

export function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw usageError('--workers 须为 1 到 64 的整数', '--workers must be a whole number from 1 to 64');
  return workers;
}

/**
 * Inputs up to this size are read in this thread: each worker loads its own copy of the models and
 * compiles its own code, which costs more than a small input gains from a second core (see README).
 */
export const SMALL_INPUT_BYTES = 16 * 1024 * 1024;

/** Worker threads for a run over these paths when --workers is not given: one per core, none for a small input. */
export async function defaultWorkersFor(paths: readonly string[]): Promise<number> {
  const cores = defaultWorkers();
  if (cores === 1) return 1;
  let total = 0;
  for (const input of paths) {
    if (input === '-') continue; // standard input holds one message
    total += await sizeUpTo(input, SMALL_INPUT_BYTES + 1 - total, stat);
    if (total > SMALL_INPUT_BYTES) return cores;
  }
  return 1;
}

/**
 * Bytes of the file, or of the files under the folder, counting no further than `limit`. A path that
 * cannot be read counts nothing: the run itself reports it. Inside folders links are not followed.
 */
async function sizeUpTo(file: string, limit: number, look: typeof stat): Promise<number> {
  const info = await look(file).catch(() => null);
  if (!info) return 0;
  if (info.isFile()) return info.size;
  if (!info.isDirectory()) return 0;
  const entries = await readdir(file).catch(() => []);
  let total = 0;
  for (const entry of entries) {
    total += await sizeUpTo(path.join(file, entry), limit - total, lstat);
    if (total >= limit) break;
  }
  return total;
}
