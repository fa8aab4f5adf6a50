import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Whether a process exists; one of another user (EPERM) exists too. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux: field 22 of /proc/<pid>/stat (start time since boot), which tells a reused pid apart. */
export function processStartTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Linux: the program a process runs, to tell a postmaster from an unrelated process with its old pid. */
export function processCommand(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether `pid` is the postmaster of `pgdata`, not a process that got its pid after it died (a stale
 * postmaster.pid, or a pid reused while we waited): its arguments name the data directory (`-D <pgdata>`).
 * Where /proc cannot be read, only whether the process exists.
 */
export function isPostmasterOf(pid: number, pgdata: string): boolean {
  if (!processAlive(pid)) return false;
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return !existsSync('/proc/self/cmdline');
  }
  const wanted = resolve(pgdata);
  return args.some((arg, index) => index > 0 && args[index - 1] === '-D' && resolve(arg) === wanted);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What PostgreSQL writes in `<data dir>/postmaster.pid` while it runs (format of PostgreSQL 10+). */
export interface PostmasterFile {
  pid: number;
  port: number;
  /** `starting`, `ready`, `stopping` or `standby`. */
  status: string;
}

export function readPostmasterFile(pgdata: string): PostmasterFile | null {
  let lines: string[];
  try {
    lines = readFileSync(join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}
