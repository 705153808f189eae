import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { checkOutgoing, draftFor, sendAndStore } from '../../inbox/reply.js';
import { setWon } from '../../store/won.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { notFound } from '../errors.js';
import { CheckRequestSchema, DraftSchema, FindingsSchema, ReplyRequestSchema, SentSchema, WonResultSchema, WonSchema } from '../reply-schemas.js';
import { ErrorSchema, IdParam } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const draft = createRoute({
  method: 'get',
  path: '/api/inquiries/{id}/draft',
  summary: '回复草稿：按买家类型、问题和缺项，用买家语言和英文 / a reply draft by buyer type, questions and gaps, in the buyer’s language and English',
  security: SECURITY,
  request: { params: IdParam },
  responses: { 200: json(DraftSchema, '草稿（未发送）/ the draft (nothing is sent)'), ...ERRORS },
});
const check = createRoute({
  method: 'post',
  path: '/api/inquiries/{id}/check',
  summary: '发送前检查：主题、拼写、分条、签名、附件、免费邮箱、买家工作时间 / the pre-send check',
  security: SECURITY,
  request: { params: IdParam, ...body(CheckRequestSchema) },
  responses: { 200: json(FindingsSchema, '发现的问题；空表示可以发送 / findings; none means ready to send'), ...ERRORS },
});
const send = createRoute({
  method: 'post',
  path: '/api/inquiries/{id}/reply',
  summary: '用自己的 SMTP 发送回复，接在买家邮件之后，并存入会话 / send the reply through your SMTP, threaded under the buyer’s mail, and keep it in the thread',
  security: SECURITY,
  request: { params: IdParam, ...body(ReplyRequestSchema) },
  responses: {
    200: json(SentSchema, '已发送并存入会话 / sent and stored'),
    409: json(ErrorSchema, '未设置 SMTP，或该消息不能用邮件回复 / no SMTP settings, or the message cannot be answered by mail'),
    502: json(ErrorSchema, 'SMTP 服务器拒绝或无法连接，未发送 / the SMTP server refused or could not be reached; nothing was sent'),
    ...ERRORS,
  },
});
const won = createRoute({
  method: 'post',
  path: '/api/threads/{id}/won',
  summary: '标记成交（或取消）：停止跟进，计入转化率 / mark the deal won (or not): follow-ups stop, conversion counts it',
  security: SECURITY,
  request: { params: IdParam, ...body(WonSchema) },
  responses: { 200: json(WonResultSchema, '已记录 / recorded'), ...ERRORS },
});

export function replyRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(draft, async (c) => c.json(await draftFor(ctx.store, c.get('user'), c.req.valid('param').id), 200));
  app.openapi(check, async (c) => {
    const findings = await checkOutgoing(ctx.store, c.get('user'), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ findings }, 200);
  });
  app.openapi(send, async (c) => {
    const input = c.req.valid('json');
    const attachments = input.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: new Uint8Array(Buffer.from(a.content, 'base64')) }));
    // A server refusing every recipient fails the send (sendReply's EENVELOPE): nothing is stored then.
    const sent = await sendAndStore(ctx.store, c.get('user'), c.req.valid('param').id, { subject: input.subject, body: input.body, attachments }, { key: ctx.secretKey, intake: () => ctx.intake() });
    return c.json(sent, 200);
  });
  app.openapi(won, async (c) => {
    const threadId = c.req.valid('param').id;
    const result = await setWon(ctx.store, c.get('user'), threadId, c.req.valid('json').won);
    if (!result) throw notFound('thread');
    return c.json({ threadId, wonAt: result.wonAt }, 200);
  });
}
