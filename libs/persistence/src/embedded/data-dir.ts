import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chownSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { StartupError } from '@vigil/config';
import { type ServerUser } from './server-user.js';

/**
 * The embedded PostgreSQL's port unless VIGIL_EMBEDDED_PG_PORT says otherwise: next to 5432 in spirit,
 * but clear of a PostgreSQL server there and of the usual second cluster on 5433, and below Linux's
 * ephemeral range (32768+) so an outgoing connection never holds it.
 */
export const DEFAULT_EMBEDDED_PORT = 5532;

/** Everything the embedded PostgreSQL keeps in VIGIL_DATA_DIR. */
export interface EmbeddedPaths {
  dataDir: string;
  /** PostgreSQL's own data directory (PGDATA). */
  pgdata: string;
  /** Held by the one process that owns (started or adopted) the server. */
  lockFile: string;
  /** Port and superuser password, mode 0600. */
  settingsFile: string;
  /** The server's stderr (its log). */
  logFile: string;
}

export function embeddedPaths(dataDir: string): EmbeddedPaths {
  return {
    dataDir,
    pgdata: join(dataDir, 'postgres'),
    lockFile: join(dataDir, 'postgres.lock'),
    settingsFile: join(dataDir, 'postgres.json'),
    logFile: join(dataDir, 'postgres.log'),
  };
}

/** What a joiner needs to connect, written once by the owner. */
export interface EmbeddedSettings {
  port: number;
  user: string;
  password: string;
}

export function embeddedUrl(settings: EmbeddedSettings, port: number, database: string): string {
  const user = encodeURIComponent(settings.user);
  return `postgres://${user}:${encodeURIComponent(settings.password)}@127.0.0.1:${port}/${database}`;
}

/** Creates VIGIL_DATA_DIR if needed and checks this process can write it, in one clear line if not. */
export function prepareDataDir(dataDir: string, user: ServerUser | null): void {
  try {
    mkdirSync(dirname(dataDir), { recursive: true });
    if (!existsSync(dataDir)) {
      mkdirSync(dataDir, { mode: 0o700 });
      // As root: the server's user owns the directory it lives in (and can then take ownership later).
      if (user) chownSync(dataDir, user.uid, user.gid);
    }
    accessSync(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new StartupError(
      `VIGIL_DATA_DIR ${dataDir} is not writable by ${userInfo().username} (${code}): fix its permissions or set ` +
        'VIGIL_DATA_DIR to a directory this user can write (or set DATABASE_URL to use a PostgreSQL server)',
    );
  }
}

export function readSettings(paths: EmbeddedPaths): EmbeddedSettings | null {
  try {
    return JSON.parse(readFileSync(paths.settingsFile, 'utf8')) as EmbeddedSettings;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StartupError(`cannot read ${paths.settingsFile} (${(error as Error).message})`);
  }
}

/** Written by the owner only: a new superuser password before initdb, or a port another run asked for. */
export function writeSettings(
  paths: EmbeddedPaths,
  settings: EmbeddedSettings,
  user: ServerUser | null,
): void {
  const temporary = `${paths.settingsFile}.${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  if (user) chownSync(temporary, user.uid, user.gid);
  renameSync(temporary, paths.settingsFile);
}

export function newSettings(port: number): EmbeddedSettings {
  return { port, user: 'postgres', password: randomBytes(24).toString('base64url') };
}

/** Opens the server log for appending; keeps one older file once it passes 10 MB. */
export function openServerLog(paths: EmbeddedPaths, user: ServerUser | null): number {
  const size = statSync(paths.logFile, { throwIfNoEntry: false })?.size ?? 0;
  if (size > 10 * 1024 * 1024) renameSync(paths.logFile, `${paths.logFile}.1`);
  const fd = openSync(paths.logFile, 'a', 0o600);
  if (user) chownSync(paths.logFile, user.uid, user.gid);
  return fd;
}
