import type { Finding } from '../../core/finding.ts';
import type { Queryable } from '../../db/connection.ts';
import type { RenderBlock } from '../model.ts';

export interface BlockContext {
  db: Queryable;
  committeeCode: string;
  year: number;
  month: number | null;
}

export interface BlockResult {
  blocks: RenderBlock[];
  /** what the block's own rules found: totals that do not add up, missing values, … */
  findings: Pick<Finding, 'kind' | 'message'>[];
  /** figures other tables may print too, by a shared key such as "net:2025", for cross-table checks */
  keyFigures?: { key: string; label: string; value: number }[];
}

/** A data block: a view of stored facts, bound to a document's committee and period. */
export interface BlockDefinition {
  type: string;
  /** shown in the document editor */
  title: string;
  render(ctx: BlockContext): Promise<BlockResult>;
}
