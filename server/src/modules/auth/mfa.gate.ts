import type { EntityManager } from 'typeorm';
import { badInput, DomainError, forbidden, mfaRequired } from '../../lib/errors';
import type { Caller } from '../access/caller';
import { writeAudit } from '../audit/audit.writer';
import type { Kernel } from '../../kernel/kernel';
import { recordFailedAttempt, releaseAttempt, reserveAttempt } from './attempt-budget';
import { addressKey, mfaLimits } from './attempt-limits';
import { CredentialEntity } from './credential.entity';
import { checkTotp } from './totp';
import type { Viewer } from './viewer';

/**
 * What a change that passed the gate records in its own transaction, as its first write: that the session stepped up
 * (`session.mfa_at` and an `auth.mfa_step_up` event). Nothing when no code was needed. A change that fails rolls the
 * step-up back with itself, so the session is not left MFA-fresh by a change that did not happen.
 */
export interface StepUp {
  /** When the code was checked (null: no step-up was needed). */
  readonly at: Date | null;
  record(tx: EntityManager): Promise<void>;
}

/** What a change that may need a step-up asks of the gate. */
export type MfaDemand = Pick<MfaGate, 'demand'>;

export const NO_STEP_UP: StepUp = { at: null, record: async () => {} };

const TOO_MANY = 'Too many wrong codes: try again in a few minutes.';
const WRONG = 'The code is wrong, expired or already used. Enter the current code from your authenticator app.';

/**
 * The one MFA gate: every operation that needs a fresh TOTP step-up (stepUpMfa, an activation, an admin's active
 * assignment) goes through it. It decides whether the session is fresh enough, checks a code — single use, within one
 * step of drift, counted by the attempt budget before it is checked — and hands back the step-up to record.
 *
 * A checked code is used up in its own transaction, committed before the change runs, and stays used when the change
 * then fails: a code that was seen once (over a shoulder, by a phishing relay) is never accepted again. A failed check
 * is recorded (audit and budget) in its own transaction too, so that it counts even though the request fails.
 */
export class MfaGate {
  constructor(private readonly kernel: Kernel) {}

  /** Whether this session passed MFA recently enough not to be asked again. */
  isFresh(viewer: Viewer): boolean {
    if (!viewer.mfaAt) return false;
    return this.kernel.now().getTime() - viewer.mfaAt.getTime() <= this.kernel.config.MFA_FRESHNESS_MINUTES * 60_000;
  }

  /**
   * For a change that needs a fresh MFA: nothing to do when the session is fresh; otherwise `code` is required
   * (MFA_REQUIRED with `message` without one) and checked. A dry run asks for the code but checks nothing and records
   * nothing: checking would use the code up, or count a guess.
   */
  async demand(caller: Caller, code: string | null | undefined, options: { message: string; validateOnly?: boolean }): Promise<StepUp> {
    const viewer = caller.requireViewer();
    if (viewer.sessionKind !== 'SESSION') {
      throw forbidden('This needs a multi-factor step-up, which only a signed-in user can make: an API token cannot.');
    }
    if (this.isFresh(viewer)) return NO_STEP_UP;
    if (code === null || code === undefined || code === '') throw mfaRequired(options.message);
    const digits = sixDigits(code);
    if (options.validateOnly) return NO_STEP_UP;
    return this.check(caller, viewer, digits);
  }

  /** stepUpMfa: the code is always checked, fresh session or not. */
  async stepUp(caller: Caller, code: string): Promise<StepUp & { at: Date }> {
    const viewer = caller.requireViewer();
    if (viewer.sessionKind !== 'SESSION') throw forbidden('Service principals do not use multi-factor authentication.');
    return this.check(caller, viewer, sixDigits(code));
  }

  private async check(caller: Caller, viewer: Viewer, code: string): Promise<StepUp & { at: Date }> {
    const principalId = viewer.principalId;
    const credential = await this.kernel.db.getRepository(CredentialEntity).findOneBy({ principalId });
    if (!credential?.totpSecret) throw badInput('You have not enrolled an authenticator app yet.', 'code');
    const limits = mfaLimits(principalId, addressKey(caller.meta.clientIp));
    const failed = (reason: 'locked' | 'invalid', checked: boolean) => ({ action: 'auth.mfa_failed', targetPrincipalId: principalId, after: { reason, checked } });

    const admitted = await this.kernel.change(async (tx) => {
      const now = this.kernel.now();
      const ok = await reserveAttempt(tx, limits, now);
      if (!ok) await writeAudit(tx, caller.actor, now, [failed('locked', false)]);
      return ok;
    });
    if (!admitted) throw new DomainError('MFA_REQUIRED', TOO_MANY);

    const checkedAt = this.kernel.now();
    const lastStep = credential.totpLastStep === null ? null : Number(credential.totpLastStep);
    const step = await checkTotp(credential.totpSecret, code, checkedAt, lastStep);
    const outcome = await this.kernel.change(async (tx) => {
      const now = this.kernel.now();
      if (step !== null) {
        // Used up only if no other request took this step (or a later one) first: a code is accepted once.
        const [used] = (await tx.query(
          `UPDATE credential SET totp_last_step = $2
            WHERE principal_id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING principal_id`,
          [principalId, step],
        )) as [unknown[], number];
        if (used.length === 1) {
          if (await releaseAttempt(tx, limits, now)) return 'accepted';
          // Locked by attempts that arrived while this one was checked: the lock holds. The code stays used.
          await writeAudit(tx, caller.actor, now, [failed('locked', true)]);
          return 'locked';
        }
      }
      await recordFailedAttempt(tx, limits, now);
      await writeAudit(tx, caller.actor, now, [failed('invalid', true)]);
      return 'invalid';
    });
    if (outcome === 'locked') throw new DomainError('MFA_REQUIRED', TOO_MANY);
    if (outcome === 'invalid') throw new DomainError('MFA_REQUIRED', WRONG);

    return {
      at: checkedAt,
      record: async (tx) => {
        await tx.query('UPDATE session SET mfa_at = $2 WHERE id = $1', [viewer.sessionId, checkedAt]);
        await writeAudit(tx, caller.actor, checkedAt, [{ action: 'auth.mfa_step_up', targetPrincipalId: principalId }]);
      },
    };
  }
}

/** A code that is not six digits cannot be right: bad input, not a guess to count. */
function sixDigits(code: unknown): string {
  const trimmed = typeof code === 'string' ? code.trim() : '';
  if (!/^\d{6}$/.test(trimmed)) throw badInput('Enter the 6-digit code from your authenticator app.', 'code');
  return trimmed;
}
