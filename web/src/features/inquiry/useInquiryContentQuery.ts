import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { MailContent } from '../../api/types';

/** A stored message never changes, so its parsed content is fetched once per page. */
export function useInquiryContentQuery(id: number, enabled: boolean) {
  return useQuery({ queryKey: ['inquiry-content', id], queryFn: () => api<MailContent>('GET', `/api/inquiries/${id}/content`), enabled, staleTime: Infinity });
}
