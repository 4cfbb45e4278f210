import { useQuery } from '@tanstack/react-query';
import type { ActivityNode, Committee } from '../../modules/organisation/model.ts';
import { api } from '../api.ts';
import { committeeKeys } from '../query-keys.ts';

export interface FlatActivity {
  id: number;
  code: string;
  name: string;
  isSubset: boolean;
  depth: number;
}

function flatten(nodes: readonly ActivityNode[], depth = 0): FlatActivity[] {
  return nodes.flatMap((n) => [{ id: n.id, code: n.code, name: n.name, isSubset: n.isSubset, depth }, ...flatten(n.children, depth + 1)]);
}

/** The committee's activities in document order, varav rows under their parent. */
export function useActivities(code: string) {
  return useQuery({
    queryKey: committeeKeys.activities(code),
    queryFn: () => api.get<Committee & { activities: ActivityNode[] }>(`/api/committees/${encodeURIComponent(code)}`),
    select: (c) => flatten(c.activities),
  });
}

/** "varav dygnsplaceringar" under "IFO BoU" reads as "IFO BoU: varav dygnsplaceringar" on its own. */
export function activityLabel(a: FlatActivity, all: readonly FlatActivity[]): string {
  if (!a.isSubset) return a.name;
  const index = all.indexOf(a);
  const parent = all
    .slice(0, index)
    .reverse()
    .find((p) => p.depth < a.depth);
  return parent ? `${parent.name}: ${a.name}` : a.name;
}
