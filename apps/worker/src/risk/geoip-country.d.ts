/** geoip-country ships no types; only the lookup Vigil uses is declared. */
declare module 'geoip-country' {
  interface GeoCountry {
    /** ISO 3166 alpha-2, upper-case. */
    country: string;
  }
  /** A string address, or an IPv4 address as an unsigned 32-bit number. */
  const geoip: { lookup(ip: string | number): GeoCountry | null };
  export = geoip;
}
