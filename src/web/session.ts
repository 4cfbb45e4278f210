import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Actor } from '../core/actor.ts';
import { api, ApiError } from './api.ts';
import { authKeys } from './query-keys.ts';

/** The signed-in user; an enrol-only session (an admin who must set up TOTP) may only reach the account page. */
export type Me = Actor & { enrolOnly?: boolean };

/** The password was right and the account wants its TOTP code as a second step. */
export interface TotpRequired {
  totpRequired: true;
}

/** The signed-in user, or null. A 401 is an answer here, not an error. */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api.get<Me>('/api/auth/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

/** Another user may see other things: drop every cached answer except the session itself. */
function forgetAllButMe(qc: QueryClient): void {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.me[0] });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string; code?: string }) => api.post<Me | TotpRequired>('/api/auth/login', body),
    onSuccess: (answer) => {
      if ('totpRequired' in answer) return;
      qc.setQueryData(authKeys.me, answer);
      forgetAllButMe(qc);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>('/api/auth/logout'),
    onSettled: () => {
      qc.setQueryData(authKeys.me, null);
      forgetAllButMe(qc);
    },
  });
}
