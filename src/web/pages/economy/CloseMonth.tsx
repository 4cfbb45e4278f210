import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { economyApi } from './types.ts';
import { economyKeys } from '../../query-keys.ts';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';

/** Closing a month freezes its forecasts; the button asks once more before it does. */
export function CloseMonth({
  code,
  year,
  month,
  period,
  onClosed,
}: {
  code: string;
  year: number;
  month: number;
  period: string;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const f = t.economy.forecast;
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const close = useMutation({
    mutationFn: () => api.post<unknown>(economyApi(code, 'months/close'), { year, month }),
    onSuccess: () => {
      setConfirming(false);
      onClosed();
      void qc.invalidateQueries({ queryKey: economyKeys.followUp(code) });
    },
  });
  return (
    <div className="close-month">
      {confirming ? (
        <ConfirmBox
          question={f.closeConfirm(period)}
          yes={f.closeYes}
          cancel={f.closeCancel}
          pending={close.isPending}
          onYes={() => close.mutate()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {f.closeMonth}
        </button>
      )}
      <ErrorMessage error={close.error} />
    </div>
  );
}
