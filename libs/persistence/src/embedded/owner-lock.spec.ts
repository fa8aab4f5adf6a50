import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holderAlive, readHolder, tryLock } from './owner-lock.js';
import { processStartTicks, readPostmasterFile } from './processes.js';

const lockFile = (): string => join(mkdtempSync(join(tmpdir(), 'vigil-lock-')), 'postgres.lock');

/** The pid of a process that has exited (its pid is free, or reused by something unrelated). */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(run.stdout);
}

describe('the owner lock', () => {
  it('is taken by the first process; a second attempt learns who holds it', () => {
    const file = lockFile();
    const first = tryLock(file);
    expect(first.acquired).toBe(true);
    const second = tryLock(file);
    expect(second.acquired).toBe(false);
    if (!second.acquired) expect(second.holder.pid).toBe(process.pid);
    if (first.acquired) first.lock.release();
    expect(tryLock(file).acquired).toBe(true);
  });

  it('breaks a lock whose holder died (kill -9 of the owner)', () => {
    const file = lockFile();
    writeFileSync(file, JSON.stringify({ pid: deadPid(), startTicks: null, token: 'dead' }));
    const attempt = tryLock(file);
    expect(attempt.acquired).toBe(true);
    expect(readdirSync(join(file, '..'))).toEqual(['postgres.lock']); // no temporary files left
  });

  it('treats our own pid with a token it never issued as stale (a container restart reuses pids)', () => {
    const stale = { pid: process.pid, startTicks: processStartTicks(process.pid), token: 'earlier-life' };
    expect(holderAlive(stale)).toBe(false);
  });

  it('treats a live pid with another start time as stale (the pid was reused)', () => {
    if (processStartTicks(process.ppid) === null) return; // Linux only
    expect(holderAlive({ pid: process.ppid, startTicks: '1', token: 'x' })).toBe(false);
    expect(holderAlive({ pid: process.ppid, startTicks: processStartTicks(process.ppid), token: 'x' })).toBe(
      true,
    );
  });

  it('reads nothing from a missing or garbled lock file', () => {
    const file = lockFile();
    expect(readHolder(file)).toBeNull();
    writeFileSync(file, '{"pid":');
    expect(readHolder(file)).toBeNull();
  });
});

describe('postmaster.pid', () => {
  it('gives the pid, port and status PostgreSQL 10+ writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pgdata-'));
    writeFileSync(
      join(dir, 'postmaster.pid'),
      ['13866', dir, '1796322992', '5599', '', '127.0.0.1', '  2147024         9', 'ready   ', ''].join('\n'),
    );
    expect(readPostmasterFile(dir)).toEqual({ pid: 13866, port: 5599, status: 'ready' });
    expect(readPostmasterFile(join(dir, 'missing'))).toBeNull();
  });
});
