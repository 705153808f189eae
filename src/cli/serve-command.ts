import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { loadModel } from '../bayes/load.js';
import { UserError, usageError } from '../errors.js';
import type { BayesModel } from '../bayes/model.js';
import type { Store } from '../store/dialect.js';
import { demoPaths } from '../inbox/demo.js';
import { importSources } from '../inbox/import.js';
import { resolveLimits } from '../ingest/limits.js';
import { defaultWorkers } from '../pipeline/pool.js';
import { startOutreachScheduler } from '../inbox/outreach-scheduler.js';
import { appContext, createApp, type AppContext } from '../server/app.js';
import { startServer } from '../server/serve.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { countUsers, createUser } from '../store/users.js';
import { parseCommandArgs } from './args.js';
import { langOption } from './lang.js';

export const SERVE_HELP = `用法 Usage: xunpan serve [--db DB] [--port PORT] [--host HOST] [--data-dir DIR] [--processes N] [--demo]

  启动 HTTP 接口与网页工作台（同一端口）/ start the HTTP API and the web workspace on one port
  --db      SQLite 文件或 postgres:// 地址 / a SQLite file or a postgres:// URL (env XUNPAN_DB)
  --port    端口 / port (env XUNPAN_PORT, default 7410; 0 = any free port)
  --host    地址 / host (env XUNPAN_HOST, default 127.0.0.1)
  --data-dir DIR  数据目录：默认库文件与密钥 / the data folder: default database and secret key
            (env XUNPAN_DATA_DIR, else $XDG_DATA_HOME/xunpan or ~/.local/share/xunpan)
  --demo    空库时先载入示例邮件 / load sample mail into an empty database first
  --processes N  服务进程数（共用一个端口，多核并行）/ server processes sharing the port, one per core
            (env XUNPAN_PROCESSES, default 1)

  首次启动（库里还没有用户）会创建管理员 admin@localhost，密码取 XUNPAN_ADMIN_PASSWORD，
  否则随机生成并打印一次。
  On first start (no users yet) an admin admin@localhost is created with XUNPAN_ADMIN_PASSWORD,
  or a random password printed once.
`;

export async function serveCommand(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values } = parse(argv);
  if (values.help) {
    out.write(SERVE_HELP);
    return 0;
  }
  const lang = langOption(values.lang);
  // Everything below reads the data folder from the environment (the default database, the secret key).
  if (values['data-dir']) process.env.XUNPAN_DATA_DIR = values['data-dir'];
  const port = Number(values.port ?? process.env.XUNPAN_PORT ?? 7410);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('--port 须为 0 到 65535 的整数', '--port must be a whole number from 0 to 65535');
  const host = values.host ?? process.env.XUNPAN_HOST ?? '127.0.0.1';
  const processes = Number(values.processes ?? process.env.XUNPAN_PROCESSES ?? 1);
  if (!Number.isInteger(processes) || processes < 1 || processes > 64) throw usageError('--processes 须为 1 到 64 的整数', '--processes must be a whole number from 1 to 64');
  const store = await openStore(resolveDbTarget(values.db));
  const shipped = loadModel();
  if (cluster.isPrimary) await prepare(store, shipped, Boolean(values.demo), lang, err);
  if (cluster.isPrimary && processes > 1) {
    // The primary keeps the store for the outreach scheduler only: one sender of the queue, not one per process.
    const stopOutreach = sendOutreach(appContext(store, shipped), err);
    out.write(`listening on ${await forkServers(processes)}\n`);
    await stopped();
    stopOutreach();
    await store.db.destroy();
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve).kill())));
    return 0;
  }

  const ctx = appContext(store, shipped);
  const app = createApp(ctx);
  const stopOutreach = cluster.isWorker ? () => undefined : sendOutreach(ctx, err);
  const { server, url } = await startServer(app, host, port).catch((error: NodeJS.ErrnoException) => {
    throw new UserError('listen', `无法在 ${host}:${port} 监听：${error.code ?? error.message}`, `cannot listen on ${host}:${port}: ${error.code ?? error.message}`, 1, { cause: error });
  });
  if (cluster.isWorker) process.send?.({ listening: url });
  else out.write(`listening on ${url}\n`);
  await stopped();
  stopOutreach();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.db.destroy();
  cluster.worker?.disconnect(); // the channel to the primary would keep this process alive
  return 0;
}

/** Sends queued outreach as it falls due (src/inbox/outreach.ts); returns the way to stop. */
function sendOutreach(ctx: AppContext, err: NodeJS.WritableStream): () => void {
  return startOutreachScheduler(ctx.store, { now: () => new Date(), key: ctx.secretKey, intake: () => ctx.intake() }, (line) => err.write(`${line}\n`));
}

const stopped = () => new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

/**
 * Several server processes on one port (node:cluster): each has its own event loop and connection to
 * the store, so reads use every core. The primary only starts them, restarts one that dies, and
 * says where they listen once all of them do.
 */
function forkServers(processes: number): Promise<string> {
  return new Promise((resolve) => {
    let ready = 0;
    const start = () => {
      const worker = cluster.fork();
      worker.on('message', (message: { listening?: string }) => {
        if (message.listening && ++ready === processes) resolve(message.listening);
      });
      worker.on('exit', (code, signal) => {
        if (signal === 'SIGTERM' || code === 0) return;
        process.stderr.write(`xunpan: 服务进程退出（${code ?? signal}），重新启动 / a server process exited (${code ?? signal}); starting another\n`);
        start();
      });
    };
    for (let i = 0; i < processes; i++) start();
  });
}

/** What only one process may do: fill an empty demo inbox, create the first admin. */
async function prepare(store: Store, shipped: BayesModel, demo: boolean, lang: 'zh' | 'en', err: NodeJS.WritableStream): Promise<void> {
  if (demo) {
    const existing = await store.db.selectFrom('messages').select('id').limit(1).executeTakeFirst();
    if (!existing) {
      const counts = await importSources(store, demoPaths(), { model: shipped, limits: resolveLimits(), workers: defaultWorkers(), label: 'demo' });
      err.write(lang === 'zh' ? `示例邮件已载入：${counts.stored} 封\n` : `sample mail loaded: ${counts.stored} messages\n`);
    }
  }
  if ((await countUsers(store)) === 0) {
    const password = process.env.XUNPAN_ADMIN_PASSWORD || randomBytes(12).toString('base64url');
    await createUser(store, { email: 'admin@localhost', name: '管理员 Admin', role: 'admin', password });
    const shown = process.env.XUNPAN_ADMIN_PASSWORD ? '(XUNPAN_ADMIN_PASSWORD)' : password;
    err.write(`已创建管理员 admin@localhost，密码 ${shown}\ncreated the admin admin@localhost, password ${shown}\n`);
  }
}

function parse(argv: string[]) {
  return parseCommandArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      demo: { type: 'boolean', default: false },
      processes: { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
