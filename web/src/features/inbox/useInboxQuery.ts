import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { InboxPage, TabCounts, User } from '../../api/types';
import type { InboxFilters } from './filters';

export const PAGE_SIZE = 50;

/** The date picker's "to" includes its day; the API's excludes it. */
function dayAfter(day: string | undefined): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The inbox in pages of 50 through the API's cursor, so 100,000 inquiries cost one page at a time. */
export function useInboxQuery(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: ['inbox', filters],
    queryFn: ({ pageParam }) => api<InboxPage>('GET', `/api/inquiries${query({ ...filters, to: dayAfter(filters.to), cursor: pageParam, limit: PAGE_SIZE })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });
}

export function useCountsQuery() {
  return useQuery({ queryKey: ['counts'], queryFn: () => api<TabCounts>('GET', '/api/inquiries/counts') });
}

/** The team, for admins only (the API refuses others). */
export function useUsersQuery(enabled: boolean) {
  return useQuery({ queryKey: ['users'], queryFn: () => api<User[]>('GET', '/api/users'), enabled, staleTime: 60_000 });
}
