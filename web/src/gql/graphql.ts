/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** ISO-8601 duration such as "PT8H" or "P30D" (weeks, days, hours, minutes, seconds; no months or years) */
  Duration: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** One question "does this principal hold this role at this scope (now, or as of an instant)?": exactly one way to name each of the principal, the role and (except for directory roles, held at the tenant root by default) the scope */
export type AccessCheckInput = {
  /** Answer as of this instant instead of now */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** A user’s email, in any case */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The id the identity provider knows it by (SCIM externalId) */
  principalExternalId?: InputMaybe<Scalars['String']['input']>;
  principalId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  roleKind?: InputMaybe<RoleKind>;
  /** The role’s name, exactly; with roleKind when two kinds have a role of that name */
  roleName?: InputMaybe<Scalars['String']['input']>;
  /** The id the scope has where it comes from (a subscription’s id, say) */
  scopeExternalId?: InputMaybe<Scalars['String']['input']>;
  scopeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Which part of a check named nothing (the check is denied) */
export type AccessCheckProblem =
  | 'UNKNOWN_PRINCIPAL'
  | 'UNKNOWN_ROLE'
  | 'UNKNOWN_SCOPE';

/** The answer to one check, in the order asked; equal to what effectiveAccess says of the same principal, scope and instant */
export type AccessCheckResult = {
  __typename: 'AccessCheckResult';
  /** The role is in force for the principal at the scope (directly, through a group, or inherited from above) */
  allowed: Scalars['Boolean']['output'];
  /** When the longest-lasting path ends; null: permanent, or not allowed */
  endAt: Maybe<Scalars['DateTime']['output']>;
  /** The scope of the longest-lasting path’s assignment, when above the one asked about */
  inheritedFrom: Maybe<Scope>;
  /** Set when the check named something that does not exist (or that I may not see); then allowed is false */
  problem: Maybe<AccessCheckProblem>;
  /** The longest-lasting path: held directly or through a group */
  reason: Maybe<AccessPathKind>;
};

/** One reason a principal holds a role at a scope, with the window it gives */
export type AccessPath = {
  __typename: 'AccessPath';
  /** The assignment that grants the role (the group’s, for GROUP paths) */
  assignment: RoleAssignment;
  /** null: permanent */
  endAt: Maybe<Scalars['DateTime']['output']>;
  /** GROUP paths: the group */
  group: Maybe<Principal>;
  /** Set when the assignment was made at an ancestor of the scope */
  inheritedFrom: Maybe<Scope>;
  kind: AccessPathKind;
  /** GROUP paths: the membership that makes the principal hold it */
  membership: Maybe<RoleAssignment>;
  startAt: Maybe<Scalars['DateTime']['output']>;
};

export type AccessPathKind =
  | 'DIRECT'
  | 'GROUP';

/** An access review: roles at a scope and below, its reviewers, when, and what completion does */
export type AccessReview = {
  __typename: 'AccessReview';
  assignmentType: ReviewAssignmentType;
  /** Denials are applied when an instance completes */
  autoApply: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Maybe<Principal>;
  /** What completion makes of items nobody answered (or answered DONT_KNOW) */
  defaultDecision: ReviewDefaultDecision;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Only holders inactive for this many days (no sign-in; an eligibility not activated) */
  inactiveDays: Maybe<Scalars['Int']['output']>;
  /** Newest occurrence first; one instance per role */
  instances: Array<AccessReviewInstance>;
  name: Scalars['String']['output'];
  /** When the next occurrence starts; null once the series has ended */
  nextStartAt: Maybe<Scalars['DateTime']['output']>;
  /** Which holders are reviewed */
  principalTypes: Array<PrincipalType>;
  recurrence: ReviewRecurrence;
  /** Reviewers give a reason with each decision */
  requireReason: Scalars['Boolean']['output'];
  reviewers: Array<Reviewer>;
  roles: Array<RoleDefinition>;
  scope: Scope;
  /** Reviewers see the recommendations */
  showRecommendations: Scalars['Boolean']['output'];
  startAt: Scalars['DateTime']['output'];
  /** Whether I may download its results (its creator, and those who read or manage its roles at its scope) */
  viewerCanExport: Scalars['Boolean']['output'];
  /** Whether I may stop, reset, apply and delete it (every role of it) */
  viewerCanManage: Scalars['Boolean']['output'];
};

export type AccessReviewConnection = {
  __typename: 'AccessReviewConnection';
  edges: Array<AccessReviewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessReviewEdge = {
  __typename: 'AccessReviewEdge';
  cursor: Scalars['String']['output'];
  node: AccessReview;
};

export type AccessReviewInput = {
  /** ALL unless given */
  assignmentType?: InputMaybe<ReviewAssignmentType>;
  autoApply?: InputMaybe<Scalars['Boolean']['input']>;
  /** NO_CHANGE unless given */
  defaultDecision?: InputMaybe<ReviewDefaultDecision>;
  description?: InputMaybe<Scalars['String']['input']>;
  inactiveDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Every kind unless given */
  principalTypes?: InputMaybe<Array<PrincipalType>>;
  /** ONE_TIME for 14 days unless given */
  recurrence?: InputMaybe<ReviewRecurrenceInput>;
  /** true unless given */
  requireReason?: InputMaybe<Scalars['Boolean']['input']>;
  reviewers: Array<ReviewerInput>;
  /** One instance per role in each occurrence */
  roleIds: Array<Scalars['ID']['input']>;
  /** Holdings made here and below are reviewed */
  scopeId: Scalars['ID']['input'];
  /** true unless given */
  showRecommendations?: InputMaybe<Scalars['Boolean']['input']>;
  /** Now unless given */
  startAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One role's review in one occurrence: its items, progress, completion and apply */
export type AccessReviewInstance = {
  __typename: 'AccessReviewInstance';
  appliedAt: Maybe<Scalars['DateTime']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  endAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 1 for the first occurrence */
  occurrence: Scalars['Int']['output'];
  progress: ReviewProgress;
  review: AccessReview;
  role: RoleDefinition;
  startAt: Scalars['DateTime']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: ReviewInstanceStatus;
  /** Who stopped it early */
  stoppedBy: Maybe<Principal>;
  /** Whether I may stop, reset and apply it */
  viewerCanManage: Scalars['Boolean']['output'];
};

/** One holding under review, as it was when its instance started */
export type AccessReviewItem = {
  __typename: 'AccessReviewItem';
  /** The denial was carried out: the holding ended */
  applied: Scalars['Boolean']['output'];
  /** Why a denial could not be carried out (e.g. the last Global Administrator) */
  applyError: Maybe<Scalars['String']['output']>;
  /** The schedule under review; null for a reviewer who may not read it */
  assignment: Maybe<RoleAssignment>;
  /** The schedule under review */
  assignmentId: Scalars['ID']['output'];
  assignmentType: AssignmentType;
  /** The last decision submitted */
  decision: Maybe<ReviewDecision>;
  id: Scalars['ID']['output'];
  instance: AccessReviewInstance;
  /** What completion settled (the default decision where nobody answered) */
  outcome: Maybe<ReviewOutcome>;
  /** The outcome came from the default decision */
  outcomeByDefault: Scalars['Boolean']['output'];
  /** The holder under review */
  principal: Principal;
  reason: Maybe<Scalars['String']['output']>;
  /** Null for reviewers when the review hides recommendations */
  recommendation: Maybe<ReviewRecommendation>;
  /** Why: no sign-in in 30 days, no activation in 30 days, disabled… */
  recommendationReason: Maybe<Scalars['String']['output']>;
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  reviewedBy: Maybe<Principal>;
  role: RoleDefinition;
  scope: Scope;
  /** Whether I may decide it now */
  viewerCanDecide: Scalars['Boolean']['output'];
};

export type AccessReviewItemConnection = {
  __typename: 'AccessReviewItemConnection';
  edges: Array<AccessReviewItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessReviewItemEdge = {
  __typename: 'AccessReviewItemEdge';
  cursor: Scalars['String']['output'];
  node: AccessReviewItem;
};

export type ActivateRoleInput = {
  /** At least 30 minutes, at most the role’s maximum */
  duration: Scalars['Duration']['input'];
  /** The eligibility to activate; or give roleId and scopeId */
  eligibilityId?: InputMaybe<Scalars['ID']['input']>;
  justification?: InputMaybe<Scalars['String']['input']>;
  /** TOTP code, when the settings require MFA and the session has none recent */
  mfaCode?: InputMaybe<Scalars['String']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** Where to activate: the eligibility’s scope or a narrower one below it */
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  /** A later start (scheduled activation); default now */
  startAt?: InputMaybe<Scalars['DateTime']['input']>;
  ticketNumber?: InputMaybe<Scalars['String']['input']>;
  ticketSystem?: InputMaybe<Scalars['String']['input']>;
  /** Dry run: check what the settings demand, change nothing */
  validateOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An activation starting or ending, for those who may see it */
export type ActivationEvent = {
  __typename: 'ActivationEvent';
  assignment: RoleAssignment;
  at: Scalars['DateTime']['output'];
  kind: ActivationEventKind;
};

export type ActivationEventConnection = {
  __typename: 'ActivationEventConnection';
  edges: Array<ActivationEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivationEventEdge = {
  __typename: 'ActivationEventEdge';
  cursor: Scalars['String']['output'];
  node: ActivationEvent;
};

export type ActivationEventKind =
  | 'ACTIVATED'
  | 'DEACTIVATED'
  | 'EXPIRED'
  | 'REVOKED';

export type ActivationSettings = {
  __typename: 'ActivationSettings';
  approvalStages: Array<ApprovalStage>;
  maxDuration: Scalars['Duration']['output'];
  requireApproval: Scalars['Boolean']['output'];
  requireJustification: Scalars['Boolean']['output'];
  requireMfa: Scalars['Boolean']['output'];
  requireTicket: Scalars['Boolean']['output'];
};

export type ActivationSettingsInput = {
  approvalStages?: InputMaybe<Array<ApprovalStageInput>>;
  /** 30 minutes to 24 hours */
  maxDuration?: InputMaybe<Scalars['Duration']['input']>;
  requireApproval?: InputMaybe<Scalars['Boolean']['input']>;
  requireJustification?: InputMaybe<Scalars['Boolean']['input']>;
  requireMfa?: InputMaybe<Scalars['Boolean']['input']>;
  requireTicket?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Who did something: a user, a service principal, the system (jobs), or nobody signed in */
export type ActorType =
  | 'ANONYMOUS'
  | 'SERVICE_PRINCIPAL'
  | 'SYSTEM'
  | 'USER';

/** An alert of the catalogue, with the incidents the viewer may read */
export type Alert = {
  __typename: 'Alert';
  /** Enabled, not dismissed, and with incidents */
  active: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  dismissed: Scalars['Boolean']['output'];
  dismissedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who dismissed it */
  dismissedBy: Maybe<Principal>;
  id: Scalars['ID']['output'];
  /** The incidents the viewer may read */
  incidentCount: Scalars['Int']['output'];
  /** The incidents I may read, oldest first, a page at a time; totalCount is incidentCount */
  incidentPage: AlertIncidentConnection;
  /** The first incidents I may read, oldest first (incidentPage pages through all of them) */
  incidents: Array<AlertIncident>;
  /** The last full scan (refresh or the hourly schedule); changes rescan what they touch at once */
  lastScannedAt: Maybe<Scalars['DateTime']['output']>;
  mitigation: Scalars['String']['output'];
  /** Whether remediateAlertIncident can fix its incidents (an assignment removed, MFA required); otherwise the mitigation says what to do */
  remediable: Scalars['Boolean']['output'];
  /** What remediating one of its incidents does */
  remedy: AlertRemedy;
  /** About resource scopes: their Owners read it too */
  resource: Scalars['Boolean']['output'];
  settings: AlertSettings;
  severity: AlertSeverity;
  title: Scalars['String']['output'];
  type: AlertType;
  /** Whether I may change its settings, dismiss it and refresh alerts */
  viewerCanManage: Scalars['Boolean']['output'];
};


/** An alert of the catalogue, with the incidents the viewer may read */
export type AlertIncidentPageArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** An alert of the catalogue, with the incidents the viewer may read */
export type AlertIncidentsArgs = {
  first?: Scalars['Int']['input'];
};

/** One finding that holds now: what it names and why */
export type AlertIncident = {
  __typename: 'AlertIncident';
  alertType: AlertType;
  /** The assignment it is about, when the viewer may read it */
  assignment: Maybe<RoleAssignment>;
  /** Why, in words */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  principal: Maybe<Principal>;
  /** When it was first found (it stays while it holds) */
  raisedAt: Scalars['DateTime']['output'];
  role: Maybe<RoleDefinition>;
  scope: Maybe<Scope>;
  /** Whether remediateAlertIncident would take it: its alert has a remedy, the incident names what it changes (an assignment to remove, a role to require MFA on), and I have the authority (alert managers; for resource alerts, the managers of its scope) */
  viewerCanRemediate: Scalars['Boolean']['output'];
};

export type AlertIncidentConnection = {
  __typename: 'AlertIncidentConnection';
  edges: Array<AlertIncidentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AlertIncidentEdge = {
  __typename: 'AlertIncidentEdge';
  cursor: Scalars['String']['output'];
  node: AlertIncident;
};

/** What remediating an incident does */
export type AlertRemedy =
  | 'NONE'
  | 'REMOVE_ASSIGNMENT'
  | 'REQUIRE_MFA';

export type AlertSettings = {
  __typename: 'AlertSettings';
  /** Whether the alert scans at all (off: no incidents) */
  enabled: Scalars['Boolean']['output'];
  thresholds: Array<AlertThreshold>;
};

/** What to change: omitted fields stay as they are */
export type AlertSettingsInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  thresholds?: InputMaybe<Array<AlertThresholdInput>>;
};

export type AlertSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Open alerts of one severity (on, not dismissed, finding something) and their incidents */
export type AlertSeverityCount = {
  __typename: 'AlertSeverityCount';
  /** Open alerts of this severity */
  alerts: Scalars['Int']['output'];
  /** Incidents those alerts found that the viewer may read */
  incidents: Scalars['Int']['output'];
  severity: AlertSeverity;
};

/** One threshold of an alert: a whole number in [min, max] */
export type AlertThreshold = {
  __typename: 'AlertThreshold';
  defaultValue: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

export type AlertThresholdInput = {
  /** The threshold's name (Alert.settings.thresholds.name) */
  name: Scalars['String']['input'];
  value: Scalars['Int']['input'];
};

/** The alert catalogue (Entra’s): REDUNDANT_ASSIGNMENT is “administrators not using their privileged roles” */
export type AlertType =
  | 'DUPLICATE_CUSTOM_ROLE'
  | 'FREQUENT_ACTIVATION'
  | 'NO_MFA_ON_ACTIVATION'
  | 'REDUNDANT_ASSIGNMENT'
  | 'ROLES_ASSIGNED_OUTSIDE'
  | 'STALE_SIGN_IN'
  | 'TOO_MANY_GLOBAL_ADMINS'
  | 'TOO_MANY_OWNERS'
  | 'TOO_MANY_PERMANENT_OWNERS';

/** An API token of a service principal; the token itself is shown only once */
export type ApiToken = {
  __typename: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  servicePrincipal: ServicePrincipal;
};

export type ApprovalDecision = {
  __typename: 'ApprovalDecision';
  approver: Principal;
  decidedAt: Scalars['DateTime']['output'];
  decision: Decision;
  justification: Maybe<Scalars['String']['output']>;
  stage: Scalars['Int']['output'];
};

/** A request entering, changing in, or leaving my approval queue */
export type ApprovalQueueEvent = {
  __typename: 'ApprovalQueueEvent';
  kind: QueueEventKind;
  request: RoleRequest;
};

/** One serial approval stage */
export type ApprovalStage = {
  __typename: 'ApprovalStage';
  approvers: Array<Principal>;
  escalateAfter: Maybe<Scalars['Duration']['output']>;
  escalationApprovers: Array<Principal>;
  quorum: Scalars['Int']['output'];
  timeout: Scalars['Duration']['output'];
};

export type ApprovalStageInput = {
  approverIds: Array<Scalars['ID']['input']>;
  escalateAfter?: InputMaybe<Scalars['Duration']['input']>;
  escalationApproverIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  quorum?: InputMaybe<Scalars['Int']['input']>;
  /** Default PT24H */
  timeout?: InputMaybe<Scalars['Duration']['input']>;
};

/** One approval stage of a request: who decides, how many must, what was decided */
export type ApprovalStageStatus = {
  __typename: 'ApprovalStageStatus';
  /** Who decides this stage (named users and groups, or the directory administrators) */
  approvers: Array<Principal>;
  /** Decided by an administrator of the scope (extensions and renewals): no approvers are named, decisions say who decided */
  byScopeAdministrators: Scalars['Boolean']['output'];
  decisions: Array<ApprovalDecision>;
  /** When the escalation approvers join */
  escalatesAt: Maybe<Scalars['DateTime']['output']>;
  escalationApprovers: Array<Principal>;
  quorum: Scalars['Int']['output'];
  stage: Scalars['Int']['output'];
  state: StageState;
  /** When an undecided stage expires the request */
  timeoutAt: Maybe<Scalars['DateTime']['output']>;
};

export type AssignRoleInput = {
  /** Instead of endAt. Neither: permanent, where the settings allow it */
  duration?: InputMaybe<Scalars['Duration']['input']>;
  endAt?: InputMaybe<Scalars['DateTime']['input']>;
  justification?: InputMaybe<Scalars['String']['input']>;
  /** TOTP code, when the settings require MFA and the session has none recent */
  mfaCode?: InputMaybe<Scalars['String']['input']>;
  principalId: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
  scopeId: Scalars['ID']['input'];
  /** Default: now */
  startAt?: InputMaybe<Scalars['DateTime']['input']>;
  ticketNumber?: InputMaybe<Scalars['String']['input']>;
  ticketSystem?: InputMaybe<Scalars['String']['input']>;
  type: AssignmentType;
  /** Dry run: check what the settings demand, change nothing */
  validateOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AssignmentOrigin =
  | 'ACTIVATED'
  | 'ASSIGNED';

export type AssignmentSettings = {
  __typename: 'AssignmentSettings';
  allowPermanentActive: Scalars['Boolean']['output'];
  allowPermanentEligible: Scalars['Boolean']['output'];
  maxActiveDuration: Scalars['Duration']['output'];
  maxEligibleDuration: Scalars['Duration']['output'];
  requireJustificationOnActive: Scalars['Boolean']['output'];
  requireMfaOnActive: Scalars['Boolean']['output'];
};

export type AssignmentSettingsInput = {
  allowPermanentActive?: InputMaybe<Scalars['Boolean']['input']>;
  allowPermanentEligible?: InputMaybe<Scalars['Boolean']['input']>;
  maxActiveDuration?: InputMaybe<Scalars['Duration']['input']>;
  maxEligibleDuration?: InputMaybe<Scalars['Duration']['input']>;
  requireJustificationOnActive?: InputMaybe<Scalars['Boolean']['input']>;
  requireMfaOnActive?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AssignmentState =
  /** every schedule, whatever its state */
  | 'ALL'
  /** ended (expired, removed, deactivated or revoked) by that instant */
  | 'ENDED'
  /** in force at the instant asked about (now by default) */
  | 'IN_FORCE'
  /** starts after that instant */
  | 'SCHEDULED';

export type AssignmentType =
  | 'ACTIVE'
  | 'ELIGIBLE';

/** A signed statement of the chain’s head at a moment */
export type AuditCheckpoint = {
  __typename: 'AuditCheckpoint';
  at: Scalars['DateTime']['output'];
  sequence: Scalars['Int']['output'];
  /** The signature was checked with the configured key (false: compared, but unsigned or another key) */
  signatureVerified: Scalars['Boolean']['output'];
};

/** One link of the tamper-evident audit chain */
export type AuditEvent = {
  __typename: 'AuditEvent';
  /** What happened, e.g. "request.submitted", "assignment.activated", "auth.sign_in" */
  action: Scalars['String']['output'];
  /** Null for the system and for anonymous callers */
  actor: Maybe<Principal>;
  actorType: ActorType;
  /** What it is after the change */
  after: Maybe<Scalars['JSONObject']['output']>;
  assignmentId: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  /** What it was before the change, where that applies */
  before: Maybe<Scalars['JSONObject']['output']>;
  clientIp: Maybe<Scalars['String']['output']>;
  /** sha256(previous hash, content), hex */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  justification: Maybe<Scalars['String']['output']>;
  /** Null when the request is not (or no longer) one the caller may read */
  request: Maybe<RoleRequest>;
  role: Maybe<RoleDefinition>;
  scope: Maybe<Scope>;
  /** Position in the chain: gap-free, in commit order */
  sequence: Scalars['Int']['output'];
  targetPrincipal: Maybe<Principal>;
  /** "<system>:<number>" */
  ticket: Maybe<Scalars['String']['output']>;
  userAgent: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** The order of a list of audit events */
export type AuditEventOrder = {
  direction: OrderDirection;
  field: AuditEventOrderField;
};

export type AuditEventOrderField =
  /** the order events were written in (their sequence) */
  | 'AT';

/** All given conditions apply together */
export type AuditFilter = {
  /** Actions such as "assignment.activated" (any of them) */
  action?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who did it */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Events at or after this instant */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** With scopeId: also events at scopes below it */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only my audit: events I did or that are about me */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** The events of one request (its timeline) */
  requestId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  /** Whom it was about */
  targetPrincipalId?: InputMaybe<Scalars['ID']['input']>;
  /** Events before this instant */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditVerification = {
  __typename: 'AuditVerification';
  /** Events whose hash was recomputed */
  checked: Scalars['Int']['output'];
  /** The newest checkpoint the chain matched */
  checkpoint: Maybe<AuditCheckpoint>;
  /** The first event that is not what the chain says (for a cut-off tail: the first missing one) */
  firstBrokenSequence: Maybe<Scalars['Int']['output']>;
  /** The last event read */
  lastSequence: Maybe<Scalars['Int']['output']>;
  ok: Scalars['Boolean']['output'];
  /** How long the oldest of them has waited (ms); past AUDIT_CHAIN_MAX_LAG_MS the verification fails */
  oldestPendingAgeMs: Maybe<Scalars['Float']['output']>;
  /** Events committed but not chained yet (chained right after their commit; a backlog means the chainer is behind or not running) */
  pendingCount: Scalars['Int']['output'];
  /** What is wrong there */
  reason: Maybe<Scalars['String']['output']>;
};

/** A new group: role-assignable (may hold roles, contains no groups) or not, with its first owners */
export type CreateGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  /** The source system's id for the group (unique among groups) */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Users who become its owners (ACTIVE Owner assignments at its scope), at most 20 */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** false unless given; only Global and Privileged Role Administrators make role-assignable groups */
  roleAssignable?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new scope under a parent of a kind that may contain it */
export type CreateScopeInput = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  parentId: Scalars['ID']['input'];
  /** ADMINISTRATIVE_UNIT (under the tenant), MANAGEMENT_GROUP, SUBSCRIPTION, RESOURCE_GROUP or RESOURCE */
  type: ScopeType;
};

/** A new service principal: a tool that signs in with API tokens */
export type CreateServicePrincipalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  /** The source system's id for it (unique among service principals) */
  externalId?: InputMaybe<Scalars['String']['input']>;
};

/** A new user, invited by email to set a password and enrol an authenticator */
export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** The source system's id for the person (unique among users) */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Guests only (and required for them): the organisation they come from */
  homeOrganization?: InputMaybe<Scalars['String']['input']>;
  /** The identity provider the invitation is accepted through (a guest's home organisation; for a member, a member provider): the person signs in there and sets no password */
  identityProviderId?: InputMaybe<Scalars['ID']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** MEMBER unless given */
  userType?: InputMaybe<UserType>;
};

export type CreateWebhookInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  events: Array<NotificationEvent>;
  /** An http or https URL */
  url: Scalars['String']['input'];
};

export type CreatedWebhook = {
  __typename: 'CreatedWebhook';
  /** The HMAC-SHA256 signing secret. Shown only here: store it now. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type CustomRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  kind: RoleKind;
  name: Scalars['String']['input'];
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  privileged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A count for one UTC day */
export type DailyCount = {
  __typename: 'DailyCount';
  count: Scalars['Int']['output'];
  /** The UTC day, as YYYY-MM-DD */
  day: Scalars['String']['output'];
};

export type Decision =
  | 'APPROVE'
  | 'DENY';

export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT';

export type EffectiveRole = {
  __typename: 'EffectiveRole';
  /** When the last path ends; null: permanent */
  endAt: Maybe<Scalars['DateTime']['output']>;
  paths: Array<AccessPath>;
  role: RoleDefinition;
  scope: Scope;
};

export type EndReason =
  | 'CANCELED'
  | 'DEACTIVATED'
  | 'REMOVED'
  | 'REVOKED'
  | 'SUPERSEDED';

/** The codes API errors carry in `extensions.code`, each with a readable message (API.md) */
export type ErrorCode =
  /** The request or one of its values is invalid; `extensions.field` names the field when there is one */
  | 'BAD_USER_INPUT'
  /** The state changed meanwhile (already decided, a concurrent change, a duplicate): reload and try again */
  | 'CONFLICT'
  /** Signed in, but not allowed to do this */
  | 'FORBIDDEN'
  /** Something unexpected: the details are logged on the server, never sent */
  | 'INTERNAL_SERVER_ERROR'
  /** This would leave the tenant without an active Global or Privileged Role Administrator */
  | 'LAST_ADMIN_PROTECTED'
  /** This needs a fresh multi-factor step-up: retry with a TOTP code */
  | 'MFA_REQUIRED'
  /** No such object, or one the caller may not see (the two look the same) */
  | 'NOT_FOUND'
  /** Refused by the role settings or the rules of the domain (duration, justification, ticket, who may hold what) */
  | 'POLICY_VIOLATION'
  /** No valid session or API token: sign in (again) */
  | 'UNAUTHENTICATED';

export type Group = Principal & {
  __typename: 'Group';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** A disabled principal holds nothing */
  enabled: Scalars['Boolean']['output'];
  /** The identity provider's or source system's id (unique among principals of one type) */
  externalId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** May hold roles; such a group cannot contain groups */
  roleAssignable: Scalars['Boolean']['output'];
  /** The group's scope: where its Member and Owner assignments (and its settings) live */
  scope: Scope;
  /** Where it came from; a source only removes what it created */
  source: Source;
  type: PrincipalType;
};

/** How a person is known at an identity provider: its issuer + subject, never an email */
export type IdentityBinding = {
  __typename: 'IdentityBinding';
  boundAt: Scalars['DateTime']['output'];
  /** A home organisation of guests */
  guest: Scalars['Boolean']['output'];
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  providerId: Scalars['ID']['output'];
  providerName: Scalars['String']['output'];
  /** The provider's subject (sub) for the person */
  subject: Scalars['String']['output'];
};

/** An OpenID Provider people sign in through; its client secret is never given out */
export type IdentityProvider = {
  __typename: 'IdentityProvider';
  clientId: Scalars['String']['output'];
  /** Whether a first sign-in of somebody unknown creates a member */
  createMembers: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  /** The ID token claim with group ids; groups whose externalId is one of them get the person as a member (source OIDC) */
  groupsClaim: Maybe<Scalars['String']['output']>;
  /** A home organisation of guests: creates nobody; invited guests sign in only there */
  guest: Scalars['Boolean']['output'];
  /** Whether a client secret is kept (it is never shown again) */
  hasClientSecret: Scalars['Boolean']['output'];
  homeOrganization: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The issuer URL (discovery at <issuer>/.well-known/openid-configuration) */
  issuer: Scalars['String']['output'];
  /** amr or acr values that mean MFA was done at the provider */
  mfaClaimValues: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  scopes: Array<Scalars['String']['output']>;
  /** Where the dashboard sends a browser to sign in: GET, on the API */
  signInPath: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type IdentityProviderInput = {
  clientId: Scalars['String']['input'];
  /** Kept and never shown again; left out on update, the stored one stays */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  createMembers?: InputMaybe<Scalars['Boolean']['input']>;
  /** true unless given */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  groupsClaim?: InputMaybe<Scalars['String']['input']>;
  guest?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required for a guest provider */
  homeOrganization?: InputMaybe<Scalars['String']['input']>;
  issuer: Scalars['String']['input'];
  /** default ["mfa"] */
  mfaClaimValues?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** openid is always asked; default openid email profile */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What a setup or invitation link is for: the page shows it, and the authenticator secret to enrol */
export type Invitation = {
  __typename: 'Invitation';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** That identity provider while it is connected: start its signInPath with ?invitation=<token> */
  identityProvider: Maybe<SignInProvider>;
  /** The identity provider (a guest's home organisation) the person accepts through by signing in there; then no password is set */
  identityProviderId: Maybe<Scalars['ID']['output']>;
  kind: InvitationKind;
  /** The same secret as an otpauth:// URI, for a QR code */
  otpauthUri: Scalars['String']['output'];
  /** The authenticator secret (base32) to enrol; the first code proves it in acceptInvitation */
  totpSecret: Scalars['String']['output'];
};

/** SETUP: the first administrator's link from bootstrap-admin; INVITATION: a new user's */
export type InvitationKind =
  | 'INVITATION'
  | 'SETUP';

export type IssuedApiToken = {
  __typename: 'IssuedApiToken';
  apiToken: ApiToken;
  /** Shown once: store it now */
  token: Scalars['String']['output'];
};

export type IssuedScimToken = {
  __typename: 'IssuedScimToken';
  scimToken: ScimToken;
  /** Shown once: give it to the identity provider now */
  token: Scalars['String']['output'];
};

/** A scope where I may assign roles of these kinds (and, if it says so, below it) */
export type ManageableScope = {
  __typename: 'ManageableScope';
  /** Also at every scope below this one */
  includesDescendants: Scalars['Boolean']['output'];
  roleKinds: Array<RoleKind>;
  scope: Scope;
};

export type Mutation = {
  __typename: 'Mutation';
  /** Sets the password and the authenticator of a setup or invitation link, and signs in */
  acceptInvitation: Session;
  /** Decides the undecided items as recommended; returns how many */
  acceptReviewRecommendations: Scalars['Int']['output'];
  /** SELF_ACTIVATE: activate an eligible role just in time */
  activateRole: RoleRequest;
  /** Ends the denied holdings of a completed instance */
  applyAccessReview: AccessReviewInstance;
  approveRequest: RoleRequest;
  /** Archives a scope and everything below it: they leave listings and take no new assignments */
  archiveScope: Scope;
  /** ADMIN_ASSIGN: ELIGIBLE or ACTIVE */
  assignRole: RoleRequest;
  beginTotpEnrolment: TotpEnrolment;
  cancelRequest: RoleRequest;
  confirmTotpEnrolment: Scalars['Boolean']['output'];
  /** Creates an access review; one whose start has come starts at once (its items are snapshotted now) */
  createAccessReview: AccessReview;
  createApiToken: IssuedApiToken;
  createCustomRole: RoleDefinition;
  /** Creates a group (and its scope), with its first owners */
  createGroup: Group;
  /** Connects an OpenID Provider (its issuer must be reachable for discovery) */
  createIdentityProvider: IdentityProvider;
  /** A SCIM token for an identity provider (shown once, stored hashed) */
  createScimToken: IssuedScimToken;
  /** Creates a scope under a parent of a kind that may contain it */
  createScope: Scope;
  /** Creates a service principal; give it API tokens with createApiToken */
  createServicePrincipal: ServicePrincipal;
  /** Creates a member or guest and sends them an invitation (a link valid 7 days) */
  createUser: User;
  createWebhook: CreatedWebhook;
  /** SELF_DEACTIVATE: end my activation now */
  deactivateRole: RoleRequest;
  decideRequests: Array<RoleRequest>;
  /** Decides items (all or none); the last decision submitted wins */
  decideReviewItems: Array<AccessReviewItem>;
  /** Deletes a review, its instances and items (the audit log keeps what happened) */
  deleteAccessReview: Scalars['Boolean']['output'];
  /** Deletes a webhook and its delivery history; answers its id */
  deleteWebhook: Scalars['ID']['output'];
  denyRequest: RoleRequest;
  /** Dismisses what an alert found so far */
  dismissAlert: Alert;
  /** ADMIN_EXTEND: move the end of a running assignment later */
  extendAssignment: RoleRequest;
  /** Marks all my notifications read; answers how many were unread */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks my notifications read (at most 100 at once) */
  markNotificationsRead: Array<Notification>;
  /** Scans every alert in full now; dismissed alerts whose findings still hold are raised again */
  refreshAlerts: Array<Alert>;
  /** Applies the mitigation of one incident: removes its assignment, or requires MFA on the role’s activation */
  remediateAlertIncident: Alert;
  /** ADMIN_REMOVE: end an assignment now */
  removeAssignment: RoleRequest;
  /** ADMIN_RENEW: give an ended assignment again, from now */
  renewAssignment: RoleRequest;
  /** SELF_EXTEND: ask the administrators to extend my assignment */
  requestExtension: RoleRequest;
  /** SELF_RENEW: ask the administrators to renew my assignment */
  requestRenewal: RoleRequest;
  /** Sends a new invitation to a user who has not set up their account; the earlier link dies */
  resendInvitation: Scalars['Boolean']['output'];
  /** Clears every decision of an instance in progress */
  resetAccessReview: AccessReviewInstance;
  revokeApiToken: ApiToken;
  /** Revokes a SCIM token: its identity provider can no longer provision */
  revokeScimToken: Scalars['Boolean']['output'];
  /** Turns password sign-in off (or on again) for a person who signs in through an identity provider */
  setPasswordSignIn: Scalars['Boolean']['output'];
  /** Disables a principal (at once: it holds nothing, its sessions and API tokens stop, its open requests are canceled, its activations end, its live feeds close) or enables it again (which restores nothing by itself) */
  setPrincipalEnabled: Principal;
  signIn: Session;
  signOut: Scalars['Boolean']['output'];
  stepUpMfa: Session;
  /** Completes an instance in progress now (and applies it when the review auto-applies) */
  stopAccessReview: AccessReviewInstance;
  /** Ends a lockout: clears the failed password and MFA attempts counted against a user */
  unlockSignIn: Scalars['Boolean']['output'];
  /** Turns an alert on or off and sets its thresholds */
  updateAlertSettings: Alert;
  /** ADMIN_UPDATE: change the window of an assignment */
  updateAssignment: RoleRequest;
  updateIdentityProvider: IdentityProvider;
  updateRoleSettings: RoleSettings;
  /** Renames a scope, or moves it with everything below it (recorded: the past keeps its tree) */
  updateScope: Scope;
  /** Changes a user's display name, email or manager */
  updateUser: User;
  updateWebhook: Webhook;
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
  totpCode: Scalars['String']['input'];
};


export type MutationAcceptReviewRecommendationsArgs = {
  instanceId: Scalars['ID']['input'];
};


export type MutationActivateRoleArgs = {
  input: ActivateRoleInput;
};


export type MutationApplyAccessReviewArgs = {
  instanceId: Scalars['ID']['input'];
};


export type MutationApproveRequestArgs = {
  duration: InputMaybe<Scalars['Duration']['input']>;
  justification: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationArchiveScopeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationCancelRequestArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationConfirmTotpEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateAccessReviewArgs = {
  input: AccessReviewInput;
};


export type MutationCreateApiTokenArgs = {
  expiresInDays: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  servicePrincipalId: Scalars['ID']['input'];
};


export type MutationCreateCustomRoleArgs = {
  input: CustomRoleInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateIdentityProviderArgs = {
  input: IdentityProviderInput;
};


export type MutationCreateScimTokenArgs = {
  expiresInDays: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateScopeArgs = {
  input: CreateScopeInput;
};


export type MutationCreateServicePrincipalArgs = {
  input: CreateServicePrincipalInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeactivateRoleArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationDecideRequestsArgs = {
  decision: Decision;
  justification: InputMaybe<Scalars['String']['input']>;
  requestIds: Array<Scalars['ID']['input']>;
};


export type MutationDecideReviewItemsArgs = {
  decision: ReviewDecision;
  itemIds: Array<Scalars['ID']['input']>;
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteAccessReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDenyRequestArgs = {
  justification: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationDismissAlertArgs = {
  alertId: Scalars['ID']['input'];
};


export type MutationExtendAssignmentArgs = {
  input: UpdateAssignmentInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRemediateAlertIncidentArgs = {
  incidentId: Scalars['ID']['input'];
  justification: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  justification: InputMaybe<Scalars['String']['input']>;
};


export type MutationRenewAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  duration: InputMaybe<Scalars['Duration']['input']>;
  justification: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestExtensionArgs = {
  assignmentId: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
};


export type MutationRequestRenewalArgs = {
  assignmentId: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  identityProviderId: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationResetAccessReviewArgs = {
  instanceId: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeScimTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPasswordSignInArgs = {
  enabled: Scalars['Boolean']['input'];
  principalId: Scalars['ID']['input'];
};


export type MutationSetPrincipalEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  principalId: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationStepUpMfaArgs = {
  code: Scalars['String']['input'];
};


export type MutationStopAccessReviewArgs = {
  instanceId: Scalars['ID']['input'];
};


export type MutationUnlockSignInArgs = {
  principalId: Scalars['ID']['input'];
};


export type MutationUpdateAlertSettingsArgs = {
  alertId: Scalars['ID']['input'];
  input: AlertSettingsInput;
};


export type MutationUpdateAssignmentArgs = {
  input: UpdateAssignmentInput;
};


export type MutationUpdateIdentityProviderArgs = {
  id: Scalars['ID']['input'];
  input: IdentityProviderInput;
};


export type MutationUpdateRoleSettingsArgs = {
  input: RoleSettingsInput;
  roleId: Scalars['ID']['input'];
  scopeId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateScopeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateScopeInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};

/** An in-app notification in the viewer’s inbox */
export type Notification = {
  __typename: 'Notification';
  assignmentId: Maybe<Scalars['ID']['output']>;
  /** Details, one "Label: value" per line */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  event: NotificationEvent;
  id: Scalars['ID']['output'];
  /** Where in the dashboard to act on it (a path such as /approvals) */
  link: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTime']['output']>;
  requestId: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationEvent =
  | 'ACTIVATED'
  | 'ACTIVE_ASSIGNED'
  | 'ALERT_RAISED'
  | 'APPROVAL_REMINDER'
  | 'APPROVED'
  | 'BREAK_GLASS_SIGN_IN'
  | 'DENIED'
  | 'ELIGIBLE_ASSIGNED'
  | 'EXPIRED'
  | 'EXPIRING_SOON'
  | 'EXTENSION_DECIDED'
  | 'EXTENSION_REQUESTED'
  | 'PENDING_APPROVAL'
  | 'PRINCIPAL_DISABLED'
  | 'REQUEST_EXPIRED'
  | 'REVIEW_COMPLETED'
  | 'REVIEW_ENDING'
  | 'REVIEW_STARTED';

export type NotificationSettings = {
  __typename: 'NotificationSettings';
  additionalRecipients: Array<Scalars['String']['output']>;
  criticalOnly: Scalars['Boolean']['output'];
  notifyAdmins: Scalars['Boolean']['output'];
  notifyApprovers: Scalars['Boolean']['output'];
  notifyRequester: Scalars['Boolean']['output'];
};

export type NotificationSettingsInput = {
  additionalRecipients?: InputMaybe<Array<Scalars['String']['input']>>;
  criticalOnly?: InputMaybe<Scalars['Boolean']['input']>;
  notifyAdmins?: InputMaybe<Scalars['Boolean']['input']>;
  notifyApprovers?: InputMaybe<Scalars['Boolean']['input']>;
  notifyRequester?: InputMaybe<Scalars['Boolean']['input']>;
};

/** ASC: smallest (earliest, A) first; DESC: largest first */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** The numbers of the Overview page, each counting only what the viewer may list */
export type Overview = {
  __typename: 'Overview';
  /** Activations that started on each of the last 30 UTC days, oldest first, today last, zeros included */
  activationsPerDay: Array<DailyCount>;
  /** The instant the numbers are for */
  at: Scalars['DateTime']['output'];
  /** One row per role kind (DIRECTORY, GROUP, RESOURCE): privileged roles only, in force now */
  holdings: Array<PrivilegedHoldingCount>;
  /** Open alerts by severity, HIGH first; null when the viewer may not read alerts */
  openAlerts: Maybe<Array<AlertSeverityCount>>;
  /** Requests waiting for a decision (approval, or an administrator’s for an extension or renewal) */
  requestsWaiting: Scalars['Int']['output'];
  /** Access reviews with an instance in progress */
  reviewsInProgress: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Who can hold a role: a user, a group or a service principal */
export type Principal = {
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** A disabled principal holds nothing */
  enabled: Scalars['Boolean']['output'];
  /** The identity provider's or source system's id (unique among principals of one type) */
  externalId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Where it came from; a source only removes what it created */
  source: Source;
  type: PrincipalType;
};

export type PrincipalConnection = {
  __typename: 'PrincipalConnection';
  edges: Array<PrincipalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PrincipalEdge = {
  __typename: 'PrincipalEdge';
  cursor: Scalars['String']['output'];
  node: Principal;
};

export type PrincipalType =
  | 'GROUP'
  | 'SERVICE_PRINCIPAL'
  | 'USER';

/** Assignments of privileged roles of one kind in force now, as the viewer may list them */
export type PrivilegedHoldingCount = {
  __typename: 'PrivilegedHoldingCount';
  /** Time-bound ACTIVE assignments in force, activations included */
  active: Scalars['Int']['output'];
  /** ELIGIBLE assignments in force */
  eligible: Scalars['Int']['output'];
  kind: RoleKind;
  /** ACTIVE assignments in force with no end */
  permanent: Scalars['Int']['output'];
};

export type Query = {
  __typename: 'Query';
  accessReview: AccessReview;
  accessReviewInstance: AccessReviewInstance;
  /** Access reviews, newest first */
  accessReviews: AccessReviewConnection;
  /** Past activations, deactivations, expiries and revocations visible to me (at a scope and below), newest first */
  activationEvents: ActivationEventConnection;
  /** One alert of the catalogue; NOT_FOUND for an id that is none, or an alert I may not read */
  alert: Alert;
  /** The alert catalogue with what each found, in the catalogue’s order */
  alerts: Array<Alert>;
  /** API tokens of a service principal (or all unrevoked ones) */
  apiTokens: Array<ApiToken>;
  /** Newest first */
  auditEvents: AuditEventConnection;
  /** Does each principal hold each role at each scope (now, or as of an instant)? In the order asked; at most 1000 a call */
  checkAccess: Array<AccessCheckResult>;
  /** The roles a principal holds (at a scope, including inherited ones), now or as of an instant */
  effectiveAccess: Array<EffectiveRole>;
  /** Why a principal holds a role at a scope: each path with its window */
  explainAccess: Array<AccessPath>;
  /** The connected identity providers, by name */
  identityProviders: Array<IdentityProvider>;
  /** What a setup or invitation link is for */
  invitation: Invitation;
  /** The signed-in user */
  me: User;
  /** My in-app notifications, newest first */
  notifications: NotificationConnection;
  /** The Overview page: privileged holdings, activations per day, requests waiting, open alerts, reviews in progress */
  overview: Overview;
  principal: Principal;
  principals: PrincipalConnection;
  reviewItems: AccessReviewItemConnection;
  roleAssignment: RoleAssignment;
  /** Who holds which role at which scope */
  roleAssignments: RoleAssignmentConnection;
  roleDefinition: RoleDefinition;
  roleDefinitions: Array<RoleDefinition>;
  roleRequest: RoleRequest;
  roleRequests: RoleRequestConnection;
  roleSettings: RoleSettings;
  /** SCIM tokens, newest first */
  scimTokens: Array<ScimToken>;
  scope: Scope;
  /** Children of a scope (the root when both are null), or a search by name */
  scopes: Array<Scope>;
  /** The identity providers the sign-in page offers */
  signInProviders: Array<SignInProvider>;
  unreadNotificationCount: Scalars['Int']['output'];
  /** Recomputes the whole hash chain and checks it against the signed checkpoints */
  verifyAudit: AuditVerification;
  /** The signed-in principal (a user, or a service principal using an API token) */
  viewer: Principal;
  /** What I may use and administer: the dashboard offers only that (live: viewerCapabilitiesChanged) */
  viewerCapabilities: ViewerCapabilities;
  /** Where I may assign roles (and edit role settings), with the kinds of role: what assignRole will accept */
  viewerManageableScopes: Array<ManageableScope>;
  /** The session in use: when it expires and when it last passed MFA */
  viewerSession: SessionInfo;
  /** A webhook’s latest deliveries, newest first */
  webhookDeliveries: Array<WebhookDelivery>;
  webhooks: Array<Webhook>;
};


export type QueryAccessReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccessReviewInstanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccessReviewsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivationEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  scopeId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiTokensArgs = {
  servicePrincipalId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<AuditEventOrder>;
};


export type QueryCheckAccessArgs = {
  checks: Array<AccessCheckInput>;
};


export type QueryEffectiveAccessArgs = {
  asOf: InputMaybe<Scalars['DateTime']['input']>;
  principalId: Scalars['ID']['input'];
  scopeId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExplainAccessArgs = {
  asOf: InputMaybe<Scalars['DateTime']['input']>;
  principalId: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
  scopeId: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryNotificationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  unreadOnly: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPrincipalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPrincipalsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  search: InputMaybe<Scalars['String']['input']>;
  type: InputMaybe<PrincipalType>;
};


export type QueryReviewItemsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ReviewItemFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoleAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoleAssignmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RoleAssignmentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<RoleAssignmentOrder>;
};


export type QueryRoleDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoleDefinitionsArgs = {
  kind: InputMaybe<RoleKind>;
};


export type QueryRoleRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoleRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RoleRequestFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<RoleRequestOrder>;
};


export type QueryRoleSettingsArgs = {
  roleId: Scalars['ID']['input'];
  scopeId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryScopeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScopesArgs = {
  parentId: InputMaybe<Scalars['ID']['input']>;
  search: InputMaybe<Scalars['String']['input']>;
  types: InputMaybe<Array<ScopeType>>;
};


export type QueryWebhookDeliveriesArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};

export type QueueEventKind =
  | 'ADDED'
  | 'REMOVED'
  | 'UPDATED';

export type RequestAction =
  | 'ADMIN_ASSIGN'
  | 'ADMIN_EXTEND'
  | 'ADMIN_REMOVE'
  | 'ADMIN_RENEW'
  | 'ADMIN_UPDATE'
  | 'SELF_ACTIVATE'
  | 'SELF_DEACTIVATE'
  | 'SELF_EXTEND'
  | 'SELF_RENEW';

export type RequestStatus =
  | 'CANCELED'
  | 'DENIED'
  | 'EXPIRED'
  | 'FAILED'
  | 'GRANTED'
  | 'PENDING_ADMIN_DECISION'
  | 'PENDING_APPROVAL'
  | 'PROVISIONED'
  | 'REVOKED';

/** Which holdings a review covers: eligible, active (assigned, not activations), or both */
export type ReviewAssignmentType =
  | 'ACTIVE'
  | 'ALL'
  | 'ELIGIBLE';

export type ReviewDecision =
  | 'APPROVE'
  | 'DENY'
  | 'DONT_KNOW';

/** What completion makes of items nobody answered (DONT_KNOW counts as no answer) */
export type ReviewDefaultDecision =
  | 'APPROVE'
  | 'NO_CHANGE'
  | 'RECOMMENDATION'
  | 'REMOVE';

export type ReviewFrequency =
  | 'ANNUAL'
  | 'MONTHLY'
  | 'ONE_TIME'
  | 'QUARTERLY'
  | 'SEMI_ANNUAL'
  | 'WEEKLY';

export type ReviewInstanceStatus =
  | 'APPLIED'
  | 'APPLYING'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type ReviewItemFilter = {
  decided?: InputMaybe<Scalars['Boolean']['input']>;
  instanceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the items I may decide now (the default without instanceId) */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What completion settled: kept, removed (when applied), or left as it is */
export type ReviewOutcome =
  | 'APPROVE'
  | 'DENY'
  | 'NO_CHANGE';

export type ReviewProgress = {
  __typename: 'ReviewProgress';
  approved: Scalars['Int']['output'];
  /** Items with an answer (DONT_KNOW included) */
  decided: Scalars['Int']['output'];
  denied: Scalars['Int']['output'];
  dontKnow: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ReviewRecommendation =
  | 'APPROVE'
  | 'DENY';

/** When instances start, how long each lasts, when the series ends */
export type ReviewRecurrence = {
  __typename: 'ReviewRecurrence';
  /** How long each instance lasts (a monthly one: at most 27 days) */
  durationDays: Scalars['Int']['output'];
  /** No instance starts at or after this instant */
  endAt: Maybe<Scalars['DateTime']['output']>;
  frequency: ReviewFrequency;
  /** No more instances than this many occurrences */
  occurrences: Maybe<Scalars['Int']['output']>;
};

export type ReviewRecurrenceInput = {
  /** Days each instance lasts: weekly ≤ 6, monthly ≤ 27, quarterly ≤ 62, semi-annual ≤ 123, annual and one-time ≤ 180 */
  durationDays: Scalars['Int']['input'];
  endAt?: InputMaybe<Scalars['DateTime']['input']>;
  frequency: ReviewFrequency;
  occurrences?: InputMaybe<Scalars['Int']['input']>;
};

/** Who reviews: named users, the members of named groups, each holder, or their manager (with fallbacks) */
export type Reviewer = {
  __typename: 'Reviewer';
  /** SELF and MANAGER: who reviews items without a reviewer of their own */
  fallbackPrincipals: Array<Principal>;
  kind: ReviewerKind;
  /** USERS and GROUPS: who reviews */
  principals: Array<Principal>;
};

export type ReviewerInput = {
  /** SELF and MANAGER: who reviews items without a reviewer of their own (required for MANAGER) */
  fallbackPrincipalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: ReviewerKind;
  /** USERS: the users; GROUPS: the groups whose members review */
  principalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** USERS and GROUPS name reviewers; SELF: each holder; MANAGER: each holder’s manager (with fallbacks) */
export type ReviewerKind =
  | 'GROUPS'
  | 'MANAGER'
  | 'SELF'
  | 'USERS';

export type RoleAssignment = {
  __typename: 'RoleAssignment';
  /** The stored schedule behind this row (differs from id on rows expanded from a group) */
  assignmentId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Maybe<Principal>;
  /** ACTIVATED: the eligibility it came from */
  eligibility: Maybe<RoleAssignment>;
  /** null: permanent */
  endAt: Maybe<Scalars['DateTime']['output']>;
  endReason: Maybe<EndReason>;
  id: Scalars['ID']['output'];
  /** Set when it applies because it was made at an ancestor */
  inheritedFrom: Maybe<Scope>;
  origin: AssignmentOrigin;
  /** Who holds it (a group member on rows expanded from a group) */
  principal: Principal;
  role: RoleDefinition;
  /** The end that was scheduled, when the assignment ended early */
  scheduledEndAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the assignment was made */
  scope: Scope;
  /** Where the assignment came from: made in Elevate, provisioned over SCIM, from a sign-in, imported */
  source: Source;
  startAt: Maybe<Scalars['DateTime']['output']>;
  /** At the instant the list was evaluated (asOf, or now) */
  state: AssignmentState;
  type: AssignmentType;
  /** Set when listed through a group */
  viaGroup: Maybe<Principal>;
};

export type RoleAssignmentConnection = {
  __typename: 'RoleAssignmentConnection';
  edges: Array<RoleAssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleAssignmentEdge = {
  __typename: 'RoleAssignmentEdge';
  cursor: Scalars['String']['output'];
  node: RoleAssignment;
};

export type RoleAssignmentFilter = {
  /** Evaluate the state at this instant instead of now */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** List the users who hold it through a group, with the group named */
  expandGroups?: InputMaybe<Scalars['Boolean']['input']>;
  /** With scopeId: also assignments made at scopes below it */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** With scopeId: also assignments made at ancestors of the scope, which apply to it */
  includeInherited?: InputMaybe<Scalars['Boolean']['input']>;
  principalId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  /** IN_FORCE by default */
  state?: InputMaybe<AssignmentState>;
  type?: InputMaybe<AssignmentType>;
};

/** The order of a list of assignments: ties are broken by the row id, in the same direction */
export type RoleAssignmentOrder = {
  direction: OrderDirection;
  field: RoleAssignmentOrderField;
};

export type RoleAssignmentOrderField =
  /** the end of the listed window; permanent rows sort as the latest */
  | 'END_AT'
  /** the holder’s display name (a group’s member when groups are expanded), case-insensitive */
  | 'PRINCIPAL_NAME'
  /** the role’s name, case-insensitive */
  | 'ROLE_NAME'
  /** the name of the scope the assignment was made at, case-insensitive */
  | 'SCOPE_NAME'
  /** the start of the listed window */
  | 'START_AT';

export type RoleDefinition = {
  __typename: 'RoleDefinition';
  builtIn: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** How many hold the role now, among the assignments the viewer may read */
  holders: RoleHolderCount;
  id: Scalars['ID']['output'];
  kind: RoleKind;
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
  /** Privileged roles get stricter defaults and count for alerts */
  privileged: Scalars['Boolean']['output'];
  /** The role-wide settings: what applies wherever no override is saved */
  settings: RoleSettings;
};

/** How many hold a role now: assignments in force that the viewer may read (a group counts once) */
export type RoleHolderCount = {
  __typename: 'RoleHolderCount';
  /** Active assignments in force: assigned (time-bound or permanent) and activations */
  active: Scalars['Int']['output'];
  /** Eligible assignments in force */
  eligible: Scalars['Int']['output'];
};

export type RoleKind =
  | 'DIRECTORY'
  | 'GROUP'
  | 'RESOURCE';

/** Every change goes through a request */
export type RoleRequest = {
  __typename: 'RoleRequest';
  action: RequestAction;
  /** The approval stages with their approvers and decisions */
  approvals: Array<ApprovalStageStatus>;
  /** The schedule it created or changed */
  assignment: Maybe<RoleAssignment>;
  /** Whether I may decide this request now */
  canDecide: Scalars['Boolean']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Approval: the stage being decided (0-based) */
  currentStage: Scalars['Int']['output'];
  /** The length asked for (an approver may have shortened it) */
  duration: Maybe<Scalars['Duration']['output']>;
  endAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  justification: Maybe<Scalars['String']['output']>;
  principal: Principal;
  requestedBy: Principal;
  role: RoleDefinition;
  scope: Scope;
  /** The role settings the request was made (and is decided) under */
  settings: Maybe<RoleSettings>;
  /** The eligibility activated, or the assignment extended or renewed */
  source: Maybe<RoleAssignment>;
  /** When the current approval stage started */
  stageStartedAt: Maybe<Scalars['DateTime']['output']>;
  startAt: Maybe<Scalars['DateTime']['output']>;
  status: RequestStatus;
  /** Why the request failed or was refused */
  statusReason: Maybe<Scalars['String']['output']>;
  ticketNumber: Maybe<Scalars['String']['output']>;
  ticketSystem: Maybe<Scalars['String']['output']>;
  type: AssignmentType;
  /** A dry run (validateOnly): nothing was stored */
  validateOnly: Scalars['Boolean']['output'];
};

export type RoleRequestConnection = {
  __typename: 'RoleRequestConnection';
  edges: Array<RoleRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleRequestEdge = {
  __typename: 'RoleRequestEdge';
  cursor: Scalars['String']['output'];
  node: RoleRequest;
};

export type RoleRequestFilter = {
  action?: InputMaybe<Array<RequestAction>>;
  /** Only requests waiting for my decision (my approval queue) */
  awaitingMyDecision?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only requests I made or that are about me */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  principalId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<RequestStatus>>;
};

/** The order of a list of requests: ties are broken by the request id, in the same direction */
export type RoleRequestOrder = {
  direction: OrderDirection;
  field: RoleRequestOrderField;
};

export type RoleRequestOrderField =
  /** when the request was made */
  | 'CREATED_AT'
  /** the display name of whom the request is for, case-insensitive */
  | 'PRINCIPAL_NAME'
  /** the role’s name, case-insensitive */
  | 'ROLE_NAME'
  /** the scope’s name, case-insensitive */
  | 'SCOPE_NAME';

/** The settings that govern a role at a scope */
export type RoleSettings = {
  __typename: 'RoleSettings';
  activation: ActivationSettings;
  assignment: AssignmentSettings;
  /** Nothing was saved: the defaults apply */
  isDefault: Scalars['Boolean']['output'];
  notifications: NotificationSettings;
  role: RoleDefinition;
  /** The scope of the override in force; null for the role-wide settings */
  scope: Maybe<Scope>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  updatedBy: Maybe<Principal>;
};

/** Fields left out keep their current value */
export type RoleSettingsInput = {
  activation?: InputMaybe<ActivationSettingsInput>;
  assignment?: InputMaybe<AssignmentSettingsInput>;
  notifications?: InputMaybe<NotificationSettingsInput>;
};

/** A bearer token an identity provider provisions users and groups with over SCIM; the token itself is shown only once */
export type ScimToken = {
  __typename: 'ScimToken';
  createdAt: Scalars['DateTime']['output'];
  /** null: until revoked */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Where a role applies: one tree from the tenant root `/` */
export type Scope = {
  __typename: 'Scope';
  /** From the root down to this scope, itself included */
  ancestors: Array<Scope>;
  /** Set once archived: it leaves listings and takes no new assignments */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  childCount: Scalars['Int']['output'];
  /** The source system's id (an Azure resource id, an AWS account or OU id, a GCP project): unique per type */
  externalId: Maybe<Scalars['String']['output']>;
  /** GROUP scopes: the group */
  group: Maybe<Group>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent: Maybe<Scope>;
  type: ScopeType;
  /** Whether I may rename, move or archive this scope */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether I may manage assignments (and settings) of roles of this kind here */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The kinds of scope I may create under this one (empty: none): what createScope accepts */
  viewerChildTypes: Array<ScopeType>;
};


/** Where a role applies: one tree from the tenant root `/` */
export type ScopeViewerCanManageArgs = {
  kind: RoleKind;
};

export type ScopeType =
  | 'ADMINISTRATIVE_UNIT'
  | 'GROUP'
  | 'MANAGEMENT_GROUP'
  | 'RESOURCE'
  | 'RESOURCE_GROUP'
  | 'SUBSCRIPTION'
  | 'TENANT';

export type ServicePrincipal = Principal & {
  __typename: 'ServicePrincipal';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** A disabled principal holds nothing */
  enabled: Scalars['Boolean']['output'];
  /** The identity provider's or source system's id (unique among principals of one type) */
  externalId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Where it came from; a source only removes what it created */
  source: Source;
  type: PrincipalType;
};

export type Session = {
  __typename: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  /** When this session last passed a TOTP step-up */
  mfaAt: Maybe<Scalars['DateTime']['output']>;
  /** Bearer token: send as `Authorization: Bearer <token>`. Empty from stepUpMfa when the session travels in the httpOnly cookie */
  token: Scalars['String']['output'];
  user: User;
};

/** The session in use, without its token */
export type SessionInfo = {
  __typename: 'SessionInfo';
  expiresAt: Scalars['DateTime']['output'];
  /** SESSION for a signed-in user, API_TOKEN for a service principal */
  kind: Scalars['String']['output'];
  /** When this session last passed a TOTP step-up */
  mfaAt: Maybe<Scalars['DateTime']['output']>;
  /** Until when the step-up counts as recent (MFA is not asked again before) */
  mfaFreshUntil: Maybe<Scalars['DateTime']['output']>;
};

/** A way to sign in the sign-in page offers */
export type SignInProvider = {
  __typename: 'SignInProvider';
  guest: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** GET on the API; add ?invitation=<token> to accept an invitation, ?returnTo=<path> */
  signInPath: Scalars['String']['output'];
};

/** Where a principal came from: made in Elevate, provisioned over SCIM, first signed in through OpenID Connect, or imported */
export type Source =
  | 'IMPORT'
  | 'LOCAL'
  | 'OIDC'
  | 'SCIM';

export type StageState =
  | 'APPROVED'
  /** The request ended (canceled, expired, failed) before this stage was decided */
  | 'CLOSED'
  | 'DENIED'
  | 'NOT_STARTED'
  | 'PENDING';

export type Subscription = {
  __typename: 'Subscription';
  /** Access review instances changing (started, decided, completed, applied, reset) that I may see: my review lists and progress */
  accessReviewChanged: AccessReviewInstance;
  /** Activations, deactivations, expiries and revocations visible to me (at a scope and below) */
  activations: ActivationEvent;
  /** An alert raised, changed, dismissed or cleared, as I may read it */
  alerts: Alert;
  /** Requests entering, changing in and leaving my approval queue */
  approvalQueue: ApprovalQueueEvent;
  /** My own requests as their status changes */
  myRequests: RoleRequest;
  /** My new in-app notifications as they are written */
  notifications: Notification;
  /** What I may use (viewerCapabilities): the answer now, then each time it changes (a role activated, deactivated, expired, assigned or removed; a group membership) */
  viewerCapabilitiesChanged: ViewerCapabilities;
};


export type SubscriptionActivationsArgs = {
  scopeId: InputMaybe<Scalars['ID']['input']>;
};

export type TotpEnrolment = {
  __typename: 'TotpEnrolment';
  /** Base32 secret, for manual entry */
  secret: Scalars['String']['output'];
  /** otpauth:// URI, for a QR code */
  uri: Scalars['String']['output'];
};

export type UpdateAssignmentInput = {
  assignmentId: Scalars['ID']['input'];
  /** New length from the start, instead of endAt */
  duration?: InputMaybe<Scalars['Duration']['input']>;
  endAt?: InputMaybe<Scalars['DateTime']['input']>;
  justification?: InputMaybe<Scalars['String']['input']>;
  /** Make it permanent, where the settings allow it */
  permanent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only for schedules that have not started yet */
  startAt?: InputMaybe<Scalars['DateTime']['input']>;
  ticketNumber?: InputMaybe<Scalars['String']['input']>;
  ticketSystem?: InputMaybe<Scalars['String']['input']>;
  validateOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Rename a scope, or move it (with everything below it) under another parent */
export type UpdateScopeInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new parent: inheritance changes from now on; the past keeps its tree */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** What to change of a user; fields left out stay as they are */
export type UpdateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** The new manager; null removes the manager */
  managerId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateWebhookInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<NotificationEvent>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type User = Principal & {
  __typename: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** A disabled principal holds nothing */
  enabled: Scalars['Boolean']['output'];
  /** The identity provider's or source system's id (unique among principals of one type) */
  externalId: Maybe<Scalars['String']['output']>;
  /** Groups the user is an active member of now */
  groups: Array<Group>;
  /** Guests: the organisation they come from */
  homeOrganization: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The identity providers the user signs in through; empty for those who do not read their details */
  identityBindings: Array<IdentityBinding>;
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  manager: Maybe<User>;
  /** Whether the user has an authenticator; only shown to the user */
  mfaEnrolled: Maybe<Scalars['Boolean']['output']>;
  /** Whether a password signs the user in (off: only their identity providers); null for those who do not read their details */
  passwordSignIn: Maybe<Scalars['Boolean']['output']>;
  /** Where it came from; a source only removes what it created */
  source: Source;
  type: PrincipalType;
  userType: UserType;
};

export type UserType =
  | 'GUEST'
  | 'MEMBER';

/** What the signed-in principal may use and administer, from what it actively holds now (DOMAIN.md "Who may do what") */
export type ViewerCapabilities = {
  __typename: 'ViewerCapabilities';
  /** Create, rename, move or archive scopes somewhere (Global Administrators; Owners and Contributors below where they hold it) */
  editScopes: Scalars['Boolean']['output'];
  /** Create and run access reviews (those who manage assignments somewhere) */
  manageAccessReviews: Scalars['Boolean']['output'];
  /** Change, dismiss, refresh and remediate alerts (Global and Privileged Role Administrators) */
  manageAlerts: Scalars['Boolean']['output'];
  /** Create, change and remove assignments somewhere (viewerManageableScopes is not empty) */
  manageAssignments: Scalars['Boolean']['output'];
  /** Create, disable and enable groups that are not role-assignable (also Groups Administrators) */
  manageGroups: Scalars['Boolean']['output'];
  /** Identity providers and SCIM provisioning (Global Administrators only) */
  manageIdentityProviders: Scalars['Boolean']['output'];
  /** Create, disable and enable role-assignable groups (Global and Privileged Role Administrators) */
  manageRoleAssignableGroups: Scalars['Boolean']['output'];
  /** Change role settings somewhere (role-wide or as an override at a scope) */
  manageRoleSettings: Scalars['Boolean']['output'];
  /** Service principals, API tokens, webhooks (Global and Privileged Role Administrators) */
  manageTenant: Scalars['Boolean']['output'];
  /** Create, invite and update users (Global and User Administrators) */
  manageUsers: Scalars['Boolean']['output'];
  /** Webhooks (Global and Privileged Role Administrators) */
  manageWebhooks: Scalars['Boolean']['output'];
  /** Access reviews of roles one reads somewhere */
  readAccessReviews: Scalars['Boolean']['output'];
  /** Activations of others at scopes one reads (beyond one’s own) */
  readActivity: Scalars['Boolean']['output'];
  /** Security alerts: the directory’s readers, and resource Owners and User Access Administrators (their scopes’ resource alerts) */
  readAlerts: Scalars['Boolean']['output'];
  /** Read assignments and requests of others somewhere (beyond one’s own) */
  readAssignments: Scalars['Boolean']['output'];
  /** Audit events of others at scopes one reads (beyond one’s own) */
  readAudit: Scalars['Boolean']['output'];
  /** People and groups as a page: those who read beyond their own, and User and Groups Administrators */
  readDirectory: Scalars['Boolean']['output'];
  /** Read role assignments at the tenant root: the tenant-wide Overview */
  readOverview: Scalars['Boolean']['output'];
  /** The role settings page, read-only: those who read beyond their own */
  readRoleSettings: Scalars['Boolean']['output'];
  /** The role catalogue with who holds what: those who read beyond their own */
  readRoles: Scalars['Boolean']['output'];
  /** The scope tree as a page: those who read beyond their own, and those who edit scopes */
  readScopes: Scalars['Boolean']['output'];
};

/** An endpoint receiving signed deliveries of events. Its secret is shown once, at creation. */
export type Webhook = {
  __typename: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  events: Array<NotificationEvent>;
  id: Scalars['ID']['output'];
  /** The latest delivery and its result */
  lastDelivery: Maybe<WebhookDelivery>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

/** One delivery of an event to a webhook, with its latest attempt */
export type WebhookDelivery = {
  __typename: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  event: NotificationEvent;
  /** Also sent as X-Elevate-Delivery and as the body’s id: receivers drop repeats by it */
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  /** HTTP status of the latest attempt */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When it is tried again (PENDING after a failure) */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
};

export type ActivityTable_EventFragment = { __typename: 'ActivationEvent', kind: ActivationEventKind, at: string, assignment: { __typename: 'RoleAssignment', id: string, endAt: string | null, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string }, viaGroup: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null } } & { ' $fragmentName'?: 'ActivityTable_EventFragment' };

export type ActivityHistoryQueryVariables = Exact<{
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityHistoryQuery = { activationEvents: { __typename: 'ActivationEventConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ActivationEventEdge', node: (
        { __typename: 'ActivationEvent', kind: ActivationEventKind, at: string, assignment: { __typename: 'RoleAssignment', id: string } }
        & { ' $fragmentRefs'?: { 'ActivityTable_EventFragment': ActivityTable_EventFragment } }
      ) }> } };

export type AlertIncident_IncidentFragment = { __typename: 'AlertIncident', id: string, alertType: AlertType, detail: string, raisedAt: string, viewerCanRemediate: boolean, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, role: { __typename: 'RoleDefinition', id: string, name: string } | null, scope: { __typename: 'Scope', id: string, name: string } | null, assignment: { __typename: 'RoleAssignment', assignmentId: string } | null } & { ' $fragmentName'?: 'AlertIncident_IncidentFragment' };

export type AlertIncidentsMoreQueryVariables = Exact<{
  alertId: Scalars['ID']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertIncidentsMoreQuery = { alert: { __typename: 'Alert', id: string, incidentPage: { __typename: 'AlertIncidentConnection', totalCount: number, edges: Array<{ __typename: 'AlertIncidentEdge', node: (
          { __typename: 'AlertIncident', id: string }
          & { ' $fragmentRefs'?: { 'AlertIncident_IncidentFragment': AlertIncident_IncidentFragment } }
        ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type AlertCard_AlertFragment = { __typename: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, description: string, mitigation: string, active: boolean, dismissed: boolean, dismissedAt: string | null, incidentCount: number, lastScannedAt: string | null, remediable: boolean, resource: boolean, viewerCanManage: boolean, remedy: AlertRemedy, dismissedBy: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, settings: { __typename: 'AlertSettings', enabled: boolean, thresholds: Array<{ __typename: 'AlertThreshold', name: string, label: string, min: number, max: number, value: number, defaultValue: number }> }, incidentPage: { __typename: 'AlertIncidentConnection', totalCount: number, edges: Array<{ __typename: 'AlertIncidentEdge', node: (
        { __typename: 'AlertIncident', id: string }
        & { ' $fragmentRefs'?: { 'AlertIncident_IncidentFragment': AlertIncident_IncidentFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } & { ' $fragmentName'?: 'AlertCard_AlertFragment' };

export type AlertListQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertListQuery = { alerts: Array<(
    { __typename: 'Alert', id: string, severity: AlertSeverity }
    & { ' $fragmentRefs'?: { 'AlertCard_AlertFragment': AlertCard_AlertFragment } }
  )> };

export type AlertChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AlertChangedSubscription = { alerts: (
    { __typename: 'Alert', id: string, severity: AlertSeverity }
    & { ' $fragmentRefs'?: { 'AlertCard_AlertFragment': AlertCard_AlertFragment } }
  ) };

export type UpdateAlertSettingsMutationVariables = Exact<{
  alertId: Scalars['ID']['input'];
  input: AlertSettingsInput;
}>;


export type UpdateAlertSettingsMutation = { updateAlertSettings: (
    { __typename: 'Alert', id: string }
    & { ' $fragmentRefs'?: { 'AlertCard_AlertFragment': AlertCard_AlertFragment } }
  ) };

export type DismissAlertMutationVariables = Exact<{
  alertId: Scalars['ID']['input'];
}>;


export type DismissAlertMutation = { dismissAlert: (
    { __typename: 'Alert', id: string }
    & { ' $fragmentRefs'?: { 'AlertCard_AlertFragment': AlertCard_AlertFragment } }
  ) };

export type RefreshAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshAlertsMutation = { refreshAlerts: Array<(
    { __typename: 'Alert', id: string }
    & { ' $fragmentRefs'?: { 'AlertCard_AlertFragment': AlertCard_AlertFragment } }
  )> };

export type RemediateAlertIncidentMutationVariables = Exact<{
  incidentId: Scalars['ID']['input'];
  justification: InputMaybe<Scalars['String']['input']>;
}>;


export type RemediateAlertIncidentMutation = { remediateAlertIncident: (
    { __typename: 'Alert', id: string }
    & { ' $fragmentRefs'?: { 'AlertCard_AlertFragment': AlertCard_AlertFragment } }
  ) };

export type ApproveRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  justification: InputMaybe<Scalars['String']['input']>;
  duration: InputMaybe<Scalars['Duration']['input']>;
}>;


export type ApproveRequestMutation = { approveRequest: (
    { __typename: 'RoleRequest', id: string }
    & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment } }
  ) };

export type DenyRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  justification: InputMaybe<Scalars['String']['input']>;
}>;


export type DenyRequestMutation = { denyRequest: (
    { __typename: 'RoleRequest', id: string }
    & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment } }
  ) };

export type DecideRequestsMutationVariables = Exact<{
  requestIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  decision: Decision;
  justification: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideRequestsMutation = { decideRequests: Array<(
    { __typename: 'RoleRequest', id: string }
    & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment } }
  )> };

export type ApprovalQueueQueryVariables = Exact<{
  orderBy: InputMaybe<RoleRequestOrder>;
}>;


export type ApprovalQueueQuery = { roleRequests: { __typename: 'RoleRequestConnection', totalCount: number, edges: Array<{ __typename: 'RoleRequestEdge', node: (
        { __typename: 'RoleRequest', id: string, createdAt: string, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string } }
        & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment } }
      ) }> } };

export type ActivationSettingsQueryVariables = Exact<{
  roleId: Scalars['ID']['input'];
  scopeId: InputMaybe<Scalars['ID']['input']>;
}>;


export type ActivationSettingsQuery = { roleSettings: { __typename: 'RoleSettings', activation: { __typename: 'ActivationSettings', maxDuration: string, requireApproval: boolean, requireJustification: boolean, requireMfa: boolean, requireTicket: boolean } } };

export type ActivateRoleMutationVariables = Exact<{
  input: ActivateRoleInput;
}>;


export type ActivateRoleMutation = { activateRole: (
    { __typename: 'RoleRequest', id: string, status: RequestStatus, startAt: string | null, endAt: string | null }
    & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment } }
  ) };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { __typename: 'RoleRequest', id: string, status: RequestStatus, validateOnly: boolean, type: AssignmentType, startAt: string | null, endAt: string | null, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string } } };

export type AssignmentRow_AssignmentFragment = { __typename: 'RoleAssignment', id: string, assignmentId: string, type: AssignmentType, origin: AssignmentOrigin, state: AssignmentState, startAt: string | null, endAt: string | null, principal: { __typename: 'Group', id: string, displayName: string, type: PrincipalType } | { __typename: 'ServicePrincipal', id: string, displayName: string, type: PrincipalType } | { __typename: 'User', id: string, displayName: string, type: PrincipalType }, role: { __typename: 'RoleDefinition', id: string, name: string, kind: RoleKind }, scope: { __typename: 'Scope', id: string, name: string, type: ScopeType, manageDirectory: boolean, manageResource: boolean, manageGroup: boolean }, inheritedFrom: { __typename: 'Scope', id: string, name: string } | null, viaGroup: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null } & { ' $fragmentName'?: 'AssignmentRow_AssignmentFragment' };

export type AssignmentPage_AssignmentsFragment = { __typename: 'RoleAssignmentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'RoleAssignmentEdge', node: (
      { __typename: 'RoleAssignment', id: string }
      & { ' $fragmentRefs'?: { 'AssignmentRow_AssignmentFragment': AssignmentRow_AssignmentFragment } }
    ) }> } & { ' $fragmentName'?: 'AssignmentPage_AssignmentsFragment' };

export type DeactivateRoleMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type DeactivateRoleMutation = { deactivateRole: { __typename: 'RoleRequest', id: string, status: RequestStatus } };

export type RequestExtensionMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
}>;


export type RequestExtensionMutation = { requestExtension: { __typename: 'RoleRequest', id: string, status: RequestStatus } };

export type RequestRenewalMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
}>;


export type RequestRenewalMutation = { requestRenewal: { __typename: 'RoleRequest', id: string, status: RequestStatus } };

export type MyRoleTable_AssignmentFragment = { __typename: 'RoleAssignment', id: string, assignmentId: string, type: AssignmentType, origin: AssignmentOrigin, state: AssignmentState, startAt: string | null, endAt: string | null, endReason: EndReason | null, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string, type: ScopeType }, viaGroup: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null } & { ' $fragmentName'?: 'MyRoleTable_AssignmentFragment' };

export type RemoveAssignmentMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  justification: InputMaybe<Scalars['String']['input']>;
}>;


export type RemoveAssignmentMutation = { removeAssignment: { __typename: 'RoleRequest', id: string, status: RequestStatus } };

export type RoleCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleCatalogueQuery = { roleDefinitions: Array<{ __typename: 'RoleDefinition', id: string, name: string, kind: RoleKind }> };

export type AssignmentListQueryVariables = Exact<{
  filter: RoleAssignmentFilter;
  after: InputMaybe<Scalars['String']['input']>;
  orderBy: InputMaybe<RoleAssignmentOrder>;
}>;


export type AssignmentListQuery = { roleAssignments: (
    { __typename: 'RoleAssignmentConnection', totalCount: number }
    & { ' $fragmentRefs'?: { 'AssignmentPage_AssignmentsFragment': AssignmentPage_AssignmentsFragment } }
  ) };

export type MyAssignmentsQueryVariables = Exact<{
  principalId: Scalars['ID']['input'];
  state: AssignmentState;
}>;


export type MyAssignmentsQuery = { roleAssignments: { __typename: 'RoleAssignmentConnection', totalCount: number, edges: Array<{ __typename: 'RoleAssignmentEdge', node: (
        { __typename: 'RoleAssignment', id: string, type: AssignmentType, endAt: string | null }
        & { ' $fragmentRefs'?: { 'MyRoleTable_AssignmentFragment': MyRoleTable_AssignmentFragment } }
      ) }> } };

export type MyOpenRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOpenRequestsQuery = { roleRequests: { __typename: 'RoleRequestConnection', totalCount: number, edges: Array<{ __typename: 'RoleRequestEdge', node: { __typename: 'RoleRequest', id: string, action: RequestAction, status: RequestStatus, createdAt: string, role: { __typename: 'RoleDefinition', id: string }, scope: { __typename: 'Scope', id: string } } }> } };

export type AuditTable_EventFragment = { __typename: 'AuditEvent', id: string, sequence: number, at: string, action: string, actorType: ActorType, justification: string | null, actor: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, targetPrincipal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, role: { __typename: 'RoleDefinition', id: string, name: string } | null, scope: { __typename: 'Scope', id: string, name: string } | null, request: { __typename: 'RoleRequest', id: string } | null } & { ' $fragmentName'?: 'AuditTable_EventFragment' };

export type RequestTimelineQueryVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type RequestTimelineQuery = { auditEvents: { __typename: 'AuditEventConnection', edges: Array<{ __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: string, at: string, action: string, actorType: ActorType, justification: string | null, actor: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, request: { __typename: 'RoleRequest', id: string, status: RequestStatus } | null } }> } };

export type AuditListQueryVariables = Exact<{
  filter: InputMaybe<AuditFilter>;
  after: InputMaybe<Scalars['String']['input']>;
  orderBy: InputMaybe<AuditEventOrder>;
}>;


export type AuditListQuery = { auditEvents: { __typename: 'AuditEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AuditEventEdge', node: (
        { __typename: 'AuditEvent' }
        & { ' $fragmentRefs'?: { 'AuditTable_EventFragment': AuditTable_EventFragment } }
      ) }> } };

export type InvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationQuery = { invitation: { __typename: 'Invitation', kind: InvitationKind, email: string, displayName: string, expiresAt: string, totpSecret: string, otpauthUri: string, identityProviderId: string | null, identityProvider: { __typename: 'SignInProvider', id: string, name: string, signInPath: string } | null } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totpCode: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'Session', expiresAt: string, user: { __typename: 'User', id: string, displayName: string } } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { signIn: { __typename: 'Session', expiresAt: string, user: { __typename: 'User', id: string, displayName: string } } };

export type SignInProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInProvidersQuery = { signInProviders: Array<{ __typename: 'SignInProvider', id: string, name: string, guest: boolean, signInPath: string }> };

export type StepUpMfaMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type StepUpMfaMutation = { stepUpMfa: { __typename: 'Session', mfaAt: string | null, expiresAt: string, user: { __typename: 'User', id: string } } };

export type IdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityProvidersQuery = { identityProviders: Array<{ __typename: 'IdentityProvider', id: string, name: string, issuer: string, clientId: string, hasClientSecret: boolean, scopes: Array<string>, groupsClaim: string | null, mfaClaimValues: Array<string>, guest: boolean, homeOrganization: string | null, createMembers: boolean, enabled: boolean, signInPath: string, createdAt: string, updatedAt: string }> };

export type CreateIdentityProviderMutationVariables = Exact<{
  input: IdentityProviderInput;
}>;


export type CreateIdentityProviderMutation = { createIdentityProvider: { __typename: 'IdentityProvider', id: string, name: string, enabled: boolean } };

export type UpdateIdentityProviderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: IdentityProviderInput;
}>;


export type UpdateIdentityProviderMutation = { updateIdentityProvider: { __typename: 'IdentityProvider', id: string, name: string, issuer: string, clientId: string, hasClientSecret: boolean, scopes: Array<string>, groupsClaim: string | null, mfaClaimValues: Array<string>, guest: boolean, homeOrganization: string | null, createMembers: boolean, enabled: boolean, updatedAt: string } };

export type LiveNotifications_RequestFragment = { __typename: 'RoleRequest', id: string, status: RequestStatus, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string }, approvals: Array<{ __typename: 'ApprovalStageStatus', stage: number, decisions: Array<{ __typename: 'ApprovalDecision', decidedAt: string }> }> } & { ' $fragmentName'?: 'LiveNotifications_RequestFragment' };

export type LiveNotifications_QueuedFragment = { __typename: 'RoleRequest', id: string, status: RequestStatus, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string }, approvals: Array<{ __typename: 'ApprovalStageStatus', stage: number, decisions: Array<{ __typename: 'ApprovalDecision', decision: Decision, decidedAt: string, approver: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } }> }> } & { ' $fragmentName'?: 'LiveNotifications_QueuedFragment' };

export type LiveNotifications_ActivationFragment = { __typename: 'ActivationEvent', kind: ActivationEventKind, assignment: { __typename: 'RoleAssignment', id: string, principal: { __typename: 'Group', id: string } | { __typename: 'ServicePrincipal', id: string } | { __typename: 'User', id: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string } } } & { ' $fragmentName'?: 'LiveNotifications_ActivationFragment' };

export type MyRequestsLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyRequestsLiveSubscription = { myRequests: (
    { __typename: 'RoleRequest', id: string, action: RequestAction, status: RequestStatus, createdAt: string, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string } }
    & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment;'LiveNotifications_RequestFragment': LiveNotifications_RequestFragment } }
  ) };

export type ApprovalQueueLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ApprovalQueueLiveSubscription = { approvalQueue: { __typename: 'ApprovalQueueEvent', kind: QueueEventKind, request: (
      { __typename: 'RoleRequest', id: string, createdAt: string, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string } }
      & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment;'LiveNotifications_QueuedFragment': LiveNotifications_QueuedFragment } }
    ) } };

export type ActivationsLiveSubscriptionVariables = Exact<{
  scopeId: InputMaybe<Scalars['ID']['input']>;
}>;


export type ActivationsLiveSubscription = { activations: (
    { __typename: 'ActivationEvent', kind: ActivationEventKind, at: string, assignment: (
      { __typename: 'RoleAssignment', id: string, type: AssignmentType, endAt: string | null, principal: { __typename: 'Group', id: string } | { __typename: 'ServicePrincipal', id: string } | { __typename: 'User', id: string }, scope: { __typename: 'Scope', id: string, type: ScopeType } }
      & { ' $fragmentRefs'?: { 'MyRoleTable_AssignmentFragment': MyRoleTable_AssignmentFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'ActivityTable_EventFragment': ActivityTable_EventFragment;'LiveNotifications_ActivationFragment': LiveNotifications_ActivationFragment } }
  ) };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notifications: (
    { __typename: 'Notification', id: string, createdAt: string, readAt: string | null }
    & { ' $fragmentRefs'?: { 'NotificationList_NotificationFragment': NotificationList_NotificationFragment } }
  ) };

export type AccessReviewChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccessReviewChangedSubscription = { accessReviewChanged: (
    { __typename: 'AccessReviewInstance', id: string, occurrence: number, review: { __typename: 'AccessReview', id: string } }
    & { ' $fragmentRefs'?: { 'ReviewInstance_InstanceFragment': ReviewInstance_InstanceFragment } }
  ) };

export type ViewerCapabilitiesLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesLiveSubscription = { viewerCapabilitiesChanged: (
    { __typename: 'ViewerCapabilities' }
    & { ' $fragmentRefs'?: { 'ViewerCapabilities_FlagsFragment': ViewerCapabilities_FlagsFragment } }
  ) };

export type NotificationInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationInboxQuery = { unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', edges: Array<{ __typename: 'NotificationEdge', node: (
        { __typename: 'Notification', id: string, createdAt: string, readAt: string | null }
        & { ' $fragmentRefs'?: { 'NotificationList_NotificationFragment': NotificationList_NotificationFragment } }
      ) }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: Array<{ __typename: 'Notification', id: string, readAt: string | null }> };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationList_NotificationFragment = { __typename: 'Notification', id: string, title: string, link: string | null, createdAt: string, readAt: string | null } & { ' $fragmentName'?: 'NotificationList_NotificationFragment' };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ __typename: 'Webhook', id: string, url: string, events: Array<NotificationEvent>, description: string | null, enabled: boolean, createdAt: string, lastDelivery: { __typename: 'WebhookDelivery', id: string, event: NotificationEvent, status: DeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, sentAt: string | null } | null }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: Scalars['ID']['input'];
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: Array<{ __typename: 'WebhookDelivery', id: string, event: NotificationEvent, status: DeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, sentAt: string | null, nextAttemptAt: string | null }> };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { __typename: 'CreatedWebhook', secret: string, webhook: { __typename: 'Webhook', id: string } } };

export type UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { __typename: 'Webhook', id: string, enabled: boolean } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { deleteWebhook: string };

export type OverviewNumbersQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewNumbersQuery = { overview: { __typename: 'Overview', at: string, requestsWaiting: number, reviewsInProgress: number, holdings: Array<{ __typename: 'PrivilegedHoldingCount', kind: RoleKind, eligible: number, active: number, permanent: number }>, activationsPerDay: Array<{ __typename: 'DailyCount', day: string, count: number }>, openAlerts: Array<{ __typename: 'AlertSeverityCount', severity: AlertSeverity, alerts: number, incidents: number }> | null } };

export type ApiTokensQueryVariables = Exact<{
  servicePrincipalId: Scalars['ID']['input'];
}>;


export type ApiTokensQuery = { apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  servicePrincipalId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  expiresInDays: InputMaybe<Scalars['Int']['input']>;
}>;


export type CreateApiTokenMutation = { createApiToken: { __typename: 'IssuedApiToken', token: string, apiToken: { __typename: 'ApiToken', id: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { __typename: 'ApiToken', id: string, revokedAt: string | null } };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { __typename: 'Group', id: string, displayName: string } };

export type CreateServicePrincipalMutationVariables = Exact<{
  input: CreateServicePrincipalInput;
}>;


export type CreateServicePrincipalMutation = { createServicePrincipal: { __typename: 'ServicePrincipal', id: string, displayName: string } };

export type EffectiveAccessTable_RoleFragment = { __typename: 'EffectiveRole', endAt: string | null, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string }, paths: Array<{ __typename: 'AccessPath', kind: AccessPathKind, startAt: string | null, endAt: string | null, group: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, inheritedFrom: { __typename: 'Scope', id: string, name: string } | null, assignment: { __typename: 'RoleAssignment', id: string, type: AssignmentType, origin: AssignmentOrigin, scope: { __typename: 'Scope', id: string, name: string } } }> } & { ' $fragmentName'?: 'EffectiveAccessTable_RoleFragment' };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { __typename: 'User', id: string, email: string, displayName: string } };

export type InviteProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteProvidersQuery = { signInProviders: Array<{ __typename: 'SignInProvider', id: string, name: string, guest: boolean }> };

type PeopleTable_Principal_Group_Fragment = { __typename: 'Group', description: string | null, id: string, displayName: string, type: PrincipalType, enabled: boolean } & { ' $fragmentName'?: 'PeopleTable_Principal_Group_Fragment' };

type PeopleTable_Principal_ServicePrincipal_Fragment = { __typename: 'ServicePrincipal', description: string | null, id: string, displayName: string, type: PrincipalType, enabled: boolean } & { ' $fragmentName'?: 'PeopleTable_Principal_ServicePrincipal_Fragment' };

type PeopleTable_Principal_User_Fragment = { __typename: 'User', email: string, userType: UserType, homeOrganization: string | null, id: string, displayName: string, type: PrincipalType, enabled: boolean } & { ' $fragmentName'?: 'PeopleTable_Principal_User_Fragment' };

export type PeopleTable_PrincipalFragment = PeopleTable_Principal_Group_Fragment | PeopleTable_Principal_ServicePrincipal_Fragment | PeopleTable_Principal_User_Fragment;

export type PeopleListQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  type: InputMaybe<PrincipalType>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleListQuery = { principals: { __typename: 'PrincipalConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PrincipalEdge', node: (
        { __typename: 'Group', id: string }
        & { ' $fragmentRefs'?: { 'PeopleTable_Principal_Group_Fragment': PeopleTable_Principal_Group_Fragment } }
      ) | (
        { __typename: 'ServicePrincipal', id: string }
        & { ' $fragmentRefs'?: { 'PeopleTable_Principal_ServicePrincipal_Fragment': PeopleTable_Principal_ServicePrincipal_Fragment } }
      ) | (
        { __typename: 'User', id: string }
        & { ' $fragmentRefs'?: { 'PeopleTable_Principal_User_Fragment': PeopleTable_Principal_User_Fragment } }
      ) }> } };

export type PersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonPageQuery = { principal: (
    { __typename: 'Group', roleAssignable: boolean, id: string, displayName: string, type: PrincipalType, enabled: boolean, scope: { __typename: 'Scope', id: string, name: string } }
    & { ' $fragmentRefs'?: { 'PrincipalDetails_Principal_Group_Fragment': PrincipalDetails_Principal_Group_Fragment } }
  ) | (
    { __typename: 'ServicePrincipal', id: string, displayName: string, type: PrincipalType, enabled: boolean }
    & { ' $fragmentRefs'?: { 'PrincipalDetails_Principal_ServicePrincipal_Fragment': PrincipalDetails_Principal_ServicePrincipal_Fragment } }
  ) | (
    { __typename: 'User', email: string, id: string, displayName: string, type: PrincipalType, enabled: boolean, manager: { __typename: 'User', id: string, displayName: string } | null }
    & { ' $fragmentRefs'?: { 'PrincipalDetails_Principal_User_Fragment': PrincipalDetails_Principal_User_Fragment } }
  ) };

export type PersonAssignmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonAssignmentsQuery = { roleAssignments: (
    { __typename: 'RoleAssignmentConnection' }
    & { ' $fragmentRefs'?: { 'AssignmentPage_AssignmentsFragment': AssignmentPage_AssignmentsFragment } }
  ) };

export type PersonEffectiveAccessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  scopeId: InputMaybe<Scalars['ID']['input']>;
  asOf: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type PersonEffectiveAccessQuery = { effectiveAccess: Array<(
    { __typename: 'EffectiveRole' }
    & { ' $fragmentRefs'?: { 'EffectiveAccessTable_RoleFragment': EffectiveAccessTable_RoleFragment } }
  )> };

export type GroupMembersQueryVariables = Exact<{
  scopeId: Scalars['ID']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupMembersQuery = { roleAssignments: (
    { __typename: 'RoleAssignmentConnection' }
    & { ' $fragmentRefs'?: { 'AssignmentPage_AssignmentsFragment': AssignmentPage_AssignmentsFragment } }
  ) };

export type AdminCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCapabilitiesQuery = { viewerCapabilities: { __typename: 'ViewerCapabilities', manageUsers: boolean, manageTenant: boolean, manageGroups: boolean, manageRoleAssignableGroups: boolean, editScopes: boolean } };

export type SetPrincipalEnabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
}>;


export type SetPrincipalEnabledMutation = { setPrincipalEnabled: { __typename: 'Group', id: string, enabled: boolean } | { __typename: 'ServicePrincipal', id: string, enabled: boolean } | { __typename: 'User', id: string, enabled: boolean } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { __typename: 'User', id: string, displayName: string, email: string, manager: { __typename: 'User', id: string, displayName: string } | null } };

type PrincipalDetails_Principal_Group_Fragment = { __typename: 'Group', description: string | null, roleAssignable: boolean, id: string, displayName: string, type: PrincipalType, enabled: boolean, createdAt: string, source: Source, externalId: string | null } & { ' $fragmentName'?: 'PrincipalDetails_Principal_Group_Fragment' };

type PrincipalDetails_Principal_ServicePrincipal_Fragment = { __typename: 'ServicePrincipal', description: string | null, id: string, displayName: string, type: PrincipalType, enabled: boolean, createdAt: string, source: Source, externalId: string | null } & { ' $fragmentName'?: 'PrincipalDetails_Principal_ServicePrincipal_Fragment' };

type PrincipalDetails_Principal_User_Fragment = { __typename: 'User', email: string, userType: UserType, homeOrganization: string | null, lastSignInAt: string | null, id: string, displayName: string, type: PrincipalType, enabled: boolean, createdAt: string, source: Source, externalId: string | null, manager: { __typename: 'User', id: string, displayName: string } | null, groups: Array<{ __typename: 'Group', id: string, displayName: string }> } & { ' $fragmentName'?: 'PrincipalDetails_Principal_User_Fragment' };

export type PrincipalDetails_PrincipalFragment = PrincipalDetails_Principal_Group_Fragment | PrincipalDetails_Principal_ServicePrincipal_Fragment | PrincipalDetails_Principal_User_Fragment;

export type PrincipalSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PrincipalSearchQuery = { principals: { __typename: 'PrincipalConnection', edges: Array<{ __typename: 'PrincipalEdge', node: { __typename: 'Group', id: string, displayName: string, type: PrincipalType } | { __typename: 'ServicePrincipal', id: string, displayName: string, type: PrincipalType } | { __typename: 'User', email: string, id: string, displayName: string, type: PrincipalType } }> } };

export type PrincipalByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PrincipalByIdQuery = { principal: { __typename: 'Group', id: string, displayName: string, type: PrincipalType } | { __typename: 'ServicePrincipal', id: string, displayName: string, type: PrincipalType } | { __typename: 'User', id: string, displayName: string, type: PrincipalType } };

export type PersonSignInQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonSignInQuery = { principal: { __typename: 'Group', id: string } | { __typename: 'ServicePrincipal', id: string } | { __typename: 'User', passwordSignIn: boolean | null, id: string, identityBindings: Array<{ __typename: 'IdentityBinding', providerId: string, providerName: string, guest: boolean, subject: string, boundAt: string, lastSignInAt: string | null }> } };

export type SetPasswordSignInMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetPasswordSignInMutation = { setPasswordSignIn: boolean };

export type ScimTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ScimTokensQuery = { scimTokens: Array<{ __typename: 'ScimToken', id: string, name: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateScimTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
  expiresInDays: InputMaybe<Scalars['Int']['input']>;
}>;


export type CreateScimTokenMutation = { createScimToken: { __typename: 'IssuedScimToken', token: string, scimToken: { __typename: 'ScimToken', id: string } } };

export type RevokeScimTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeScimTokenMutation = { revokeScimToken: boolean };

export type CancelRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type CancelRequestMutation = { cancelRequest: (
    { __typename: 'RoleRequest', id: string }
    & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment } }
  ) };

export type RequestTable_RequestFragment = { __typename: 'RoleRequest', id: string, action: RequestAction, status: RequestStatus, statusReason: string | null, justification: string | null, ticketSystem: string | null, ticketNumber: string | null, startAt: string | null, endAt: string | null, duration: string | null, createdAt: string, canDecide: boolean, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string }, approvals: Array<{ __typename: 'ApprovalStageStatus', stage: number, state: StageState, byScopeAdministrators: boolean, decisions: Array<{ __typename: 'ApprovalDecision', decision: Decision, decidedAt: string, approver: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } }> }> } & { ' $fragmentName'?: 'RequestTable_RequestFragment' };

