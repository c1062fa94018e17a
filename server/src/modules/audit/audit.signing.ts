import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** PKCS#8 DER prefix of an Ed25519 private key: what comes before the raw 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Reads AUDIT_SIGNING_KEY: an Ed25519 private key as PEM (newlines may be written as "\n" in an environment variable) or
 * as the base64 of its 32-byte seed. Throws a readable error for anything else.
 */
export function parseSigningKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.includes('-----BEGIN')) {
    key = createPrivateKey(trimmed.replace(/\\n/g, '\n'));
  } else {
    const seed = Buffer.from(trimmed, 'base64');
    if (seed.length !== 32) throw new Error('expected an Ed25519 private key in PEM or the base64 of its 32-byte seed');
    key = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  return key;
}

/** What a checkpoint signs: the chain's head at a sequence number, and when it was taken. */
export function checkpointMessage(seq: string, hash: string, at: Date): Buffer {
  return Buffer.from(`elevate-audit-checkpoint\n${seq}\n${hash}\n${at.toISOString()}`);
}

/** Signs and verifies checkpoints with one Ed25519 key pair (the public half is derived from the configured private key). */
export class CheckpointSigner {
  readonly publicKey: KeyObject;
  /** Names the key in each checkpoint row: a rotated key does not make older checkpoints look forged, just unverifiable. */
  readonly keyId: string;

  constructor(private readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
    const raw = this.publicKey.export({ format: 'der', type: 'spki' });
    this.keyId = raw.subarray(raw.length - 32).toString('base64url').slice(0, 16);
  }

  sign(seq: string, hash: string, at: Date): string {
    return sign(null, checkpointMessage(seq, hash, at), this.privateKey).toString('base64');
  }

  verify(seq: string, hash: string, at: Date, signature: string): boolean {
    return verify(null, checkpointMessage(seq, hash, at), this.publicKey, Buffer.from(signature, 'base64'));
  }
}
