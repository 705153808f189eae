import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { syncMailbox } from '../../imap/sync.js';
import { DEFAULT_LIMITS } from '../../ingest/limits.js';
import { addMailbox, listMailboxes } from '../../store/mailboxes.js';
import { UserError } from '../../errors.js';
import type { AppContext } from '../app.js';
import { requireAdmin, type AppEnv } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import { IdParam } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const MailboxSchema = z
  .object({ id: z.number(), label: z.string(), host: z.string(), port: z.number(), secure: z.boolean(), username: z.string(), folders: z.array(z.string()), active: z.boolean(), lastSyncAt: z.string().nullable(), lastError: z.string().nullable() })
  .openapi('Mailbox');
const NewMailboxSchema = z
  .object({
    label: z.string().min(1).max(100),
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean(),
    username: z.string().min(1).max(255),
    password: z.string().min(1).max(500),
    folders: z.array(z.string().min(1).max(255)).min(1).max(50),
  })
  .openapi('NewMailbox');
const FolderResultSchema = z.object({ mailbox: z.string(), folder: z.string(), read: z.number(), stored: z.number(), duplicates: z.number(), failed: z.number(), lastUid: z.number() });

const list = createRoute({ method: 'get', path: '/api/mailboxes', summary: '同步的邮箱（管理员）/ mailboxes to sync (admin)', security: SECURITY, responses: { 200: json(z.array(MailboxSchema), '邮箱（不含密码）/ mailboxes, without passwords'), ...ERRORS } });
const add = createRoute({
  method: 'post',
  path: '/api/mailboxes',
  summary: '添加 IMAP 邮箱（管理员）/ add an IMAP mailbox (admin)',
  security: SECURITY,
  request: { body: { content: { 'application/json': { schema: NewMailboxSchema } }, required: true } },
  responses: { 201: json(MailboxSchema, '已添加，密码加密保存 / added; the password is stored encrypted'), ...ERRORS },
});
const sync = createRoute({
  method: 'post',
  path: '/api/mailboxes/{id}/sync',
  summary: '立即同步（管理员）/ sync now (admin)',
  security: SECURITY,
  request: { params: IdParam },
  responses: { 200: json(z.array(FolderResultSchema), '各文件夹结果 / per folder'), 502: ERRORS[400], ...ERRORS },
});

export function mailboxRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(list, async (c) => {
    requireAdmin(c.get('user'));
    return c.json(await listMailboxes(ctx.store), 200);
  });
  app.openapi(add, async (c) => {
    requireAdmin(c.get('user'));
    return c.json(await addMailbox(ctx.store, ctx.secretKey(), c.req.valid('json')), 201);
  });
  app.openapi(sync, async (c) => {
    requireAdmin(c.get('user'));
    const box = (await listMailboxes(ctx.store)).find((b) => b.id === c.req.valid('param').id);
    if (!box) throw notFound('mailbox');
    try {
      return c.json(await syncMailbox(ctx.store, box, { key: ctx.secretKey(), model: await ctx.model(), limits: DEFAULT_LIMITS, workers: 1 }), 200);
    } catch (error) {
      if (error instanceof UserError) throw new ApiError(502, error.code, error.zh, error.en);
      throw error;
    }
  });
}
