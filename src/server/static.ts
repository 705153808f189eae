/**
 * The web workspace (web/dist, built by `npm run build`) on the API's own port: files as they are,
 * index.html for any other non-/api path so the browser's router can take over. The pages render
 * untrusted mail, so every answer carries a strict Content-Security-Policy: only our own scripts,
 * styles and connections, no inline script, no plugins, no framing.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './auth.js';

/** From src/server (tsx) and from dist/server (built) alike, two levels up is the package root. */
export const WEB_DIST = path.join(import.meta.dirname, '..', '..', 'web', 'dist');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const MISSING = `网页工作台尚未构建：请在项目目录运行 npm run build，然后重启 xunpan serve。
The web workspace has not been built: run npm run build in the project folder, then restart xunpan serve.
`;

const headers = (type: string, cache: string) => ({
  'content-type': type,
  'cache-control': cache,
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});

async function fileAt(dir: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = path.join(dir, path.normalize(decoded));
  if (!full.startsWith(dir + path.sep)) return null; // no way out of the folder with ../
  const info = await stat(full).catch(() => null);
  return info?.isFile() ? full : null;
}

export function serveWeb(app: OpenAPIHono<AppEnv>, dir = WEB_DIST): void {
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const index = path.join(dir, 'index.html');
    const file = await fileAt(dir, c.req.path);
    if (file && file !== index) {
      // Vite names every asset by its content hash, so a cached copy can never be stale.
      const cache = c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      return c.body(new Uint8Array(await readFile(file)), 200, headers(type, cache));
    }
    // A missing hashed asset is an old or wrong link, not a page: answering index.html would run HTML as script.
    if (c.req.path.startsWith('/assets/')) return c.body('not found\n', 404, headers('text/plain; charset=utf-8', 'no-cache'));
    const html = await readFile(index).catch(() => null);
    if (!html) return c.body(MISSING, 503, headers('text/plain; charset=utf-8', 'no-store'));
    return c.body(new Uint8Array(html), 200, headers('text/html; charset=utf-8', 'no-cache'));
  });
}
