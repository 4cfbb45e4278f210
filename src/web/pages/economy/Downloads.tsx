import { useI18n } from '../../i18n.ts';
import { qs } from '../../api.ts';
import { economyApi } from './types.ts';

const formats = ['xlsx', 'csv', 'json'] as const;

/** Plain links to the export route: the browser downloads the attachment with the session cookie. */
export function Downloads(props: {
  code: string;
  table: 'budget' | 'follow-up' | 'accuracy';
  year: number;
  month?: number | null;
  what: string;
}) {
  const { t } = useI18n();
  return (
    <div className="downloads">
      <span className="downloads-label">{t.economy.downloads}:</span>
      <ul>
        {formats.map((format) => (
          <li key={format}>
            <a
              className="button-link"
              href={`${economyApi(props.code, `export/${props.table}`)}${qs({ year: props.year, month: props.month ?? null, format })}`}
              download
              aria-label={t.economy.downloadLabel(props.what, t.economy.formats[format] ?? format)}
            >
              {t.economy.formats[format]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
