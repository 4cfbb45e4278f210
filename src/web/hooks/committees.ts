import { useQuery } from '@tanstack/react-query';
import type { Committee } from '../../modules/organisation/model.ts';
import { api } from '../api.ts';
import { committeeKeys } from '../query-keys.ts';

/** Every committee, fetched once and shared by the menus, the page headings and the permission checks. */
export function useCommittees() {
  return useQuery({ queryKey: committeeKeys.list, queryFn: () => api.get<Committee[]>('/api/committees') });
}

/** One committee from the shared list; null when there is no committee with the code. */
export function useCommittee(code: string) {
  return useQuery({
    queryKey: committeeKeys.list,
    queryFn: () => api.get<Committee[]>('/api/committees'),
    select: (cs) => cs.find((c) => c.code === code) ?? null,
  });
}
