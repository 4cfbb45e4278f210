/** A labelled choice from one of the plan's vocabularies (areas, target groups, statuses). */
export function TermSelect({ id, label, value, onChange, terms, emptyLabel }: {
  id: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  terms: readonly { code: string; label: string }[];
  /** offered first with the value "", when choosing nothing is allowed */
  emptyLabel?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {terms.map((x) => (
          <option key={x.code} value={x.code}>
            {x.label}
          </option>
        ))}
      </select>
    </div>
  );
}
