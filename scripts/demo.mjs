// `npm run demo`: the main job on the embedded default, as a new user would run it: the example
// inquiries plus real public mail from the SpamAssassin corpus package are triaged, printed as a table
// and stored in the default SQLite inbox (XUNPAN_DB, else the data folder). Then it says how to open
// the web workspace on that inbox.
import { execFileSync } from 'node:child_process';
import { demoPaths } from '../dist/inbox/demo.js';
import { resolveDbTarget } from '../dist/store/open.js';

const db = resolveDbTarget(undefined);
execFileSync(process.execPath, ['dist/cli.js', 'triage', '--db', db, ...process.argv.slice(2), ...demoPaths(20)], { stdio: 'inherit' });
process.stdout.write(`\n已存入 / stored in: ${db}\n网页工作台 / web workspace: node dist/cli.js serve   (XUNPAN_ADMIN_PASSWORD=… 设置首个管理员密码 / sets the first admin's password)\n`);
