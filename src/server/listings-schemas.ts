/** The shapes of the listings routes, for validation of the query and the OpenAPI description. */
import { z } from '@hono/zod-openapi';

const bilingual = z.object({ zh: z.string(), en: z.string() });

const ListingFindingSchema = z
  .object({
    id: z.string().openapi({ example: 'title.stuffing' }),
    zh: z.string(),
    en: z.string(),
    short: bilingual.openapi({ description: '表格用的简称 / the short name for tables' }),
    evidence: z.array(z.string()),
    evidenceText: bilingual.openapi({ description: '证据，字段名已翻译 / the evidence, field names in each language' }),
    fix: bilingual,
    suggestion: z.string().optional().openapi({ description: '建议标题 / a suggested title' }),
    points: z.number().int(),
  })
  .openapi('ListingFinding');

export const ListingsCheckSchema = z
  .object({
    products: z.array(z.object({ row: z.number().int(), title: z.string(), score: z.number().int(), findings: z.array(ListingFindingSchema) })),
    summary: z.object({
      products: z.number().int(),
      averageScore: z.number(),
      byFinding: z.array(z.object({ id: z.string(), short: bilingual, products: z.number().int() })),
      unknownColumns: z.array(z.string()),
      absentFields: z.array(z.object({ field: z.string(), zh: z.string(), en: z.string() })),
    }),
  })
  .openapi('ListingsCheck');

const country = z.string().nullable().openapi({ description: 'ISO 3166 alpha-2, null when unknown' });
const ReasonSchema = z.object({ id: z.string(), zh: z.string(), en: z.string() }).passthrough().openapi('ShowcaseReason');
const CandidateSchema = z
  .object({
    product: z.string(),
    row: z.number().int().nullable(),
    n30: z.number().int(),
    prior30: z.number().int(),
    n90: z.number().int(),
    growth: z.number().nullable(),
    score: z.number().nullable(),
    value: z.number(),
    countries: z.array(z.object({ country, n: z.number().int() })),
    reasons: z.array(ReasonSchema),
  })
  .openapi('ShowcaseCandidate');

const window = { asOf: z.string(), newest: z.string().nullable(), inquiries: z.number().int() };
export const ShowcaseSchema = z.object({ ...window, candidates: z.array(CandidateSchema), unlisted: z.array(CandidateSchema) }).openapi('Showcase');
export const KeywordsSchema = z
  .object({
    ...window,
    products: z.array(z.object({ product: z.string(), n90: z.number().int(), words: z.array(z.object({ country, inquiries: z.number().int(), phrases: z.array(z.object({ phrase: z.string(), n: z.number().int() })) })) })),
  })
  .openapi('BuyerKeywords');

export const WindowQuery = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().openapi({ description: '统计截止日（含），默认今天 / the last day counted (default today), YYYY-MM-DD' }),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