export type MyRequestsQueryVariables = Exact<{
  orderBy: InputMaybe<RoleRequestOrder>;
}>;


export type MyRequestsQuery = { roleRequests: { __typename: 'RoleRequestConnection', totalCount: number, edges: Array<{ __typename: 'RoleRequestEdge', node: (
        { __typename: 'RoleRequest', id: string, createdAt: string, principal: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string } }
        & { ' $fragmentRefs'?: { 'RequestTable_RequestFragment': RequestTable_RequestFragment } }
      ) }> } };

export type ReviewInstance_InstanceFragment = { __typename: 'AccessReviewInstance', id: string, occurrence: number, status: ReviewInstanceStatus, startAt: string, endAt: string, startedAt: string | null, completedAt: string | null, appliedAt: string | null, viewerCanManage: boolean, role: { __typename: 'RoleDefinition', id: string, name: string }, stoppedBy: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'ReviewProgress', total: number, decided: number, approved: number, denied: number, dontKnow: number } } & { ' $fragmentName'?: 'ReviewInstance_InstanceFragment' };

export type AccessReviewListQueryVariables = Exact<{
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessReviewListQuery = { accessReviews: { __typename: 'AccessReviewConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccessReviewEdge', node: { __typename: 'AccessReview', id: string, name: string, createdAt: string, nextStartAt: string | null, scope: { __typename: 'Scope', id: string, name: string }, roles: Array<{ __typename: 'RoleDefinition', id: string, name: string }>, instances: Array<(
          { __typename: 'AccessReviewInstance', id: string, occurrence: number }
          & { ' $fragmentRefs'?: { 'ReviewInstance_InstanceFragment': ReviewInstance_InstanceFragment } }
        )> } }> } };

