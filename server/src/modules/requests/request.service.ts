import { given, notFound, requireId } from '../../lib/errors';
import { cursorPart, decodeCursor, lazily, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import type { Caller } from '../access/caller';
import { assertMayRead } from '../access/policy';
import { requestView } from './request.view';
import type { Kernel } from '../../kernel/kernel';
import type { RoleRequestFilter } from './request.inputs';
import { RoleRequestEntity } from './role-request.entity';
import { RequestStatus } from '../../lib/vocabulary/requests';
import { mayDecide } from '../approvals/approvers';
import { approvalProcess } from '../approvals/stages';
import type { RoleRequest } from './role-request.type';
import { peopleInvolvedWith } from './request-people';
import { decodeRequestCursor, explicitOrder, requestCursor, requestOrderSql, sortInMemory, type RequestOrder } from './request-order';
import type { Capabilities } from '../access/capabilities';

/** Requests are listed newest first: the cursor is (created_at, id). */
const NEWEST_FIRST = [cursorPart.timestamp, cursorPart.uuid] as const;

/** What deciding a request needs of the requests: reading one with the caller's authorization. */
export type RequestReader = Pick<RequestService, 'get'>;

/** Reading requests: one's own, and those at scopes one may read. */
export class RequestService {
  constructor(private readonly kernel: Kernel) {}

  async list(
    caller: Caller,
    filter: RoleRequestFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    orderBy?: RequestOrder | null,
  ): Promise<ConnectionShape<RoleRequest>> {
    caller.requireViewer();
    const capabilities = await caller.capabilities();
    const limit = pageSize(first);
    const order = explicitOrder(orderBy);
    if (order) {
      const ordered = decodeRequestCursor(after, order);
      if (filter?.awaitingMyDecision) return this.awaitingDecisionIn(caller, filter, limit, order, ordered);
      return this.listIn(caller, filter, limit, order, ordered);
    }
    const cursor = decodeCursor(after, NEWEST_FIRST);
    if (filter?.awaitingMyDecision) return this.awaitingDecision(caller, filter, limit, cursor);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const from = this.listedFrom(caller, filter, params, capabilities, '');
    const filterParams = [...params];
    const page = cursor
      ? `AND (q.created_at, q.id) < (${param(cursor[0])}::timestamptz, ${param(cursor[1])}::uuid)`
      : '';
    // Newest first straight from the (created_at, id) index: the page stops at limit + 1 rows.
    const rows = (await this.kernel.db.query(`SELECT q.* ${from} ${page} ORDER BY q.created_at DESC, q.id DESC LIMIT ${limit + 1}`, params)) as Record<
      string,
      unknown
    >[];
    const repo = this.kernel.db.getRepository(RoleRequestEntity);
    const entities = rows.map((row) => repo.create(fromRow(row)));
    const total = lazily(async () => Number(((await this.kernel.db.query(`SELECT count(*)::int AS n ${from}`, filterParams)) as { n: number }[])[0].n));
    return toConnection(entities.map((entity) => requestView(entity)), limit, total, (request) => [
      request.createdAt.toISOString(),
      request.id,
    ]);
  }

  /** How many requests `list` would give for this filter (its totalCount), counted in SQL. */
  async count(caller: Caller, filter: RoleRequestFilter): Promise<number> {
    const params: unknown[] = [];
    const from = this.listedFrom(caller, filter, params, await caller.capabilities(), '');
    return Number(((await this.kernel.db.query(`SELECT count(*)::int AS n ${from}`, params)) as { n: number }[])[0].n);
  }

  /** FROM … WHERE … of the requests the caller may list, with the filter (its parameters added to `params`). */
  private listedFrom(caller: Caller, filter: RoleRequestFilter | null | undefined, params: unknown[], capabilities: Capabilities, join: string): string {
    const viewer = caller.requireViewer();
    const f = filter ?? {};
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (f.status?.length) where.push(`q.status = ANY(${param(f.status)}::request_status[])`);
    if (f.action?.length) where.push(`q.action = ANY(${param(f.action)}::request_action[])`);
    if (given(f.principalId)) where.push(`q.principal_id = ${param(requireId(f.principalId, 'principal'))}`);
    if (given(f.roleId)) where.push(`q.role_id = ${param(requireId(f.roleId, 'role'))}`);
    if (given(f.scopeId)) where.push(`q.scope_id = ${param(requireId(f.scopeId, 'scope'))}`);
    if (f.mine) {
      const me = param(viewer.principalId);
      where.push(`(q.principal_id = ${me} OR q.requested_by_id = ${me})`);
    }
    where.push(
      capabilities.visibilitySql(params, {
        kind: 'r.kind',
        path: 's.path',
        groupId: 's.group_id',
        principals: ['q.principal_id', 'q.requested_by_id'],
      }),
    );
    return `FROM role_request q JOIN role_definition r ON r.id = q.role_id JOIN scope s ON s.id = q.scope_id ${join} WHERE ${where.join(' AND ')}`;
  }

  /** The listed requests in an order asked for (request-order.ts), paged by keyset. */
  private async listIn(
    caller: Caller,
    filter: RoleRequestFilter | null | undefined,
    limit: number,
    order: RequestOrder,
    cursor: { key: Date | string; id: string } | null,
  ): Promise<ConnectionShape<RoleRequest>> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const { join } = requestOrderSql(order, null, param);
    const from = this.listedFrom(caller, filter, params, await caller.capabilities(), join);
    const filterParams = [...params];
    const sql = requestOrderSql(order, cursor, param);
    const rows = (await this.kernel.db.query(`SELECT q.*, ${sql.select} ${from} ${sql.after} ORDER BY ${sql.orderBy} LIMIT ${limit + 1}`, params)) as Record<
      string,
      unknown
    >[];
    const repo = this.kernel.db.getRepository(RoleRequestEntity);
    const total = lazily(async () => Number(((await this.kernel.db.query(`SELECT count(*)::int AS n ${from}`, filterParams)) as { n: number }[])[0].n));
    return toConnection(
      rows.map((row) => requestView(repo.create(fromRow(row)))),
      limit,
      total,
      (request, index) => requestCursor(order, rows[index].sort_key, request.id),
    );
  }

  /** My approval queue in an order asked for: sorted and paged in memory, as the queue is filtered. */
  private async awaitingDecisionIn(
    caller: Caller,
    filter: RoleRequestFilter,
    limit: number,
    order: RequestOrder,
    cursor: { key: Date | string; id: string } | null,
  ): Promise<ConnectionShape<RoleRequest>> {
    const mine = await this.awaitingMine(caller, filter);
    const sorted = await sortInMemory(caller, mine, order, cursor);
    const page = sorted.slice(0, limit + 1);
    return toConnection(page.map((row) => requestView(row.request)), limit, mine.length, (request, index) =>
      requestCursor(order, page[index].key, request.id),
    );
  }

  async get(caller: Caller, id: string): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const entity = await caller.loaders.request.load(requireId(id, 'request'));
    if (!entity) throw notFound('request', id);
    if (entity.principalId !== viewer.principalId && entity.requestedById !== viewer.principalId) {
      const [role, scope] = await Promise.all([caller.loaders.role.load(entity.roleId), caller.loaders.scope.load(entity.scopeId)]);
      const readable =
        role &&
        scope &&
        ((await caller.capabilities()).canRead(role.kind, scope) ||
          (await this.decidedBy(caller, entity)) ||
          (await this.wasAskedToDecide(caller, entity)));
      assertMayRead(Boolean(readable), 'request', id);
    }
    return requestView(entity);
  }

  /**
   * The people and groups the caller's own requests and approvals involve (see request-people.ts): whom a guest may see
   * in the directory. Stages that name no approver are decided by the Global and Privileged Role Administrators: they
   * are involved too.
   */
  async peopleInvolving(caller: Caller): Promise<ReadonlySet<string>> {
    const viewer = caller.requireViewer();
    const { people, defaultApprovers } = await peopleInvolvedWith(this.kernel.db.manager, viewer.principalId, this.kernel.now());
    // Read with their rows: the fields that show them find them in the loader.
    for (const person of people) caller.loaders.principal.prime(person.id, person);
    const ids = new Set(people.map((person) => person.id));
    if (defaultApprovers) for (const id of await caller.loaders.defaultApprovers.load('now')) ids.add(id);
    return ids;
  }

  /**
   * My approval queue: pending requests I may decide now. Who may decide is evaluated per request (named approvers,
   * groups, escalation, the directory administrators), so the pending set is read and filtered here; it stays small.
   */
  private async awaitingDecision(caller: Caller, filter: RoleRequestFilter, limit: number, cursor: [Date, string] | null): Promise<ConnectionShape<RoleRequest>> {
    const mine = await this.awaitingMine(caller, filter);
    const start = cursor ? mine.findIndex((row) => row.id === cursor[1]) + 1 : 0;
    const page = mine.slice(start, start + limit + 1);
    return toConnection(page.map((row) => requestView(row)), limit, mine.length, (request) => [request.createdAt.toISOString(), request.id]);
  }

  /** The pending requests the caller may decide now, newest first. */
  private async awaitingMine(caller: Caller, filter: RoleRequestFilter): Promise<RoleRequestEntity[]> {
    const rows = await this.kernel.db.getRepository(RoleRequestEntity).find({
      where: [{ status: RequestStatus.PENDING_APPROVAL }, { status: RequestStatus.PENDING_ADMIN_DECISION }],
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 5000,
    });
    const mine: RoleRequestEntity[] = [];
    for (const row of rows) {
      if (filter.roleId && row.roleId !== filter.roleId) continue;
      if (filter.scopeId && row.scopeId !== filter.scopeId) continue;
      if (await this.mayDecideNow(caller, row)) mine.push(row);
    }
    return mine;
  }

  /** Approvers keep reading the requests they decided: their own decisions' history. */
  private async decidedBy(caller: Caller, request: RoleRequestEntity): Promise<boolean> {
    const viewer = caller.requireViewer();
    return (await caller.loaders.decisionsByRequest.load(request.id)).some((decision) => decision.approverId === viewer.principalId);
  }

  private async mayDecideNow(caller: Caller, request: RoleRequestEntity): Promise<boolean> {
    return this.mayDecideAt(caller, request, request.status);
  }

  /**
   * An approver of the request's current stage (the stage it is at, or was decided or ended at), as if it still waited:
   * who was asked to decide may read it — also once another approver has decided it first, so that the second approver
   * hears CONFLICT (already decided), not NOT_FOUND.
   */
  private async wasAskedToDecide(caller: Caller, request: RoleRequestEntity): Promise<boolean> {
    const process = approvalProcess(request);
    if (process === 'NONE') return false;
    return this.mayDecideAt(caller, request, process === 'STAGES' ? RequestStatus.PENDING_APPROVAL : RequestStatus.PENDING_ADMIN_DECISION);
  }

  private async mayDecideAt(caller: Caller, request: RoleRequestEntity, status: RequestStatus): Promise<boolean> {
    const viewer = caller.requireViewer();
    const [role, scope] = await Promise.all([caller.loaders.role.load(request.roleId), caller.loaders.scope.load(request.scopeId)]);
    if (!role || !scope) return false;
    const defaults = await caller.loaders.defaultApprovers.load('now');
    return mayDecide(this.kernel.db.manager, { request, roleKind: role.kind, scope }, viewer.principalId, this.kernel.now(), request.currentStage, status, defaults);
  }
}

function fromRow(row: Record<string, unknown>): Partial<RoleRequestEntity> {
  return {
    id: row.id as string,
    action: row.action as RoleRequestEntity['action'],
    status: row.status as RoleRequestEntity['status'],
    type: row.type as RoleRequestEntity['type'],
    principalId: row.principal_id as string,
    requestedById: row.requested_by_id as string,
    roleId: row.role_id as string,
    scopeId: row.scope_id as string,
    assignmentId: row.assignment_id as string | null,
    justification: row.justification as string | null,
    ticketSystem: row.ticket_system as string | null,
    ticketNumber: row.ticket_number as string | null,
    startAt: row.start_at as Date | null,
    endAt: row.end_at as Date | null,
    createdAt: row.created_at as Date,
    completedAt: row.completed_at as Date | null,
    statusReason: row.status_reason as string | null,
    sourceAssignmentId: row.source_assignment_id as string | null,
    currentStage: row.current_stage as number,
    stageStartedAt: row.stage_started_at as Date | null,
    durationSeconds: row.duration_seconds as number | null,
    settingsSnapshot: row.settings_snapshot as RoleRequestEntity['settingsSnapshot'],
  };
}
