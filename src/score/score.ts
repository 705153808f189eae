import type { Hit } from '../model/verdict.js';
import type { SignalGroup } from '../signals/signal.js';
import { GROUP_CAPS } from './thresholds.js';

export interface Score {
  total: number;
  /** Subtotal of each group after its cap. */
  groups: Partial<Record<SignalGroup, number>>;
}

/** total = Σ capped group subtotals: arithmetic anyone can redo from the hits. */
export function scoreHits(hits: readonly Hit[]): Score {
  const raw: Partial<Record<SignalGroup, number>> = {};
  for (const hit of hits) {
    const group = hit.group as SignalGroup;
    raw[group] = (raw[group] ?? 0) + hit.points;
  }
  const groups: Partial<Record<SignalGroup, number>> = {};
  let total = 0;
  for (const [group, sum] of Object.entries(raw) as [SignalGroup, number][]) {
    const cap = GROUP_CAPS[group];
    const capped = cap >= 0 ? Math.min(sum, cap) : Math.max(sum, cap);
    groups[group] = capped;
    total += capped;
  }
  return { total: Math.round(total * 10) / 10, groups };
}
