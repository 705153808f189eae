import { usageError } from '../errors.js';

export function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw usageError('--workers 须为 1 到 64 的整数', '--workers must be a whole number from 1 to 64');
  return workers;
}
