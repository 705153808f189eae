import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { platformIncoming } from '../../inbox/platform-message.js';
import { now } from '../../store/dialect.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { ChatMessageSchema, StoredSchema } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const post = createRoute({
  method: 'post',
  path: '/api/messages',
  summary: '接收聊天或平台消息：分析、存入买家会话 / take a chat or platform message: triage it and store it in the buyer’s thread',
  security: SECURITY,
  request: { body: { content: { 'application/json': { schema: ChatMessageSchema } }, required: true } },
  responses: { 200: json(StoredSchema, '已存（或已存在）/ stored (or already there)'), ...ERRORS },
});

export function messageRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(post, async (c) => {
    const body = c.req.valid('json');
    const incoming = platformIncoming({ ...body, source: `api:${c.get('user').email}` }, await ctx.model(), now());
    const intake = await ctx.intake();
    const { ids } = await intake.storeBatch([incoming]);
    const id = ids[0] ?? null;
    const row = id === null ? null : await ctx.store.db.selectFrom('messages').select(['verdict', 'tab']).where('id', '=', id).executeTakeFirst();
    return c.json({ id, duplicate: id === null, verdict: row?.verdict ?? incoming.record.verdict, tab: row?.tab ?? 'other' }, 200);
  });
}