export type AccessReviewPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessReviewPageQuery = { accessReview: { __typename: 'AccessReview', id: string, name: string, description: string | null, createdAt: string, assignmentType: ReviewAssignmentType, principalTypes: Array<PrincipalType>, inactiveDays: number | null, startAt: string, nextStartAt: string | null, autoApply: boolean, defaultDecision: ReviewDefaultDecision, requireReason: boolean, showRecommendations: boolean, viewerCanManage: boolean, viewerCanExport: boolean, createdBy: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, scope: { __typename: 'Scope', id: string, name: string }, roles: Array<{ __typename: 'RoleDefinition', id: string, name: string }>, reviewers: Array<{ __typename: 'Reviewer', kind: ReviewerKind, principals: Array<{ __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }>, fallbackPrincipals: Array<{ __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string }> }>, recurrence: { __typename: 'ReviewRecurrence', frequency: ReviewFrequency, durationDays: number, endAt: string | null, occurrences: number | null }, instances: Array<(
      { __typename: 'AccessReviewInstance', id: string, occurrence: number }
      & { ' $fragmentRefs'?: { 'ReviewInstance_InstanceFragment': ReviewInstance_InstanceFragment } }
    )> } };

export type ReviewItemTable_ItemFragment = { __typename: 'AccessReviewItem', id: string, assignmentType: AssignmentType, recommendation: ReviewRecommendation | null, recommendationReason: string | null, decision: ReviewDecision | null, reason: string | null, reviewedAt: string | null, outcome: ReviewOutcome | null, outcomeByDefault: boolean, applied: boolean, applyError: string | null, viewerCanDecide: boolean, principal: { __typename: 'Group', id: string, displayName: string, type: PrincipalType } | { __typename: 'ServicePrincipal', id: string, displayName: string, type: PrincipalType } | { __typename: 'User', id: string, displayName: string, type: PrincipalType }, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string }, reviewedBy: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null } & { ' $fragmentName'?: 'ReviewItemTable_ItemFragment' };

