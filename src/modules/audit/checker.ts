import type { Checker } from '../../core/finding.ts';
import type { Queryable } from '../../db/connection.ts';
import { verifyAuditChain } from './queries.ts';

/** The audit log's hash chain is the whole installation's, so it is checked whatever the scope. */
export const auditChainChecker: Checker<Queryable> = async (db) => {
  const report = await verifyAuditChain(db);
  return report.problem
    ? [{ area: 'audit', kind: `audit_chain_${report.problem.kind}`, message: `Ändringsloggen: ${report.problem.message}` }]
    : [];
};
