import { createHmac } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** RFC 4648 base32 (the alphabet authenticator apps use), without padding. */
function base32Decode(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The current RFC 6238 code (SHA-1, 30-second steps, 6 digits), as an authenticator app shows it. */
export function totp(secret: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** Steps already used by any Playwright worker of this machine (one empty file per account and step, created exclusively). */
const USED_STEPS = join(tmpdir(), 'elevate-e2e-totp-steps');

function claimStep(account: string, step: number): boolean {
  mkdirSync(USED_STEPS, { recursive: true });
  try {
    closeSync(openSync(join(USED_STEPS, `${account.replace(/[^a-z0-9@.-]/gi, '_')}-${step}`), 'wx'));
    return true;
  } catch {
    return false;
  }
}

/**
 * A code for `account` from a 30-second step not used before by any test worker: the API accepts each step once per
 * user (and none at or before the last one it accepted), and the workers run in parallel processes sharing the demo
 * users and their one secret, so a step is claimed per user through a file that only one worker can create. Waits for
 * the next step when the current one is taken. A user's codes are asked for by one spec file only, so that no two workers
 * submit codes of one user in an order of their own.
 */
export async function unusedTotp(secret: string, account: string): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if (claimStep(account, step)) return totp(secret, step * 30_000 + 1_000);
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - Date.now() + 250));
  }
}
