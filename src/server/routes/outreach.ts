import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { queueOutreach } from '../../inbox/outreach.js';
import { cancelOutreach, getPacing, listOutreach, savePacing } from '../../store/outreach.js';
import type { AppContext } from '../app.js';
import { requireAdmin, type AppEnv } from '../auth.js';
import { notFound } from '../errors.js';
import { OutreachListSchema, PacingSchema, QueueRequestSchema, QueueResultSchema } from '../reactivation-schemas.js';
import { IdParam } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const queue = createRoute({
  method: 'post', path: '/api/outreach', security: SECURITY,
  summary: '把所选买家的开发信排入发送队列（退信地址不排）/ queue the letters of the chosen buyers (bounced addresses never)',
  request: body(QueueRequestSchema),
  responses: { 200: json(QueueResultSchema, '已排队的与跳过的（附原因）/ what was queued, and what was skipped and why'), ...ERRORS },
});
const list = createRoute({
  method: 'get', path: '/api/outreach', security: SECURITY,
  summary: '发送队列与状态（业务员只看自己的）/ the queue with status (a salesperson sees their own)',
  responses: { 200: json(OutreachListSchema, '队列与发送节奏 / the queue and the pacing'), ...ERRORS },
});
const cancel = createRoute({
  method: 'post', path: '/api/outreach/{id}/cancel', security: SECURITY,
  summary: '取消一封尚未发出的开发信 / cancel a letter not yet sent',
  request: { params: IdParam },
  responses: { 200: json(OutreachListSchema, '更新后的队列 / the queue after'), ...ERRORS },
});
const putPacing = createRoute({
  method: 'put', path: '/api/outreach/settings', security: SECURITY,
  summary: '发送节奏：每位发信人的最短间隔与每日上限（管理员）/ pacing: minimum interval and daily cap per sender (admin)',
  request: body(PacingSchema),
  responses: { 200: json(PacingSchema, '已保存 / saved'), ...ERRORS },
});

const CANCELLED = { code: 'cancelled', zh: '已手动取消', en: 'cancelled by hand' };

export function outreachRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  const queueNow = async (viewer: Parameters<typeof listOutreach>[1]) => ({ items: await listOutreach(ctx.store, viewer), pacing: await getPacing(ctx.store) });
  app.openapi(queue, async (c) => c.json(await queueOutreach(ctx.store, c.get('user'), c.req.valid('json').keys, new Date()), 200));
  app.openapi(list, async (c) => c.json(await queueNow(c.get('user')), 200));
  app.openapi(cancel, async (c) => {
    if (!(await cancelOutreach(ctx.store, c.get('user'), c.req.valid('param').id, CANCELLED))) throw notFound('letter');
    return c.json(await queueNow(c.get('user')), 200);
  });
  app.openapi(putPacing, async (c) => {
    requireAdmin(c.get('user'));
    return c.json(await savePacing(ctx.store, c.req.valid('json'), new Date().toISOString()), 200);
  });
}
