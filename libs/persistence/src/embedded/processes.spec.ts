import { afterEach, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { isPostmasterOf, processStartTicks } from './processes.js';
import { stopServer } from './postgres-server.js';

/** A stand-in for a postmaster: a process whose arguments name a data directory the way `postgres -D` does. */
function fakePostmaster(pgdata: string): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', '-D', pgdata], {
    stdio: 'ignore',
  });
}

describe('telling our postmaster from a process that has its pid now', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  it('recognises the postmaster of a data directory by its -D argument, and nothing else', () => {
    const child = fakePostmaster('/tmp/vigil-a/postgres');
    children.push(child);
    const pid = child.pid as number;
    expect(isPostmasterOf(pid, '/tmp/vigil-a/postgres')).toBe(true);
    expect(isPostmasterOf(pid, '/tmp/vigil-a/./postgres')).toBe(true);
    expect(isPostmasterOf(pid, '/tmp/vigil-b/postgres')).toBe(false);
    // Our own process runs no server: a stale postmaster.pid naming it must not get it signalled.
    expect(isPostmasterOf(process.pid, '/tmp/vigil-a/postgres')).toBe(false);
  });

  it('says no once the process is gone', async () => {
    const child = fakePostmaster('/tmp/vigil-c/postgres');
    const pid = child.pid as number;
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(isPostmasterOf(pid, '/tmp/vigil-c/postgres')).toBe(false);
  });

  it('stops a server with SIGINT and knows a process by its start time', async () => {
    const child = fakePostmaster('/tmp/vigil-d/postgres');
    const exited = once(child, 'exit');
    const pid = child.pid as number;
    expect(processStartTicks(pid)).toMatch(/^\d+$/);
    expect(processStartTicks(pid)).not.toBe(processStartTicks(process.pid));
    await stopServer(pid);
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGINT' });
  });
});