export type ReviewInstanceItemsQueryVariables = Exact<{
  instanceId: Scalars['ID']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewInstanceItemsQuery = { reviewItems: { __typename: 'AccessReviewItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccessReviewItemEdge', node: (
        { __typename: 'AccessReviewItem', id: string }
        & { ' $fragmentRefs'?: { 'ReviewItemTable_ItemFragment': ReviewItemTable_ItemFragment } }
      ) }> } };

export type MyReviewItemsQueryVariables = Exact<{
  decided: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyReviewItemsQuery = { reviewItems: { __typename: 'AccessReviewItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename: 'AccessReviewItemEdge', node: (
        { __typename: 'AccessReviewItem', id: string, instance: { __typename: 'AccessReviewInstance', id: string, occurrence: number, endAt: string, role: { __typename: 'RoleDefinition', id: string, name: string }, review: { __typename: 'AccessReview', id: string, name: string, requireReason: boolean, showRecommendations: boolean } } }
        & { ' $fragmentRefs'?: { 'ReviewItemTable_ItemFragment': ReviewItemTable_ItemFragment } }
      ) }> } };

export type DecideReviewItemsMutationVariables = Exact<{
  itemIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  decision: ReviewDecision;
  reason: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideReviewItemsMutation = { decideReviewItems: Array<(
    { __typename: 'AccessReviewItem', id: string }
    & { ' $fragmentRefs'?: { 'ReviewItemTable_ItemFragment': ReviewItemTable_ItemFragment } }
  )> };

export type AcceptReviewRecommendationsMutationVariables = Exact<{
  instanceId: Scalars['ID']['input'];
}>;


export type AcceptReviewRecommendationsMutation = { acceptReviewRecommendations: number };

export type StopAccessReviewMutationVariables = Exact<{
  instanceId: Scalars['ID']['input'];
}>;


export type StopAccessReviewMutation = { stopAccessReview: (
    { __typename: 'AccessReviewInstance', id: string }
    & { ' $fragmentRefs'?: { 'ReviewInstance_InstanceFragment': ReviewInstance_InstanceFragment } }
  ) };

export type ApplyAccessReviewMutationVariables = Exact<{
  instanceId: Scalars['ID']['input'];
}>;


export type ApplyAccessReviewMutation = { applyAccessReview: (
    { __typename: 'AccessReviewInstance', id: string }
    & { ' $fragmentRefs'?: { 'ReviewInstance_InstanceFragment': ReviewInstance_InstanceFragment } }
  ) };

export type ResetAccessReviewMutationVariables = Exact<{
  instanceId: Scalars['ID']['input'];
}>;


export type ResetAccessReviewMutation = { resetAccessReview: (
    { __typename: 'AccessReviewInstance', id: string }
    & { ' $fragmentRefs'?: { 'ReviewInstance_InstanceFragment': ReviewInstance_InstanceFragment } }
  ) };

export type DeleteAccessReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAccessReviewMutation = { deleteAccessReview: boolean };

export type CreateAccessReviewMutationVariables = Exact<{
  input: AccessReviewInput;
}>;


export type CreateAccessReviewMutation = { createAccessReview: { __typename: 'AccessReview', id: string, name: string } };

export type ReviewRoleCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewRoleCatalogueQuery = { roleDefinitions: Array<{ __typename: 'RoleDefinition', id: string, name: string, kind: RoleKind }> };

export type RoleCatalogueListQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleCatalogueListQuery = { roleDefinitions: Array<{ __typename: 'RoleDefinition', id: string, name: string, kind: RoleKind, builtIn: boolean, privileged: boolean, description: string, holders: { __typename: 'RoleHolderCount', eligible: number, active: number }, settings: { __typename: 'RoleSettings', isDefault: boolean, activation: { __typename: 'ActivationSettings', maxDuration: string, requireMfa: boolean, requireJustification: boolean, requireTicket: boolean, requireApproval: boolean, approvalStages: Array<{ __typename: 'ApprovalStage', quorum: number }> }, assignment: { __typename: 'AssignmentSettings', allowPermanentEligible: boolean, allowPermanentActive: boolean } } }> };

export type CreateScopeMutationVariables = Exact<{
  input: CreateScopeInput;
}>;


export type CreateScopeMutation = { createScope: { __typename: 'Scope', id: string, name: string } };

export type UpdateScopeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateScopeInput;
}>;


