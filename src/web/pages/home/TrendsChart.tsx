import { LineChart, type LineSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from "echarts/components";
import { type ComposeOption, type ECharts, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

use([GridComponent, TooltipComponent, LineChart, CanvasRenderer]);

type TrendOption = ComposeOption<GridComponentOption | TooltipComponentOption | LineSeriesOption>;

export interface TrendPoint {
  /** The month as the language names it, short. */
  label: string;
  /** Null where withheld: the line breaks there rather than drawing a made-up value. */
  value: number | null;
  /** The value as the tooltip writes it ("1 204", "withheld"). */
  text: string;
}

interface TrendsChartProps {
  points: readonly TrendPoint[];
  /** The chart's accessible name: what it shows, and where the same numbers are as text. */
  label: string;
  formatAxis: (value: number) => string;
}

/** One figure's months as a line; the numbers are also in a table beside it, for those who cannot see it. */
export function TrendsChart({ points, label, formatAxis }: TrendsChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: TrendOption = {
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        confine: true,
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params;
          const point = points[first?.dataIndex ?? -1];
          // Text only (no HTML from data): month names and numbers come from Intl and the catalogues.
          return point ? `${point.label}: ${point.text}` : "";
        },
      },
      xAxis: { type: "category", data: points.map((point) => point.label), boundaryGap: false },
      yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: (value: number) => formatAxis(value) } },
      series: [
        {
          type: "line",
          data: points.map((point) => point.value),
          connectNulls: false,
          symbolSize: 7,
          lineStyle: { width: 2.5, color: "#1864ab" },
          itemStyle: { color: "#1864ab" },
        },
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [points, formatAxis]);

  return (
    <div ref={box} role="img" aria-label={label} data-testid="trends-chart" style={{ width: "100%", height: 260 }} />
  );
}
