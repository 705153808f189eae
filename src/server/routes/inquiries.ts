import { gunzipSync } from 'node:zlib';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { applyAction, undoAction, type ActionOutcome } from '../../store/actions.js';
import { countTabs, getInquiry } from '../../store/inquiries.js';
import { inquiryJson, listInboxJson } from '../../store/inquiries-json.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { ApiError, forbidden, notFound } from '../errors.js';
import { ActionResultSchema, ActionSchema, CountsSchema, IdParam, InboxPageSchema, InboxQuerySchema, InquirySchema } from '../schemas.js';
import { ERRORS, json, SECURITY, sendJsonText } from './common.js';

const list = createRoute({
  method: 'get',
  path: '/api/inquiries',
  summary: '收件箱一页（最新在前）/ one page of the inbox, newest first',
  security: SECURITY,
  request: { query: InboxQuerySchema },
  responses: { 200: json(InboxPageSchema, '一页询盘；next 为下一页游标 / a page; next is the cursor of the next page'), ...ERRORS },
});
const counts = createRoute({ method: 'get', path: '/api/inquiries/counts', summary: '各标签数量 / count per tab', security: SECURITY, responses: { 200: json(CountsSchema, '数量 / counts'), ...ERRORS } });
const one = createRoute({ method: 'get', path: '/api/inquiries/{id}', summary: '一条询盘及其会话 / one inquiry and its thread', security: SECURITY, request: { params: IdParam }, responses: { 200: json(InquirySchema, '询盘 / the inquiry'), ...ERRORS } });
const raw = createRoute({
  method: 'get',
  path: '/api/inquiries/{id}/raw',
  summary: '原始邮件（.eml 下载）/ the raw message as .eml',
  security: SECURITY,
  request: { params: IdParam },
  responses: { 200: { content: { 'message/rfc822': { schema: z.string() } }, description: '原始邮件 / the raw message' }, ...ERRORS },
});
const act = createRoute({
  method: 'post',
  path: '/api/inquiries/{id}/actions',
  summary: '标记垃圾/非垃圾、归档、分配、改等级 / label, archive, assign, grade',
  security: SECURITY,
  request: { params: IdParam, body: { content: { 'application/json': { schema: ActionSchema } }, required: true } },
  responses: { 200: json(ActionResultSchema, '已执行，可撤销 / done, and undoable'), ...ERRORS },
});
const undo = createRoute({
  method: 'post',
  path: '/api/actions/{id}/undo',
  summary: '撤销操作 / undo an action',
  security: SECURITY,
  request: { params: IdParam },
  responses: { 200: json(ActionResultSchema, '已撤销 / undone'), 409: ERRORS[400], ...ERRORS },
});

function outcome(result: ActionOutcome) {
  if (result.ok) return { actionId: result.actionId, after: result.after };
  if (result.reason === 'forbidden') throw forbidden();
  if (result.reason === 'nothing_to_undo') throw new ApiError(409, 'nothing_to_undo', '该操作已撤销，或之后还有更新的操作', 'already undone, or a newer action came after it');
  throw notFound();
}

/** Tab counts scan a whole queue; a busy inbox asks for them constantly, so they are kept this long. */
const COUNTS_TTL_MS = 2000;

export function inquiryRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  const countsCache = new Map<string, { until: number; counts: Awaited<ReturnType<typeof countTabs>> }>();
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const user = c.get('user');
    if (q.assignee !== undefined && user.role !== 'admin' && q.assignee !== user.id) throw forbidden();
    const page = await listInboxJson(ctx.store, user, { ...q, assigneeId: q.assignee, archived: q.archived === '1' });
    return sendJsonText(c, page);
  });
  app.openapi(counts, async (c) => {
    const user = c.get('user');
    const key = user.role === 'admin' ? 'admin' : `sales:${user.id}`;
    const hit = countsCache.get(key);
    if (hit && hit.until > Date.now()) return c.json(hit.counts, 200);
    const fresh = await countTabs(ctx.store, user);
    countsCache.set(key, { until: Date.now() + COUNTS_TTL_MS, counts: fresh });
    return c.json(fresh, 200);
  });
  app.openapi(one, async (c) => {
    const detail = await inquiryJson(ctx.store, c.get('user'), c.req.valid('param').id);
    if (detail === null) throw notFound();
    return sendJsonText(c, detail);
  });
  app.openapi(raw, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await getInquiry(ctx.store, c.get('user'), id))) throw notFound();
    const row = await ctx.store.db.selectFrom('raw_messages').select('raw').where('message_id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError(404, 'no_raw', '这条消息没有原始邮件（来自平台或聊天）', 'this message has no raw mail (it came from a platform or a chat)');
    return c.body(new Uint8Array(gunzipSync(row.raw)), 200, { 'content-type': 'message/rfc822', 'content-disposition': `attachment; filename="inquiry-${id}.eml"` });
  });
  app.openapi(act, async (c) => {
    const change = c.req.valid('json');
    const result = outcome(await applyAction(ctx.store, c.get('user'), c.req.valid('param').id, change));
    countsCache.clear();
    if (change.action === 'label') ctx.modelChanged();
    if (change.action === 'assign') ctx.teamChanged();
    return c.json(result, 200);
  });
  app.openapi(undo, async (c) => {
    const result = outcome(await undoAction(ctx.store, c.get('user'), c.req.valid('param').id));
    countsCache.clear();
    ctx.modelChanged();
    ctx.teamChanged();
    return c.json(result, 200);
  });
}
