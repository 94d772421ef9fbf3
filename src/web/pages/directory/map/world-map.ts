import { registerMap } from "echarts/core";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// The file ships with the app as a static asset (fetched from this server, never from the internet) rather
// than inside a script: the borders load only with the map, and stay cached across releases of the code.
import worldUrl from "world-atlas/countries-50m.json?url";

export const WORLD_MAP = "safepath-world";

let loading: Promise<void> | undefined;

/**
 * Country borders from Natural Earth (1:50 million), bundled with the app: the map works without any tile
 * server, and tells none where caseworkers are looking. Loaded and registered once; a failed load is tried
 * again next time.
 */
export function loadWorldMap(): Promise<void> {
  loading ??= fetch(worldUrl, { credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error(`country borders: HTTP ${response.status}`);
      return response.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => {
      const shapes = feature(topology, topology.objects.countries);
      registerMap(WORLD_MAP, shapes as unknown as Parameters<typeof registerMap>[1]);
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
