/**
 * The box a point on the map must fall in: by default Italy with its islands, or the comune's
 * own area (URP_MAP_BOUNDS="south,west,north,east" in degrees), read once at start as part of
 * AppConfig (src/config/app-config.ts).
 */
export interface ServiceArea {
  south: number;
  west: number;
  north: number;
  east: number;
}

export const ITALY: ServiceArea = { south: 35.0, west: 6.5, north: 47.2, east: 18.6 };

export function serviceAreaFrom(env: NodeJS.ProcessEnv): ServiceArea {
  const raw = env.URP_MAP_BOUNDS?.trim();
  if (!raw) return ITALY;
  const parts = raw.split(',').map((part) => Number(part.trim()));
  const [south, west, north, east] = parts;
  const valid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    south >= -90 && north <= 90 && south < north &&
    west >= -180 && east <= 180 && west < east;
  if (!valid) throw new Error(`URP_MAP_BOUNDS must be "south,west,north,east" in degrees, south < north and west < east (got "${raw}")`);
  return { south, west, north, east };
}

export function isInside(area: ServiceArea, point: { lat: number; lon: number }): boolean {
  return point.lat >= area.south && point.lat <= area.north && point.lon >= area.west && point.lon <= area.east;
}
