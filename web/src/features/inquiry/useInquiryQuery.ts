import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Inquiry } from '../../api/types';

export function useInquiryQuery(id: number) {
  return useQuery({ queryKey: ['inquiry', id], queryFn: () => api<Inquiry>('GET', `/api/inquiries/${id}`) });
}
