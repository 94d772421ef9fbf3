/** Mean earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

interface Point {
  latitude: number | null;
  longitude: number | null;
}

/** Great-circle (haversine) distance in km; null unless both places have coordinates. */
export function distanceKm(a: Point, b: Point): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** What a reader needs: tenths of a km close by, whole km further away. */
export function roundKm(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}

/** Letters that carry no combining mark to strip, yet are typed plain on most keyboards. */
const PLAIN: Readonly<Record<string, string>> = { ł: "l", đ: "d", ø: "o", ß: "ss", ı: "i" };

/** Place names as people type them: "Kraków", "krakow " and "KRAKOW" are one city, as are "Łódź" and "Lodz". */
export function normalisePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[łđøßı]/g, (letter) => PLAIN[letter] ?? letter);
}

export function samePlaceName(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && normalisePlaceName(a) === normalisePlaceName(b);
}
