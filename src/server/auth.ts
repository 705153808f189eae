/**
 * Every /api route but health, the OpenAPI description and sign-in needs a user: a session cookie
 * (browser) or a bearer token (scripts). A browser's state-changing request must also carry the
 * session's CSRF token in X-CSRF-Token, which another site's page cannot read or forge.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Store } from '../store/dialect.js';
import { sessionUser, tokenUser, type Authenticated } from '../store/users.js';
import { badCsrf, forbidden, sendError, unauthenticated } from './errors.js';

export const SESSION_COOKIE = 'xunpan_session';
const PUBLIC = new Set(['GET /api/health', 'GET /api/openapi.json', 'POST /api/session']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AppEnv = { Variables: { user: Authenticated } };

/**
 * Who a session or token belongs to, remembered briefly so a busy client does not cost a query per
 * request. Signing out forgets at once; a user deactivated by another process is refused within
 * CREDENTIAL_TTL_MS.
 */
export class CredentialCache {
  private readonly known = new Map<string, { user: Authenticated; until: number }>();
  get(secret: string): Authenticated | undefined {
    const hit = this.known.get(secret);
    return hit && hit.until > Date.now() ? hit.user : undefined;
  }
  set(secret: string, user: Authenticated): void {
    if (this.known.size >= 10_000) this.known.clear();
    this.known.set(secret, { user, until: Date.now() + CREDENTIAL_TTL_MS });
  }
  forget(secret: string): void {
    this.known.delete(secret);
  }
  clear(): void {
    this.known.clear();
  }
}
export const CREDENTIAL_TTL_MS = 10_000;

export function authenticate(store: Store, cache: CredentialCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (PUBLIC.has(`${c.req.method} ${c.req.path}`) || !c.req.path.startsWith('/api/')) return next();
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = getCookie(c, SESSION_COOKIE);
    const secret = bearer ?? cookie;
    let user = secret ? cache.get(secret) : undefined;
    if (!user && secret) {
      user = (bearer ? await tokenUser(store, bearer) : await sessionUser(store, secret)) ?? undefined;
      if (user) cache.set(secret, user);
    }
    if (!user) return sendError(c, unauthenticated());
    if (user.csrf !== null && !SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== user.csrf) return sendError(c, badCsrf());
    c.set('user', user);
    return next();
  };
}

export function requireAdmin(user: Authenticated) {
  if (user.role !== 'admin') throw forbidden();
}
