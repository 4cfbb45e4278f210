import { goalTree, listAssignments } from '../../modules/goals/queries.ts';
import { goalsTable } from '../../modules/goals/files/exports.ts';
import { lacksMandatoryValue } from '../../modules/goals/rules/mandatory.ts';
import { fromMixedTable } from '../convert.ts';
import { textCell } from '../numbers.ts';
import type { RenderBlock } from '../model.ts';
import type { BlockDefinition, BlockResult } from './registry.ts';

const SHOWN = ['Indikator', 'Kön'];

/** One table per goal area: each committee goal's indicators with values and directions. */
export const goalTablesBlock: BlockDefinition = {
  type: 'goals.tables',
  title: 'Nämndmål och indikatorer',
  async render({ db, committeeCode, year, month }) {
    const tree = await goalTree(db, committeeCode, year, month);
    const full = goalsTable(tree);
    const keep = full.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => SHOWN.includes(c) || /^\d{4}$|^[a-zåäö]+ \d{4}$|^Riktning|^Måluppfyllelse|^Jämförelsevärde/.test(c));
    const blocks: RenderBlock[] = [];
    const findings: BlockResult['findings'] = [];
    for (const area of tree.areas) {
      const rows = full.rows.filter((r) => r[0] === area.name);
      if (rows.length === 0) continue;
      blocks.push({ kind: 'heading', level: 3, text: `Målområde ${area.name}` });
      for (const goal of [...new Set(rows.map((r) => String(r[2])))]) {
        const goalRows = rows.filter((r) => r[2] === goal);
        const table = fromMixedTable(`mal-${area.code}-${blocks.length}`, {
          title: goal,
          note: full.note,
          columns: keep.map(({ c }) => c),
          rows: goalRows.map((r) => keep.map(({ i }) => r[i] ?? null)),
        });
        blocks.push({ kind: 'table', table });
      }
    }
    for (const area of tree.areas) {
      for (const g of [...area.councilGoals.flatMap((c) => c.committeeGoals), ...area.committeeGoals]) {
        for (const i of g.indicators) {
          if (lacksMandatoryValue(i, year))
            findings.push({ kind: 'missing_value', message: `Obligatorisk indikator utan värde: ${i.name}` });
        }
      }
    }
    return { blocks, findings };
  },
};

export const assignmentsBlock: BlockDefinition = {
  type: 'goals.assignments',
  title: 'Strategiska utvecklingsuppdrag',
  async render({ db, committeeCode, year, month }) {
    const assignments = await listAssignments(db, committeeCode, year, month);
    if (assignments.length === 0)
      return { blocks: [{ kind: 'text', paragraphs: [{ type: 'p', text: `Inga strategiska uppdrag för ${year}.` }] }], findings: [] };
    return {
      blocks: [
        {
          kind: 'table',
          table: {
            id: 'uppdrag',
            caption: 'Strategiska utvecklingsuppdrag',
            unitNote: '',
            columns: [
              { label: 'Nr', numeric: false },
              { label: 'Uppdrag', numeric: false },
              { label: 'Status', numeric: false },
              { label: 'Uppföljning', numeric: false },
            ],
            rows: assignments.map((a) => ({
              cells: [
                textCell(a.number === null ? '' : String(a.number)),
                textCell(a.title),
                textCell(a.current?.status ?? 'ej uppföljt'),
                textCell(a.current?.text ?? ''),
              ],
              level: 0,
              kind: 'row' as const,
            })),
          },
        },
      ],
      findings: [],
    };
  },
};

export const goalBlocks: BlockDefinition[] = [goalTablesBlock, assignmentsBlock];
