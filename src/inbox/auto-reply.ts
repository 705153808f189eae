/**
 * An out-of-office or autoresponder message, from the headers the parser keeps: Auto-Submitted
 * other than "no" (RFC 3834), X-Autoreply / X-Autorespond, Precedence: auto_reply. A mailing list's
 * "Precedence: bulk" is not an auto-reply.
 */
export function isAutoReply(headers: Readonly<Record<string, string>>): boolean {
  const submitted = headers['auto-submitted']?.trim().toLowerCase();
  if (submitted && !submitted.startsWith('no')) return true;
  if (headers['x-autoreply'] !== undefined || headers['x-autorespond'] !== undefined) return true;
  return headers.precedence?.trim().toLowerCase() === 'auto_reply';
}
