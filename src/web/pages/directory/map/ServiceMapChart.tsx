import { ScatterChart, type ScatterSeriesOption } from "echarts/charts";
import {
  GeoComponent,
  type GeoComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from "echarts/components";
import { type ComposeOption, type ECharts, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { ServicePoint } from "../../../../shared/api/directory.js";
import { aspectScaleFor, boundingCoords, boundsOf, escapeHtml, type PointSymbol, pointStyle } from "./map-view.js";
import { WORLD_MAP } from "./world-map.js";

use([GeoComponent, TooltipComponent, ScatterChart, CanvasRenderer]);

type MapOption = ComposeOption<GeoComponentOption | TooltipComponentOption | ScatterSeriesOption>;

interface ServiceMapChartProps {
  points: readonly ServicePoint[];
  /** The chart's accessible name: what it shows, and where the same in text is. */
  label: string;
  describe: (point: ServicePoint) => { type: string; availability: string };
  onOpen: (id: string) => void;
}

interface PointDatum {
  id: string;
  name: string;
  value: [number, number];
  symbol: PointSymbol;
  itemStyle: { color: string };
  tooltip: string;
}

/**
 * Services as points on bundled country borders (loaded before this is drawn, see loadWorldMap): drag to move, wheel or pinch to zoom, a point's tooltip
 * names it, a click opens it. The view opens on the points (on Ukraine and its neighbours when there are none).
 */
export function ServiceMapChart({ points, label, describe, onOpen }: ServiceMapChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", { seriesIndex: 0 }, (event) => {
      const datum = event.data as PointDatum | undefined;
      if (datum?.id) open.current(datum.id);
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const data: PointDatum[] = points.map((point) => {
      const { type, availability } = describe(point);
      const style = pointStyle(point.availability);
      return {
        id: point.id,
        name: point.name,
        value: [point.longitude, point.latitude],
        symbol: style.symbol,
        itemStyle: { color: style.colour },
        tooltip: [
          `<strong>${escapeHtml(point.name)}</strong>`,
          escapeHtml(point.providerName),
          escapeHtml(type),
          escapeHtml(availability),
        ].join("<br>"),
      };
    });
    const bounds = boundsOf(points);
    const option: MapOption = {
      animation: false,
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (params) => {
          const datum = (Array.isArray(params) ? params[0] : params)?.data as PointDatum | undefined;
          return datum?.tooltip ?? "";
        },
      },
      geo: {
        map: WORLD_MAP,
        roam: true,
        scaleLimit: { min: 0.3, max: 60 },
        boundingCoords: boundingCoords(bounds),
        aspectScale: aspectScaleFor(bounds),
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        silent: true,
        itemStyle: { areaColor: "#eef1f4", borderColor: "#adb5bd", borderWidth: 0.6 },
        emphasis: { disabled: true },
        select: { disabled: true },
        label: { show: false },
      },
      series: [
        {
          type: "scatter",
          coordinateSystem: "geo",
          symbolSize: 14,
          cursor: "pointer",
          itemStyle: { borderColor: "#ffffff", borderWidth: 1.5 },
          emphasis: { scale: 1.5 },
          data,
        },
      ],
    };
    // notMerge: a new set of filters replaces the view, so it fits the points found now.
    chart.current?.setOption(option, { notMerge: true });
  }, [points, describe]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      data-testid="service-map"
      style={{ width: "100%", height: "min(70vh, 560px)", minHeight: 320 }}
    />
  );
}
