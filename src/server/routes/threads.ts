import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { detachMessage, mergeThreads, undoMerge, type ThreadOutcome } from '../../store/threads.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import { IdParam } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const Done = z.object({ id: z.number().int() }).openapi('ThreadChange');

const merge = createRoute({
  method: 'post',
  path: '/api/threads/{id}/merge',
  summary: '把另一个会话并入此会话（可撤销）/ merge another thread into this one (undoable)',
  security: SECURITY,
  request: { params: IdParam, body: { content: { 'application/json': { schema: z.object({ from: z.number().int().positive() }) } }, required: true } },
  responses: { 200: json(Done, '合并记录编号，用于撤销 / the merge id, for undo'), 409: ERRORS[400], ...ERRORS },
});
const undo = createRoute({
  method: 'post',
  path: '/api/thread-merges/{id}/undo',
  summary: '撤销合并 / undo a merge',
  security: SECURITY,
  request: { params: IdParam },
  responses: { 200: json(Done, '已撤销 / undone'), 409: ERRORS[400], ...ERRORS },
});
const detach = createRoute({
  method: 'post',
  path: '/api/inquiries/{id}/detach',
  summary: '把这封移出会话，单独成会话 / take this message out into a thread of its own',
  security: SECURITY,
  request: { params: IdParam },
  responses: { 200: json(Done, '新会话编号 / the new thread id'), ...ERRORS },
});

function outcome(result: ThreadOutcome) {
  if (result.ok) return { id: result.id };
  if (result.reason === 'same_thread') throw new ApiError(409, 'same_thread', '不能把会话并入它自己', 'a thread cannot be merged into itself');
  if (result.reason === 'already_undone') throw new ApiError(409, 'already_undone', '该合并已撤销', 'this merge was already undone');
  throw notFound('thread');
}

export function threadRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(merge, async (c) => c.json(outcome(await mergeThreads(ctx.store, c.get('user'), c.req.valid('param').id, c.req.valid('json').from)), 200));
  app.openapi(undo, async (c) => c.json(outcome(await undoMerge(ctx.store, c.get('user'), c.req.valid('param').id)), 200));
  app.openapi(detach, async (c) => c.json(outcome(await detachMessage(ctx.store, c.get('user'), c.req.valid('param').id)), 200));
}