export type UpdateScopeMutation = { updateScope: { __typename: 'Scope', id: string, name: string } };

export type ArchiveScopeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveScopeMutation = { archiveScope: { __typename: 'Scope', id: string, archivedAt: string | null } };

export type ScopePicker_ScopeFragment = { __typename: 'Scope', id: string, name: string, type: ScopeType, ancestors: Array<{ __typename: 'Scope', id: string, name: string }> } & { ' $fragmentName'?: 'ScopePicker_ScopeFragment' };

export type PickedScopeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PickedScopeQuery = { scope: (
    { __typename: 'Scope', id: string }
    & { ' $fragmentRefs'?: { 'ScopePicker_ScopeFragment': ScopePicker_ScopeFragment } }
  ) };

export type SearchScopesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type SearchScopesQuery = { scopes: Array<(
    { __typename: 'Scope', id: string }
    & { ' $fragmentRefs'?: { 'ScopePicker_ScopeFragment': ScopePicker_ScopeFragment } }
  )> };

export type ScopeTreeItem_ScopeFragment = { __typename: 'Scope', id: string, name: string, type: ScopeType, childCount: number } & { ' $fragmentName'?: 'ScopeTreeItem_ScopeFragment' };

export type ScopeChildrenQueryVariables = Exact<{
  parentId: InputMaybe<Scalars['ID']['input']>;
}>;


