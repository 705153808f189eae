/**
 * The HTTP API (SPEC.md §6): a thin shell over the store. Input is validated by the route's zod
 * schema before a handler runs; every failure leaves as the one error shape of errors.ts.
 */
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { BayesModel } from '../bayes/model.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/dialect.js';
import { Intake } from '../store/intake.js';
import { dataDir } from '../store/open.js';
import { loadSecretKey } from '../store/secrets.js';
import { workspaceModel } from '../store/workspace-model.js';
import { authenticate, CredentialCache, type AppEnv } from './auth.js';
import { ApiError, fromUserError, sendError } from './errors.js';
import { contentRoutes } from './routes/content.js';
import { inquiryRoutes } from './routes/inquiries.js';
import { mailFrameRoutes } from './routes/mail-frame.js';
import { listingsRoutes } from './routes/listings.js';
import { followupRoutes } from './routes/followups.js';
import { messageRoutes } from './routes/messages.js';
import { replyRoutes } from './routes/reply.js';
import { sessionRoutes } from './routes/session.js';
import { settingsRoutes } from './routes/settings.js';
import { statsRoutes } from './routes/stats.js';
import { userRoutes } from './routes/users.js';
import { mailboxRoutes } from './routes/mailboxes.js';
import { threadRoutes } from './routes/threads.js';
import { reactivationRoutes } from './routes/reactivation.js';
import { outreachRoutes } from './routes/outreach.js';
import { importRoutes } from './routes/imports.js';
import { uploadLimit } from './upload.js';
import { serveWeb } from './static.js';

export interface AppContext {
  store: Store;
  /** The shipped model plus this workspace's corrections, rebuilt after a correction. */
  model(): Promise<BayesModel>;
  modelChanged(): void;
  /** The intake keeps the team's loads for routing; a change to the team starts a new one. */
  intake(): Promise<Intake>;
  teamChanged(): void;
  secureCookies: boolean;
  credentials: CredentialCache;
  /** The key that seals SMTP and IMAP passwords (src/store/secrets.ts), read when first needed. */
  secretKey: () => Buffer;
  /** Uploads wait here, in the data folder, while they are imported. */
  uploadDir: string;
  maxUploadBytes: number;
}

export function appContext(store: Store, shipped: BayesModel, options: { secureCookies?: boolean; secretKey?: Buffer; uploadDir?: string; maxUploadBytes?: number } = {}): AppContext {
  let model: Promise<BayesModel> | null = null;
  let intake: Promise<Intake> | null = null;
  let key = options.secretKey ?? null;
  return {
    store,
    model: () => (model ??= workspaceModel(store, shipped)),
    modelChanged: () => (model = null),
    intake: () => (intake ??= Intake.open(store)),
    teamChanged: () => (intake = null),
    secureCookies: options.secureCookies ?? false,
    credentials: new CredentialCache(),
    secretKey: () => (key ??= loadSecretKey()),
    uploadDir: options.uploadDir ?? path.join(dataDir(), 'uploads'),
    maxUploadBytes: options.maxUploadBytes ?? uploadLimit(),
  };
}

export function createApp(ctx: AppContext): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const where = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
      return sendError(c, new ApiError(400, 'invalid_input', `输入不正确：${where}`, `invalid input: ${where}`));
    },
  });
  app.onError((error, c) => {
    if (error instanceof ApiError) return sendError(c, error);
    if (error instanceof UserError) return sendError(c, fromUserError(error));
    if (error instanceof HTTPException && error.status < 500) {
      // hono's own refusals (a body that is not JSON, mostly), said in our shape and both languages
      return sendError(c, new ApiError(error.status, 'invalid_request', `请求无法读取：${error.message}`, `the request could not be read: ${error.message}`));
    }
    console.error(error);
    return sendError(c, new ApiError(500, 'internal', '服务器内部错误，已记录', 'internal error; it has been logged'));
  });
  app.notFound((c) => sendError(c, new ApiError(404, 'no_route', `没有这个接口：${c.req.method} ${c.req.path}`, `no such route: ${c.req.method} ${c.req.path}`)));
  app.use('*', authenticate(ctx.store, ctx.credentials));
  app.get('/api/health', (c) => c.json({ ok: true }));
  sessionRoutes(app, ctx);
  inquiryRoutes(app, ctx);
  contentRoutes(app, ctx);
  mailFrameRoutes(app);
  messageRoutes(app, ctx);
  userRoutes(app, ctx);
  mailboxRoutes(app, ctx);
  threadRoutes(app, ctx);
  statsRoutes(app, ctx);
  replyRoutes(app, ctx);
  followupRoutes(app, ctx);
  settingsRoutes(app, ctx);
  reactivationRoutes(app, ctx);
  outreachRoutes(app, ctx);
  listingsRoutes(app, ctx);
  importRoutes(app, ctx);
  serveWeb(app);
  app.doc('/api/openapi.json', {
    openapi: '3.0.0',
    info: { title: 'Xunpan 询盘 API', version: '1', description: '询盘分拣台的 HTTP 接口 / the HTTP API of the Xunpan inquiry desk' },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'xunpan_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  return app;
}
