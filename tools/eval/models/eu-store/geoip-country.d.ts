/** The part of geoip-country (untyped CommonJS) this model uses. */
declare module 'geoip-country' {
  interface GeoIpCountryLookup {
    /** ISO 3166-1 alpha-2. */
    country: string;
  }
  /** A string address, or an IPv4 address as an unsigned 32-bit number. */
  const geoip: { lookup(ip: string | number): GeoIpCountryLookup | null };
  export default geoip;
}
