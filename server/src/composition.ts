import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { manualJobs, type JobQueue } from './kernel/jobs';
import { Kernel } from './kernel/kernel';
import { LocalPubSub, type PubSub } from './kernel/pubsub';
import type { Clock } from './lib/clock';
import { OutboundGuard } from './lib/outbound';
import { Sweeper } from './jobs/sweeper';
import { AccessService } from './modules/access/access.service';
import { callerOf, type Caller } from './modules/access/caller';
import type { Loaders } from './modules/access/loaders';
import { ApprovalService } from './modules/approvals/approval.service';
import { AssignmentService } from './modules/assignments/assignment.service';
import { auditChainParticipant } from './modules/audit/audit.writer';
import { AuditService } from './modules/audit/audit.service';
import { ApiTokenService } from './modules/auth/api-tokens.service';
import { AuthService } from './modules/auth/auth.service';
import { LockoutService } from './modules/auth/lockout.service';
import { MfaGate } from './modules/auth/mfa.gate';
import { SessionEnds } from './modules/auth/session-ends';
import type { RequestMeta, Viewer } from './modules/auth/viewer';
import { DirectoryService } from './modules/directory/directory.service';
import { coverageGuard } from './modules/lifecycle/protected-roles';
import { RequestLifecycle } from './modules/lifecycle/request-lifecycle';
import { LiveService } from './modules/live/live.service';
import { NotificationDelivery } from './modules/notifications/delivery';
import { NotificationService } from './modules/notifications/notification.service';
import { Notifier } from './modules/notifications/notifier';
import { Reminders } from './modules/notifications/reminders';
import { ActivationService } from './modules/requests/activation.service';
import { RequestService } from './modules/requests/request.service';
import { RoleService } from './modules/roles/role.service';
import { ScopeService } from './modules/scopes/scope.service';
import { ScopeTreeService } from './modules/scopes/scope-tree.service';
import { RoleSettingsService } from './modules/settings/role-settings.service';
import { InvitationService } from './modules/tenant/invitations.service';
import { UserAdministration } from './modules/tenant/users.service';
import { PrincipalAdministration } from './modules/tenant/principals.service';
import { ProvisioningService } from './modules/scim/provisioning.service';
import { SourcedMemberships } from './modules/directory/sourced-memberships';
import { IdentityProviderService } from './modules/oidc/identity-providers.service';
import { OidcSignInService } from './modules/oidc/oidc-sign-in.service';
import { ScimTokenService } from './modules/scim/scim-tokens.service';
import { ReviewNotices } from './modules/reviews/review-notices';
import { AccessReviewService } from './modules/reviews/reviews.service';
import { AlertScanner } from './modules/alerts/alert-scanner';
import { AlertService } from './modules/alerts/alerts.service';
import { OverviewService } from './modules/overview/overview.service';

export interface Infrastructure {
  db: DataSource;
  config: Config;
  clock: Clock;
  /** Enqueue-only; pg-boss in a server (jobs/pg-boss-jobs.ts), nothing for tools that drive the sweep themselves. */
  jobs?: JobQueue;
  /** In memory for one process, Redis between replicas. */
  pubsub?: PubSub;
  /** The one way out to addresses others chose: webhooks (and identity provider discovery). */
  outbound?: OutboundGuard;
}

/**
 * The composition root: the kernel first, then every service in dependency order, each given only the collaborators
 * its constructor names. Nothing else constructs a service; no service reaches another except through what it was
 * given. Resolvers, workers, the CLI and tests read the built services from here.
 */
export class Services {
  readonly kernel: Kernel;
  readonly outbound: OutboundGuard;
  readonly lifecycle: RequestLifecycle;
  readonly auth: AuthService;
  readonly apiTokens: ApiTokenService;
  readonly directory: DirectoryService;
  readonly scopes: ScopeService;
  readonly scopeTree: ScopeTreeService;
  readonly roles: RoleService;
  readonly access: AccessService;
  readonly settings: RoleSettingsService;
  readonly requests: RequestService;
  readonly assignments: AssignmentService;
  readonly activation: ActivationService;
  readonly approvals: ApprovalService;
  readonly live: LiveService;
  readonly audit: AuditService;
  readonly notifications: NotificationService;
  readonly sweeper: Sweeper;
  readonly reviews: AccessReviewService;
  readonly alertScanner: AlertScanner;
  readonly alerts: AlertService;
  readonly overview: OverviewService;
  readonly invitations: InvitationService;
  readonly users: UserAdministration;
  readonly principals: PrincipalAdministration;
  readonly sessionEnds: SessionEnds;
  readonly scimTokens: ScimTokenService;
  readonly provisioning: ProvisioningService;
  readonly memberships: SourcedMemberships;
  readonly identityProviders: IdentityProviderService;
  readonly oidcSignIn: OidcSignInService;

