/** Where the map opens and how its points look: plain data, so that it can be tested without a browser. */

export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** Ukraine and its neighbours: the view when no service has a place yet. */
export const HOME_BOUNDS: Bounds = { west: 14, east: 41, south: 43.5, north: 56.5 };

/** The narrowest view: one service, or several in one town, still show the country around them. */
const MIN_SPAN_DEGREES = 8;
const MARGIN = 0.15;

/**
 * The smallest box holding every point, with a margin so that no point sits on the edge, and never narrower
 * than a few degrees (a single point would otherwise fill the screen with one street).
 */
export function boundsOf(points: readonly { latitude: number; longitude: number }[]): Bounds {
  if (points.length === 0) return HOME_BOUNDS;
  const lats = points.map((point) => point.latitude);
  const lons = points.map((point) => point.longitude);
  const widen = (low: number, high: number, limit: number): [number, number] => {
    const span = Math.max(high - low, MIN_SPAN_DEGREES);
    const middle = (low + high) / 2;
    const half = (span * (1 + 2 * MARGIN)) / 2;
    return [Math.max(-limit, middle - half), Math.min(limit, middle + half)];
  };
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  return { west, east, south, north };
}

/** ECharts' geo `boundingCoords`: the top-left and bottom-right corners as [longitude, latitude]. */
export function boundingCoords(bounds: Bounds): [[number, number], [number, number]] {
  return [
    [bounds.west, bounds.north],
    [bounds.east, bounds.south],
  ];
}

/**
 * Degrees of longitude are shorter away from the equator: drawing them as long as degrees of latitude
 * would stretch Ukraine sideways. The cosine of the middle latitude keeps shapes near true there.
 */
export function aspectScaleFor(bounds: Bounds): number {
  const middle = ((bounds.south + bounds.north) / 2) * (Math.PI / 180);
  return Math.max(0.3, Math.cos(middle));
}

/**
 * Point colours and shapes by availability: a shape as well as a colour, so that no one has to tell orange
 * from red to know which services are full. The legend shows both, with the words.
 */
export const POINT_STYLES: Readonly<Record<string, { colour: string; symbol: PointSymbol }>> = {
  available: { colour: "#2b8a3e", symbol: "circle" },
  limited: { colour: "#e67700", symbol: "triangle" },
  full: { colour: "#c92a2a", symbol: "rect" },
  unknown: { colour: "#495057", symbol: "diamond" },
};

export type PointSymbol = "circle" | "triangle" | "rect" | "diamond";

const UNKNOWN = { colour: "#495057", symbol: "diamond" as const };

export function pointStyle(availability: string): { colour: string; symbol: PointSymbol } {
  return POINT_STYLES[availability] ?? UNKNOWN;
}

/** Text for the tooltip's HTML: names come from people and imports, so nothing in them may become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
