import { QueueEventKind, RequestStatus, type ActivationEventKind, type RoleKind } from '../../lib/enums';
import { createLoaders, type Loaders } from '../../graphql/loaders';
import { findActiveHolders } from '../access/access.repository';
import type { Caller } from '../access/caller';
import { mayDecide } from '../approvals/approvers';
import { assignmentView, requestView } from '../assignments/assignment.views';
import type { RequestMeta, Viewer } from '../auth/viewer';
import type { DomainEvent, RequestChanged } from '../events/events';
import type { RoleRequestEntity } from '../requests/role-request.entity';
import type { RoleRequest } from '../requests/role-request.type';
import { GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { ScopeEntity } from '../scopes/scope.entity';
import type { Services } from '../services';
import type { ActivationEvent, ApprovalQueueEvent } from './live.type';

const SESSION_RECHECK_MS = 10_000;

/**
 * Ends a feed once its session is signed out, expired or its principal disabled: checked at most every 10 seconds, so
 * a thousand subscribers do not turn every event into a thousand session lookups.
 */
export function sessionGuard(services: Services, viewer: Viewer): () => Promise<boolean> {
  let checkedAt = Date.now();
  let valid = true;
  return async () => {
    if (valid && Date.now() - checkedAt > SESSION_RECHECK_MS) {
      valid = await services.auth.isSessionValid(viewer.sessionId);
      checkedAt = Date.now();
    }
    return valid;
  };
}

/** What every subscriber of one event shares: its loaders (rows) and, lazily, the default approvers. */
interface Shared {
  loaders: Loaders;
  defaultApprovers: () => Promise<ReadonlySet<string>>;
}

const PENDING = new Set([RequestStatus.PENDING_APPROVAL, RequestStatus.PENDING_ADMIN_DECISION]);

/**
 * The live feeds. Each subscriber's events are filtered on the server with that subscriber's authorization at that moment
 * (an approver removed from the approvers stops receiving at once), and each event carries the whole changed object.
 */
export class LiveService {
  /** One shared context per event object: in a process, every subscriber receives the same event object. */
  private readonly shared = new WeakMap<DomainEvent, Shared>();

  constructor(private readonly services: Services) {}

  private sharedFor(event: DomainEvent): Shared {
    let shared = this.shared.get(event);
    if (!shared) {
      const loaders = createLoaders(this.services.db.manager);
      let approvers: Promise<ReadonlySet<string>> | null = null;
      shared = {
        loaders,
        defaultApprovers: () =>
          (approvers ??= findActiveHolders(
            this.services.db.manager,
            [GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID],
            TENANT_ROOT_SCOPE_ID,
            new Date(event.at),
          )),
      };
      this.shared.set(event, shared);
    }
    return shared;
  }

  /** Requests entering, changing in and leaving the subscriber's approval queue. */
  async *approvalQueue(viewer: Viewer, meta: RequestMeta, onCaller: (caller: Caller) => void, signal?: AbortSignal): AsyncGenerator<ApprovalQueueEvent> {
    const stillSignedIn = sessionGuard(this.services, viewer);
    for await (const event of this.services.pubsub.subscribe('request', signal)) {
      if (!(await stillSignedIn())) return;
      const shared = this.sharedFor(event);
      const caller = this.services.caller(viewer, meta, shared.loaders);
      const found = await this.requestOf(event, shared);
      if (!found) continue;
      const { request, roleKind, scope } = found;
      const context = { request, roleKind, scope };
      const now = new Date(event.at);
      const defaults = await shared.defaultApprovers();
      const isNow = PENDING.has(request.status) && (await mayDecide(this.services.db.manager, context, viewer.principalId, now, request.currentStage, request.status, defaults));
      const previous = event.previous;
      const was =
        previous !== null &&
        PENDING.has(previous.status) &&
        (await mayDecide(this.services.db.manager, context, viewer.principalId, new Date(previous.at), previous.stage, previous.status, defaults));
      const kind = isNow ? (was ? QueueEventKind.UPDATED : QueueEventKind.ADDED) : was ? QueueEventKind.REMOVED : null;
      if (!kind) continue;
      onCaller(caller);
      yield { kind, request: requestView(request) };
    }
  }

  /** My own requests as their status changes. */
  async *myRequests(viewer: Viewer, meta: RequestMeta, onCaller: (caller: Caller) => void, signal?: AbortSignal): AsyncGenerator<RoleRequest> {
    const stillSignedIn = sessionGuard(this.services, viewer);
    for await (const event of this.services.pubsub.subscribe('request', signal)) {
      if (!(await stillSignedIn())) return;
      const shared = this.sharedFor(event);
      const found = await this.requestOf(event, shared);
      if (!found) continue;
      const { request } = found;
      if (request.principalId !== viewer.principalId && request.requestedById !== viewer.principalId) continue;
      onCaller(this.services.caller(viewer, meta, shared.loaders));
      yield requestView(request);
    }
  }

  /** Activations, deactivations, expiries and revocations the subscriber may see (optionally at a scope and below). */
  async *activations(
    viewer: Viewer,
    meta: RequestMeta,
    scopeId: string | null,
    onCaller: (caller: Caller) => void,
    signal?: AbortSignal,
  ): AsyncGenerator<ActivationEvent> {
    const stillSignedIn = sessionGuard(this.services, viewer);
    for await (const event of this.services.pubsub.subscribe('activation', signal)) {
      if (!(await stillSignedIn())) return;
      const shared = this.sharedFor(event);
      const assignment = await shared.loaders.assignment.load(event.assignmentId);
      if (!assignment) continue;
      const [role, scope] = await Promise.all([shared.loaders.role.load(assignment.roleId), shared.loaders.scope.load(assignment.scopeId)]);
      if (!role || !scope) continue;
      if (scopeId && !scope.path.includes(scopeId)) continue;
      const caller = this.services.caller(viewer, meta, shared.loaders);
      const own = assignment.principalId === viewer.principalId;
      if (!own && !(await caller.capabilities()).canRead(role.kind, scope)) continue;
      onCaller(caller);
      yield { kind: event.kind as ActivationEventKind, assignment: assignmentView(assignment, new Date(event.at)), at: new Date(event.at) };
    }
  }

  private async requestOf(event: RequestChanged, shared: Shared): Promise<{ request: RoleRequestEntity; roleKind: RoleKind; scope: ScopeEntity } | null> {
    const request = await shared.loaders.request.load(event.requestId);
    if (!request) return null;
    const [role, scope] = await Promise.all([shared.loaders.role.load(request.roleId), shared.loaders.scope.load(request.scopeId)]);
    if (!role || !scope) return null;
    return { request, roleKind: role.kind, scope };
  }
}

