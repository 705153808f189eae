import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { OutreachQueue, Reactivation } from './types';

export interface ReactivationFilters {
  grade: string;
  country: string;
  limit: number;
}

export const useReactivationQuery = (f: ReactivationFilters) =>
  useQuery({
    queryKey: ['reactivation', f],
    queryFn: () => api<Reactivation>('GET', `/api/reactivation${query({ grade: f.grade, country: f.country, limit: f.limit })}`),
    placeholderData: keepPreviousData,
  });

export const useOutreachQuery = () => useQuery({ queryKey: ['outreach'], queryFn: () => api<OutreachQueue>('GET', '/api/outreach'), refetchInterval: 30_000 });
