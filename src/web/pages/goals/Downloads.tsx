import { useI18n } from '../../i18n.ts';

const formats = ['xlsx', 'csv', 'json'] as const;

/** Plain links to an export route: the browser downloads the attachment with the session cookie. */
export function GoalDownloads({ label, what, href }: { label: string; what: string; href: (format: (typeof formats)[number]) => string }) {
  const { t } = useI18n();
  const d = t.goals.data;
  return (
    <div className="downloads">
      <span className="downloads-label">{label}:</span>
      <ul>
        {formats.map((format) => (
          <li key={format}>
            <a className="button-link" href={href(format)} download aria-label={d.downloadLabel(what, d.formats[format] ?? format)}>
              {d.formats[format]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
