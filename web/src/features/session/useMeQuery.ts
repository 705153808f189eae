import { useQuery } from '@tanstack/react-query';
import { api, ApiFailure, setCsrf } from '../../api/client';
import type { Me } from '../../api/types';

/** Who is signed in, or null: a 401 is an answer here (show the sign-in page), not an error. */
export function useMeQuery() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await api<Me>('GET', '/api/me');
        setCsrf(me.csrf);
        return me;
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}
