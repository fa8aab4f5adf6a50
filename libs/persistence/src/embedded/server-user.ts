import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StartupError } from '@vigil/config';

/** The OS account PostgreSQL runs as when this process is root (PostgreSQL refuses to run as root). */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * null when this process is not root: PostgreSQL then runs as the same user. As root it runs as the user
 * that owns an existing data directory (someone ran Vigil as themselves before), else as `name`
 * (VIGIL_EMBEDDED_PG_USER, default `postgres`).
 */
export function serverUser(pgdata: string, name: string): ServerUser | null {
  if (!runningAsRoot()) return null;
  const existing = statSync(pgdata, { throwIfNoEntry: false });
  if (existing && existing.uid !== 0)
    return { name: `uid ${existing.uid}`, uid: existing.uid, gid: existing.gid };
  const id = (flag: string): number | null => {
    try {
      return Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    } catch {
      return null;
    }
  };
  const uid = id('-u');
  const gid = id('-g');
  if (uid === null || gid === null) {
    throw new StartupError(
      `running as root, and PostgreSQL refuses to run as root, but there is no "${name}" user to run ` +
        `the embedded one as: create it (e.g. useradd --system --user-group --no-create-home ${name}), ` +
        'name another with VIGIL_EMBEDDED_PG_USER, run Vigil as a normal user, or set DATABASE_URL',
    );
  }
  return { name, uid: Number(uid), gid: Number(gid) };
}

/** Whether `user` may enter (search) every directory on the way to `path`, checked from the root down. */
function firstUnreachableDirectory(path: string, user: ServerUser): string | null {
  const chain: string[] = [];
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const stat = statSync(dir, { throwIfNoEntry: false });
    if (!stat) return null; // created later by this process, with the right owner
    const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return dir;
  }
  return null;
}

/**
 * As root the server runs as another user, who must be able to reach both the binaries (inside
 * node_modules) and the data directory; a repository under /root, for one, is closed to it.
 */
export function assertReachable(user: ServerUser, paths: { what: string; path: string }[]): void {
  for (const { what, path } of paths) {
    const blocked = firstUnreachableDirectory(path, user);
    if (blocked) {
      throw new StartupError(
        `the embedded PostgreSQL runs as ${user.name} (Vigil runs as root), who cannot enter ${blocked} to reach ` +
          `${what} ${path}: allow it (chmod o+x ${blocked}), move ${what === 'VIGIL_DATA_DIR' ? 'the data' : 'Vigil'} ` +
          'elsewhere, or run Vigil as a normal user',
      );
    }
  }
}
