import { createHash, randomBytes } from 'node:crypto';

/** Opaque tokens: 32 random bytes with a readable prefix (session, API token, invitation link, provisioning); only their SHA-256 is stored. */
export function newToken(prefix: 'els' | 'elt' | 'eli' | 'elp'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
