import { mkdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { API_PORT } from './ports';

/** A lock older than this was left by a run that died: it is taken over. */
const STALE_MS = 5 * 60_000;

/**
 * Runs `work` while no other test of this run (in any worker) runs work under the same name: for specs that change one
 * shared thing in ways the other's assertions cannot stand, such as the Global Administrators alert's threshold (and
 * whether the admin is the last Global Administrator). A directory is the lock: making one is atomic.
 */
export async function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(os.tmpdir(), `elevate-e2e-${API_PORT}-${name}.lock`);
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const since = await stat(lock).then((found) => Date.now() - found.mtimeMs, () => 0);
      if (since > STALE_MS) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
