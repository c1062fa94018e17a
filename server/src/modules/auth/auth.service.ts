import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../db/prepared';
import { ActorType, PrincipalType, type UserType } from '../../lib/vocabulary/principals';
import { badInput, DomainError, mfaRequired } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { assertSignsInHere, assertUsesMfa } from '../access/policy';
import { isBreakGlassAccount } from '../lifecycle/protected-roles';
import { writeAudit } from '../audit/audit.writer';
import { PrincipalEntity } from '../directory/principal.entity';
import type { Kernel } from '../../kernel/kernel';
import { recordFailedAttempt, releaseAttempt, reserveAttempt } from './attempt-budget';
import { addressKey, FAMILIAR_ADDRESS_DAYS, signInLimits, unknownAccount } from './attempt-limits';
import { CredentialEntity } from './credential.entity';
import { LockoutService } from './lockout.service';
import { MfaGate } from './mfa.gate';
import { decoyHash, verifyPassword } from './password';
import { SessionEntity } from './session.entity';
import { hashToken, newToken } from './tokens';
import { checkTotp, newTotpSecret, totpUri } from './totp';
import type { RequestMeta, Viewer } from './viewer';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  user: PrincipalEntity;
  mfaAt: Date | null;
}

export class AuthService {
  constructor(
    private readonly kernel: Kernel,
    /** The one MFA gate: stepUpMfa, activations and admin assignments all step up through it. */
    readonly mfa: MfaGate,
    readonly lockouts: LockoutService,
  ) {}

  private get db() {
    return this.kernel.db;
  }

