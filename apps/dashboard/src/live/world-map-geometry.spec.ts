import { describe, expect, it } from '@jest/globals';
import { countryShapes, intensity, numericCountry } from './world-map-geometry';

describe('world map geometry', () => {
  it('projects every country of the map data into an SVG path', () => {
    const shapes = countryShapes();
    expect(shapes.length).toBeGreaterThan(150);
    expect(shapes.find((s) => s.id === '372')?.name).toBe('Ireland');
    expect(shapes.every((s) => s.path.startsWith('M'))).toBe(true);
  });

  it('finds the map feature of the alpha-2 codes transactions carry', () => {
    expect(numericCountry('ie')).toBe('372');
    expect(numericCountry('US')).toBe('840');
    expect(numericCountry('ZZ')).toBeNull();
  });

  it('shades on a log scale and leaves countries without orders empty', () => {
    expect(intensity(0, 100)).toBe(0);
    expect(intensity(100, 100)).toBe(1);
    expect(intensity(1, 100)).toBeGreaterThan(0.15);
    expect(intensity(1, 100)).toBeLessThan(intensity(10, 100));
  });
});
