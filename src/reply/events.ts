import { z } from 'zod';

/**
 * What happened in one conversation, as the store hands it over: the inquiry arriving (with its
 * flags), our replies, the buyer's answers and a won deal. Times are ISO 8601 instants.
 */
const at = z.iso.datetime({ offset: true });
const inquiryId = z.string().min(1);

export const ThreadEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('received'),
    inquiryId,
    at,
    channel: z.enum(['mail', 'chat']).default('mail'),
    salesperson: z.string().nullable().default(null),
    /** Flagged junk or an auto-reply: not an inquiry anyone owes an answer to. */
    junk: z.boolean().default(false),
    autoReply: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('replied'),
    inquiryId,
    at,
    salesperson: z.string().nullable().default(null),
    /** A reminder we sent: it keeps the follow-up sequence going instead of starting it again. */
    followUp: z.boolean().default(false),
  }),
  z.object({ type: z.literal('buyer_replied'), inquiryId, at, autoReply: z.boolean().default(false) }),
  z.object({ type: z.literal('won'), inquiryId, at }),
]);

export type ThreadEvent = z.output<typeof ThreadEventSchema>;
/** What a caller may write: the flags default to false, channel to mail. */
export type ThreadEventInput = z.input<typeof ThreadEventSchema>;

export function parseThreadEvents(input: unknown): ThreadEvent[] {
  return z.array(ThreadEventSchema).parse(input);
}

export const ms = (iso: string) => Date.parse(iso);

/** Events in time order; the sort is stable so same-instant events keep the store's order. */
export function inOrder<T extends { at: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => ms(a.at) - ms(b.at));
}
