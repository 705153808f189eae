import { z } from 'zod';
import { UserError } from '../errors.js';
import { MISSING, type Pack } from './pack.js';
import { PACKS, type Packs } from './packs/index.js';
import { TOPICS } from './questions.js';

/**
 * Variables a template may use. {company} is ours; the buyer's company is {buyerCompany}. A variable
 * with no value is left as "[name]" for the salesperson to fill.
 */
export const VARIABLES = ['buyerName', 'buyerCompany', 'product', 'quantity', 'port', 'incoterm', 'country', 'company', 'salesperson', 'phone', 'email', 'website'] as const;
export type Variable = (typeof VARIABLES)[number];
export type Variables = Record<Variable, string | null>;

const text = z.string().max(2000);
const partial = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);
const PackSchema = z.strictObject({
  subject: text, greeting: text, greetingNoName: text, thanks: text, thanksNoProduct: text,
  companyIntro: text, productIntro: text, answersIntro: text, answers: partial(TOPICS), askIntro: text,
  missing: partial(MISSING), openQuestions: text, angle: partial(['quality', 'margin', 'smallLot'] as const), closing: text, signOff: text,
});
/** What the team edits: per language, any part of the pack; a language we do not ship must be complete. */
export const ReplyTemplatesSchema = z.record(z.string().regex(/^[a-z]{2}$/), PackSchema.partial().extend({
  answers: partial(TOPICS).partial().optional(),
  missing: partial(MISSING).partial().optional(),
  angle: partial(['quality', 'margin', 'smallLot'] as const).partial().optional(),
}));
export type ReplyTemplates = z.input<typeof ReplyTemplatesSchema>;

const VARIABLE = /\{([^{}\s]*)\}/g;
const KNOWN = new Set<string>(VARIABLES);

/** Every string of a pack with its path ("answers.price"), for validation messages. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * The packs with the team's templates laid over the built-in ones, checked: an unknown {variable} or an
 * incomplete new language is a bilingual UserError naming the place to fix.
 */
export function loadTemplates(input: unknown = {}): Packs {
  const parsed = ReplyTemplatesSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new UserError('template', `回复模板格式不对（${where}：${issue?.message ?? ''}）`, `reply templates are malformed (${where}: ${issue?.message ?? ''})`, 1);
  }
  const packs: Record<string, Pack | undefined> & { en: Pack } = { ...PACKS };
  for (const [lang, override] of Object.entries(parsed.data)) {
    const base = PACKS[lang];
    const merged = base
      ? { ...base, ...override, answers: { ...base.answers, ...override.answers }, missing: { ...base.missing, ...override.missing }, angle: { ...base.angle, ...override.angle } }
      : override;
    const full = PackSchema.safeParse(merged);
    if (!full.success) {
      const missing = full.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new UserError('template', `新语言 ${lang} 的回复模板不完整，缺少：${missing}`, `reply templates for the new language ${lang} are incomplete; missing: ${missing}`, 1);
    }
    packs[lang] = full.data;
  }
  for (const [lang, pack] of Object.entries(packs)) {
    for (const [path, value] of strings(pack, '')) {
      for (const [, name] of value.matchAll(VARIABLE)) {
        if (name !== undefined && !KNOWN.has(name)) {
          throw new UserError('template', `模板 ${lang}.${path} 中有未知变量 {${name}}；可用变量：${VARIABLES.join('、')}`, `unknown variable {${name}} in template ${lang}.${path}; known: ${VARIABLES.join(', ')}`, 1);
        }
      }
    }
  }
  return packs;
}

/** What the salesperson must still write: "[unit price]", "[port]"… */
const TO_FILL = /\[[^\]\n]{1,60}\]/g;

export function fill(template: string, vars: Variables): string {
  return template.replace(VARIABLE, (whole, name: string) => (KNOWN.has(name) ? (vars[name as Variable] ?? `[${name}]`) : whole));
}

export function placeholders(text: string): string[] {
  return [...new Set(text.match(TO_FILL) ?? [])];
}
