import { describe, expect, it } from 'vitest';
import { compareModels } from './compare.ts';
import type { RenderModel } from './model.ts';

const model = (figure: string, text: string): RenderModel => ({
  type: 'internbudget',
  title: 'Internbudget 2024',
  municipality: 'Linköpings kommun',
  committee: { code: 'SON', name: 'Socialnämnden' },
  period: { year: 2024, month: null },
  decision: null,
  findings: [],
  sections: [
    { id: 'inledning', title: 'Inledning', blocks: [{ kind: 'text', paragraphs: [{ type: 'p', text }] }] },
    {
      id: 'drift',
      title: 'Driftsammandrag',
      blocks: [
        {
          kind: 'table',
          table: {
            id: 'driftsammandrag',
            caption: 'Driftsammandrag',
            unitNote: '',
            columns: [
              { label: 'Verksamhet', numeric: false },
              { label: 'Budget 2024', numeric: true },
            ],
            rows: [
              {
                cells: [
                  { text: 'Äldreomsorg', value: null },
                  { text: figure, value: 1 },
                ],
                level: 0,
                kind: 'row',
              },
            ],
          },
        },
      ],
    },
  ],
});

describe('comparing two versions', () => {
  it('names changed figures by table, row and column, and changed text by section', () => {
    expect(compareModels(model('356', 'A'), model('360', 'B'))).toEqual({
      figures: [
        { tableId: 'driftsammandrag', caption: 'Driftsammandrag', row: 'Äldreomsorg', column: 'Budget 2024', before: '356', after: '360' },
      ],
      texts: [{ sectionId: 'inledning', title: 'Inledning', before: 'A', after: 'B' }],
    });
    expect(compareModels(model('356', 'A'), model('356', 'A'))).toEqual({ figures: [], texts: [] });
  });
});