  constructor(infrastructure: Infrastructure) {
    const { db, config, clock } = infrastructure;
    const kernel = new Kernel(db, config, clock, infrastructure.jobs ?? manualJobs, infrastructure.pubsub ?? new LocalPubSub());
    this.kernel = kernel;
    this.outbound = infrastructure.outbound ?? new OutboundGuard({ allowPrivate: config.OUTBOUND_ALLOW_PRIVATE });

    this.auth = new AuthService(kernel, new MfaGate(kernel), new LockoutService(kernel));
    this.apiTokens = new ApiTokenService(kernel);
    this.scopes = new ScopeService(kernel);
    this.scopeTree = new ScopeTreeService(kernel);
    this.roles = new RoleService(kernel);
    this.access = new AccessService(kernel);
    this.settings = new RoleSettingsService(kernel);
    this.requests = new RequestService(kernel);
    this.directory = new DirectoryService(kernel, this.requests);
    this.audit = new AuditService(kernel);

    this.lifecycle = new RequestLifecycle(kernel.jobs);
    this.assignments = new AssignmentService(kernel, this.lifecycle, this.settings, this.auth.mfa);
    this.activation = new ActivationService(kernel, this.lifecycle, this.settings, this.auth.mfa);
    this.approvals = new ApprovalService(kernel, this.lifecycle, this.requests);
    this.invitations = new InvitationService(kernel, this.auth, this.lifecycle, this.settings);

    const notifier = new Notifier(kernel, this.settings);
    this.notifications = new NotificationService(kernel, this.outbound, this.auth, {
      notifier,
      delivery: new NotificationDelivery(kernel, this.outbound),
      reminders: new Reminders(kernel, notifier, this.settings),
    });
    this.live = new LiveService(kernel, this.auth);
    this.users = new UserAdministration(kernel, this.invitations, notifier);
    this.principals = new PrincipalAdministration(kernel, this.lifecycle, this.settings);
    this.sessionEnds = new SessionEnds(kernel.pubsub);
    this.scimTokens = new ScimTokenService(kernel);
    this.memberships = new SourcedMemberships(this.lifecycle, this.settings);
    this.provisioning = new ProvisioningService(kernel, this.memberships, this.principals);
    this.identityProviders = new IdentityProviderService(kernel, this.outbound);
    this.oidcSignIn = new OidcSignInService(kernel, this.identityProviders, this.auth, this.memberships);
    this.reviews = new AccessReviewService(kernel, this.lifecycle, new ReviewNotices(notifier), this.auth);
    this.alertScanner = new AlertScanner(kernel);
    const settings = this.settings;
    const assignments = this.assignments;
    this.alerts = new AlertService(kernel, this.alertScanner, notifier, this.auth, {
      removeAssignment: (caller, assignmentId, justification) => assignments.removeAssignment(caller, assignmentId, justification),
      requireMfa: async (caller, roleId, scopeId) => {
        const { settings: current } = await settings.get(caller, roleId, scopeId);
        return settings.update(caller, roleId, scopeId, { ...current, activation: { ...current.activation, requireMfa: true } });
      },
    });
    this.sweeper = new Sweeper(kernel, this.reviews, this.alerts);
    this.overview = new OverviewService(kernel, { alerts: this.alerts, requests: this.requests, reviews: this.reviews });

    // Every change: the last-admin guard checks what it left, the alerts rescan what it touched (their raises are
    // audited and told), the outbox reads its audit, then the chain takes it (last).
    kernel.join(coverageGuard(clock));
    kernel.join(this.alertScanner.participant);
    kernel.join(notifier.participant);
    kernel.join(auditChainParticipant(this.audit.chainer));
  }

  get db(): DataSource {
    return this.kernel.db;
  }

  get config(): Config {
    return this.kernel.config;
  }

  get pubsub(): PubSub {
    return this.kernel.pubsub;
  }

  get jobs(): JobQueue {
    return this.kernel.jobs;
  }

  now(): Date {
    return this.kernel.now();
  }

  /** A caller for tools and tests (resolvers get theirs from the GraphQL context). */
  caller(viewer: Viewer | null, meta?: RequestMeta, loaders?: Loaders): Caller {
    return callerOf(this.kernel, viewer, meta, loaders);
  }
}
