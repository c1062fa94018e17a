import { IsNull } from 'typeorm';
import { PrincipalType } from '../../lib/vocabulary/principals';
import { badInput, notFound, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { assertManagesTenant } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { PrincipalEntity } from '../directory/principal.entity';
import type { Kernel } from '../../kernel/kernel';
import { SessionEntity } from './session.entity';
import { hashToken, newToken } from './tokens';

export interface IssuedApiToken {
  token: string;
  session: SessionEntity;
}

/** API tokens for service principals: bearer credentials made, listed and revoked by the tenant's managers. */
export class ApiTokenService {
  constructor(private readonly kernel: Kernel) {}

  private get db() {
    return this.kernel.db;
  }

  /** API tokens for service principals: Global and Privileged Role Administrators only; the token is shown once. */
  async createApiToken(caller: Caller, servicePrincipalId: string, nameInput: string, expiresInDays: number | null): Promise<IssuedApiToken> {
    const capabilities = await caller.capabilities();
    assertManagesTenant(capabilities, 'create API tokens');
    const id = requireId(servicePrincipalId, 'service principal');
    const principal = await this.db.getRepository(PrincipalEntity).findOneBy({ id, type: PrincipalType.SERVICE_PRINCIPAL });
    if (!principal) throw notFound('service principal', servicePrincipalId);
    const name = optionalText(nameInput, 'name', 100);
    if (!name) throw badInput('Name the token so that it can be recognised later.', 'name');
    const days = expiresInDays ?? 90;
    if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput('expiresInDays must be between 1 and 365.', 'expiresInDays');
    const now = this.kernel.now();
    const token = newToken('elt');
    const session = await this.kernel.change(async (tx) => {
      const saved = await tx.getRepository(SessionEntity).save({
        principalId: id,
        tokenHash: hashToken(token),
        kind: 'API_TOKEN',
        name,
        createdById: caller.requireViewer().principalId,
        expiresAt: new Date(now.getTime() + days * 86_400_000),
      });
      await writeAudit(tx, caller.actor, now, [
        { action: 'auth.api_token_created', targetPrincipalId: id, after: { tokenId: saved.id, name, expiresAt: saved.expiresAt } },
      ]);
      return saved;
    });
    return { token, session };
  }

  async revokeApiToken(caller: Caller, tokenId: string): Promise<SessionEntity> {
    const capabilities = await caller.capabilities();
    assertManagesTenant(capabilities, 'revoke API tokens');
    const id = requireId(tokenId, 'API token');
    const now = this.kernel.now();
    return this.kernel.change(async (tx) => {
      const token = await tx.getRepository(SessionEntity).findOneBy({ id, kind: 'API_TOKEN' });
      if (!token) throw notFound('API token', tokenId);
      if (!token.revokedAt) {
        token.revokedAt = now;
        await tx.getRepository(SessionEntity).save(token);
        await writeAudit(tx, caller.actor, now, [
          { action: 'auth.api_token_revoked', targetPrincipalId: token.principalId, after: { tokenId: id } },
        ]);
      }
      return token;
    });
  }

  async listApiTokens(caller: Caller, servicePrincipalId: string | null): Promise<SessionEntity[]> {
    const capabilities = await caller.capabilities();
    assertManagesTenant(capabilities, 'see API tokens');
    return this.db.getRepository(SessionEntity).find({
      where: servicePrincipalId
        ? { kind: 'API_TOKEN', principalId: requireId(servicePrincipalId, 'service principal') }
        : { kind: 'API_TOKEN', revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }
}
