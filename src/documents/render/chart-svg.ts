import * as echarts from 'echarts';
import type { RenderChart } from '../model.ts';

const axisNumber = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/**
 * The same chart spec as on screen, rendered on the server to SVG: vector graphics in HTML and
 * PDF, and the source of the image in Word. Animation off, so the output is deterministic.
 */
export function chartSvg(chart: RenderChart, size = { width: 680, height: 300 }): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption({
      animation: false,
      textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' },
      color: ['#1f4e79', '#c0504d', '#4f8a3a', '#7f6000'],
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 36, bottom: 36 },
      xAxis: { type: 'category', data: chart.categories },
      yAxis: { type: 'value', name: chart.unit, axisLabel: { formatter: (v: number) => axisNumber.format(v) } },
      series: chart.series.map((s) => ({ name: s.name, type: chart.kind, data: s.values, connectNulls: false, symbolSize: 5 })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
