/** Request and response shapes of the API (zod): validated on the way in, described in /api/openapi.json. */
import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), zh: z.string(), en: z.string() }) })
  .openapi('Error');

export const TabSchema = z.enum(['priority', 'other', 'suspicious', 'junk']);
export const GradeSchema = z.enum(['A', 'B', 'C']);

export const InboxRowSchema = z
  .object({
    id: z.number().int(),
    received_at: z.string(),
    from_address: z.string().nullable(),
    from_name: z.string().nullable(),
    subject: z.string(),
    verdict: z.enum(['genuine', 'suspicious', 'junk']),
    junk_kind: z.string().nullable(),
    grade: GradeSchema.nullable(),
    priority: z.enum(['high', 'medium', 'low']),
    score: z.number(),
    label: z.enum(['junk', 'genuine']).nullable(),
    tab: TabSchema,
    archived: z.number().int(),
    country: z.string().nullable(),
    product: z.string().nullable(),
    language: z.string().nullable(),
    buyer_type: z.string().nullable(),
    assignee_id: z.number().int().nullable(),
    thread_id: z.number().int().nullable(),
    channel: z.enum(['mail', 'platform', 'chat', 'reply']),
    direction: z.enum(['in', 'out']),
  })
  .openapi('InboxRow');

export const InboxPageSchema = z.object({ rows: z.array(InboxRowSchema), next: z.string().nullable() }).openapi('InboxPage');

const optionalInt = z.coerce.number().int().positive().optional();
export const InboxQuerySchema = z.object({
  tab: TabSchema.optional(),
  assignee: optionalInt.openapi({ description: 'admin only: one salesperson’s queue' }),
  grade: GradeSchema.optional(),
  kind: z.string().max(40).optional(),
  country: z.string().length(2).optional(),
  product: z.string().max(100).optional(),
  from: z.string().max(40).optional().openapi({ description: 'ISO date, inclusive' }),
  to: z.string().max(40).optional().openapi({ description: 'ISO date, exclusive' }),
  archived: z.enum(['0', '1']).optional(),
  q: z.string().max(200).optional().openapi({ description: 'full-text search: subject, body, buyer, products' }),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const CountsSchema = z.object({ priority: z.number(), other: z.number(), suspicious: z.number(), junk: z.number() }).openapi('TabCounts');

export const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });

export const SignalSchema = z.object({ id: z.string(), group: z.string(), points: z.number(), zh: z.string(), en: z.string(), evidence: z.array(z.string()) });

export const InquirySchema = z
  .object({
    message: InboxRowSchema.extend({
      body: z.string(),
      message_id: z.string().nullable(),
      thread_reason: z.unknown(),
      record: z.object({ signals: z.array(SignalSchema), extracted: z.record(z.string(), z.unknown()).nullable() }).passthrough(),
    }),
    thread: z
      .object({
        id: z.number(),
        buyer_email: z.string().nullable(),
        buyer_name: z.string().nullable(),
        company: z.string().nullable(),
        country: z.string().nullable(),
        message_count: z.number().int().openapi({ description: 'all messages of the thread; `messages` holds the newest 100' }),
        messages: z.array(InboxRowSchema.pick({ id: true, received_at: true, from_address: true, subject: true, verdict: true, junk_kind: true, label: true, tab: true, channel: true, direction: true, assignee_id: true })),
      })
      .nullable(),
  })
  .openapi('Inquiry');

export const ActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('label'), label: z.enum(['junk', 'genuine']) }),
    z.object({ action: z.literal('archive'), archived: z.boolean() }),
    z.object({ action: z.literal('assign'), assigneeId: z.number().int().positive().nullable() }),
    z.object({ action: z.literal('grade'), grade: GradeSchema }),
  ])
  .openapi('Action');

export const ActionResultSchema = z
  .object({
    actionId: z.number().int().openapi({ description: 'POST /api/actions/{actionId}/undo puts it back' }),
    after: z.object({ label: z.enum(['junk', 'genuine']).nullable(), tab: TabSchema, archived: z.number(), assignee_id: z.number().nullable(), grade: GradeSchema.nullable() }),
  })
  .openapi('ActionResult');

export const LoginSchema = z.object({ email: z.string().min(3).max(200), password: z.string().min(1).max(500) }).openapi('Login');

export const UserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'sales']),
    active: z.number().int(),
    created_at: z.string(),
    last_assigned_at: z.string().nullable(),
    productLines: z.array(z.string()),
    languages: z.array(z.string()),
  })
  .openapi('User');

export const MeSchema = z.object({ id: z.number(), email: z.string(), name: z.string(), role: z.enum(['admin', 'sales']), csrf: z.string().nullable() }).openapi('Me');

export const NewUserSchema = z
  .object({
    email: z.string().regex(/^[^\s@]+@[^\s@]+$/, 'not an e-mail address').max(200),
    name: z.string().min(1).max(100),
    role: z.enum(['admin', 'sales']),
    password: z.string().min(10).max(500),
    productLines: z.array(z.string().min(1).max(100)).max(100).optional(),
    languages: z.array(z.string().length(2)).max(20).optional(),
  })
  .openapi('NewUser');

export const UserChangeSchema = NewUserSchema.omit({ email: true }).partial().extend({ active: z.boolean().optional() }).openapi('UserChange');

export const TokenSchema = z.object({ id: z.number(), token: z.string().openapi({ description: 'shown once; send as Authorization: Bearer …' }) }).openapi('ApiToken');

export const ChatMessageSchema = z
  .object({
    channel: z.enum(['chat', 'platform']),
    buyerId: z.string().min(1).max(200).optional().openapi({ description: 'the platform’s buyer id: messages with the same id form one thread' }),
    from: z.string().max(200).optional(),
    name: z.string().max(200).optional(),
    company: z.string().max(200).optional(),
    country: z.string().length(2).optional(),
    subject: z.string().max(500).optional(),
    text: z.string().min(1).max(100_000),
    at: z.string().datetime({ offset: true }).optional(),
    externalId: z.string().max(300).optional().openapi({ description: 'the platform’s message id: the same id is stored once' }),
    accountAgeDays: z.number().int().min(0).optional(),
    productsViewed: z.number().int().min(0).optional(),
    suppliersContacted: z.number().int().min(0).optional(),
  })
  .openapi('ChatMessage');

export const StoredSchema = z.object({ id: z.number().nullable(), duplicate: z.boolean(), verdict: z.string(), tab: TabSchema }).openapi('Stored');
