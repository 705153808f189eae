/** Shapes of the reply routes (drafts, check, send, follow-ups, report, settings, templates). */
import { z } from '@hono/zod-openapi';
import { BUCKETS, ReplyTemplatesSchema } from '../reply/index.js';

export const DraftSchema = z
  .object({
    languages: z.array(z.string()),
    missingLanguage: z.string().nullable().openapi({ description: 'the buyer’s language when no template exists for it: the draft is English only' }),
    subject: z.string(),
    body: z.string(),
    questions: z.array(z.object({ text: z.string(), topics: z.array(z.string()) })),
    asked: z.array(z.string()),
    angle: z.string().nullable(),
    toFill: z.array(z.string()).openapi({ description: '“[…]” left for the salesperson to write' }),
  })
  .openapi('ReplyDraft');

export const CheckRequestSchema = z
  .object({
    subject: z.string().max(998),
    body: z.string().max(200_000),
    attachments: z.array(z.string().max(255)).max(20).default([]).openapi({ description: 'file names' }),
  })
  .openapi('ReplyCheck');

export const FindingSchema = z
  .object({ id: z.string(), zh: z.string(), en: z.string(), evidence: z.array(z.string()), suggestedAt: z.string().optional() })
  .openapi('Finding');

export const FindingsSchema = z.object({ findings: z.array(FindingSchema) }).openapi('Findings');

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** 10 MB of attachments as base64; larger files belong on a download link. */
const MAX_ATTACHMENT_CHARS = 14_000_000;

export const ReplyRequestSchema = z
  .object({
    subject: z.string().min(1).max(998),
    body: z.string().min(1).max(200_000),
    attachments: z
      .array(z.object({ filename: z.string().min(1).max(255), contentType: z.string().max(200).optional(), content: z.string().regex(BASE64).max(MAX_ATTACHMENT_CHARS).openapi({ description: 'base64' }) }))
      .max(10)
      .optional(),
  })
  .openapi('Reply');

export const SentSchema = z
  .object({
    messageId: z.string().openapi({ description: 'Message-ID of the reply' }),
    storedId: z.number().int().nullable().openapi({ description: 'the reply’s id in the thread' }),
    threadId: z.number().int().nullable(),
    accepted: z.array(z.string()),
    rejected: z.array(z.string()),
  })
  .openapi('Sent');

export const WonSchema = z.object({ won: z.boolean() }).openapi('Won');
export const WonResultSchema = z.object({ threadId: z.number().int(), wonAt: z.string().nullable() }).openapi('WonResult');

export const FollowUpSchema = z
  .object({
    step: z.number().int(),
    kind: z.enum(['follow_up', 'call']),
    afterDays: z.number().int(),
    dueAt: z.string(),
    buyerLocal: z.string(),
    zone: z.string(),
    threadId: z.number().int(),
    messageId: z.number().int(),
    subject: z.string(),
    buyerName: z.string().nullable(),
    buyerEmail: z.string().nullable(),
    company: z.string().nullable(),
    country: z.string().nullable(),
    salesperson: z.string().nullable(),
    overdue: z.boolean(),
  })
  .openapi('FollowUp');

const bucket = z.enum(BUCKETS);
const rate = z.number().nullable();
export const ReportSchema = z
  .object({
    now: z.string(),
    inquiries: z.number().int(),
    excluded: z.object({ junk: z.number().int(), autoReply: z.number().int() }),
    answered: z.number().int(),
    unanswered: z.number().int(),
    medianFirstResponseMinutes: z.number().nullable(),
    timelyReplyRate: rate,
    buyerSecondReplyRate: rate,
    buckets: z.array(z.object({ bucket, replies: z.number().int(), won: z.number().int(), conversionRate: rate })),
    bySalesperson: z.array(
      z.object({
        salesperson: z.string(),
        inquiries: z.number().int(),
        answered: z.number().int(),
        buckets: z.object({ '0-6h': z.number().int(), '6-12h': z.number().int(), '12-24h': z.number().int(), '24h+': z.number().int() }),
        timelyReplyRate: rate,
        medianFirstResponseMinutes: z.number().nullable(),
      }),
    ),
    warnings: z.array(z.object({ inquiryId: z.string(), channel: z.enum(['mail', 'chat']), salesperson: z.string().nullable(), receivedAt: z.string(), deadline: z.string(), minutesLeft: z.number() })),
    perInquiry: z.array(
      z.object({
        inquiryId: z.string(), channel: z.enum(['mail', 'chat']), salesperson: z.string().nullable(), receivedAt: z.string(), firstReplyAt: z.string().nullable(),
        firstResponseMinutes: z.number().nullable(), bucket: bucket.nullable(), buyerRepliedAgain: z.boolean(), won: z.boolean(),
      }),
    ),
  })
  .openapi('ResponseReport');

export const SmtpSettingsSchema = z
  .object({ host: z.string(), port: z.number().int(), secure: z.boolean(), user: z.string().nullable(), hasPassword: z.boolean(), updatedAt: z.string() })
  .nullable()
  .openapi('SmtpSettings', { description: 'the password is never returned; hasPassword says whether one is stored' });

export const SmtpChangeSchema = z
  .object({
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean().default(false),
    user: z.string().min(1).max(320).nullable().default(null),
    password: z.string().min(1).max(1000).nullable().optional().openapi({ description: 'omit to keep the stored one; null removes it' }),
  })
  .openapi('SmtpChange');

const line = z.string().max(200);
export const ProfileSchema = z
  .object({ name: z.string().min(1).max(200), title: line.nullable().default(null), company: z.string().min(1).max(200), phone: line.nullable().default(null), website: line.nullable().default(null) })
  .openapi('SellerProfile');

export const TemplatesSchema = z
  .object({ templates: ReplyTemplatesSchema, updatedAt: z.string().nullable() })
  .openapi('ReplyTemplates', { description: 'per language (ISO 639-1), the parts of the built-in templates the team replaced' });
export const TemplatesChangeSchema = z.object({ templates: ReplyTemplatesSchema }).openapi('ReplyTemplatesChange');
