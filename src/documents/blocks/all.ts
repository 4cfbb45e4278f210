import type { BlockDefinition } from './registry.ts';
import { economyBlocks } from './economy.ts';
import { actionPlanBlocks } from './action-plans.ts';
import { goalBlocks } from './goals.ts';

/** Every data block a document section can hold, by type. */
export const blockDefinitions: ReadonlyMap<string, BlockDefinition> = new Map(
  [...economyBlocks, ...actionPlanBlocks, ...goalBlocks].map((b) => [b.type, b]),
);
