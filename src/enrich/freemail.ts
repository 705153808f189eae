import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let domains: Set<string> | null = null;

/** Free webmail providers (the `freemail` package's list of ~4,500 domains, read from disk once). */
export function isFreeMail(domain: string): boolean {
  if (!domain) return false;
  domains ??= new Set(
    readFileSync(require.resolve('freemail/data/free.txt'), 'utf8').split('\n').map((d) => d.trim().toLowerCase()).filter(Boolean),
  );
  return domains.has(domain.toLowerCase());
}
