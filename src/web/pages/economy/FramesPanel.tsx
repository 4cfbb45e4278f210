import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { MutationError } from '../../components/ImportIssues.tsx';
import { formatAmount, parseKronor } from './units.ts';
import { economyApi } from './types.ts';
import { economyKeys } from '../../query-keys.ts';
import { YearField } from '../../components/Field.tsx';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';
import { Panel } from '../../components/Panel.tsx';

interface FrameRow {
  year: number;
  amount: number;
  version: number;
}

/** The frame per year; administrators set it, sending the row version they saw (0 for a new year). */
export function FramesPanel({ code, admin, onStatus }: { code: string; admin: boolean; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const qc = useQueryClient();
  const frames = useQuery({ queryKey: economyKeys.frames(code), queryFn: () => api.get<FrameRow[]>(economyApi(code, 'frames')) });
  const [added, setAdded] = useState<number[]>([]);
  const [newYear, setNewYear] = useState('');
  const stored = frames.data ?? [];
  const years = [...new Set([...stored.map((f) => f.year), ...added])].sort((a, b) => a - b);
  const caption = v.framesCaption;

  return (
    <Panel title={v.framesTitle}>
      {frames.isPending && <Loading />}
      <ErrorMessage error={frames.error} />
      {!admin && <p className="meta">{v.framesAdminOnly}</p>}
      {frames.data && years.length === 0 && <p>{v.noFrames}</p>}
      {frames.data && years.length > 0 && (
        <CaptionedTable
          caption={caption}
          className="amounts frames-table"
          columns={[{ label: t.economy.year }, { label: v.frame, num: true }]}
        >
          <tbody>
            {years.map((year) => {
              const row = stored.find((f) => f.year === year);
              const amount = row?.amount;
              return (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td className="num">
                    {admin ? (
                      <FrameInput
                        key={`${year}-${amount ?? ''}`}
                        code={code}
                        year={year}
                        amount={amount ?? null}
                        version={row?.version ?? 0}
                        onSaved={(saved) => {
                          onStatus(v.frameSaved(saved.year));
                          void qc.invalidateQueries({ queryKey: economyKeys.frames(code) });
                        }}
                      />
                    ) : amount === undefined ? (
                      '–'
                    ) : (
                      formatAmount(amount, 'kr')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </CaptionedTable>
      )}
      {admin && frames.data && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const y = Number(newYear);
            if (Number.isInteger(y) && y >= 1990 && y <= 2100) setAdded((prev) => [...prev, y]);
            setNewYear('');
          }}
        >
          <YearField label={v.frameYear} value={newYear} onChange={setNewYear} />
          <button type="submit">{v.frameAdd}</button>
        </form>
      )}
    </Panel>
  );
}

function FrameInput({
  code,
  year,
  amount,
  version,
  onSaved,
}: {
  code: string;
  year: number;
  amount: number | null;
  version: number;
  onSaved: (row: FrameRow) => void;
}) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const qc = useQueryClient();
  const [text, setText] = useState(amount === null ? '' : formatAmount(amount, 'kr'));
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (value: number) => api.put<FrameRow>(economyApi(code, 'frames'), { year, amount: value, version }),
    onSuccess: onSaved,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = parseKronor(text);
    setInvalid(value === null);
    if (value !== null) save.mutate(value);
  };
  return (
    <form className="frame-form" onSubmit={submit}>
      <input
        inputMode="numeric"
        autoComplete="off"
        className="amount-input"
        aria-label={v.frameLabel(year)}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(e) => setText(e.target.value)}
        required
      />
      <button type="submit" disabled={save.isPending} aria-label={v.frameSaveLabel(year)}>
        {v.frameSave}
      </button>
      {invalid && <p className="field-error">{v.invalidAmount}</p>}
      <MutationError
        mutation={save}
        onReload={() => void qc.invalidateQueries({ queryKey: economyKeys.frames(code) })}
        reloadText={v.reload}
      />
    </form>
  );
}
