import { geoEqualEarth, geoPath } from 'd3-geo';
import { alpha2ToNumeric } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
  /** ISO 3166-1 numeric code, as world-atlas names its features. */
  id: string;
  name: string;
  path: string;
}

let cached: CountryShape[] | null = null;

/** Country outlines projected once (Equal Earth, fitted to the view box) from world-atlas' 1:110m data. */
export function countryShapes(): CountryShape[] {
  if (cached) return cached;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const path = geoPath(projection);
  cached = collection.features.flatMap((f) => {
    const d = path(f);
    return d && f.id !== undefined ? [{ id: String(f.id), name: f.properties?.name ?? '', path: d }] : [];
  });
  return cached;
}

/** `IE` → `372`: transactions carry alpha-2 codes, the map data numeric ones. */
export function numericCountry(alpha2: string): string | null {
  return alpha2ToNumeric(alpha2.toUpperCase()) ?? null;
}

/** Fill strength 0.15–1 on a log scale, so one big market does not wash out the rest. */
export function intensity(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return 0.15 + 0.85 * (Math.log1p(count) / Math.log1p(max));
}
