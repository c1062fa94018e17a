import { generate } from 'otplib';
import { TOTP_PERIOD, totpGuardrails } from '../../src/modules/auth/totp';

/** The code an authenticator app shows for a secret at an instant (the server only verifies codes; tests make them). */
export function totpCode(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD, guardrails: totpGuardrails });
}
