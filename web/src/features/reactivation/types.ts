/** The reactivation and outreach answers of the API (src/server/reactivation-schemas.ts). */
type Bilingual = { zh: string; en: string };
export type OutreachStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled';

export interface BuyerRow {
  no: number;
  key: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  company: string | null;
  country: string | null;
  grade: 'A' | 'B' | 'C';
  summary: Bilingual;
  firstAt: string;
  lastAt: string;
  suspicious: boolean;
  delivery: 'dead' | 'delayed' | null;
  draft: { languages: string[]; missingLanguage: string | null; subject: string; body: string } | null;
  outreach: OutreachStatus | null;
}

export interface Reactivation {
  rows: BuyerRow[];
  total: number;
  countries: string[];
  excluded: { key: string; name: string | null; email: string | null; company: string | null; code: string; reason: Bilingual }[];
  counts: { buyers: number; junk: number; customers: number; dead: number; byGrade: Record<'A' | 'B' | 'C', number> };
  customerList: { filename: string; customers: number } | null;
}

export interface OutreachItem {
  id: number;
  email: string;
  name: string | null;
  company: string | null;
  subject: string;
  status: OutreachStatus;
  queuedAt: string;
  attemptedAt: string | null;
  reason: (Bilingual & { code: string }) | null;
}

export interface OutreachQueue {
  items: OutreachItem[];
  pacing: { intervalSeconds: number; dailyCap: number };
}
