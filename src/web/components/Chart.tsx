import { lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import type { ChartOption } from './chart-option.ts';

export { axisText, chartColours, mnkrAxis, toMnkr, tooltipMnkr, type ChartOption } from './chart-option.ts';

// ECharts loads on the first chart, not with the rest of the app.
const EChart = lazy(() => import('./EChart.tsx'));

/**
 * A chart with its text alternative: a caption with the key figures (also the image's label) and
 * the full data as a table behind a disclosure, for everyone who prefers numbers to a picture.
 */
export function ChartFigure(props: { title: string; summary: string; option: ChartOption; height?: number; table: ReactNode }) {
  const { t } = useI18n();
  const height = props.height ?? 320;
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{props.title}</strong>
        <span className="chart-summary">{props.summary}</span>
      </figcaption>
      <Suspense fallback={<div className="chart" style={{ height }} />}>
        <EChart option={props.option} height={height} label={`${props.title}. ${props.summary}`} />
      </Suspense>
      <details>
        <summary>{t.economy.followUp.showData}</summary>
        {props.table}
      </details>
    </figure>
  );
}
