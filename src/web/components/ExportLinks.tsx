import { useI18n } from '../i18n.ts';

export const exportFormats = ['xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The words an area gives its export links: each format's name and the link's accessible name. */
export interface ExportTexts {
  formats: Record<ExportFormat, string>;
  downloadLabel: (what: string, format: string) => string;
}

/**
 * Plain links to an export route, one a format: the browser downloads the attachment with the
 * session cookie. The texts default to the economy area's, which action plans share.
 */
export function ExportLinks(props: { href: (format: ExportFormat) => string; what: string; label?: string; texts?: ExportTexts }) {
  const { t } = useI18n();
  const texts = props.texts ?? t.economy;
  return (
    <div className="downloads">
      <span className="downloads-label">{props.label ?? t.economy.downloads}:</span>
      <ul>
        {exportFormats.map((format) => (
          <li key={format}>
            <a
              className="button-link"
              href={props.href(format)}
              download
              aria-label={texts.downloadLabel(props.what, texts.formats[format])}
            >
              {texts.formats[format]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
