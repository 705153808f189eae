/** The one error shape of the API: {"error": {"code", "zh", "en"}}, with a fitting HTTP status. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { UserError } from '../errors.js';

export interface ApiErrorBody {
  error: { code: string; zh: string; en: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }

  body(): ApiErrorBody {
    return { error: { code: this.code, zh: this.zh, en: this.en } };
  }
}

export const unauthenticated = () => new ApiError(401, 'unauthenticated', '请先登录或提供有效的 API 令牌', 'sign in or give a valid API token');
export const forbidden = () => new ApiError(403, 'forbidden', '你没有权限执行此操作', 'you are not allowed to do this');
export const notFound = (what = 'inquiry') => new ApiError(404, 'not_found', `找不到该${what === 'inquiry' ? '询盘' : '记录'}，或你无权查看`, `no such ${what}, or not yours to see`);
export const badCsrf = () => new ApiError(403, 'csrf', '请求缺少有效的 CSRF 令牌，请刷新页面后重试', 'the request lacks a valid CSRF token; reload the page and try again');

export function sendError(c: Context, error: ApiError) {
  return c.json(error.body(), error.status);
}

/** A UserError from the core or the store keeps its code and wording; the status says whose move it is. */
const USER_ERROR_STATUS: Partial<Record<string, ContentfulStatusCode>> = { not_found: 404, smtp: 502, smtp_missing: 409, not_replyable: 409, secret: 409 };

export function fromUserError(error: UserError): ApiError {
  return new ApiError(USER_ERROR_STATUS[error.code] ?? 400, error.code, error.zh, error.en);
}
