/** email-providers ships no types: its default export is the list of free and consumer mail domains. */
declare module 'email-providers' {
  const domains: string[];
  export = domains;
}
