/**
 * One way to talk to the API: same-origin fetch with the session cookie, and the session's CSRF
 * token on every state-changing request. Failures become ApiFailure with the API's error code, so
 * the UI can show its own wording (STYLE.md rule 7) rather than the server's message.
 */
let csrf: string | null = null;

/** Set from POST /api/session and GET /api/me; cleared on sign-out. */
export function setCsrf(token: string | null): void {
  csrf = token;
}

/** For requests made without `api` (file uploads, an upload with progress): they must carry the token too. */
export const csrfToken = (): string | null => csrf;

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The server's own wording, for errors that name the place to fix (a template's path). */
    readonly detail: { zh: string; en: string } | null = null,
  ) {
    super(`${status} ${code}`);
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) throw failure(response.status, data);
  return data as T;
}

/** An error body of the API ({"error": {"code", "zh", "en"}}) as an ApiFailure. */
export function failure(status: number, data: unknown): ApiFailure {
  const error = (data as { error?: { code?: string; zh?: string; en?: string } } | null)?.error;
  return new ApiFailure(status, error?.code ?? 'network', error?.zh && error.en ? { zh: error.zh, en: error.en } : null);
}

/** A query string from the set values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
