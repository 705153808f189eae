/** A failure the user caused or can fix, with wording in both languages; the cause goes to the log. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly exitCode: 1 | 2,
    options?: { cause?: unknown },
  ) {
    super(en, options);
    this.name = 'UserError';
  }
}

export function usageError(zh: string, en: string): UserError {
  return new UserError('usage', zh, en, 2);
}
