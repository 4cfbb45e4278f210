import type { GroupStats } from '../model.ts';
import { required } from '../../../core/required.ts';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = required(sorted[mid], 'mittvärdet');
  return sorted.length % 2 === 1 ? upper : (required(sorted[mid - 1], 'värdet under mitten') + upper) / 2;
}

export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // Neumaier summation: keeps full precision for long lists of floats
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return (sum + compensation) / values.length;
}

/**
 * @param members member codes of the group
 * @param valueOf a member's value, or null/undefined when missing
 * @param exclude a code left out of the group (the tenant itself when include_self is false)
 */
export function groupStats(
  members: readonly string[],
  valueOf: (code: string) => number | null | undefined,
  exclude: string | null = null,
): GroupStats {
  const included = members.filter((m) => m !== exclude);
  const present: number[] = [];
  const missing: string[] = [];
  for (const code of included) {
    const v = valueOf(code);
    if (v === null || v === undefined || !Number.isFinite(v)) missing.push(code);
    else present.push(v);
  }
  return { average: average(present), median: median(present), membersWithValue: present.length, memberCount: included.length, missing };
}