export type ScopeChildrenQuery = { scopes: Array<(
    { __typename: 'Scope', id: string }
    & { ' $fragmentRefs'?: { 'ScopeTreeItem_ScopeFragment': ScopeTreeItem_ScopeFragment } }
  )> };

export type ScopeDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type ScopeDetailsQuery = { scope: { __typename: 'Scope', id: string, name: string, type: ScopeType, externalId: string | null, childCount: number, viewerCanEdit: boolean, viewerChildTypes: Array<ScopeType>, parent: { __typename: 'Scope', id: string } | null, ancestors: Array<{ __typename: 'Scope', id: string, name: string }> }, roleAssignments: (
    { __typename: 'RoleAssignmentConnection' }
    & { ' $fragmentRefs'?: { 'AssignmentPage_AssignmentsFragment': AssignmentPage_AssignmentsFragment } }
  ) };

export type ManageableScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageableScopesQuery = { viewerManageableScopes: Array<{ __typename: 'ManageableScope', roleKinds: Array<RoleKind>, includesDescendants: boolean, scope: { __typename: 'Scope', id: string, name: string } }> };

export type RoleSettingsEditorQueryVariables = Exact<{
  roleId: Scalars['ID']['input'];
  scopeId: InputMaybe<Scalars['ID']['input']>;
  permissionScopeId: Scalars['ID']['input'];
  kind: RoleKind;
}>;


