import type { Extracted } from '../model/extracted.js';
import type { Grade, Hit, JunkKind, Priority, Verdict } from '../model/verdict.js';
import { specifics } from '../signals/buyer.js';
import { SIGNALS_BY_ID } from '../signals/registry.js';
import type { Score } from './score.js';
import { GRADE_RULES, THRESHOLDS } from './thresholds.js';

export interface Decision {
  verdict: Verdict;
  kind: JunkKind | null;
  grade: Grade | null;
  priority: Priority;
  inquiry: boolean;
}

// On a tie the more dangerous kind names the message.
const KIND_ORDER: readonly JunkKind[] = ['phishing', 'malware', 'fraud', 'probe', 'bulk', 'spam'];

export function decide(hits: readonly Hit[], score: Score, extracted: Extracted, buyIntent: readonly string[]): Decision {
  const verdict = verdictOf(hits, score);
  const kind = verdict === 'genuine' ? null : kindOf(score);
  const inquiry = buyIntent.length > 0 && !(verdict === 'junk' && kind !== 'bulk' && kind !== 'probe');
  return {
    verdict,
    kind,
    grade: verdict === 'junk' ? null : gradeOf(extracted),
    priority: priorityOf(verdict, inquiry, hits, extracted),
    inquiry,
  };
}

function verdictOf(hits: readonly Hit[], score: Score): Verdict {
  if (hits.some((h) => h.id === 'parse.error')) return 'suspicious';
  const decisive = hits.some((h) => SIGNALS_BY_ID.get(h.id)?.decisive === true);
  if (decisive) return 'junk';
  if (score.total >= THRESHOLDS.junk && positiveEvidence(hits, score) >= 2) return 'junk';
  return score.total >= THRESHOLDS.suspicious ? 'suspicious' : 'genuine';
}

/**
 * Independent reasons to call a message junk: each hit of at least positiveHitMin points, plus the
 * weak cues together once their capped subtotal reaches it. A single cue never convicts.
 */
export function positiveEvidence(hits: readonly Hit[], score: Score): number {
  const strong = hits.filter((h) => h.group !== 'weak' && h.group !== 'buyer' && h.points >= THRESHOLDS.positiveHitMin).length;
  return strong + ((score.groups.weak ?? 0) >= THRESHOLDS.positiveHitMin ? 1 : 0);
}

function kindOf(score: Score): JunkKind {
  let best: JunkKind = 'spam';
  let bestPoints = 0;
  for (const kind of KIND_ORDER) {
    const points = score.groups[kind] ?? 0;
    if (points > bestPoints) {
      best = kind;
      bestPoints = points;
    }
  }
  return best;
}

function contactCount(x: Extracted): number {
  return [x.company, x.phone, x.website, x.address, x.buyerName].filter(Boolean).length;
}

// A model or grade code names one exact product ("Q235", "EZC100", "WA-30K", "TBS5927"): a person grades
// "DRY ICE MACHINE WA-30K" above "dry ice machine". Measures ("30L", "169gr") and "5G" are not codes.
const MODEL_CODE = /(?<![\p{L}\p{N}])(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{Lu})[\p{L}\d]+(?:-[\p{L}\d]+)*(?![\p{L}\p{N}])/gu;
const MEASURE = /^\d+(?:[.,]\d+)?(?:mm|cm|m|km|kg|g|gr|l|ml|v|w|kw|kva|hp|pcs|gb|tb|mb|mah|ah|inch|in|ft|oz|lbs?|t|k|x|s|p)$/i;

function namesAModel(products: readonly string[]): boolean {
  return products.some((p) => (p.match(MODEL_CODE) ?? []).some((code) => code.length >= 3 && !MEASURE.test(code)));
}

function gradeOf(x: Extracted): Grade {
  const s = specifics(x).length + (namesAModel(x.products) ? 1 : 0);
  if (s >= GRADE_RULES.aSpecifics && contactCount(x) >= GRADE_RULES.aContacts) return 'A';
  const named = x.products.length > 0;
  if ((named && (s >= GRADE_RULES.bSpecifics || contactCount(x) >= 1)) || s >= 2) return 'B';
  return 'C';
}

function priorityOf(verdict: Verdict, inquiry: boolean, hits: readonly Hit[], x: Extracted): Priority {
  const fired = (id: string) => hits.some((h) => h.id === id);
  if (verdict === 'junk' || !inquiry || fired('buyer.off_process')) return 'low';
  const personal = fired('buyer.personal_salutation') || fired('buyer.company_intro') || specifics(x).length >= 2;
  if (x.products.length > 0 && personal && !fired('bulk.vague_request')) return 'high';
  return 'medium';
}
