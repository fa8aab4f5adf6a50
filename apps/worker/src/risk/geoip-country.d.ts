/** geoip-country ships no types; only the lookup Vigil uses is declared. */
declare module 'geoip-country' {
  interface GeoCountry {
    /** ISO 3166 alpha-2, upper-case. */
    country: string;
  }
  const geoip: { lookup(ip: string): GeoCountry | null };
  export = geoip;
}
