/**
 * GET /api/mail-frame: the empty page the inquiry view shows a mail's HTML in. The web sanitises
 * the HTML with DOMPurify and writes it into this page; what protects the workspace is this page's
 * own policy. A srcdoc or blob: frame would inherit the workspace's CSP (tried in Chromium: the
 * mail's inline styles are refused, and remote images stay blocked even when the user asks for
 * them), so the frame needs a document of its own with its own header:
 *
 * - no script at all (default-src 'none', and the CSP sandbox without allow-scripts, which holds
 *   even if this page is opened on its own), no forms, no plugins, no fonts, no frames;
 * - the mail's inline styles, and images from data: only, or also from http(s) once the user asked
 *   (?images=1): a tracking pixel is not fetched before that;
 * - allow-same-origin, so that the workspace can write the mail in and measure its height (without
 *   scripts in the frame, nothing in it can use that origin);
 * - links open in a new tab (allow-popups, escaping the sandbox so the buyer's site works), never
 *   in the workspace or the frame.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../auth.js';
import { ERRORS, SECURITY } from './common.js';

export const MAIL_FRAME_MARK = 'data-xunpan-mail-frame';
const PAGE = `<!doctype html><html ${MAIL_FRAME_MARK}><head><meta charset="utf-8"></head><body></body></html>`;

export function mailFramePolicy(images: boolean): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `img-src data:${images ? ' http: https:' : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
    'sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  ].join('; ');
}

const frame = createRoute({
  method: 'get',
  path: '/api/mail-frame',
  summary: '显示邮件 HTML 的空白页（沙箱，禁止脚本）/ the blank, sandboxed, script-free page a mail’s HTML is shown in',
  security: SECURITY,
  request: { query: z.object({ images: z.enum(['0', '1']).optional().openapi({ description: '1: remote images allowed (the user asked)' }) }) },
  responses: { 200: { content: { 'text/html': { schema: z.string() } }, description: '空白页 / the blank page' }, ...ERRORS },
});

export function mailFrameRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(frame, (c) =>
    c.body(PAGE, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': mailFramePolicy(c.req.valid('query').images === '1'),
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    }),
  );
}
