import { QueueEventKind, RequestStatus, type ActivationEventKind } from '../../lib/vocabulary/requests';
import { type RoleKind } from '../../lib/vocabulary/scopes';
import { cursorPart, decodeCursor, lazily, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import { badInput, isUuid, notFound } from '../../lib/errors';
import { createLoaders, type Loaders } from '../access/loaders';
import { logger } from '../../lib/logger';
import { callerOf, type Caller } from '../access/caller';
import { sessionGuard, type SessionCheck } from '../auth/session-guard';
import type { Capabilities } from '../access/capabilities';
import { decidersAmong, defaultApprovers } from '../approvals/approvers';
import { requestView } from '../requests/request.view';
import { assignmentView } from '../assignments/assignment.view';
import type { RequestMeta, Viewer } from '../auth/viewer';
import type { ActivationChanged, DomainEvent, RequestChanged } from '../../kernel/events';
import { sameCapabilities, viewerCapabilitiesOf, type ViewerCapabilities } from '../access/viewer-capabilities';
import { holdersAffected } from './holdings-changes';
import { queueIterator } from '../../kernel/pubsub';
import type { RoleRequestEntity } from '../requests/role-request.entity';
import type { RoleRequest } from '../requests/role-request.type';
import type { ScopeEntity } from '../scopes/scope.entity';
import type { Kernel } from '../../kernel/kernel';
import type { ActivationEvent, ApprovalQueueEvent } from './live.type';
import { activationHistory, countActivationHistory } from './activation-history';

const PENDING = new Set([RequestStatus.PENDING_APPROVAL, RequestStatus.PENDING_ADMIN_DECISION]);

/** What a subscriber receives: the payload and the caller (its authorization, the batch's loaders) to resolve it with. */
interface Delivery<T> {
  caller: Caller;
  value: T;
}

interface Identity {
  viewer: Viewer;
  meta: RequestMeta;
}

interface Subscriber<T> extends Identity {
  push: (delivery: Delivery<T>) => void;
}

interface ActivationSubscriber extends Subscriber<ActivationEvent> {
  scopeId: string | null;
}

/** What the events of one published batch (one committed change) share: rows, default approvers, capabilities. */
class Batch {
  readonly loaders: Loaders;
  private approvers: Promise<ReadonlySet<string>> | null = null;
  private readonly capabilities = new Map<string, Promise<Capabilities>>();

  constructor(private readonly kernel: Kernel) {
    this.loaders = createLoaders(kernel.db.manager);
  }

  caller(subscriber: Identity): Caller {
    return callerOf(this.kernel, subscriber.viewer, subscriber.meta, this.loaders);
  }

  /** One subscriber's capabilities, read once per batch however many of its events they filter. */
  capabilitiesOf(subscriber: Identity): Promise<Capabilities> {
    let found = this.capabilities.get(subscriber.viewer.principalId);
    if (!found) {
      found = this.caller(subscriber).capabilities();
      this.capabilities.set(subscriber.viewer.principalId, found);
    }
    return found;
  }

  defaultApprovers(at: Date): Promise<ReadonlySet<string>> {
    return (this.approvers ??= defaultApprovers(this.kernel.db.manager, at));
  }
}

/**
 * The live feeds. One listener per process receives every published batch and routes each event to the subscribers it
 * concerns: a request event goes to the requester's feeds and to the approvers who may decide it now or could before
 * (computed once per event, not once per subscriber); an activation event to the subscribers who may read it. The
 * filter runs with each subscriber's authorization at that moment (an approver removed from the approvers stops
 * receiving at once), and each event carries the whole changed object.
 */
export class LiveService {
  private readonly queues = new Map<string, Set<Subscriber<ApprovalQueueEvent>>>();
  private readonly mine = new Map<string, Set<Subscriber<RoleRequest>>>();
  private readonly feeds = new Set<ActivationSubscriber>();
  /** Subscribers of their own capabilities: told to look again when a change touches what they (or their groups) hold. */
  private readonly holders = new Map<string, Set<Subscriber<Promise<Capabilities>>>>();
  private listening = false;
  /** Batches are routed one after another, so every subscriber sees events in publication order. */
  private routing: Promise<void> = Promise.resolve();

  constructor(
    private readonly kernel: Kernel,
    private readonly sessions: SessionCheck,
  ) {}

  /** Requests entering, changing in and leaving the subscriber's approval queue. */
  approvalQueue(viewer: Viewer, meta: RequestMeta, onCaller: (caller: Caller) => void, signal?: AbortSignal): AsyncGenerator<ApprovalQueueEvent> {
    return this.feed(keyed(this.queues, viewer.principalId), { viewer, meta }, onCaller, signal);
  }

  /** My own requests as their status changes. */
  myRequests(viewer: Viewer, meta: RequestMeta, onCaller: (caller: Caller) => void, signal?: AbortSignal): AsyncGenerator<RoleRequest> {
    return this.feed(keyed(this.mine, viewer.principalId), { viewer, meta }, onCaller, signal);
  }

  /** Activations, deactivations, expiries and revocations the subscriber may see (optionally at a scope and below). */
  activations(
    viewer: Viewer,
    meta: RequestMeta,
    scopeId: string | null,
    onCaller: (caller: Caller) => void,
    signal?: AbortSignal,
  ): AsyncGenerator<ActivationEvent> {
    return this.feed(this.feeds as Set<Subscriber<ActivationEvent>>, { viewer, meta, scopeId }, onCaller, signal);
  }

  /**
   * What the subscriber may use (viewerCapabilities): the answer now, then each time it changes. A committed change
   * that names the subscriber's holdings (a request or schedule of theirs, or of a group they are a member of: assigned,
   * removed, activated, deactivated, expired, a membership, a disabling) makes it read its capabilities again; only a
   * different answer is sent. Registered before the first answer is read, so no change falls between the two.
   */
  async *viewerCapabilities(viewer: Viewer, meta: RequestMeta, signal?: AbortSignal): AsyncGenerator<ViewerCapabilities> {
    this.listen();
    const stillSignedIn = sessionGuard(this.sessions, viewer);
    const registry = keyed(this.holders, viewer.principalId);
    const rechecks = queueIterator<Promise<Capabilities>>((push) => {
      const subscriber: Subscriber<Promise<Capabilities>> = { viewer, meta, push: ({ value }) => push(value) };
      registry.add(subscriber);
      return () => registry.delete(subscriber);
    }, signal);
    try {
      let current = callerOf(this.kernel, viewer, meta).capabilities();
      let last: ViewerCapabilities | null = null;
      for (;;) {
        const answer = viewerCapabilitiesOf(await current);
        if (!last || !sameCapabilities(last, answer)) {
          last = answer;
          yield answer;
        }
        const next = await rechecks.next();
        if (next.done || !(await stillSignedIn())) return;
        current = next.value;
      }
    } finally {
      await rechecks.return?.();
    }
  }

  private async *feed<T>(
    registry: { add(subscriber: Subscriber<T>): void; delete(subscriber: Subscriber<T>): void },
    identity: Omit<Subscriber<T>, 'push'> & { scopeId?: string | null },
    onCaller: (caller: Caller) => void,
    signal?: AbortSignal,
  ): AsyncGenerator<T> {
    this.listen();
    const stillSignedIn = sessionGuard(this.sessions, identity.viewer);
    const deliveries = queueIterator<Delivery<T>>((push) => {
      const subscriber = { ...identity, push };
      registry.add(subscriber);
      return () => registry.delete(subscriber);
    }, signal);
    try {
      for await (const { caller, value } of deliveries) {
        if (!(await stillSignedIn())) return;
        onCaller(caller);
        yield value;
      }
    } finally {
      await deliveries.return?.();
    }
  }

  /** One listener per process, registered with the first feed. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.kernel.pubsub.onBatch((events) => {
      this.routing = this.routing
        .then(() => this.route(events))
        .catch((error: unknown) => logger.error('live routing failed', { error: String(error) }));
    });
  }

  private async route(events: readonly DomainEvent[]): Promise<void> {
    const batch = new Batch(this.kernel);
    const requests = events.filter((event): event is RequestChanged => event.topic === 'request');
    const activations = events.filter((event): event is ActivationChanged => event.topic === 'activation');
    if (requests.length && (this.queues.size || this.mine.size)) {
      for (const event of requests) await this.routeRequest(event, batch);
    }
    if (activations.length && this.feeds.size) await this.routeActivations(activations, batch);
    if (this.holders.size) await this.routeHoldings(events, batch);
  }

  /** Tells the capability subscribers whose holdings the batch changed to read them again (once per principal per batch). */
  private async routeHoldings(events: readonly DomainEvent[], batch: Batch): Promise<void> {
    const affected = await holdersAffected(this.kernel.db.manager, batch.loaders, events, [...this.holders.keys()]);
    for (const principalId of affected) {
      for (const subscriber of this.holders.get(principalId) ?? []) {
        subscriber.push({ caller: batch.caller(subscriber), value: batch.capabilitiesOf(subscriber) });
      }
    }
  }

  private async routeRequest(event: RequestChanged, batch: Batch): Promise<void> {
    const found = await this.requestOf(event.requestId, batch);
    if (!found) return;
    const { request, roleKind, scope } = found;
    for (const principalId of new Set([request.principalId, request.requestedById])) {
      for (const subscriber of this.mine.get(principalId) ?? []) subscriber.push({ caller: batch.caller(subscriber), value: requestView(request) });
    }
    if (!this.queues.size) return;
    const context = { request, roleKind, scope };
    const candidates = this.queues;
    const at = new Date(event.at);
    const isNow = PENDING.has(request.status)
      ? await decidersAmong(this.kernel.db.manager, context, candidates, at, request.currentStage, request.status, () => batch.defaultApprovers(at))
      : new Set<string>();
    const previous = event.previous;
    const was =
      previous && PENDING.has(previous.status)
        ? await decidersAmong(this.kernel.db.manager, context, candidates, new Date(previous.at), previous.stage, previous.status, () =>
            batch.defaultApprovers(at),
          )
        : new Set<string>();
    for (const principalId of new Set([...isNow, ...was])) {
      const kind = isNow.has(principalId) ? (was.has(principalId) ? QueueEventKind.UPDATED : QueueEventKind.ADDED) : QueueEventKind.REMOVED;
      for (const subscriber of this.queues.get(principalId) ?? []) {
        subscriber.push({ caller: batch.caller(subscriber), value: { kind, request: requestView(request) } });
      }
    }
  }

  private async routeActivations(events: readonly ActivationChanged[], batch: Batch): Promise<void> {
    const { loaders } = batch;
    const assignments = await Promise.all(events.map((event) => loaders.assignment.load(event.assignmentId)));
    const roles = await Promise.all(assignments.map((assignment) => (assignment ? loaders.role.load(assignment.roleId) : null)));
    const scopes = await Promise.all(assignments.map((assignment) => (assignment ? loaders.scope.load(assignment.scopeId) : null)));
    for (const subscriber of [...this.feeds]) {
      for (const [index, event] of events.entries()) {
        const assignment = assignments[index];
        const role = roles[index];
        const scope = scopes[index];
        if (!assignment || !role || !scope) continue;
        if (subscriber.scopeId && !scope.path.includes(subscriber.scopeId)) continue;
        const own = assignment.principalId === subscriber.viewer.principalId;
        if (!own && !(await batch.capabilitiesOf(subscriber)).canRead(role.kind, scope)) continue;
        const at = new Date(event.at);
        subscriber.push({
          caller: batch.caller(subscriber),
          value: { kind: event.kind as ActivationEventKind, assignment: assignmentView(assignment, at), at },
        });
      }
    }
  }

  /**
   * The past of the `activations` feed, newest first, seen through the same rule (one's own, plus what one may read at
   * that scope; optionally a scope and below), so a page opened now and the live events after it tell one story.
   */
  async history(
    caller: Caller,
    scopeIdInput: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<ActivationEvent>> {
    caller.requireViewer();
    const limit = pageSize(first);
    const cursor = decodeCursor(after, [cursorPart.timestamp, cursorPart.uuid]);
    const before = cursor ? { at: cursor[0], assignmentId: cursor[1] } : null;
    let scopeId: string | null = null;
    if (scopeIdInput !== null && scopeIdInput !== undefined) {
      if (!isUuid(scopeIdInput)) throw badInput('scopeId is not a scope id.', 'scopeId');
      scopeId = scopeIdInput.toLowerCase();
      if (!(await caller.loaders.scope.load(scopeId))) throw notFound('scope', scopeIdInput);
    }
    const capabilities = await caller.capabilities();
    const now = this.kernel.now();
    const db = this.kernel.db.manager;
    const rows = await activationHistory(db, { now, scopeId, before, limit: limit + 1 }, capabilities);
    const assignments = await caller.loaders.assignment.loadMany(rows.map((row) => row.assignment_id));
    const events: ActivationEvent[] = [];
    rows.forEach((row, index) => {
      const assignment = assignments[index];
      if (assignment && !(assignment instanceof Error)) events.push({ kind: row.kind, assignment: assignmentView(assignment, now), at: row.at });
    });
    const total = lazily(() => countActivationHistory(db, { now, scopeId }, capabilities));
    return toConnection(events, limit, total, (event) => [event.at.toISOString(), event.assignment.assignmentId]);
  }

  private async requestOf(requestId: string, batch: Batch): Promise<{ request: RoleRequestEntity; roleKind: RoleKind; scope: ScopeEntity } | null> {
    const request = await batch.loaders.request.load(requestId);
    if (!request) return null;
    const [role, scope] = await Promise.all([batch.loaders.role.load(request.roleId), batch.loaders.scope.load(request.scopeId)]);
    if (!role || !scope) return null;
    return { request, roleKind: role.kind, scope };
  }
}

/** A registry view over a map of sets keyed by principal: subscribers are found by who they are. */
function keyed<T>(map: Map<string, Set<Subscriber<T>>>, principalId: string) {
  return {
    add(subscriber: Subscriber<T>) {
      let set = map.get(principalId);
      if (!set) map.set(principalId, (set = new Set()));
      set.add(subscriber);
    },
    delete(subscriber: Subscriber<T>) {
      const set = map.get(principalId);
      set?.delete(subscriber);
      if (set?.size === 0) map.delete(principalId);
    },
  };
}
