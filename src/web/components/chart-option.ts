import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';

export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

/** Chart colours with at least 3:1 contrast against white (WCAG 1.4.11); series also differ in dash, symbol or form. */
export const chartColours = { primary: '#12355b', secondary: '#a8410f', tertiary: '#1f5f2a', grid: '#c9d0d8', text: '#1b1f24' };

export const axisText = { color: chartColours.text, fontSize: 12 };
