import type { Kernel } from '../../kernel/kernel';
import { badInput, notFound, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { assertGlobalAdministrator } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { hashToken, newToken } from '../auth/tokens';
import { ScimTokenEntity } from './scim-token.entity';

/** SCIM tokens: made by a Global Administrator (shown once, kept hashed), listed, revoked; every change audited. */
export class ScimTokenService {
  constructor(private readonly kernel: Kernel) {}

  async create(caller: Caller, nameInput: string, expiresInDays: number | null | undefined): Promise<{ token: string; scimToken: ScimTokenEntity }> {
    assertGlobalAdministrator(await caller.capabilities(), 'manage SCIM tokens');
    const name = optionalText(nameInput, 'name', 100);
    if (!name) throw badInput('Name the token after the identity provider that uses it.', 'name');
    if (expiresInDays !== null && expiresInDays !== undefined && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 3650)) {
      throw badInput('expiresInDays must be between 1 and 3650, or left out for a token that lasts until revoked.', 'expiresInDays');
    }
    const now = this.kernel.now();
    const token = newToken('elp');
    const scimToken = await this.kernel.change(async (tx) => {
      const saved = await tx.getRepository(ScimTokenEntity).save({
        name,
        tokenHash: hashToken(token),
        createdById: caller.requireViewer().principalId,
        expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null,
      });
      await writeAudit(tx, caller.actor, now, [{ action: 'scim.token_created', after: { tokenId: saved.id, name, expiresAt: saved.expiresAt } }]);
      return saved;
    });
    return { token, scimToken };
  }

  async revoke(caller: Caller, idInput: string): Promise<boolean> {
    assertGlobalAdministrator(await caller.capabilities(), 'manage SCIM tokens');
    const id = requireId(idInput, 'SCIM token');
    return this.kernel.change(async (tx) => {
      const token = await tx.getRepository(ScimTokenEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token) throw notFound('SCIM token', idInput);
      if (token.revokedAt) return true;
      const now = this.kernel.now();
      await tx.getRepository(ScimTokenEntity).update({ id }, { revokedAt: now });
      await writeAudit(tx, caller.actor, now, [{ action: 'scim.token_revoked', after: { tokenId: id, name: token.name } }]);
      return true;
    });
  }

  async list(caller: Caller): Promise<ScimTokenEntity[]> {
    assertGlobalAdministrator(await caller.capabilities(), 'manage SCIM tokens');
    return this.kernel.db.getRepository(ScimTokenEntity).find({ order: { createdAt: 'DESC', id: 'ASC' }, take: 200 });
  }
}
