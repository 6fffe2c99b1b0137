import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { HostError, hostFinding } from './errors.js';

/** The lock file inside a PGlite data directory. */
export const LOCK_FILE = 'styrkit.lock';

/** A held lock: release it when the database is closed. */
export interface DirLock {
  readonly path: string;
  release(): void;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

function readHolder(path: string): Holder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return typeof parsed.pid === 'number'
      ? {
          pid: parsed.pid,
          host: typeof parsed.host === 'string' ? parsed.host : '',
          since: typeof parsed.since === 'string' ? parsed.since : '',
        }
      : undefined;
  } catch {
    return undefined; // unreadable or half-written: treated as stale
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Takes the exclusive lock on a PGlite data directory (PGlite is a single-process database: a
 * second process would write beside the first and lose acknowledged writes). The lock is a file
 * created with O_EXCL holding the holder's pid; a lock whose pid no longer runs on this machine
 * (after a crash or `kill -9`) is taken over. Throws 409 `host/data-dir-locked` naming the holder.
 *
 * @example
 * ```ts
 * const lock = lockDataDir('.data/styrkit');
 * lock.release();
 * ```
 */
export function lockDataDir(dir: string): DirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (readHolder(path)?.pid === process.pid) {
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        }
      };
      process.on('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    const sameMachine = holder === undefined || holder.host === me.host;
    if (holder !== undefined && (!sameMachine || alive(holder.pid))) {
      throw new HostError(409, [
        hostFinding(
          'host/data-dir-locked',
          { dir, holder: { pid: holder.pid, host: holder.host, since: holder.since } },
          { actual: `pid ${holder.pid}`, path: [path] },
        ),
      ]);
    }
    // Stale: its process is gone. Remove it and try again.
    try {
      unlinkSync(path);
    } catch {
      // someone else took it over first; the next attempt sees their lock
    }
  }
  throw new HostError(409, [hostFinding('host/data-dir-locked', { dir })]);
}
