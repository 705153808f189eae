import type { TriageRecord } from '../pipeline/record.js';
import type { MessagesTable, Tab } from './schema.js';

/** The inbox tab of a message: a person's label overrides the engine's verdict. */
export function tabOf(verdict: string, priority: string, label: string | null): Tab {
  const effective = label ?? verdict;
  if (effective === 'junk') return 'junk';
  if (effective === 'suspicious') return 'suspicious';
  return priority === 'high' ? 'priority' : 'other';
}

/** The columns the triage engine decides: written at intake, rewritten by `xunpan retriage`. */
export function engineColumns(record: TriageRecord, label: MessagesTable['label']) {
  return {
    verdict: record.verdict,
    junk_kind: record.kind,
    grade: record.grade,
    priority: record.priority,
    score: record.score,
    is_inquiry: record.inquiry ? 1 : 0,
    language: record.language,
    buyer_type: record.buyerType,
    tab: tabOf(record.verdict, record.priority, label),
    record: JSON.stringify(record),
  };
}
