import { loadSecretKey } from '../store/secrets.js';
import { loadModel } from '../bayes/load.js';
import { usageError } from '../errors.js';
import { syncMailbox, type FolderResult } from '../imap/sync.js';
import { resolveLimits } from '../ingest/limits.js';
import { defaultWorkers } from '../pipeline/pool.js';
import { addMailbox, listMailboxes } from '../store/mailboxes.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { workspaceModel } from '../store/workspace-model.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';

export const MAILBOX_HELP = `用法 Usage:
  xunpan mailbox add --host HOST --user USER [--port 993] [--no-tls] [--folder INBOX]... [--label NAME] [--db DB]
  xunpan mailbox list [--db DB] [--json]
  xunpan sync [--db DB] [--json]

  添加要同步的 IMAP 邮箱；密码从环境变量 XUNPAN_IMAP_PASSWORD 读取（不出现在命令行），加密保存。
  Add an IMAP mailbox to sync; the password is read from XUNPAN_IMAP_PASSWORD (never on the command
  line) and stored encrypted. \`xunpan sync\` fetches the new mail of every mailbox, incrementally.
`;

function parse(argv: string[]) {
  return parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      user: { type: 'string' },
      'no-tls': { type: 'boolean', default: false },
      folder: { type: 'string', multiple: true },
      label: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

export async function mailboxCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse(argv);
  const lang = langOption(values.lang);
  const action = positionals[0];
  if (values.help || !action) {
    out.write(MAILBOX_HELP);
    return values.help ? 0 : 2;
  }
  const store = await openStore(resolveDbTarget(values.db));
  try {
    if (action === 'list') {
      const boxes = await listMailboxes(store);
      out.write(values.json ? `${JSON.stringify(boxes)}\n` : boxes.map((b) => `${b.id}\t${b.label}\t${b.username}@${b.host}:${b.port}\t${b.folders.join(',')}\t${b.lastSyncAt ?? (lang === 'zh' ? '未同步' : 'never synced')}${b.lastError ? `\t${b.lastError}` : ''}\n`).join(''));
      return 0;
    }
    if (action !== 'add') throw usageError(`未知操作：${action}（add 或 list）`, `unknown action: ${action} (add or list)`);
    const password = process.env.XUNPAN_IMAP_PASSWORD;
    if (!values.host || !values.user) throw usageError('请给出 --host 和 --user', 'give --host and --user');
    if (!password) throw usageError('请在环境变量 XUNPAN_IMAP_PASSWORD 中提供密码', 'put the password in the environment variable XUNPAN_IMAP_PASSWORD');
    const secure = !values['no-tls'];
    const port = Number(values.port ?? (secure ? 993 : 143));
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw usageError('--port 须为 1 到 65535 的整数', '--port must be a whole number from 1 to 65535');
    const box = await addMailbox(store, loadSecretKey(), { label: values.label ?? values.user, host: values.host, port, secure, username: values.user, password, folders: values.folder ?? ['INBOX'] });
    out.write(values.json ? `${JSON.stringify(box)}\n` : lang === 'zh' ? `已添加邮箱 ${box.id}：${box.label}\n` : `mailbox ${box.id} added: ${box.label}\n`);
    return 0;
  } finally {
    await store.db.destroy();
  }
}

export async function syncCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parse(argv);
  if (values.help) {
    out.write(MAILBOX_HELP);
    return 0;
  }
  const lang = langOption(values.lang);
  const store = await openStore(resolveDbTarget(values.db));
  const results: FolderResult[] = [];
  let failed = 0;
  try {
    const options = { key: loadSecretKey(), model: await workspaceModel(store, loadModel()), limits: resolveLimits(), workers: defaultWorkers() };
    for (const box of (await listMailboxes(store)).filter((b) => b.active)) {
      try {
        results.push(...(await syncMailbox(store, box, options)));
      } catch (error) {
        failed += 1;
        const e = error as { zh?: string; en?: string; message: string };
        process.stderr.write(`xunpan: ${lang === 'zh' ? `${e.zh ?? e.message}\n${e.en ?? ''}` : `${e.en ?? e.message}\n${e.zh ?? ''}`}\n`);
      }
    }
  } finally {
    await store.db.destroy();
  }
  if (values.json) out.write(`${JSON.stringify(results)}\n`);
  else for (const r of results) out.write(lang === 'zh' ? `${r.mailbox}/${r.folder}：新邮件 ${r.read}，新存 ${r.stored}，重复 ${r.duplicates}\n` : `${r.mailbox}/${r.folder}: ${r.read} new, ${r.stored} stored, ${r.duplicates} duplicates\n`);
  return failed > 0 ? 1 : 0;
}
