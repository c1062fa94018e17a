import { PrincipalType } from '../../lib/enums';
import { notFound, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import { cursorPart, decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection';
import type { Caller } from '../access/caller';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import type { Services } from '../services';
import { PrincipalEntity } from './principal.entity';

export interface PrincipalFilter {
  search?: string | null;
  type?: PrincipalType | null;
  first?: number | null;
  after?: string | null;
}

/** The directory: users, groups and service principals. Any signed-in principal may look people up (to pick approvers, say). */
export class DirectoryService {
  constructor(private readonly services: Services) {}

  async get(caller: Caller, id: string): Promise<PrincipalEntity> {
    caller.requireViewer();
    const principal = await caller.loaders.principal.load(requireId(id, 'principal'));
    if (!principal) throw notFound('principal', id);
    return principal;
  }

  async list(caller: Caller, filter: PrincipalFilter): Promise<ConnectionShape<PrincipalEntity>> {
    caller.requireViewer();
    const limit = pageSize(filter.first);
    const search = optionalText(filter.search, 'search', 200);
    const after = decodeCursor(filter.after, [cursorPart.text, cursorPart.uuid]);
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.type) {
      params.push(filter.type);
      where.push(`type = $${params.length}`);
    }
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(display_name ILIKE $${params.length} OR email ILIKE $${params.length})`);
    }
    const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(display_name, id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    const pageWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = params.slice(0, after ? params.length - 2 : params.length);
    const [rows, [{ n }]] = await Promise.all([
      this.services.db.query(
        `SELECT id FROM principal ${pageWhere} ORDER BY display_name, id LIMIT ${limit + 1}`,
        params,
      ) as Promise<{ id: string }[]>,
      this.services.db.query(`SELECT count(*)::int AS n FROM principal ${countWhere}`, countParams) as Promise<{ n: number }[]>,
    ]);
    const principals = (await caller.loaders.principal.loadMany(rows.map((row) => row.id))).filter(
      (p): p is PrincipalEntity => p instanceof PrincipalEntity,
    );
    return toConnection(principals, limit, n, (p) => [p.displayName, p.id]);
  }

  async manager(caller: Caller, principal: PrincipalEntity): Promise<PrincipalEntity | null> {
    return principal.managerId ? caller.loaders.principal.load(principal.managerId) : null;
  }

  /** Groups a principal is an active member of now. */
  async groupsOf(caller: Caller, principalId: string): Promise<PrincipalEntity[]> {
    const rows = (await this.services.db.query(
      `SELECT s.group_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
        WHERE m.principal_id = $1 AND m.role_id = $2 AND m.type = 'ACTIVE'
          AND m.start_at <= $3 AND (m.end_at IS NULL OR m.end_at > $3)`,
      [principalId, GROUP_MEMBER_ID, this.services.now()],
    )) as { group_id: string }[];
    const groups = await caller.loaders.principal.loadMany(rows.map((row) => row.group_id));
    return groups.filter((g): g is PrincipalEntity => g instanceof PrincipalEntity);
  }
}

