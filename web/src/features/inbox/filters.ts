import type { Tab } from '../../api/types';

/** The inbox view as the URL holds it; every field maps to a GET /api/inquiries parameter. */
export interface InboxFilters {
  tab: Tab;
  grade?: string;
  kind?: string;
  country?: string;
  product?: string;
  assignee?: string;
  from?: string;
  to?: string;
  q?: string;
  archived?: '1';
}

export const TABS: Tab[] = ['priority', 'other', 'suspicious', 'junk'];
export const KINDS = ['phishing', 'malware', 'fraud', 'spam', 'probe', 'bulk'] as const;
const KEYS = ['grade', 'kind', 'country', 'product', 'assignee', 'from', 'to', 'q'] as const;

export function filtersFrom(params: URLSearchParams): InboxFilters {
  const tab = params.get('tab');
  const filters: InboxFilters = { tab: TABS.find((t) => t === tab) ?? 'priority' };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  if (params.get('archived') === '1') filters.archived = '1';
  return filters;
}
