import { createGuardrails, generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 TOTP, 30-second steps, six digits, one step of clock drift either way. */
export const TOTP_PERIOD = 30;
/**
 * New secrets are 20 bytes; 10-byte (80-bit) secrets, common in older authenticator setups and used by the demo tenant,
 * are still accepted.
 */
export const totpGuardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: 'Elevate', label: account, secret });
}

/**
 * Checks a code, refusing any time step at or before `afterStep` (a code is accepted once).
 * Returns the accepted time step, or null.
 */
export async function checkTotp(secret: string, code: string, at: Date, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    period: TOTP_PERIOD,
    guardrails: totpGuardrails,
    epochTolerance: TOTP_PERIOD,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
