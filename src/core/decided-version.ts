/**
 * The one shape of a version that a committee decides: a draft until decided, then frozen by its
 * table's trigger; a later change is a new version that points back to it with a reason. Budget
 * versions and action-plan versions are both of it.
 */
export interface DecidedVersion {
  title: string;
  status: 'draft' | 'decided';
  revisesId: number | null;
  revisionReason: string | null;
  decidedOn: string | null;
  decisionRef: string | null;
  sourceNote: string | null;
  version: number;
}
