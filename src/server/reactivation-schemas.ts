/** Shapes of the reactivation and outreach routes (zod): validated on the way in, described in /api/openapi.json. */
import { z } from '@hono/zod-openapi';
import { GradeSchema } from './schemas.js';

const Bilingual = z.object({ zh: z.string(), en: z.string() });
const Reason = Bilingual.extend({ code: z.string() });
const OutreachStatusSchema = z.enum(['queued', 'sending', 'sent', 'failed', 'cancelled']);

export const ReactivationQuerySchema = z.object({
  grade: GradeSchema.optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/).optional().openapi({ description: 'ISO 3166-1 alpha-2' }),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  grade: GradeSchema.optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/).optional(),
});

export const BuyerRowSchema = z
  .object({
    no: z.number().int(),
    key: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    company: z.string().nullable(),
    website: z.string().nullable(),
    country: z.string().nullable(),
    grade: GradeSchema,
    summary: Bilingual,
    firstAt: z.string(),
    lastAt: z.string(),
    inquiries: z.number().int(),
    suspicious: z.boolean(),
    delivery: z.enum(['dead', 'delayed']).nullable(),
    bounce: z.object({ status: z.string().nullable(), diagnostic: z.string().nullable() }).nullable(),
    draft: z.object({ languages: z.array(z.string()), missingLanguage: z.string().nullable(), subject: z.string(), body: z.string() }).nullable(),
    outreach: OutreachStatusSchema.nullable(),
  })
  .openapi('ReactivationRow');

export const ExclusionSchema = z
  .object({ key: z.string(), name: z.string().nullable(), email: z.string().nullable(), company: z.string().nullable(), lastAt: z.string(), inquiries: z.number().int(), code: z.string(), customerRow: z.number().int().nullable(), reason: Bilingual })
  .openapi('ReactivationExclusion');

const count = z.number().int();
export const ReactivationSchema = z
  .object({
    rows: z.array(BuyerRowSchema),
    /** Rows matching the filters, of which `rows` is one page. */
    total: count,
    countries: z.array(z.string()),
    excluded: z.array(ExclusionSchema),
    counts: z.object({ inquiries: count, junk: count, bounceMessages: count, buyers: count, customers: count, dead: count, delayed: count, byGrade: z.object({ A: count, B: count, C: count }) }),
    customerList: z.object({ filename: z.string(), customers: count, updatedAt: z.string() }).nullable(),
  })
  .openapi('Reactivation');

export const CustomersUploadQuerySchema = z.object({ filename: z.string().max(200).default('customers.csv') });
export const CustomerListSchema = z.object({ filename: z.string(), customers: count, updatedAt: z.string() }).openapi('CustomerList');

export const OutreachItemSchema = z
  .object({
    id: z.number().int(), userId: z.number().int(), buyerKey: z.string(), email: z.string(), name: z.string().nullable(), company: z.string().nullable(),
    messageId: z.number().int(), threadId: z.number().int().nullable(), subject: z.string(), body: z.string(), languages: z.array(z.string()),
    status: OutreachStatusSchema, queuedAt: z.string(), attemptedAt: z.string().nullable(), sentId: z.number().int().nullable(), reason: Reason.nullable(),
  })
  .openapi('OutreachItem');

export const QueueRequestSchema = z.object({ keys: z.array(z.string().min(1).max(400)).min(1).max(1000) }).openapi('OutreachRequest');
export const QueueResultSchema = z
  .object({ queued: z.array(OutreachItemSchema), skipped: z.array(Reason.extend({ key: z.string() })) })
  .openapi('OutreachQueued');
export const PacingSchema = z
  .object({ intervalSeconds: z.number().int().min(10).max(86_400), dailyCap: z.number().int().min(1).max(2000) })
  .openapi('OutreachPacing');
export const OutreachListSchema = z.object({ items: z.array(OutreachItemSchema), pacing: PacingSchema }).openapi('OutreachQueue');
