import { useI18n, type Dict } from '../../i18n.ts';
import { TextField } from '../../components/Field.tsx';

/** A new draft's title as sent: what was written, or else the default title for its year. */
export const draftTitle = (title: string, year: number, v: Dict['economy']['versions']) => title.trim() || v.defaultTitle(year);

/** A new draft's title (created or imported); left empty, the draft gets the default title for the year. */
export function DraftTitleField(props: {
  label: string;
  name?: string;
  error?: unknown;
  /** The year field's text, for the placeholder while it is being written. */
  year: string;
  defaultYear: number;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const { year, defaultYear, ...field } = props;
  return <TextField {...field} maxLength={200} placeholder={t.economy.versions.defaultTitle(Number(year) || defaultYear)} />;
}