export type RoleSettingsEditorQuery = { roleSettings: (
    { __typename: 'RoleSettings' }
    & { ' $fragmentRefs'?: { 'SettingsForm_SettingsFragment': SettingsForm_SettingsFragment } }
  ), scope: { __typename: 'Scope', id: string, viewerCanManage: boolean } };

export type SettingsRootScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsRootScopeQuery = { scopes: Array<{ __typename: 'Scope', id: string, name: string }>, roleDefinitions: Array<{ __typename: 'RoleDefinition', id: string, kind: RoleKind }> };

export type SettingsForm_SettingsFragment = { __typename: 'RoleSettings', isDefault: boolean, updatedAt: string | null, updatedBy: { __typename: 'Group', id: string, displayName: string } | { __typename: 'ServicePrincipal', id: string, displayName: string } | { __typename: 'User', id: string, displayName: string } | null, role: { __typename: 'RoleDefinition', id: string, name: string }, scope: { __typename: 'Scope', id: string, name: string } | null, activation: { __typename: 'ActivationSettings', maxDuration: string, requireMfa: boolean, requireJustification: boolean, requireTicket: boolean, requireApproval: boolean, approvalStages: Array<{ __typename: 'ApprovalStage', quorum: number, timeout: string, escalateAfter: string | null, approvers: Array<{ __typename: 'Group', id: string, displayName: string, type: PrincipalType } | { __typename: 'ServicePrincipal', id: string, displayName: string, type: PrincipalType } | { __typename: 'User', id: string, displayName: string, type: PrincipalType }>, escalationApprovers: Array<{ __typename: 'Group', id: string, displayName: string, type: PrincipalType } | { __typename: 'ServicePrincipal', id: string, displayName: string, type: PrincipalType } | { __typename: 'User', id: string, displayName: string, type: PrincipalType }> }> }, assignment: { __typename: 'AssignmentSettings', allowPermanentEligible: boolean, allowPermanentActive: boolean, maxEligibleDuration: string, maxActiveDuration: string, requireMfaOnActive: boolean, requireJustificationOnActive: boolean }, notifications: { __typename: 'NotificationSettings', notifyAdmins: boolean, notifyRequester: boolean, notifyApprovers: boolean, criticalOnly: boolean, additionalRecipients: Array<string> } } & { ' $fragmentName'?: 'SettingsForm_SettingsFragment' };

export type UpdateRoleSettingsMutationVariables = Exact<{
  roleId: Scalars['ID']['input'];
  scopeId: InputMaybe<Scalars['ID']['input']>;
  input: RoleSettingsInput;
}>;


