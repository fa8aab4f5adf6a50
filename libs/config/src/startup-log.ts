/**
 * Startup and shutdown news an operator should see (embedded PostgreSQL started, joined, stopped), printed
 * like "Vigil is running at …": one plain line on stdout, prefixed with the process's name. LOG_LEVEL=silent
 * mutes it (tests); the structured logger is not up yet when the database is opened.
 */
export function startupLog(name: string, env: NodeJS.ProcessEnv = process.env): (line: string) => void {
  if (env['LOG_LEVEL'] === 'silent') return () => undefined;
  return (line) => process.stdout.write(`${name}: ${line}\n`);
}
