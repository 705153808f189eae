import { loadModel } from '../bayes/load.js';
import { retriage } from '../inbox/retriage.js';
import { resolveLimits } from '../ingest/limits.js';
import { defaultWorkers } from '../pipeline/pool.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { workspaceModel } from '../store/workspace-model.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';
import { parseWorkers } from './workers.js';

export const RETRIAGE_HELP = `用法 Usage: xunpan retriage [--db DB] [--json] [--workers N]

  用当前规则和本工作区的模型重新分析库中所有原始邮件；人工标记、会话、分配与归档不变。
  Run every stored raw message through today's rules and this workspace's model again; a person's
  labels, the threads, the assignees and the archive stay as they are.
`;

export async function retriageCommand(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const parsed = parseCommandArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  const { values } = parsed;
  if (values.help) {
    out.write(RETRIAGE_HELP);
    return 0;
  }
  const lang = langOption(values.lang);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const counts = await retriage(store, {
      model: await workspaceModel(store, loadModel()),
      limits: resolveLimits(),
      workers: values.workers === undefined ? defaultWorkers() : parseWorkers(values.workers),
      onProgress: (c) => void err.write(lang === 'zh' ? `已重新分析 ${c.read}\n` : `retriaged ${c.read}\n`),
    });
    const moves = Object.entries(counts.moves).map(([k, n]) => `${k} ${n}`).join(', ') || (lang === 'zh' ? '无' : 'none');
    out.write(values.json ? `${JSON.stringify(counts)}\n` : lang === 'zh' ? `重新分析 ${counts.read} 封，变化 ${counts.changed} 封；判定变化：${moves}\n` : `retriaged ${counts.read}, ${counts.changed} changed; verdict moves: ${moves}\n`);
    return 0;
  } finally {
    await store.db.destroy();
  }
}
