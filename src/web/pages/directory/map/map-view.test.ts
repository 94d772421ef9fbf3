import { describe, expect, it } from "vitest";
import { aspectScaleFor, boundingCoords, boundsOf, escapeHtml, HOME_BOUNDS, pointStyle } from "./map-view.js";

describe("the map's first view", () => {
  it("opens on Ukraine and its neighbours when no service has a place", () => {
    expect(boundsOf([])).toEqual(HOME_BOUNDS);
  });

  it("holds every point, none of them on the edge", () => {
    const points = [
      { latitude: 50.45, longitude: 30.52 },
      { latitude: 52.23, longitude: 21.01 },
      { latitude: 47.01, longitude: 28.86 },
    ];
    const bounds = boundsOf(points);
    for (const point of points) {
      expect(point.latitude).toBeGreaterThan(bounds.south);
      expect(point.latitude).toBeLessThan(bounds.north);
      expect(point.longitude).toBeGreaterThan(bounds.west);
      expect(point.longitude).toBeLessThan(bounds.east);
    }
  });

  it("shows the country around a single service rather than one street", () => {
    const bounds = boundsOf([{ latitude: 49.84, longitude: 24.03 }]);
    expect(bounds.north - bounds.south).toBeGreaterThanOrEqual(8);
    expect(bounds.east - bounds.west).toBeGreaterThanOrEqual(8);
    expect((bounds.north + bounds.south) / 2).toBeCloseTo(49.84);
  });

  it("stays on the globe near the poles and the date line", () => {
    const bounds = boundsOf([
      { latitude: 84, longitude: 179 },
      { latitude: 83, longitude: 178 },
    ]);
    expect(bounds.north).toBeLessThanOrEqual(85);
    expect(bounds.east).toBeLessThanOrEqual(180);
  });

  it("gives ECharts the top-left and bottom-right corners, and narrows longitude away from the equator", () => {
    expect(boundingCoords({ west: 1, east: 2, south: 3, north: 4 })).toEqual([
      [1, 4],
      [2, 3],
    ]);
    expect(aspectScaleFor({ west: 0, east: 1, south: -1, north: 1 })).toBeCloseTo(1);
    expect(aspectScaleFor({ west: 0, east: 1, south: 59, north: 61 })).toBeCloseTo(0.5, 2);
  });
});

describe("points", () => {
  it("differ by availability in shape as well as colour; unknown values look like unknown", () => {
    const styles = ["available", "limited", "full", "unknown"].map(pointStyle);
    expect(new Set(styles.map((style) => style.symbol)).size).toBe(4);
    expect(new Set(styles.map((style) => style.colour)).size).toBe(4);
    expect(pointStyle("something new")).toEqual(pointStyle("unknown"));
  });

  it("never turn a name into markup in the tooltip", () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      "&#60;img src=x onerror=&#34;alert(&#39;x&#39;)&#34;&#62;&#38;",
    );
  });
});
