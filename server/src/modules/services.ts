import type { DataSource, EntityManager } from 'typeorm';
import { manualScheduler, type JobScheduler } from '../jobs/scheduler';
import { Sweeper } from '../jobs/sweeper';
import type { Config } from '../config';
import type { Clock } from '../lib/clock';
import { OutboundGuard } from '../lib/outbound';
import type { Loaders } from './access/loaders';
import { Caller } from './access/caller';
import { openCoverageGuard, verifyCoverage } from './assignments/protected-roles';
import { bufferAudit, bufferedAudit, flushAudit, type PreparedAuditEvent } from './audit/audit.writer';
import { AuditService } from './audit/audit.service';
import { ApprovalService } from './approvals/approval.service';
import type { DomainEvent } from './events/events';
import { LocalPubSub, type PubSub } from './events/pubsub';
import { LiveService } from './live/live.service';
import { NotificationService } from './notifications/notification.service';
import { ActivationService } from './requests/activation.service';
import { AccessService } from './access/access.service';
import { AssignmentService } from './assignments/assignment.service';
import { AuthService } from './auth/auth.service';
import type { RequestMeta, Viewer } from './auth/viewer';
import { DirectoryService } from './directory/directory.service';
import { RequestService } from './requests/request.service';
import { RoleService } from './roles/role.service';
import { ScopeService } from './scopes/scope.service';
import { RoleSettingsService } from './settings/role-settings.service';

/** Every domain service, wired once at boot. Services know nothing of GraphQL; resolvers and tests call them. */
export class Services {
  readonly auth: AuthService;
  readonly directory: DirectoryService;
  readonly scopes: ScopeService;
  readonly roles: RoleService;
  readonly access: AccessService;
  readonly settings: RoleSettingsService;
  readonly assignments: AssignmentService;
  readonly requests: RequestService;
  readonly activation: ActivationService;
  readonly approvals: ApprovalService;
  readonly live: LiveService;
  readonly audit: AuditService;
  readonly notifications: NotificationService;
  readonly sweeper: Sweeper;
  pubsub: PubSub = new LocalPubSub();
  scheduler: JobScheduler = manualScheduler;
  /** Run inside every change's transaction after its work, with the audit events it wrote (e.g. the notification outbox). */
  readonly beforeCommit: ((tx: EntityManager, audit: readonly PreparedAuditEvent[], emit: (...events: DomainEvent[]) => void) => Promise<void>)[] = [];

  constructor(
    readonly db: DataSource,
    readonly config: Config,
    readonly clock: Clock,
    /** The one way out to addresses others chose: webhooks (and identity provider discovery). */
    readonly outbound: OutboundGuard = new OutboundGuard({ allowPrivate: config.OUTBOUND_ALLOW_PRIVATE }),
  ) {
    this.auth = new AuthService(this);
    this.directory = new DirectoryService(this);
    this.scopes = new ScopeService(this);
    this.roles = new RoleService(this);
    this.access = new AccessService(this);
    this.settings = new RoleSettingsService(this);
    this.assignments = new AssignmentService(this);
    this.requests = new RequestService(this);
    this.activation = new ActivationService(this);
    this.approvals = new ApprovalService(this);
    this.live = new LiveService(this);
    this.audit = new AuditService(this);
    this.notifications = new NotificationService(this);
    this.sweeper = new Sweeper(this);
  }

  /**
   * Runs a change in one transaction and publishes the events it emitted only once it has committed: a subscriber never
   * hears of something that did not happen.
   */
  async change<T>(work: (tx: EntityManager, emit: (...events: DomainEvent[]) => void) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const result = await this.db.transaction(async (tx) => {
      bufferAudit(tx);
      openCoverageGuard(tx, this.clock);
      const emit = (...emitted: DomainEvent[]) => events.push(...emitted);
      const value = await work(tx, emit);
      // Whatever path ended or moved a schedule, the last-admin rule is checked here, on what the change left.
      await verifyCoverage(tx);
      for (const hook of this.beforeCommit) await hook(tx, bufferedAudit(tx), emit);
      // Last: the audit chain's lock is held only for its INSERT and the COMMIT.
      await flushAudit(tx);
      return value;
    });
    if (events.length) await this.pubsub.publish(events);
    return result;
  }

  now(): Date {
    return this.clock.now();
  }

  caller(viewer: Viewer | null, meta: RequestMeta = { clientIp: null, userAgent: null }, loaders?: Loaders): Caller {
    return new Caller(viewer, meta, this.db.manager, () => this.clock.now(), loaders);
  }
}
