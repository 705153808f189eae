import type { Topic } from './questions.js';

/** What the draft asks for when the inquiry left it out (the extraction checklist, SPEC.md §3). */
export const MISSING = ['quantity', 'specifications', 'port', 'packaging', 'certificates', 'deliveryTime'] as const;
export type Missing = (typeof MISSING)[number];

/** The reply angle by buyer type 【如何回复客户询盘: 工厂采购看质量, 贸易商中间商看价格】. */
export type Angle = 'quality' | 'margin' | 'smallLot';

/**
 * The fixed parts of a reply in one language. Every string is a template: {variables} are filled from
 * the inquiry and the seller, "[…]" marks what the salesperson must write before sending.
 * companyIntro, productIntro, openQuestions and answers are the parts the team overrides.
 */
export interface Pack {
  subject: string;
  greeting: string;
  greetingNoName: string;
  thanks: string;
  thanksNoProduct: string;
  companyIntro: string;
  productIntro: string;
  answersIntro: string;
  answers: Record<Topic, string>;
  askIntro: string;
  missing: Record<Missing, string>;
  /** Team's own questions, one per line, asked after the checklist ones. */
  openQuestions: string;
  angle: Record<Angle, string>;
  closing: string;
  signOff: string;
}
