import type { Tab } from './schema.js';

/** The inbox tab of a message: a person's label overrides the engine's verdict. */
export function tabOf(verdict: string, priority: string, label: string | null): Tab {
  const effective = label ?? verdict;
  if (effective === 'junk') return 'junk';
  if (effective === 'suspicious') return 'suspicious';
  return priority === 'high' ? 'priority' : 'other';
}
