import type { ComposeOption } from 'echarts/core';
import { formatMnkr } from '../../core/format.ts';
import { kronorToMnkr } from '../../core/rounding.ts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';

export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

/** Chart colours with at least 3:1 contrast against white (WCAG 1.4.11); series also differ in dash, symbol or form. */
export const chartColours = { primary: '#12355b', secondary: '#a8410f', tertiary: '#1f5f2a', grid: '#c9d0d8', text: '#1b1f24' };

export const axisText = { color: chartColours.text, fontSize: 12 };

/** Kronor as the charts plot them: mnkr with one decimal; a missing value stays a gap. */
export const toMnkr = (kronor: number | null) => (kronor === null ? null : kronorToMnkr(kronor, 1));

/** A value axis in mnkr with sv-SE numbers. */
export const mnkrAxis = {
  type: 'value' as const,
  name: 'mnkr',
  nameTextStyle: axisText,
  axisLabel: { ...axisText, formatter: (v: number) => new Intl.NumberFormat('sv-SE').format(v) },
  splitLine: { lineStyle: { color: chartColours.grid } },
};

/** The tooltip's text for a plotted mnkr value: "54,8 mnkr". */
export const tooltipMnkr = (mnkr: unknown) => (typeof mnkr === 'number' ? formatMnkr(mnkr * 1_000_000) : '–');
