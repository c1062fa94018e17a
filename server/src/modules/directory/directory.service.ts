import { PrincipalType, UserType } from '../../lib/vocabulary/principals';
import { notFound, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import { cursorPart, decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import type { Caller } from '../access/caller';
import { assertMayListDirectory, isLimitedGuest } from '../access/policy';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import type { Kernel } from '../../kernel/kernel';
import { PrincipalEntity } from './principal.entity';

export interface PrincipalFilter {
  search?: string | null;
  type?: PrincipalType | null;
  first?: number | null;
  after?: string | null;
}

/** Per request (per Caller): whom a guest sees, or null for a viewer who reads the whole directory. */
const guestCircles = new WeakMap<Caller, Promise<ReadonlySet<string> | null>>();

/**
 * The directory: users, groups and service principals, and who reads what of it (DOMAIN.md, "Who may do what"). The
 * rule lives here, and `principal(id)`, `principals`, and every field that returns a principal ask it:
 * - members, and service principals, read every principal's basics (names, emails, group names) and list the directory
 *   (to pick approvers, say);
 * - a guest reads their own profile and the people and groups their own requests and approvals involve
 *   (RequestService#peopleInvolving), and never lists the directory — unless the guest holds a role that administers or
 *   reads something, which needs the people it names (as a directory role lifts a guest's restrictions in Entra);
 * - sign-in times and managers only for the person themselves and the directory's administrators and readers.
 * What a viewer may not see looks exactly like what does not exist.
 */
export class DirectoryService {
  constructor(
    private readonly kernel: Kernel,
    /** Whom a guest's requests involve: the people a limited guest may see. */
    private readonly people: { peopleInvolving(caller: Caller): Promise<Iterable<string>> },
  ) {}

  async get(caller: Caller, id: string): Promise<PrincipalEntity> {
    caller.requireViewer();
    const principal = await this.visible(caller, requireId(id, 'principal'));
    if (!principal) throw notFound('principal', id);
    return principal;
  }

  /** The principal if it exists and the caller may see it, else null: what every nullable field returning one answers. */
  async visible(caller: Caller, id: string): Promise<PrincipalEntity | null> {
    const viewer = caller.requireViewer();
    if (id === viewer.principalId || viewer.userType !== UserType.GUEST) return caller.loaders.principal.load(id);
    // A guest's circle is read with its rows (RequestService#peopleInvolving): outside it, nothing is loaded.
    const circle = await this.guestCircle(caller);
    return circle === null || circle.has(id) ? caller.loaders.principal.load(id) : null;
  }

  /** For non-null fields: a principal the caller may not see is NOT_FOUND (the parent is then not returned). */
  async requireVisible(caller: Caller, id: string): Promise<PrincipalEntity> {
    const principal = await this.visible(caller, id);
    if (!principal) throw notFound('principal', id);
    return principal;
  }

  /** Those of `ids` that exist and the caller may see, in order: what list fields (approvers, say) show. */
  async visibleMany(caller: Caller, ids: readonly string[]): Promise<PrincipalEntity[]> {
    const found = await Promise.all(ids.map((id) => this.visible(caller, id)));
    return found.filter((p): p is PrincipalEntity => p !== null);
  }

  /** Sign-in times and managers: the person themselves, and the directory's administrators and readers. */
  async readsDetailsOf(caller: Caller, principal: PrincipalEntity): Promise<boolean> {
    const viewer = caller.requireViewer();
    return principal.id === viewer.principalId || (await caller.capabilities()).readsDirectoryDetails;
  }

  async lastSignInAt(caller: Caller, user: PrincipalEntity): Promise<Date | null> {
    return (await this.readsDetailsOf(caller, user)) ? user.lastSignInAt : null;
  }

  /**
   * Whom a guest sees: themselves and the people and groups their requests and approvals involve (computed once per
   * request); null when the viewer reads the whole directory (members, service principals, guests holding a role that
   * administers or reads something).
   */
  private guestCircle(caller: Caller): Promise<ReadonlySet<string> | null> {
    let circle = guestCircles.get(caller);
    if (!circle) {
      circle = this.computeGuestCircle(caller);
      guestCircles.set(caller, circle);
    }
    return circle;
  }

  /** A guest holding no role that administers or reads anything: the one whose view of the directory is narrowed. */
  private async isLimitedGuest(caller: Caller): Promise<boolean> {
    return isLimitedGuest(caller.requireViewer(), await caller.capabilities());
  }

  private async computeGuestCircle(caller: Caller): Promise<ReadonlySet<string> | null> {
    const viewer = caller.requireViewer();
    if (!(await this.isLimitedGuest(caller))) return null;
    const circle = new Set(await this.people.peopleInvolving(caller));
    circle.add(viewer.principalId);
    return circle;
  }

  async list(caller: Caller, filter: PrincipalFilter): Promise<ConnectionShape<PrincipalEntity>> {
    assertMayListDirectory(caller.requireViewer(), await caller.capabilities());
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
      this.kernel.db.query(
        `SELECT id FROM principal ${pageWhere} ORDER BY display_name, id LIMIT ${limit + 1}`,
        params,
      ) as Promise<{ id: string }[]>,
      this.kernel.db.query(`SELECT count(*)::int AS n FROM principal ${countWhere}`, countParams) as Promise<{ n: number }[]>,
    ]);
    const principals = (await caller.loaders.principal.loadMany(rows.map((row) => row.id))).filter(
      (p): p is PrincipalEntity => p instanceof PrincipalEntity,
    );
    return toConnection(principals, limit, n, (p) => [p.displayName, p.id]);
  }

  /** Null unless the caller reads this person's details (readsDetailsOf) and may see the manager. */
  async manager(caller: Caller, principal: PrincipalEntity): Promise<PrincipalEntity | null> {
    if (!principal.managerId || !(await this.readsDetailsOf(caller, principal))) return null;
    return this.visible(caller, principal.managerId);
  }

  /**
   * Groups a principal is an active member of now: the directory's basics for those who read the directory; a guest
   * sees only their own memberships (someone else's are not what the guest's requests involve).
   */
  async groupsOf(caller: Caller, principalId: string): Promise<PrincipalEntity[]> {
    if (principalId !== caller.requireViewer().principalId && (await this.isLimitedGuest(caller))) return [];
    const rows = (await this.kernel.db.query(
      `SELECT s.group_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
        WHERE m.principal_id = $1 AND m.role_id = $2 AND m.type = 'ACTIVE'
          AND m.start_at <= $3 AND (m.end_at IS NULL OR m.end_at > $3)`,
      [principalId, GROUP_MEMBER_ID, this.kernel.now()],
    )) as { group_id: string }[];
    return this.visibleMany(caller, rows.map((row) => row.group_id));
  }
}

