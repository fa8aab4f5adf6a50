import { useMemo } from 'react';
import { formatCount } from '../format/number';
import type { CountryActivity } from './window-stats';
import { countryShapes, intensity, MAP_HEIGHT, MAP_WIDTH, numericCountry } from './world-map-geometry';

/** Where the window's orders came from (blue) and where flagged ones did (red outline). */
export function WorldMap({ activity }: { activity: readonly CountryActivity[] }) {
  const shapes = useMemo(() => countryShapes(), []);
  const byId = useMemo(() => {
    const map = new Map<string, CountryActivity>();
    for (const entry of activity) {
      const id = numericCountry(entry.country);
      if (id) map.set(id, entry);
    }
    return map;
  }, [activity]);
  const max = activity.reduce((m, entry) => Math.max(m, entry.count), 0);

  return (
    <svg
      className="world-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-label="Map of where orders came from"
      data-testid="world-map"
    >
      {shapes.map((shape) => {
        const entry = byId.get(shape.id);
        const strength = entry ? intensity(entry.count, max) : 0;
        return (
          <path
            key={shape.id}
            d={shape.path}
            className={`map-country${entry ? ' has-orders' : ''}${entry?.flagged ? ' has-flagged' : ''}`}
            style={entry ? { fillOpacity: strength } : undefined}
            data-country={entry?.country}
          >
            <title>
              {entry
                ? `${shape.name}: ${formatCount(entry.count)} orders, ${formatCount(entry.flagged)} flagged`
                : shape.name}
            </title>
          </path>
        );
      })}
    </svg>
  );
}
