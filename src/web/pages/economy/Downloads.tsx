import { qs } from '../../api.ts';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { economyApi } from './types.ts';

/** The export links of one economy table for a year (and, for the follow-up, a month). */
export function Downloads(props: {
  code: string;
  table: 'budget' | 'follow-up' | 'accuracy';
  year: number;
  month?: number | null;
  what: string;
}) {
  return (
    <ExportLinks
      what={props.what}
      href={(format) => `${economyApi(props.code, `export/${props.table}`)}${qs({ year: props.year, month: props.month ?? null, format })}`}
    />
  );
}
