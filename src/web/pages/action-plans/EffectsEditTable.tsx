import { useI18n } from '../../i18n.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';
import { emptyEntry, type EffectEntry, type Kind } from './effect-entries.ts';

/** One column of the grid: which effect of the year and which of its fields it edits. */
interface EffectColumn {
  kind: Kind;
  field: keyof EffectEntry;
  label: string;
}

/** A draft measure's effects as a grid, a row per year; the entries are the editor's, keyed `year:kind`. */
export function EffectsEditTable(props: {
  measureCode: string;
  years: number[];
  entries: Map<string, EffectEntry>;
  invalid: boolean;
  onChange: (year: number, kind: Kind, patch: Partial<EffectEntry>) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const columns: EffectColumn[] = [
    { kind: 'reduction', field: 'min', label: a.reductionMin },
    { kind: 'reduction', field: 'max', label: a.reductionMax },
    { kind: 'reduction', field: 'partial', label: a.partial },
    { kind: 'reduction', field: 'qualitative', label: a.qualitativeLabel },
    { kind: 'reduction', field: 'note', label: a.note },
    { kind: 'implementation_cost', field: 'min', label: a.costMin },
    { kind: 'implementation_cost', field: 'max', label: a.costMax },
  ];
  return (
    <table className="ap-effects-edit">
      <caption>{a.effectsCaption(props.measureCode)}</caption>
      <TableHead columns={[{ label: a.year }, ...columns.map((c) => ({ label: c.label }))]} />
      <tbody>
        {props.years.map((y) => (
          <tr key={y}>
            <th scope="row">{y}</th>
            {columns.map((c) => (
              <td key={`${c.kind}:${c.field}`}>
                <EffectInput
                  column={c}
                  label={a.fieldLabel(c.label, y, props.measureCode)}
                  entry={props.entries.get(`${y}:${c.kind}`) ?? emptyEntry}
                  // the first amount of a row carries the mark when an amount could not be read
                  invalid={props.invalid && c.kind === 'reduction' && c.field === 'min'}
                  onChange={(patch) => props.onChange(y, c.kind, patch)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EffectInput({
  column,
  label,
  entry,
  invalid,
  onChange,
}: {
  column: EffectColumn;
  label: string;
  entry: EffectEntry;
  invalid: boolean;
  onChange: (patch: Partial<EffectEntry>) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  switch (column.field) {
    case 'partial':
      return <input type="checkbox" aria-label={label} checked={entry.partial} onChange={(e) => onChange({ partial: e.target.checked })} />;
    case 'qualitative':
      return (
        <select aria-label={label} value={entry.qualitative} onChange={(e) => onChange({ qualitative: e.target.value })}>
          <option value="">{a.noQualitative}</option>
          {Object.entries(a.qualitative).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      );
    case 'note':
      return (
        <input
          type="text"
          className="note-input"
          aria-label={label}
          value={entry.note}
          maxLength={1000}
          onChange={(e) => onChange({ note: e.target.value })}
        />
      );
    case 'min':
    case 'max': {
      const field = column.field;
      return (
        <input
          type="text"
          inputMode="decimal"
          aria-label={label}
          value={entry[field]}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      );
    }
  }
}
