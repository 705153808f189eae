import { ErrorSchema } from '../schemas.js';

const error = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

/** The error answers every signed-in route can give, for the OpenAPI description. */
export const ERRORS = {
  400: error('输入不正确 / invalid input'),
  401: error('未登录 / not signed in'),
  403: error('无权限或 CSRF 令牌无效 / not allowed, or a bad CSRF token'),
  404: error('不存在或不可见 / not found, or not yours to see'),
} as const;

export const SECURITY: Record<string, string[]>[] = [{ session: [] }, { token: [] }];

export const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
