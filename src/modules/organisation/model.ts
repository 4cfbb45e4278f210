import { multiplyDivideRounded } from '../../core/rounding.ts';
import type { IsoDate } from '../../core/dates.ts';

export interface Administration {
  id: number;
  code: string;
  name: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  sourceNote: string | null;
  version: number;
}

export interface Committee {
  id: number;
  code: string;
  name: string;
  administrationId: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  sourceNote: string | null;
  version: number;
}

export interface Provider {
  id: number;
  name: string;
  kind: 'in_house' | 'private';
  administrationId: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  sourceNote: string | null;
  version: number;
}

export interface Activity {
  id: number;
  committeeId: number;
  parentId: number | null;
  code: string;
  name: string;
  isSubset: boolean;
  sortOrder: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  sourceNote: string | null;
  version: number;
}

export interface ActivityMapping {
  id: number;
  fromActivityId: number;
  toActivityId: number;
  shareBp: number;
  effectiveFrom: IsoDate;
  sourceNote: string | null;
  version: number;
}

export interface ActivityNode extends Activity {
  children: ActivityNode[];
}

/**
 * Builds the activity tree from a flat list. Children whose parent is missing from the list
 * (e.g. not valid on the chosen date) become roots, so nothing silently disappears.
 */
export function buildActivityTree(activities: readonly Activity[]): ActivityNode[] {
  const nodes = new Map<number, ActivityNode>();
  for (const a of activities) nodes.set(a.id, { ...a, children: [] });
  const roots: ActivityNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const order = (list: ActivityNode[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'sv'));
    for (const n of list) order(n.children);
  };
  order(roots);
  return roots;
}

/** Follows mappings from an activity to the activities that carry its figures on a later date. */
export function successorsOn(
  activityId: number,
  mappings: readonly ActivityMapping[],
  date: IsoDate,
): { activityId: number; shareBp: number }[] {
  const result: { activityId: number; shareBp: number }[] = [];
  const walk = (id: number, shareBp: number, seen: Set<number>) => {
    const outgoing = mappings.filter((m) => m.fromActivityId === id && m.effectiveFrom <= date);
    if (outgoing.length === 0) {
      result.push({ activityId: id, shareBp });
      return;
    }
    for (const m of outgoing) {
      if (seen.has(m.toActivityId)) continue;
      walk(m.toActivityId, multiplyDivideRounded(shareBp, m.shareBp, 10000), new Set([...seen, m.toActivityId]));
    }
  };
  walk(activityId, 10000, new Set([activityId]));
  return result;
}

/**
 * An activity cannot start before its committee does. It may outlive the committee: a decided
 * budget's plan years run past a reorganisation, and mappings carry those rows to the successor.
 */
export function startsWithinCommittee(activity: { validFrom: IsoDate }, committee: { validFrom: IsoDate }): boolean {
  return activity.validFrom >= committee.validFrom;
}
