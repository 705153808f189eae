import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { checkLogin, createSession, endSession, SESSION_HOURS } from '../../store/users.js';
import type { AppContext } from '../app.js';
import { SESSION_COOKIE, type AppEnv } from '../auth.js';
import { ApiError } from '../errors.js';
import { LoginSchema, MeSchema } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const login = createRoute({
  method: 'post',
  path: '/api/session',
  summary: '登录 / sign in',
  request: { body: { content: { 'application/json': { schema: LoginSchema } }, required: true } },
  responses: { 200: json(MeSchema, '已登录；会话 cookie 已设置 / signed in; the session cookie is set'), 400: ERRORS[400], 401: ERRORS[401] },
});
const logout = createRoute({ method: 'delete', path: '/api/session', summary: '退出登录 / sign out', security: SECURITY, responses: { 204: { description: '已退出 / signed out' }, ...ERRORS } });
const me = createRoute({ method: 'get', path: '/api/me', summary: '当前用户 / who am I', security: SECURITY, responses: { 200: json(MeSchema, '当前用户 / the signed-in user'), 401: ERRORS[401] } });

export function sessionRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(login, async (c) => {
    const { email, password } = c.req.valid('json');
    const user = await checkLogin(ctx.store, email, password);
    if (!user) throw new ApiError(401, 'bad_login', '邮箱或密码不正确', 'wrong e-mail or password');
    const session = await createSession(ctx.store, user.id);
    setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: ctx.secureCookies, maxAge: SESSION_HOURS * 3600 });
    return c.json({ id: user.id, email: user.email, name: user.name, role: user.role, csrf: session.csrf }, 200);
  });
  app.openapi(logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      await endSession(ctx.store, token);
      ctx.credentials.forget(token);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  app.openapi(me, (c) => {
    const { id, email, name, role, csrf } = c.get('user');
    return c.json({ id, email, name, role, csrf }, 200);
  });
}