  /** Resolves a bearer token to the viewer it belongs to; null when unknown, expired, revoked or disabled. */
  async resolveToken(token: string): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const now = this.kernel.now();
    const [row] = await preparedQuery<{
      id: string;
      kind: 'SESSION' | 'API_TOKEN';
      expires_at: Date;
      mfa_at: Date | null;
      last_used_at: Date | null;
      principal_id: string;
      type: PrincipalType;
      user_type: UserType | null;
      display_name: string;
    }>(
      this.db.manager,
      'session_by_token',
      `SELECT s.id, s.kind, s.expires_at, s.mfa_at, s.last_used_at, p.id AS principal_id, p.type, p.user_type, p.display_name
         FROM session s JOIN principal p ON p.id = s.principal_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND p.enabled`,
      [hashToken(token), now],
    );
    if (!row) return null;
    // Recording use at most once a minute keeps reads from turning into writes.
    if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
      await this.db.query('UPDATE session SET last_used_at = $2 WHERE id = $1', [row.id, now]);
    }
    return {
      principalId: row.principal_id,
      principalType: row.type,
      userType: row.user_type,
      displayName: row.display_name,
      sessionId: row.id,
      sessionKind: row.kind,
      sessionExpiresAt: row.expires_at,
      mfaAt: row.mfa_at,
    };
  }

  /** Whether a session (or API token) is still usable: live subscriptions re-check this as they run. */
  async isSessionValid(sessionId: string): Promise<boolean> {
    const rows = await preparedQuery<{ ok: number }>(
      this.db.manager,
      'session_valid',
      `SELECT 1 AS ok FROM session s JOIN principal p ON p.id = s.principal_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND p.enabled`,
      [sessionId, this.kernel.now()],
    );
    return rows.length > 0;
  }

  /**
   * Password sign-in. The attempt takes its place in the attempt budget (attempt-limits.ts) before the password is
   * checked, so a burst of guesses gets no more checks than the budget, and every attempt — let in or refused — is
   * audited. An unknown email or a disabled user is refused like a wrong password: checked against a decoy hash and
   * counted in buckets of its own, so neither the answer nor its timing nor the lockout tells which emails exist.
   */
  async signIn(meta: RequestMeta, emailInput: string, password: string): Promise<IssuedSession> {
    const email = (optionalText(emailInput, 'email', 320) ?? '').toLowerCase();
    if (!email) throw badInput('Enter the email address you sign in with.', 'email');
    if (!password || password.length > 1000) throw badInput('Enter your password.', 'password');
    const refused = new DomainError('UNAUTHENTICATED', 'The email or password is incorrect, or the account is locked for a few minutes.');
    const anonymous = { type: ActorType.ANONYMOUS, id: null, ...meta };

    const user = await this.db.getRepository(PrincipalEntity).findOneBy({ email, type: PrincipalType.USER });
    const credential = user ? await this.db.getRepository(CredentialEntity).findOneBy({ principalId: user.id }) : null;
    const address = addressKey(meta.clientIp);
    const limits = signInLimits({
      account: user?.id ?? unknownAccount(email),
      principalId: user?.id ?? null,
      address,
      familiar: user ? await this.isFamiliarAddress(user.id, address) : false,
    });
    const failure = (reason: 'locked' | 'invalid', checked: boolean) => ({
      action: 'auth.sign_in_failed',
      targetPrincipalId: user?.id ?? null,
      after: { email, reason, checked },
    });

    const admitted = await this.kernel.change(async (tx) => {
      const now = this.kernel.now();
      const ok = await reserveAttempt(tx, limits, now);
      if (!ok) await writeAudit(tx, anonymous, now, [failure('locked', false)]);
      return ok;
    });
    if (!admitted) throw refused;

    const passwordOk = await verifyPassword(password, credential?.passwordHash ?? (await decoyHash()));
    if (!user || !credential || !user.enabled || !passwordOk) {
      await this.kernel.change(async (tx) => {
        const now = this.kernel.now();
        await recordFailedAttempt(tx, limits, now);
        await writeAudit(tx, anonymous, now, [failure('invalid', true)]);
      });
      throw refused;
    }
    if (!credential.passwordSignIn) {
      // The right password, turned off for this person: say where to sign in instead (only to whoever knows it).
      await this.kernel.change(async (tx) => {
        await writeAudit(tx, anonymous, this.kernel.now(), [{ action: 'auth.sign_in_failed', targetPrincipalId: user.id, after: { email, reason: 'password_sign_in_off', checked: true } }]);
      });
      throw new DomainError('UNAUTHENTICATED', 'Password sign-in is turned off for this account: sign in through your organisation’s identity provider.');
    }

    const token = newToken('els');
    const now = this.kernel.now();
    const expiresAt = new Date(now.getTime() + this.kernel.config.SESSION_TTL_MINUTES * 60_000);
    const granted = await this.kernel.change(async (tx) => {
      if (!(await releaseAttempt(tx, limits, now))) {
        // Locked by the attempts that arrived while this one was checked: the lock holds for the right password too.
        await writeAudit(tx, anonymous, now, [failure('locked', true)]);
        return false;
      }
      await this.openSession(tx, user.id, meta, now, null, 'password', token, expiresAt);
      return true;
    });
    if (!granted) throw refused;
    user.lastSignInAt = now;
    return { token, expiresAt, user, mfaAt: null };
  }

  /**
   * A new sign-in session for a user, in the caller's transaction (password sign-in, an accepted invitation): every
   * sign-in comes through here, and is audited here as `auth.sign_in` — marked `breakGlass` when the account is one, which
   * is what tells every Global Administrator of it (notifications/tenant-notices.ts).
   */
  async openSession(
    tx: EntityManager,
    principalId: string,
    meta: RequestMeta,
    now: Date,
    mfaAt: Date | null,
    via: 'password' | 'invitation' | 'oidc',
    token = newToken('els'),
    expiresAt = new Date(now.getTime() + this.kernel.config.SESSION_TTL_MINUTES * 60_000),
    detail: Record<string, unknown> = {},
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    await tx.query('UPDATE principal SET last_sign_in_at = $2 WHERE id = $1', [principalId, now]);
    const session = await tx.getRepository(SessionEntity).save({
      principalId,
      tokenHash: hashToken(token),
      kind: 'SESSION',
      expiresAt,
      mfaAt,
      clientIp: meta.clientIp,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    const breakGlass = await isBreakGlassAccount(tx, principalId, now);
    await writeAudit(tx, { type: ActorType.USER, id: principalId, ...meta }, now, [
      { action: 'auth.sign_in', targetPrincipalId: principalId, after: { sessionId: session.id, ...(via === 'password' ? {} : { via }), ...detail, ...(breakGlass ? { breakGlass } : {}) } },
    ]);
    return { id: session.id, token, expiresAt };
  }

  /** An address this user signed in from in the last 30 days: its attempts count apart from unfamiliar addresses'. */
  private async isFamiliarAddress(principalId: string, address: string): Promise<boolean> {
    if (address === 'unknown') return false;
    const since = new Date(this.kernel.now().getTime() - FAMILIAR_ADDRESS_DAYS * 86_400_000);
    const rows = (await this.db.query(
      `SELECT DISTINCT client_ip FROM session
        WHERE principal_id = $1 AND kind = 'SESSION' AND created_at > $2 AND client_ip IS NOT NULL LIMIT 100`,
      [principalId, since],
    )) as { client_ip: string }[];
    return rows.some((row) => addressKey(row.client_ip) === address);
  }

  async signOut(caller: Caller): Promise<boolean> {
    const viewer = caller.requireViewer();
    const now = this.kernel.now();
    await this.kernel.change(async (tx, emit) => {
      await tx.query('UPDATE session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [viewer.sessionId, now]);
      await writeAudit(tx, caller.actor, now, [{ action: 'auth.sign_out', targetPrincipalId: viewer.principalId }]);
      // The live feeds opened with this session end now, on every replica.
      emit({ topic: 'sessions', principalId: viewer.principalId, sessionId: viewer.sessionId, at: now.toISOString() });
    });
    return true;
  }

  /** TOTP step-up through the MFA gate: marks the current session as having passed MFA now. */
  async stepUpMfa(caller: Caller, code: string): Promise<{ expiresAt: Date; user: PrincipalEntity; mfaAt: Date }> {
    const viewer = caller.requireViewer();
    const stepUp = await this.mfa.stepUp(caller, code);
    await this.kernel.change((tx) => stepUp.record(tx));
    const user = await this.db.getRepository(PrincipalEntity).findOneByOrFail({ id: viewer.principalId });
    return { expiresAt: viewer.sessionExpiresAt, user, mfaAt: stepUp.at };
  }

  /** Starts (or restarts) authenticator enrolment: returns a secret to scan; it takes effect once a code confirms it. */
  async beginTotpEnrolment(caller: Caller): Promise<{ secret: string; uri: string }> {
    const viewer = this.requireUserSession(caller);
    const credential = await this.db.getRepository(CredentialEntity).findOneBy({ principalId: viewer.principalId });
    assertSignsInHere(credential);
    if (credential.totpSecret && !this.mfa.isFresh(viewer)) {
      throw mfaRequired('Replacing your authenticator needs a step-up with the current one first.');
    }
    const user = await this.db.getRepository(PrincipalEntity).findOneByOrFail({ id: viewer.principalId });
    const secret = newTotpSecret();
    await this.db.query('UPDATE credential SET totp_pending_secret = $2 WHERE principal_id = $1', [viewer.principalId, secret]);
    return { secret, uri: totpUri(secret, user.email ?? user.displayName) };
  }

  async confirmTotpEnrolment(caller: Caller, code: string): Promise<boolean> {
    const viewer = this.requireUserSession(caller);
    const credential = await this.db.getRepository(CredentialEntity).findOneBy({ principalId: viewer.principalId });
    if (!credential?.totpPendingSecret) throw badInput('Start enrolment first.', 'code');
    const now = this.kernel.now();
    const step = await checkTotp(credential.totpPendingSecret, String(code ?? '').trim(), now, null);
    if (step === null) throw badInput('The code does not match the new authenticator. Check the device clock and try again.', 'code');
    await this.kernel.change(async (tx) => {
      await tx.query(
        `UPDATE credential SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = $2
          WHERE principal_id = $1`,
        [viewer.principalId, step],
      );
      await tx.query('UPDATE session SET mfa_at = $2 WHERE id = $1', [viewer.sessionId, now]);
      await writeAudit(tx, caller.actor, now, [{ action: 'auth.mfa_enrolled', targetPrincipalId: viewer.principalId }]);
    });
    return true;
  }

  async isMfaEnrolled(principalId: string): Promise<boolean> {
    const credential = await this.db.getRepository(CredentialEntity).findOneBy({ principalId });
    return Boolean(credential?.totpSecret);
  }

  private requireUserSession(caller: Caller): Viewer {
    const viewer = caller.requireViewer();
    assertUsesMfa(viewer);
    return viewer;
  }
}

