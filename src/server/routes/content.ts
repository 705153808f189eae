/**
 * GET /api/inquiries/{id}/content: the mail as its reader sees it (text, HTML, attachments with
 * risk), parsed on demand from the stored raw mail. The HTML leaves unsanitised, as JSON that no
 * browser renders: the web sanitises it with DOMPurify in the browser that draws it (the same
 * parser, so nothing slips between two parsers' readings) and shows it in the sandboxed frame of
 * mail-frame.ts. A DOM on the server for a second sanitiser would add a large dependency for a
 * copy that the frame's own CSP and sandbox make redundant.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { messageContent } from '../../inbox/message-content.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { notFound } from '../errors.js';
import { IdParam } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const AttachmentSchema = z
  .object({
    name: z.string(),
    type: z.string().openapi({ description: 'the MIME type the sender declared' }),
    size: z.number().int().openapi({ description: 'bytes, decoded' }),
    innerNames: z.array(z.string()).openapi({ description: 'the file names inside a zip archive (up to 200)' }),
    inline: z.boolean().openapi({ description: 'shown inside the mail (a logo), not attached to be opened' }),
    risk: z.enum(['high', 'medium', 'low']),
    reasonZh: z.string(),
    reasonEn: z.string(),
    signal: z.string().nullable().openapi({ description: 'the triage signal with the same notion, e.g. malware.executable_attachment' }),
    evidence: z.array(z.string()).openapi({ description: 'for a high risk: the names that made it so' }),
  })
  .openapi('AttachmentView');

const ContentSchema = z
  .object({
    text: z.string(),
    html: z.string().nullable().openapi({ description: 'the HTML part as sent, NOT sanitised: sanitise before rendering' }),
    attachments: z.array(AttachmentSchema),
    hasRaw: z.boolean().openapi({ description: 'the raw .eml is at /api/inquiries/{id}/raw' }),
  })
  .openapi('MessageContent');

const content = createRoute({
  method: 'get',
  path: '/api/inquiries/{id}/content',
  summary: '正文（文本和 HTML）及附件风险 / the text, the HTML and the attachments with their risk',
  description: '平台和聊天消息没有原始邮件：返回存储的正文，没有附件 / platform and chat messages have no raw mail: their stored text, no attachments',
  security: SECURITY,
  request: { params: IdParam },
  responses: { 200: json(ContentSchema, '正文和附件 / text and attachments'), ...ERRORS },
});

export function contentRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(content, async (c) => {
    const found = await messageContent(ctx.store, c.get('user'), c.req.valid('param').id);
    if (!found) throw notFound();
    return c.json(found, 200);
  });
}
