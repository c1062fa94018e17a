import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Emit, Kernel } from '../../kernel/kernel';
import { DomainError } from '../../lib/errors';
import { ActorType, PrincipalSource, PrincipalType, UserType } from '../../lib/vocabulary/principals';
import { ScopeType } from '../../lib/vocabulary/scopes';
import { writeAudit } from '../audit/audit.writer';
import type { Actor, RequestMeta } from '../auth/viewer';
import { hashToken } from '../auth/tokens';
import { PrincipalEntity } from '../directory/principal.entity';
import type { SourcedMemberships } from '../directory/sourced-memberships';
import { GROUP_MEMBER_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { PrincipalAdministration } from '../tenant/principals.service';
import { invalidValue, memberFilterOf, notFoundScim, parseFilter, parsePatch, SCHEMAS, scimBoolean, scimText, ScimError, type Equality } from './scim-protocol';

/** Who provisions: an identity provider through one SCIM token. */
export interface Provisioner {
  tokenId: string;
  tokenName: string;
  actor: Actor;
}

interface UserFields {
  userName: string;
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  email: string | null;
  externalId: string | null;
  active: boolean;
}

const MAX_PAGE = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * SCIM 2.0 provisioning (API.md, "Identity providers"; DOMAIN.md, "Tenant and identity"): users and groups pushed by an
 * identity provider, with source SCIM. A source only removes what it created: SCIM sees and changes only the principals
 * and memberships it made, and a user or group made in Elevate is never taken over by one that comes with the same name.
 * `active: false` and DELETE disable through the same rule as an administrator's disabling (PrincipalAdministration), so
 * it takes effect before the response returns; group members become and stop being ACTIVE Member assignments of the
 * group — inserts and ends of single rows, never a rewrite of the whole group.
 */
export class ProvisioningService {
  constructor(
    private readonly kernel: Kernel,
    private readonly memberships: SourcedMemberships,
    private readonly principals: Pick<PrincipalAdministration, 'disableWithin' | 'enableWithin'>,
  ) {}

  /** The provisioner behind a bearer token, or a 401 in SCIM's schema. */
  async authenticate(authorization: string | undefined, meta: RequestMeta): Promise<Provisioner> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new ScimError(401, 'A SCIM token is required: Authorization: Bearer <token>.');
    const now = this.kernel.now();
    const [found] = (await this.kernel.db.query(
      `SELECT id, name, last_used_at FROM scim_token WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [hashToken(token), now],
    )) as { id: string; name: string; last_used_at: Date | null }[];
    if (!found) throw new ScimError(401, 'The SCIM token is unknown, expired or revoked.');
    // "Last used" to the minute, as sessions keep it: a provider pushing hundreds of requests a second does not queue
    // them all on one row's lock and a commit each.
    if (!found.last_used_at || now.getTime() - found.last_used_at.getTime() > 60_000) {
      await this.kernel.db.query(`UPDATE scim_token SET last_used_at = $2 WHERE id = $1`, [found.id, now]);
    }
    return { tokenId: found.id, tokenName: found.name, actor: { type: ActorType.SYSTEM, id: null, ...meta } };
  }

  // ---- Users ------------------------------------------------------------------------------------------------------

  async listUsers(filter: string | undefined, startIndex: unknown, count: unknown, base: string): Promise<Record<string, unknown>> {
    const where = ["p.type = 'USER'", "p.source = 'SCIM'"];
    const params: unknown[] = [];
    for (const term of filter ? parseFilter(filter) : []) where.push(this.userCondition(term, params));
    return this.page('p', where, params, startIndex, count, (row) => this.userResource(row, base));
  }

  async getUser(id: string, base: string): Promise<Record<string, unknown>> {
    return this.userResource(await this.scimUser(this.kernel.db.manager, id), base);
  }

  async createUser(provisioner: Provisioner, body: unknown, base: string): Promise<Record<string, unknown>> {
    const fields = this.userFields(body, null);
    const user = await this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const saved = Object.assign(new PrincipalEntity(), {
        id: randomUUID(),
        type: PrincipalType.USER,
        userType: UserType.MEMBER,
        displayName: fields.displayName ?? fields.userName,
        email: fields.email,
        userName: fields.userName,
        givenName: fields.givenName,
        familyName: fields.familyName,
        externalId: fields.externalId,
        source: PrincipalSource.SCIM,
        homeOrganization: null,
        description: null,
        enabled: true,
        disabledAt: null,
        managerId: null,
        roleAssignable: false,
        lastSignInAt: null,
      });
      // The unique indexes on userName, email and externalId decide in the insert itself (no read before it); only a
      // refused insert asks which one it was.
      const [inserted] = (await tx.query(
        `INSERT INTO principal (id, type, user_type, display_name, email, user_name, given_name, family_name, external_id, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING created_at`,
        [saved.id, saved.type, saved.userType, saved.displayName, saved.email, saved.userName, saved.givenName, saved.familyName, saved.externalId, saved.source],
      )) as { created_at: Date }[];
      if (!inserted) {
        await this.requireFreeUser(tx, fields, null);
        throw new ScimError(409, 'A principal with this userName, email or externalId exists already.', 'uniqueness');
      }
      saved.createdAt = inserted.created_at;
      await writeAudit(tx, provisioner.actor, now, [
        { action: 'directory.user_provisioned', targetPrincipalId: saved.id, after: { ...fields, via: 'SCIM', scimTokenId: provisioner.tokenId } },
      ]);
      if (!fields.active) await this.setActive(tx, provisioner, saved, false, now, emit);
      return saved;
    });
    return this.userResource(user, base);
  }

  async replaceUser(provisioner: Provisioner, id: string, body: unknown, base: string): Promise<Record<string, unknown>> {
    return this.changeUser(provisioner, id, base, (current) => this.userFields(body, current));
  }

  async patchUser(provisioner: Provisioner, id: string, body: unknown, base: string): Promise<Record<string, unknown>> {
    const operations = parsePatch(body);
    return this.changeUser(provisioner, id, base, (current) => {
      const next: UserFields = { ...current };
      for (const operation of operations) {
        if (operation.path) this.applyUserPath(next, operation.path, operation.op === 'remove' ? null : operation.value, operation.op);
        else {
          if (!operation.value || typeof operation.value !== 'object' || Array.isArray(operation.value)) throw invalidValue('A path-less operation carries an object of attributes.');
          for (const [key, value] of Object.entries(operation.value as Record<string, unknown>)) this.applyUserPath(next, key, value, operation.op);
        }
      }
      if (!next.userName) throw invalidValue('userName is required.');
      return next;
    });
  }

  /** DELETE: the person is disabled (the row, their history and their audit stay). */
  async deleteUser(provisioner: Provisioner, id: string): Promise<void> {
    await this.kernel.change(async (tx, emit) => {
      const user = await this.scimUser(tx, id, true);
      await writeAudit(tx, provisioner.actor, this.kernel.now(), [{ action: 'directory.user_deprovisioned', targetPrincipalId: user.id, after: { via: 'SCIM', scimTokenId: provisioner.tokenId } }]);
      if (user.enabled) await this.setActive(tx, provisioner, user, false, this.kernel.now(), emit, 'deleted by the identity provider');
    });
  }

  // ---- Groups -----------------------------------------------------------------------------------------------------

  async listGroups(filter: string | undefined, startIndex: unknown, count: unknown, excluded: string | undefined, base: string): Promise<Record<string, unknown>> {
    const where = ["p.type = 'GROUP'", "p.source = 'SCIM'"];
    const params: unknown[] = [];
    for (const term of filter ? parseFilter(filter) : []) where.push(this.groupCondition(term, params));
    const withMembers = !isExcluded(excluded, 'members');
    const list = await this.page('p', where, params, startIndex, count, (row) => row);
    const groups = list.Resources as PrincipalEntity[];
    const members = withMembers ? await this.membersOf(this.kernel.db.manager, groups.map((g) => g.id)) : new Map<string, { id: string; display: string }[]>();
    return { ...list, Resources: groups.map((group) => this.groupResource(group, withMembers ? (members.get(group.id) ?? []) : null, base)) };
  }

  async getGroup(id: string, excluded: string | undefined, base: string): Promise<Record<string, unknown>> {
    const group = await this.scimGroup(this.kernel.db.manager, id);
    const members = isExcluded(excluded, 'members') ? null : ((await this.membersOf(this.kernel.db.manager, [group.id])).get(group.id) ?? []);
    return this.groupResource(group, members, base);
  }

  async createGroup(provisioner: Provisioner, body: unknown, base: string): Promise<Record<string, unknown>> {
    const resource = asResource(body);
    const displayName = scimText(resource.displayName, 'displayName', 200);
    if (!displayName) throw invalidValue('displayName is required.');
    const externalId = scimText(resource.externalId, 'externalId', 300);
    const memberIds = memberValues(resource.members);
    const id = await this.kernel.change(async (tx, emit) => {
      if (externalId) await this.requireFreeGroupExternalId(tx, externalId, null);
      const now = this.kernel.now();
      const group = await tx.getRepository(PrincipalEntity).save({
        type: PrincipalType.GROUP,
        displayName,
        externalId,
        // Groups from the identity provider may hold roles (the point of provisioning them); they contain no groups.
        roleAssignable: true,
        source: PrincipalSource.SCIM,
      });
      const scopeId = randomUUID();
      await tx.query(`INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
        scopeId,
        ScopeType.GROUP,
        displayName,
        TENANT_ROOT_SCOPE_ID,
        [TENANT_ROOT_SCOPE_ID, scopeId],
        group.id,
      ]);
      await writeAudit(tx, provisioner.actor, now, [
        { action: 'directory.group_provisioned', targetPrincipalId: group.id, scopeId, after: { displayName, externalId, via: 'SCIM', scimTokenId: provisioner.tokenId } },
      ]);
      await this.addMembers(tx, provisioner, group.id, memberIds, now, emit);
      return group.id;
    });
    return this.getGroup(id, undefined, base);
  }

  async replaceGroup(provisioner: Provisioner, id: string, body: unknown, base: string): Promise<Record<string, unknown>> {
    const resource = asResource(body);
    const displayName = scimText(resource.displayName, 'displayName', 200);
    if (!displayName) throw invalidValue('displayName is required.');
    const externalId = scimText(resource.externalId, 'externalId', 300);
    const memberIds = memberValues(resource.members);
    await this.kernel.change(async (tx, emit) => {
      const group = await this.scimGroup(tx, id, true);
      const now = this.kernel.now();
      await this.renameGroup(tx, provisioner, group, { displayName, externalId }, now);
      await this.setMembers(tx, provisioner, group.id, memberIds, now, emit);
    });
    return this.getGroup(id, undefined, base);
  }

  async patchGroup(provisioner: Provisioner, id: string, body: unknown, base: string, excluded: string | undefined): Promise<Record<string, unknown> | null> {
    const operations = parsePatch(body);
    await this.kernel.change(async (tx, emit) => {
      const group = await this.scimGroup(tx, id, true);
      const now = this.kernel.now();
      for (const operation of operations) {
        const path = operation.path?.toLowerCase() ?? null;
        const one = operation.path ? memberFilterOf(operation.path) : null;
        if (one !== null) {
          if (operation.op !== 'remove') throw new ScimError(400, 'Only remove takes a filtered members path.', 'invalidPath');
          await this.removeMembers(tx, provisioner, group.id, [one], now, emit);
        } else if (path === 'members') {
          const ids = operation.value === undefined || operation.value === null ? null : memberValues(operation.value);
          if (operation.op === 'add') await this.addMembers(tx, provisioner, group.id, ids ?? [], now, emit);
          else if (operation.op === 'replace') await this.setMembers(tx, provisioner, group.id, ids ?? [], now, emit);
          // A remove with a value list removes exactly those members (Entra's documented request); without one, all.
          else if (ids) await this.removeMembers(tx, provisioner, group.id, ids, now, emit);
          else await this.setMembers(tx, provisioner, group.id, [], now, emit);
        } else if (path === null) {
          if (operation.op === 'remove') throw new ScimError(400, 'A remove names its path.', 'noTarget');
          const value = asResource(operation.value);
          for (const key of Object.keys(value)) {
            const attribute = key.toLowerCase();
            if (attribute === 'members') {
              const ids = memberValues(value[key]);
              if (operation.op === 'add') await this.addMembers(tx, provisioner, group.id, ids, now, emit);
              else await this.setMembers(tx, provisioner, group.id, ids, now, emit);
            } else if (attribute === 'displayname' || attribute === 'externalid') {
              await this.renameGroup(tx, provisioner, group, { [attribute === 'displayname' ? 'displayName' : 'externalId']: value[key] }, now);
            } else if (attribute !== 'id' && attribute !== 'schemas') {
              throw new ScimError(400, `A group has no attribute ${key} that can be changed.`, 'invalidPath');
            }
          }
        } else if (path === 'displayname' || path === 'externalid') {
          if (operation.op === 'remove' && path === 'displayname') throw new ScimError(400, 'displayName is required.', 'mutability');
          await this.renameGroup(tx, provisioner, group, { [path === 'displayname' ? 'displayName' : 'externalId']: operation.op === 'remove' ? null : operation.value }, now);
        } else {
          throw new ScimError(400, `A group has no path ${operation.path} that can be changed.`, 'invalidPath');
        }
      }
    });
    // Entra asks for no body back (204); Okta reads the group (200). Either is allowed; a body is what both accept.
    return this.getGroup(id, excluded, base);
  }

  /** DELETE: the memberships SCIM made end and the group is disabled (its row and history stay). */
  async deleteGroup(provisioner: Provisioner, id: string): Promise<void> {
    await this.kernel.change(async (tx, emit) => {
      const group = await this.scimGroup(tx, id, true);
      const now = this.kernel.now();
      await this.setMembers(tx, provisioner, group.id, [], now, emit);
      await writeAudit(tx, provisioner.actor, now, [{ action: 'directory.group_deprovisioned', targetPrincipalId: group.id, after: { via: 'SCIM', scimTokenId: provisioner.tokenId } }]);
      if (group.enabled) await this.principals.disableWithin(tx, provisioner.actor, group, 'deleted by the identity provider', now, emit);
    });
  }

  // ---- Discovery --------------------------------------------------------------------------------------------------

  serviceProviderConfig(base: string): Record<string, unknown> {
    return {
      schemas: [SCHEMAS.serviceProviderConfig],
      documentationUri: 'https://github.com/elevate-pim/elevate#connect-your-identity-provider',
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: MAX_PAGE },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'A SCIM token made by a Global Administrator', primary: true }],
      meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
    };
  }

  resourceTypes(base: string): Record<string, unknown> {
    const types = [
      { schemas: [SCHEMAS.resourceType], id: 'User', name: 'User', endpoint: '/Users', schema: SCHEMAS.user, meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` } },
      { schemas: [SCHEMAS.resourceType], id: 'Group', name: 'Group', endpoint: '/Groups', schema: SCHEMAS.group, meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` } },
    ];
    return { schemas: [SCHEMAS.list], totalResults: types.length, startIndex: 1, itemsPerPage: types.length, Resources: types };
  }

  schemas(): Record<string, unknown> {
    const attribute = (name: string, extra: Record<string, unknown> = {}) => ({
      name,
      type: 'string',
      multiValued: false,
      required: false,
      caseExact: false,
      mutability: 'readWrite',
      returned: 'default',
      uniqueness: 'none',
      ...extra,
    });
    const user = {
      schemas: [SCHEMAS.schema],
      id: SCHEMAS.user,
      name: 'User',
      attributes: [
        attribute('userName', { required: true, uniqueness: 'server' }),
        attribute('displayName'),
        attribute('externalId', { caseExact: true }),
        attribute('active', { type: 'boolean' }),
        { ...attribute('name', { type: 'complex' }), subAttributes: [attribute('givenName'), attribute('familyName'), attribute('formatted')] },
        { ...attribute('emails', { type: 'complex', multiValued: true }), subAttributes: [attribute('value'), attribute('type'), attribute('primary', { type: 'boolean' })] },
      ],
    };
    const group = {
      schemas: [SCHEMAS.schema],
      id: SCHEMAS.group,
      name: 'Group',
      attributes: [
        attribute('displayName', { required: true }),
        attribute('externalId', { caseExact: true }),
        { ...attribute('members', { type: 'complex', multiValued: true }), subAttributes: [attribute('value'), attribute('display', { mutability: 'readOnly' })] },
      ],
    };
    return { schemas: [SCHEMAS.list], totalResults: 2, startIndex: 1, itemsPerPage: 2, Resources: [user, group] };
  }

  // ---- Users: details ---------------------------------------------------------------------------------------------

  private async changeUser(provisioner: Provisioner, id: string, base: string, next: (current: UserFields) => UserFields): Promise<Record<string, unknown>> {
    const user = await this.kernel.change(async (tx, emit) => {
      const found = await this.scimUser(tx, id, true);
      const current = fieldsOf(found);
      const fields = next(current);
      await this.requireFreeUser(tx, fields, found.id);
      const now = this.kernel.now();
      const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => key !== 'active' && current[key as keyof UserFields] !== value));
      if (Object.keys(changed).length) {
        Object.assign(found, {
          userName: fields.userName,
          displayName: fields.displayName ?? fields.userName,
          givenName: fields.givenName,
          familyName: fields.familyName,
          email: fields.email,
          externalId: fields.externalId,
        });
        await tx.query(
          `UPDATE principal SET user_name = $2, display_name = $3, given_name = $4, family_name = $5, email = $6, external_id = $7 WHERE id = $1`,
          [found.id, found.userName, found.displayName, found.givenName, found.familyName, found.email, found.externalId],
        );
        await writeAudit(tx, provisioner.actor, now, [
          { action: 'directory.user_updated', targetPrincipalId: found.id, before: pick(current, Object.keys(changed)), after: { ...changed, via: 'SCIM', scimTokenId: provisioner.tokenId } },
        ]);
      }
      if (fields.active !== found.enabled) await this.setActive(tx, provisioner, found, fields.active, now, emit);
      return found;
    });
    return this.userResource(user, base);
  }

  private async setActive(tx: EntityManager, provisioner: Provisioner, principal: PrincipalEntity, active: boolean, now: Date, emit: Emit, why = 'marked inactive by the identity provider') {
    try {
      if (active) await this.principals.enableWithin(tx, provisioner.actor, principal, 'marked active by the identity provider', now);
      else await this.principals.disableWithin(tx, provisioner.actor, principal, why, now, emit);
    } catch (error) {
      if (error instanceof DomainError) throw new ScimError(409, error.message);
      throw error;
    }
  }

  /** A SCIM resource's user attributes, over `current` (PUT replaces them all; absent ones are cleared). */
  private userFields(body: unknown, current: UserFields | null): UserFields {
    const resource = asResource(body);
    const userName = scimText(resource.userName, 'userName', 320);
    if (!userName) throw invalidValue('userName is required.');
    const name = resource.name && typeof resource.name === 'object' ? (resource.name as Record<string, unknown>) : {};
    const givenName = scimText(name.givenName, 'name.givenName', 200);
    const familyName = scimText(name.familyName, 'name.familyName', 200);
    const displayName =
      scimText(resource.displayName, 'displayName', 200) ?? scimText(name.formatted, 'name.formatted', 200) ?? ([givenName, familyName].filter(Boolean).join(' ') || null);
    const email = primaryEmail(resource.emails) ?? (EMAIL.test(userName) ? userName.toLowerCase() : null);
    if (!email) throw invalidValue('A user needs an email address: in emails, or as a userName that is one.');
    return {
      userName,
      displayName,
      givenName,
      familyName,
      email,
      externalId: scimText(resource.externalId, 'externalId', 300),
      active: resource.active === undefined ? (current?.active ?? true) : scimBoolean(resource.active, 'active'),
    };
  }

  /** One attribute of a user PATCH, by its path as Entra (both modes) and Okta write it. */
  private applyUserPath(next: UserFields, rawPath: string, value: unknown, op: 'add' | 'replace' | 'remove'): void {
    const path = rawPath.replace(/^urn:ietf:params:scim:schemas:core:2\.0:User:/i, '').toLowerCase();
    switch (path) {
      case 'active':
        if (op === 'remove') throw new ScimError(400, 'active cannot be removed.', 'mutability');
        next.active = scimBoolean(value, 'active');
        return;
      case 'username':
        next.userName = scimText(value, 'userName', 320) ?? '';
        return;
      case 'displayname':
        next.displayName = scimText(value, 'displayName', 200);
        return;
      case 'externalid':
        next.externalId = scimText(value, 'externalId', 300);
        return;
      case 'name.givenname':
        next.givenName = scimText(value, 'name.givenName', 200);
        return;
      case 'name.familyname':
        next.familyName = scimText(value, 'name.familyName', 200);
        return;
      case 'name.formatted':
        next.displayName = scimText(value, 'name.formatted', 200) ?? next.displayName;
        return;
      case 'name': {
        const name = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
        if ('givenName' in name) next.givenName = scimText(name.givenName, 'name.givenName', 200);
        if ('familyName' in name) next.familyName = scimText(name.familyName, 'name.familyName', 200);
        return;
      }
      case 'emails':
      case 'emails[type eq "work"].value':
      case 'emails[primary eq true].value': {
        if (op === 'remove') throw new ScimError(400, 'A user keeps an email address.', 'mutability');
        const email = path === 'emails' ? primaryEmail(value) : scimText(value, 'emails.value', 320);
        if (!email || !EMAIL.test(email)) throw invalidValue('An email address is an address.');
        next.email = email.toLowerCase();
        return;
      }
      default:
        // Attributes Elevate does not keep (title, phone numbers, the enterprise extension): accepted and ignored, as
        // identity providers send them whatever the schema says.
        return;
    }
  }

  private userCondition(term: Equality, params: unknown[]): string {
    const value = term.value;
    if (typeof value !== 'string') throw new ScimError(400, `${term.attribute} is compared with text.`, 'invalidFilter');
    params.push(value);
    const at = `$${params.length}`;
    switch (term.attribute) {
      case 'username':
        return `lower(p.user_name) = lower(${at})`;
      case 'externalid':
        return `p.external_id = ${at}`;
      case 'displayname':
        return `p.display_name = ${at}`;
      case 'id':
        return `p.id::text = lower(${at})`;
      case 'emails':
      case 'emails.value':
        return `p.email = lower(${at})`;
      default:
        throw new ScimError(400, `Users are filtered by userName, externalId, displayName, id or emails; not ${term.attribute}.`, 'invalidFilter');
    }
  }

  private async requireFreeUser(tx: EntityManager, fields: UserFields, self: string | null): Promise<void> {
    const [taken] = (await tx.query(
      // Three lookups, each on its own unique index (an OR of them reads the whole table: B10 measured it).
      `(SELECT 'userName' AS what FROM principal WHERE lower(user_name) = lower($1) AND user_name IS NOT NULL AND type = 'USER' AND id IS DISTINCT FROM $4 LIMIT 1)
       UNION ALL
       (SELECT 'email' FROM principal WHERE email = $2 AND email IS NOT NULL AND type = 'USER' AND id IS DISTINCT FROM $4 LIMIT 1)
       UNION ALL
       (SELECT 'externalId' FROM principal WHERE type = 'USER' AND external_id = $3 AND external_id IS NOT NULL AND id IS DISTINCT FROM $4 LIMIT 1)
       LIMIT 1`,
      [fields.userName, fields.email, fields.externalId, self],
    )) as { what: string }[];
    if (taken) throw new ScimError(409, `A user with this ${taken.what} exists already.`, 'uniqueness');
  }

  private async scimUser(db: EntityManager, id: string, lock = false): Promise<PrincipalEntity> {
    const found = isUuid(id)
      ? await db.getRepository(PrincipalEntity).findOne({ where: { id: id.toLowerCase(), type: PrincipalType.USER, source: PrincipalSource.SCIM }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!found) throw notFoundScim('User', id);
    return found;
  }

  private userResource(user: PrincipalEntity, base: string): Record<string, unknown> {
    return {
      schemas: [SCHEMAS.user],
      id: user.id,
      ...(user.externalId ? { externalId: user.externalId } : {}),
      userName: user.userName ?? user.email,
      name: { ...(user.givenName ? { givenName: user.givenName } : {}), ...(user.familyName ? { familyName: user.familyName } : {}), formatted: user.displayName },
      displayName: user.displayName,
      emails: user.email ? [{ value: user.email, type: 'work', primary: true }] : [],
      active: user.enabled,
      meta: { resourceType: 'User', created: user.createdAt.toISOString(), location: `${base}/Users/${user.id}` },
    };
  }

  // ---- Groups: details --------------------------------------------------------------------------------------------

  private async renameGroup(tx: EntityManager, provisioner: Provisioner, group: PrincipalEntity, change: { displayName?: unknown; externalId?: unknown }, now: Date): Promise<void> {
    const displayName = change.displayName === undefined ? group.displayName : scimText(change.displayName, 'displayName', 200);
    if (!displayName) throw invalidValue('displayName is required.');
    const externalId = change.externalId === undefined ? group.externalId : scimText(change.externalId, 'externalId', 300);
    if (displayName === group.displayName && externalId === group.externalId) return;
    if (externalId && externalId !== group.externalId) await this.requireFreeGroupExternalId(tx, externalId, group.id);
    const before = { displayName: group.displayName, externalId: group.externalId };
    Object.assign(group, { displayName, externalId });
    await tx.query(`UPDATE principal SET display_name = $2, external_id = $3 WHERE id = $1`, [group.id, displayName, externalId]);
    await tx.query(`UPDATE scope SET name = $2 WHERE group_id = $1`, [group.id, displayName]);
    await writeAudit(tx, provisioner.actor, now, [{ action: 'directory.group_updated', targetPrincipalId: group.id, before, after: { displayName, externalId, via: 'SCIM', scimTokenId: provisioner.tokenId } }]);
  }

  /** New ACTIVE Member assignments (source SCIM) for the members not in the group yet; existing ones stay as they are. */
  private async addMembers(tx: EntityManager, provisioner: Provisioner, groupId: string, memberIds: readonly string[], now: Date, emit: Emit): Promise<void> {
    if (!memberIds.length) return;
    const ids = await this.requireMembers(tx, memberIds);
    await this.memberships.add(tx, provisioner.actor, groupId, ids, PrincipalSource.SCIM, `Provisioned by the identity provider (SCIM token ${provisioner.tokenName})`, now, emit);
  }

  /** Ends the SCIM-made Member assignments of these members (others' memberships are not SCIM's to end). */
  private async removeMembers(tx: EntityManager, provisioner: Provisioner, groupId: string, memberIds: readonly string[], now: Date, emit: Emit): Promise<void> {
    const ids = memberIds.filter(isUuid).map((id) => id.toLowerCase());
    await this.endMemberships(tx, provisioner, groupId, { only: ids }, now, emit);
  }

  /** Makes the SCIM-made members exactly `memberIds`: ends those not listed, adds those missing. */
  private async setMembers(tx: EntityManager, provisioner: Provisioner, groupId: string, memberIds: readonly string[], now: Date, emit: Emit): Promise<void> {
    const wanted = [...new Set(memberIds.map((id) => id.toLowerCase()))];
    await this.endMemberships(tx, provisioner, groupId, { keep: wanted }, now, emit);
    await this.addMembers(tx, provisioner, groupId, wanted, now, emit);
  }

  private async endMemberships(tx: EntityManager, provisioner: Provisioner, groupId: string, which: { only: readonly string[] } | { keep: readonly string[] }, now: Date, emit: Emit): Promise<void> {
    try {
      await this.memberships.end(tx, provisioner.actor, groupId, which, PrincipalSource.SCIM, `Removed by the identity provider (SCIM token ${provisioner.tokenName})`, now, emit);
    } catch (error) {
      if (error instanceof DomainError) throw new ScimError(409, error.message);
      throw error;
    }
  }

  /** Members are users the identity provider provisioned (a group holding roles contains no groups). */
  private async requireMembers(tx: EntityManager, memberIds: readonly string[]): Promise<string[]> {
    const ids = [...new Set(memberIds.map((id) => id.toLowerCase()))];
    const bad = ids.find((id) => !isUuid(id));
    if (bad !== undefined) throw invalidValue(`${bad.slice(0, 60)} is not a member id.`);
    const rows = (await tx.query(`SELECT id, type, source FROM principal WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; type: string; source: string }[];
    const found = new Map(rows.map((row) => [row.id, row]));
    for (const id of ids) {
      const row = found.get(id);
      if (!row || row.source !== PrincipalSource.SCIM) throw invalidValue(`Member ${id} is not a user this identity provider provisioned.`);
      if (row.type !== PrincipalType.USER) throw invalidValue(`Member ${id} is a group: groups that hold roles contain no groups.`);
    }
    return ids;
  }

  private async requireFreeGroupExternalId(tx: EntityManager, externalId: string, self: string | null): Promise<void> {
    const [taken] = (await tx.query(`SELECT 1 FROM principal WHERE type = 'GROUP' AND external_id = $1 AND id IS DISTINCT FROM $2 LIMIT 1`, [externalId, self])) as unknown[];
    if (taken) throw new ScimError(409, 'A group with this externalId exists already.', 'uniqueness');
  }


  private async scimGroup(db: EntityManager, id: string, lock = false): Promise<PrincipalEntity> {
    const found = isUuid(id)
      ? await db.getRepository(PrincipalEntity).findOne({ where: { id: id.toLowerCase(), type: PrincipalType.GROUP, source: PrincipalSource.SCIM }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!found) throw notFoundScim('Group', id);
    return found;
  }

  private groupCondition(term: Equality, params: unknown[]): string {
    const value = term.value;
    if (typeof value !== 'string') throw new ScimError(400, `${term.attribute} is compared with text.`, 'invalidFilter');
    params.push(value);
    const at = `$${params.length}`;
    switch (term.attribute) {
      case 'displayname':
        return `p.display_name = ${at}`;
      case 'externalid':
        return `p.external_id = ${at}`;
      case 'id':
        return `p.id::text = lower(${at})`;
      case 'members.value':
      case 'members':
        return `EXISTS (SELECT 1 FROM role_assignment m JOIN scope gs ON gs.id = m.scope_id WHERE gs.group_id = p.id AND m.role_id = '${GROUP_MEMBER_ID}'
                  AND m.type = 'ACTIVE' AND m.source = 'SCIM' AND m.end_reason IS NULL AND (m.end_at IS NULL OR m.end_at > now()) AND m.principal_id::text = lower(${at}))`;
      default:
        throw new ScimError(400, `Groups are filtered by displayName, externalId, id or members.value; not ${term.attribute}.`, 'invalidFilter');
    }
  }

  /** The SCIM-made members in force of each group. */
  private async membersOf(db: EntityManager, groupIds: string[]): Promise<Map<string, { id: string; display: string }[]>> {
    const result = new Map<string, { id: string; display: string }[]>();
    if (!groupIds.length) return result;
    const rows = (await db.query(
      `SELECT gs.group_id, p.id, p.display_name FROM role_assignment m JOIN scope gs ON gs.id = m.scope_id JOIN principal p ON p.id = m.principal_id
        WHERE gs.group_id = ANY($1::uuid[]) AND m.role_id = $2 AND m.type = 'ACTIVE' AND m.source = 'SCIM' AND m.end_reason IS NULL
          AND m.start_at <= $3 AND (m.end_at IS NULL OR m.end_at > $3)
        ORDER BY gs.group_id, p.id`,
      [groupIds, GROUP_MEMBER_ID, this.kernel.now()],
    )) as { group_id: string; id: string; display_name: string }[];
    for (const row of rows) {
      const list = result.get(row.group_id) ?? [];
      list.push({ id: row.id, display: row.display_name });
      result.set(row.group_id, list);
    }
    return result;
  }

  private groupResource(group: PrincipalEntity, members: { id: string; display: string }[] | null, base: string): Record<string, unknown> {
    return {
      schemas: [SCHEMAS.group],
      id: group.id,
      ...(group.externalId ? { externalId: group.externalId } : {}),
      displayName: group.displayName,
      ...(members ? { members: members.map((m) => ({ value: m.id, display: m.display, $ref: `${base}/Users/${m.id}` })) } : {}),
      meta: { resourceType: 'Group', created: group.createdAt.toISOString(), location: `${base}/Groups/${group.id}` },
    };
  }

  // ---- Paging -----------------------------------------------------------------------------------------------------

  private async page<T>(alias: string, where: string[], params: unknown[], startIndexInput: unknown, countInput: unknown, map: (row: PrincipalEntity) => T): Promise<Record<string, unknown>> {
    const startIndex = Math.max(1, integer(startIndexInput, 1, 'startIndex'));
    const count = Math.min(MAX_PAGE, Math.max(0, integer(countInput, 100, 'count')));
    const condition = where.join(' AND ');
    const [{ n }] = (await this.kernel.db.query(`SELECT count(*)::int AS n FROM principal ${alias} WHERE ${condition}`, params)) as { n: number }[];
    const ids = count
      ? ((await this.kernel.db.query(`SELECT ${alias}.id FROM principal ${alias} WHERE ${condition} ORDER BY ${alias}.created_at, ${alias}.id OFFSET ${startIndex - 1} LIMIT ${count}`, params)) as {
          id: string;
        }[])
      : [];
    const rows = ids.length ? await this.kernel.db.getRepository(PrincipalEntity).createQueryBuilder('p').where('p.id IN (:...ids)', { ids: ids.map((r) => r.id) }).getMany() : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      schemas: [SCHEMAS.list],
      totalResults: n,
      startIndex,
      itemsPerPage: ids.length,
      Resources: ids.map((row) => map(byId.get(row.id) as PrincipalEntity)),
    };
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function integer(value: unknown, fallback: number, name: string): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw invalidValue(`${name} is a whole number.`);
  return n;
}

function isExcluded(excluded: string | undefined, attribute: string): boolean {
  return (excluded ?? '')
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .includes(attribute);
}

function asResource(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ScimError(400, 'The body is a SCIM resource (a JSON object).', 'invalidSyntax');
  return body as Record<string, unknown>;
}

/** `members` as sent: a list of { value } (Entra also sends "$ref": null, and display), or one such object. */
function memberValues(members: unknown): string[] {
  if (members === undefined || members === null) return [];
  const list = Array.isArray(members) ? members : [members];
  if (list.length > 10_000) throw new ScimError(400, 'At most 10,000 members in one request.', 'tooMany');
  return list.map((member) => {
    const value = member && typeof member === 'object' ? (member as Record<string, unknown>).value : undefined;
    if (typeof value !== 'string' || !value.trim()) throw invalidValue('Each member is an object with the member id as its value.');
    return value.trim();
  });
}

/** The primary of `emails`, else the first (work first). */
function primaryEmail(emails: unknown): string | null {
  if (emails === undefined || emails === null) return null;
  if (!Array.isArray(emails)) throw invalidValue('emails is a list.');
  const list = emails.filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object');
  const chosen =
    list.find((e) => e.primary === true || (typeof e.primary === 'string' && e.primary.toLowerCase() === 'true')) ?? list.find((e) => e.type === 'work') ?? list[0];
  if (!chosen) return null;
  const value = scimText(chosen.value, 'emails.value', 320);
  if (value && !EMAIL.test(value)) throw invalidValue(`${value.slice(0, 60)} is not an email address.`);
  return value?.toLowerCase() ?? null;
}

function fieldsOf(user: PrincipalEntity): UserFields {
  return {
    userName: user.userName ?? user.email ?? '',
    displayName: user.displayName,
    givenName: user.givenName,
    familyName: user.familyName,
    email: user.email,
    externalId: user.externalId,
    active: user.enabled,
  };
}

function pick(fields: UserFields, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, fields[key as keyof UserFields]]));
}
