import { randomBytes } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { processAlive, processStartTicks } from './processes.js';

/** Who holds the lock: enough to tell a live owner from a dead one whose pid was reused. */
export interface LockHolder {
  pid: number;
  /** Linux: the holder's start time in clock ticks since boot (null elsewhere). */
  startTicks: string | null;
  token: string;
}

export type LockAttempt = { acquired: true; lock: OwnerLock } | { acquired: false; holder: LockHolder };

/** Tokens of the locks this process holds: a lock file naming our pid but another token is stale. */
const heldTokens = new Set<string>();

/**
 * The "one owner per data dir" lock: a file created atomically (link(2) of a complete temporary file, so
 * nobody ever reads it half-written). Node has no flock(2), so a lock left by a killed owner is detected
 * by its pid (and, on Linux, the process start time, because containers reuse small pids) and broken
 * under a second, short-lived lock, so two processes starting together after a crash cannot both win.
 */
export function tryLock(file: string): LockAttempt {
  for (let attempt = 0; attempt < 50; attempt++) {
    const mine: LockHolder = {
      pid: process.pid,
      startTicks: processStartTicks(process.pid),
      token: randomBytes(8).toString('hex'),
    };
    const temporary = `${file}.${mine.token}`;
    writeFileSync(temporary, JSON.stringify(mine), { mode: 0o644 });
    try {
      linkSync(temporary, file);
      heldTokens.add(mine.token);
      return { acquired: true, lock: new OwnerLock(file, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temporary);
    }
    const holder = readHolder(file);
    if (holder && holderAlive(holder)) return { acquired: false, holder };
    breakStaleLock(file, holder);
  }
  throw new Error(`could not take or read the lock ${file}`);
}

export function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.token !== 'string') return null;
    return { pid: parsed.pid, startTicks: parsed.startTicks ?? null, token: parsed.token };
  } catch {
    return null;
  }
}

export function holderAlive(holder: LockHolder): boolean {
  if (heldTokens.has(holder.token)) return true;
  // Our own pid with a token we never issued: an earlier incarnation (container restart) left it.
  if (holder.pid === process.pid) return false;
  if (!processAlive(holder.pid)) return false;
  if (holder.startTicks === null) return true;
  const now = processStartTicks(holder.pid);
  return now === null || now === holder.startTicks;
}

/** Removes a dead holder's lock, unless someone replaced it meanwhile (then it is theirs). */
function breakStaleLock(file: string, stale: LockHolder | null): void {
  const breaker = `${file}.breaking`;
  try {
    mkdirSync(breaker);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Held for microseconds; one older than that belongs to a process killed right then.
    const since = statSync(breaker, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - since > 5_000) rmSync(breaker, { recursive: true, force: true });
    else sleepSync(20);
    return;
  }
  try {
    const current = readHolder(file);
    if (current?.token === stale?.token) rmSync(file, { force: true });
  } finally {
    rmdirSync(breaker);
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export class OwnerLock {
  private released = false;

  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {}

  /** Synchronous, so it also runs from a process 'exit' handler. */
  release(): void {
    if (this.released) return;
    this.released = true;
    heldTokens.delete(this.holder.token);
    if (readHolder(this.file)?.token === this.holder.token) rmSync(this.file, { force: true });
  }
}