export type UpdateRoleSettingsMutation = { updateRoleSettings: { __typename: 'RoleSettings', isDefault: boolean, updatedAt: string | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ReviewNavigationQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewNavigationQuery = { reviewItems: { __typename: 'AccessReviewItemConnection', edges: Array<{ __typename: 'AccessReviewItemEdge', node: { __typename: 'AccessReviewItem', id: string } }> } };

export type ViewerCapabilities_FlagsFragment = { __typename: 'ViewerCapabilities', manageUsers: boolean, manageTenant: boolean, manageGroups: boolean, manageRoleAssignableGroups: boolean, editScopes: boolean, readOverview: boolean, readAssignments: boolean, manageAssignments: boolean, readRoles: boolean, readRoleSettings: boolean, manageRoleSettings: boolean, readAccessReviews: boolean, manageAccessReviews: boolean, readAlerts: boolean, manageAlerts: boolean, readDirectory: boolean, readScopes: boolean, manageIdentityProviders: boolean, manageWebhooks: boolean, readActivity: boolean, readAudit: boolean } & { ' $fragmentName'?: 'ViewerCapabilities_FlagsFragment' };

export type ViewerCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesQuery = { viewerCapabilities: (
    { __typename: 'ViewerCapabilities' }
    & { ' $fragmentRefs'?: { 'ViewerCapabilities_FlagsFragment': ViewerCapabilities_FlagsFragment } }
  ) };

export type ShellViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellViewerQuery = { me: { __typename: 'User', id: string, displayName: string, email: string }, viewerSession: { __typename: 'SessionInfo', expiresAt: string, mfaAt: string | null, mfaFreshUntil: string | null, kind: string } };

export const ActivityTable_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityTable_EventFragment, unknown>;
export const AlertIncident_IncidentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}}]} as unknown as DocumentNode<AlertIncident_IncidentFragment, unknown>;
export const AlertCard_AlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertCard_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastScannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remediable"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}}]} as unknown as DocumentNode<AlertCard_AlertFragment, unknown>;
export const AssignmentRow_AssignmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"manageDirectory"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DIRECTORY"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageResource"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RESOURCE"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageGroup"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GROUP"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AssignmentRow_AssignmentFragment, unknown>;
export const AssignmentPage_AssignmentsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentPage_assignments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow_assignment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"manageDirectory"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DIRECTORY"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageResource"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RESOURCE"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageGroup"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GROUP"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AssignmentPage_AssignmentsFragment, unknown>;
export const MyRoleTable_AssignmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyRoleTable_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyRoleTable_AssignmentFragment, unknown>;
export const AuditTable_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditTable_EventFragment, unknown>;
export const LiveNotifications_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveNotifications_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<LiveNotifications_RequestFragment, unknown>;
export const LiveNotifications_QueuedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveNotifications_queued"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveNotifications_QueuedFragment, unknown>;
export const LiveNotifications_ActivationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveNotifications_activation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LiveNotifications_ActivationFragment, unknown>;
export const NotificationList_NotificationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationList_notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationList_NotificationFragment, unknown>;
export const EffectiveAccessTable_RoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveAccessTable_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectiveRole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EffectiveAccessTable_RoleFragment, unknown>;
export const PeopleTable_PrincipalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeopleTable_principal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Principal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePrincipal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PeopleTable_PrincipalFragment, unknown>;
export const PrincipalDetails_PrincipalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrincipalDetails_principal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Principal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePrincipal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PrincipalDetails_PrincipalFragment, unknown>;
export const RequestTable_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestTable_RequestFragment, unknown>;
export const ReviewInstance_InstanceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewInstance_instance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]} as unknown as DocumentNode<ReviewInstance_InstanceFragment, unknown>;
export const ReviewItemTable_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemTable_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentType"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"applyError"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReviewItemTable_ItemFragment, unknown>;
export const ScopePicker_ScopeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopePicker_scope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScopePicker_ScopeFragment, unknown>;
export const ScopeTreeItem_ScopeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeTreeItem_scope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<ScopeTreeItem_ScopeFragment, unknown>;
export const SettingsForm_SettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"requireJustification"}},{"kind":"Field","name":{"kind":"Name","value":"requireTicket"}},{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowPermanentEligible"}},{"kind":"Field","name":{"kind":"Name","value":"allowPermanentActive"}},{"kind":"Field","name":{"kind":"Name","value":"maxEligibleDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfaOnActive"}},{"kind":"Field","name":{"kind":"Name","value":"requireJustificationOnActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"notifyRequester"}},{"kind":"Field","name":{"kind":"Name","value":"notifyApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"criticalOnly"}},{"kind":"Field","name":{"kind":"Name","value":"additionalRecipients"}}]}}]}}]} as unknown as DocumentNode<SettingsForm_SettingsFragment, unknown>;
export const ViewerCapabilities_FlagsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCapabilities_flags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerCapabilities"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"manageTenant"}},{"kind":"Field","name":{"kind":"Name","value":"manageGroups"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoleAssignableGroups"}},{"kind":"Field","name":{"kind":"Name","value":"editScopes"}},{"kind":"Field","name":{"kind":"Name","value":"readOverview"}},{"kind":"Field","name":{"kind":"Name","value":"readAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"manageAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"readRoles"}},{"kind":"Field","name":{"kind":"Name","value":"readRoleSettings"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoleSettings"}},{"kind":"Field","name":{"kind":"Name","value":"readAccessReviews"}},{"kind":"Field","name":{"kind":"Name","value":"manageAccessReviews"}},{"kind":"Field","name":{"kind":"Name","value":"readAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"manageAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"readDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"readScopes"}},{"kind":"Field","name":{"kind":"Name","value":"manageIdentityProviders"}},{"kind":"Field","name":{"kind":"Name","value":"manageWebhooks"}},{"kind":"Field","name":{"kind":"Name","value":"readActivity"}},{"kind":"Field","name":{"kind":"Name","value":"readAudit"}}]}}]} as unknown as DocumentNode<ViewerCapabilities_FlagsFragment, unknown>;
export const ActivityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTable_event"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityHistoryQuery, ActivityHistoryQueryVariables>;
export const AlertIncidentsMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertIncidentsMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}}]} as unknown as DocumentNode<AlertIncidentsMoreQuery, AlertIncidentsMoreQueryVariables>;
export const AlertListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertCard_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertCard_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastScannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remediable"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AlertListQuery, AlertListQueryVariables>;
export const AlertChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertCard_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertCard_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastScannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remediable"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AlertChangedSubscription, AlertChangedSubscriptionVariables>;
export const UpdateAlertSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertCard_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertCard_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastScannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remediable"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAlertSettingsMutation, UpdateAlertSettingsMutationVariables>;
export const DismissAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertCard_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertCard_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastScannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remediable"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DismissAlertMutation, DismissAlertMutationVariables>;
export const RefreshAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertCard_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertCard_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastScannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remediable"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshAlertsMutation, RefreshAlertsMutationVariables>;
export const RemediateAlertIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemediateAlertIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remediateAlertIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertCard_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertIncident_incident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemediate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertCard_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastScannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remediable"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"incidentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertIncident_incident"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RemediateAlertIncidentMutation, RemediateAlertIncidentMutationVariables>;
export const ApproveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"duration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Duration"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}},{"kind":"Argument","name":{"kind":"Name","value":"duration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"duration"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApproveRequestMutation, ApproveRequestMutationVariables>;
export const DenyRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenyRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DenyRequestMutation, DenyRequestMutationVariables>;
export const DecideRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecideRequestsMutation, DecideRequestsMutationVariables>;
export const ApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequestOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingMyDecision"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const ActivationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}},{"kind":"Field","name":{"kind":"Name","value":"requireJustification"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"requireTicket"}}]}}]}}]}}]} as unknown as DocumentNode<ActivationSettingsQuery, ActivationSettingsQueryVariables>;
export const ActivateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivateRoleMutation, ActivateRoleMutationVariables>;
export const AssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validateOnly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const DeactivateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeactivateRoleMutation, DeactivateRoleMutationVariables>;
export const RequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const RequestRenewalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRenewal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRenewal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestRenewalMutation, RequestRenewalMutationVariables>;
export const RemoveAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RemoveAssignmentMutation, RemoveAssignmentMutationVariables>;
export const RoleCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RoleCatalogueQuery, RoleCatalogueQueryVariables>;
export const AssignmentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentPage_assignments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"manageDirectory"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DIRECTORY"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageResource"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RESOURCE"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageGroup"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GROUP"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentPage_assignments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow_assignment"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentListQuery, AssignmentListQueryVariables>;
export const MyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"principalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expandGroups"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyRoleTable_assignment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyRoleTable_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const MyOpenRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpenRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING_APPROVAL"},{"kind":"EnumValue","value":"PENDING_ADMIN_DECISION"},{"kind":"EnumValue","value":"GRANTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOpenRequestsQuery, MyOpenRequestsQueryVariables>;
export const RequestTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestTimelineQuery, RequestTimelineQueryVariables>;
export const AuditListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTable_event"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditListQuery, AuditListQueryVariables>;
export const InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"totpSecret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"identityProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"identityProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInPath"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"totpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignInProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"guest"}},{"kind":"Field","name":{"kind":"Name","value":"signInPath"}}]}}]}}]} as unknown as DocumentNode<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const StepUpMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StepUpMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepUpMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mfaAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StepUpMfaMutation, StepUpMfaMutationVariables>;
export const IdentityProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"mfaClaimValues"}},{"kind":"Field","name":{"kind":"Name","value":"guest"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"createMembers"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"signInPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<IdentityProvidersQuery, IdentityProvidersQueryVariables>;
export const CreateIdentityProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<CreateIdentityProviderMutation, CreateIdentityProviderMutationVariables>;
export const UpdateIdentityProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdentityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"mfaClaimValues"}},{"kind":"Field","name":{"kind":"Name","value":"guest"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"createMembers"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateIdentityProviderMutation, UpdateIdentityProviderMutationVariables>;
export const MyRequestsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyRequestsLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveNotifications_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveNotifications_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyRequestsLiveSubscription, MyRequestsLiveSubscriptionVariables>;
export const ApprovalQueueLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApprovalQueueLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveNotifications_queued"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveNotifications_queued"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalQueueLiveSubscription, ApprovalQueueLiveSubscriptionVariables>;
export const ActivationsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ActivationsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyRoleTable_assignment"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityTable_event"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveNotifications_activation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyRoleTable_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveNotifications_activation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivationsLiveSubscription, ActivationsLiveSubscriptionVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationList_notification"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationList_notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const AccessReviewChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccessReviewChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReviewChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewInstance_instance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewInstance_instance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]} as unknown as DocumentNode<AccessReviewChangedSubscription, AccessReviewChangedSubscriptionVariables>;
export const ViewerCapabilitiesLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ViewerCapabilitiesLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilitiesChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCapabilities_flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCapabilities_flags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerCapabilities"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"manageTenant"}},{"kind":"Field","name":{"kind":"Name","value":"manageGroups"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoleAssignableGroups"}},{"kind":"Field","name":{"kind":"Name","value":"editScopes"}},{"kind":"Field","name":{"kind":"Name","value":"readOverview"}},{"kind":"Field","name":{"kind":"Name","value":"readAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"manageAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"readRoles"}},{"kind":"Field","name":{"kind":"Name","value":"readRoleSettings"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoleSettings"}},{"kind":"Field","name":{"kind":"Name","value":"readAccessReviews"}},{"kind":"Field","name":{"kind":"Name","value":"manageAccessReviews"}},{"kind":"Field","name":{"kind":"Name","value":"readAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"manageAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"readDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"readScopes"}},{"kind":"Field","name":{"kind":"Name","value":"manageIdentityProviders"}},{"kind":"Field","name":{"kind":"Name","value":"manageWebhooks"}},{"kind":"Field","name":{"kind":"Name","value":"readActivity"}},{"kind":"Field","name":{"kind":"Name","value":"readAudit"}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesLiveSubscription, ViewerCapabilitiesLiveSubscriptionVariables>;
export const NotificationInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationList_notification"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationList_notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationInboxQuery, NotificationInboxQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const OverviewNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"holdings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationsPerDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestsWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsInProgress"}}]}}]}}]} as unknown as DocumentNode<OverviewNumbersQuery, OverviewNumbersQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servicePrincipalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"servicePrincipalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servicePrincipalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servicePrincipalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"servicePrincipalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servicePrincipalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const CreateServicePrincipalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServicePrincipal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServicePrincipalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServicePrincipal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateServicePrincipalMutation, CreateServicePrincipalMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const InviteProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"guest"}}]}}]}}]} as unknown as DocumentNode<InviteProvidersQuery, InviteProvidersQueryVariables>;
export const PeopleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrincipalType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeopleTable_principal"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeopleTable_principal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Principal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePrincipal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PeopleListQuery, PeopleListQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleAssignable"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrincipalDetails_principal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrincipalDetails_principal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Principal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePrincipal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const PersonAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"principalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expandGroups"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentPage_assignments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"manageDirectory"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DIRECTORY"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageResource"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RESOURCE"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageGroup"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GROUP"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentPage_assignments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow_assignment"}}]}}]}}]}}]} as unknown as DocumentNode<PersonAssignmentsQuery, PersonAssignmentsQueryVariables>;
export const PersonEffectiveAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonEffectiveAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectiveAccessTable_role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveAccessTable_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectiveRole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonEffectiveAccessQuery, PersonEffectiveAccessQueryVariables>;
export const GroupMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentPage_assignments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"manageDirectory"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DIRECTORY"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageResource"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RESOURCE"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageGroup"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GROUP"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentPage_assignments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow_assignment"}}]}}]}}]}}]} as unknown as DocumentNode<GroupMembersQuery, GroupMembersQueryVariables>;
export const AdminCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"manageTenant"}},{"kind":"Field","name":{"kind":"Name","value":"manageGroups"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoleAssignableGroups"}},{"kind":"Field","name":{"kind":"Name","value":"editScopes"}}]}}]}}]} as unknown as DocumentNode<AdminCapabilitiesQuery, AdminCapabilitiesQueryVariables>;
export const SetPrincipalEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPrincipalEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPrincipalEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetPrincipalEnabledMutation, SetPrincipalEnabledMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const PrincipalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrincipalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrincipalSearchQuery, PrincipalSearchQueryVariables>;
export const PrincipalByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrincipalById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<PrincipalByIdQuery, PrincipalByIdQueryVariables>;
export const PersonSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"identityBindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"guest"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"boundAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonSignInQuery, PersonSignInQueryVariables>;
export const SetPasswordSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}]}]}}]} as unknown as DocumentNode<SetPasswordSignInMutation, SetPasswordSignInMutationVariables>;
export const ScimTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScimTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scimTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ScimTokensQuery, ScimTokensQueryVariables>;
export const CreateScimTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScimToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScimToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"scimToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScimTokenMutation, CreateScimTokenMutationVariables>;
export const RevokeScimTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeScimToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeScimToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeScimTokenMutation, RevokeScimTokenMutationVariables>;
export const CancelRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelRequestMutation, CancelRequestMutationVariables>;
export const MyRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequestOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestTable_request"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestTable_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSystem"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"byScopeAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyRequestsQuery, MyRequestsQueryVariables>;
export const AccessReviewListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewInstance_instance"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewInstance_instance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]} as unknown as DocumentNode<AccessReviewListQuery, AccessReviewListQueryVariables>;
export const AccessReviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentType"}},{"kind":"Field","name":{"kind":"Name","value":"principalTypes"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveDays"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fallbackPrincipals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"autoApply"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDecision"}},{"kind":"Field","name":{"kind":"Name","value":"requireReason"}},{"kind":"Field","name":{"kind":"Name","value":"showRecommendations"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanExport"}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewInstance_instance"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewInstance_instance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]} as unknown as DocumentNode<AccessReviewPageQuery, AccessReviewPageQueryVariables>;
export const ReviewInstanceItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewInstanceItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewItemTable_item"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemTable_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentType"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"applyError"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReviewInstanceItemsQuery, ReviewInstanceItemsQueryVariables>;
export const MyReviewItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReviewItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decided"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"decided"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decided"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requireReason"}},{"kind":"Field","name":{"kind":"Name","value":"showRecommendations"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewItemTable_item"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemTable_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentType"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"applyError"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyReviewItemsQuery, MyReviewItemsQueryVariables>;
export const DecideReviewItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideReviewItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideReviewItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewItemTable_item"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemTable_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentType"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"applyError"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DecideReviewItemsMutation, DecideReviewItemsMutationVariables>;
export const AcceptReviewRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReviewRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReviewRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}}]}]}}]} as unknown as DocumentNode<AcceptReviewRecommendationsMutation, AcceptReviewRecommendationsMutationVariables>;
export const StopAccessReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewInstance_instance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewInstance_instance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]} as unknown as DocumentNode<StopAccessReviewMutation, StopAccessReviewMutationVariables>;
export const ApplyAccessReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewInstance_instance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewInstance_instance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]} as unknown as DocumentNode<ApplyAccessReviewMutation, ApplyAccessReviewMutationVariables>;
export const ResetAccessReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewInstance_instance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewInstance_instance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]} as unknown as DocumentNode<ResetAccessReviewMutation, ResetAccessReviewMutationVariables>;
export const DeleteAccessReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAccessReviewMutation, DeleteAccessReviewMutationVariables>;
export const CreateAccessReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateAccessReviewMutation, CreateAccessReviewMutationVariables>;
export const ReviewRoleCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewRoleCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ReviewRoleCatalogueQuery, ReviewRoleCatalogueQueryVariables>;
export const RoleCatalogueListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleCatalogueList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"privileged"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"requireJustification"}},{"kind":"Field","name":{"kind":"Name","value":"requireTicket"}},{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quorum"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowPermanentEligible"}},{"kind":"Field","name":{"kind":"Name","value":"allowPermanentActive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleCatalogueListQuery, RoleCatalogueListQueryVariables>;
export const CreateScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateScopeMutation, CreateScopeMutationVariables>;
export const UpdateScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateScopeMutation, UpdateScopeMutationVariables>;
export const ArchiveScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveScopeMutation, ArchiveScopeMutationVariables>;
export const PickedScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickedScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopePicker_scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopePicker_scope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PickedScopeQuery, PickedScopeQueryVariables>;
export const SearchScopesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchScopes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopePicker_scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopePicker_scope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchScopesQuery, SearchScopesQueryVariables>;
export const ScopeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeTreeItem_scope"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeTreeItem_scope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<ScopeChildrenQuery, ScopeChildrenQueryVariables>;
export const ScopeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerChildTypes"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeInherited"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentPage_assignments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"manageDirectory"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DIRECTORY"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageResource"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RESOURCE"}}]},{"kind":"Field","alias":{"kind":"Name","value":"manageGroup"},"name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GROUP"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentPage_assignments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow_assignment"}}]}}]}}]}}]} as unknown as DocumentNode<ScopeDetailsQuery, ScopeDetailsQueryVariables>;
export const ManageableScopesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageableScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerManageableScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"includesDescendants"}}]}}]}}]} as unknown as DocumentNode<ManageableScopesQuery, ManageableScopesQueryVariables>;
export const RoleSettingsEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleSettingsEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionScopeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsForm_settings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionScopeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsForm_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"requireJustification"}},{"kind":"Field","name":{"kind":"Name","value":"requireTicket"}},{"kind":"Field","name":{"kind":"Name","value":"requireApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"escalateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowPermanentEligible"}},{"kind":"Field","name":{"kind":"Name","value":"allowPermanentActive"}},{"kind":"Field","name":{"kind":"Name","value":"maxEligibleDuration"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfaOnActive"}},{"kind":"Field","name":{"kind":"Name","value":"requireJustificationOnActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"notifyRequester"}},{"kind":"Field","name":{"kind":"Name","value":"notifyApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"criticalOnly"}},{"kind":"Field","name":{"kind":"Name","value":"additionalRecipients"}}]}}]}}]} as unknown as DocumentNode<RoleSettingsEditorQuery, RoleSettingsEditorQueryVariables>;
export const SettingsRootScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsRootScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SettingsRootScopeQuery, SettingsRootScopeQueryVariables>;
export const UpdateRoleSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoleSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoleSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateRoleSettingsMutation, UpdateRoleSettingsMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ReviewNavigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewNavigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewNavigationQuery, ReviewNavigationQueryVariables>;
export const ViewerCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCapabilities_flags"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCapabilities_flags"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerCapabilities"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"manageTenant"}},{"kind":"Field","name":{"kind":"Name","value":"manageGroups"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoleAssignableGroups"}},{"kind":"Field","name":{"kind":"Name","value":"editScopes"}},{"kind":"Field","name":{"kind":"Name","value":"readOverview"}},{"kind":"Field","name":{"kind":"Name","value":"readAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"manageAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"readRoles"}},{"kind":"Field","name":{"kind":"Name","value":"readRoleSettings"}},{"kind":"Field","name":{"kind":"Name","value":"manageRoleSettings"}},{"kind":"Field","name":{"kind":"Name","value":"readAccessReviews"}},{"kind":"Field","name":{"kind":"Name","value":"manageAccessReviews"}},{"kind":"Field","name":{"kind":"Name","value":"readAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"manageAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"readDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"readScopes"}},{"kind":"Field","name":{"kind":"Name","value":"manageIdentityProviders"}},{"kind":"Field","name":{"kind":"Name","value":"manageWebhooks"}},{"kind":"Field","name":{"kind":"Name","value":"readActivity"}},{"kind":"Field","name":{"kind":"Name","value":"readAudit"}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesQuery, ViewerCapabilitiesQueryVariables>;
export const ShellViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaFreshUntil"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ShellViewerQuery, ShellViewerQueryVariables>;