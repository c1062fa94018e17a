import { AlertRemedy, AlertSeverity, AlertType } from '../lib/vocabulary/alerts';
import { registerEnumType } from 'type-graphql';
import { NotificationEvent, DeliveryStatus } from '../lib/vocabulary/notifications';
import { ActivationEventKind, Decision, QueueEventKind, RequestAction, RequestStatus } from '../lib/vocabulary/requests';
import { AccessPathKind, AssignmentOrigin, AssignmentState, AssignmentType, EndReason } from '../lib/vocabulary/assignments';
import { AuditEventOrderField, OrderDirection, RoleAssignmentOrderField, RoleRequestOrderField } from '../lib/vocabulary/ordering';
import { RoleKind, ScopeType } from '../lib/vocabulary/scopes';
import { ActorType, InvitationKind, PrincipalSource, PrincipalType, UserType } from '../lib/vocabulary/principals';
import {
  ReviewAssignmentType,
  ReviewDecision,
  ReviewDefaultDecision,
  ReviewerKind,
  ReviewFrequency,
  ReviewInstanceStatus,
  ReviewOutcome,
  ReviewRecommendation,
} from '../lib/vocabulary/reviews';

registerEnumType(PrincipalType, { name: 'PrincipalType' });
registerEnumType(ActorType, { name: 'ActorType', description: 'Who did something: a user, a service principal, the system (jobs), or nobody signed in' });
registerEnumType(UserType, { name: 'UserType' });
registerEnumType(PrincipalSource, {
  name: 'Source',
  description: 'Where a principal came from: made in Elevate, provisioned over SCIM, first signed in through OpenID Connect, or imported',
});
registerEnumType(InvitationKind, { name: 'InvitationKind', description: "SETUP: the first administrator's link from bootstrap-admin; INVITATION: a new user's" });
registerEnumType(ScopeType, { name: 'ScopeType' });
registerEnumType(RoleKind, { name: 'RoleKind' });
registerEnumType(AssignmentType, { name: 'AssignmentType' });
registerEnumType(AssignmentOrigin, { name: 'AssignmentOrigin' });
registerEnumType(AssignmentState, {
  name: 'AssignmentState',
  valuesConfig: {
    IN_FORCE: { description: 'in force at the instant asked about (now by default)' },
    SCHEDULED: { description: 'starts after that instant' },
    ENDED: { description: 'ended (expired, removed, deactivated or revoked) by that instant' },
    ALL: { description: 'every schedule, whatever its state' },
  },
});
registerEnumType(EndReason, { name: 'EndReason' });
registerEnumType(RequestAction, { name: 'RequestAction' });
registerEnumType(RequestStatus, { name: 'RequestStatus' });
registerEnumType(AccessPathKind, { name: 'AccessPathKind' });
registerEnumType(Decision, { name: 'Decision' });
registerEnumType(QueueEventKind, { name: 'QueueEventKind' });
registerEnumType(ActivationEventKind, { name: 'ActivationEventKind' });
registerEnumType(NotificationEvent, { name: 'NotificationEvent' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'ASC: smallest (earliest, A) first; DESC: largest first' });
registerEnumType(RoleAssignmentOrderField, {
  name: 'RoleAssignmentOrderField',
  valuesConfig: {
    START_AT: { description: 'the start of the listed window' },
    END_AT: { description: 'the end of the listed window; permanent rows sort as the latest' },
    PRINCIPAL_NAME: { description: 'the holder’s display name (a group’s member when groups are expanded), case-insensitive' },
    ROLE_NAME: { description: 'the role’s name, case-insensitive' },
    SCOPE_NAME: { description: 'the name of the scope the assignment was made at, case-insensitive' },
  },
});
registerEnumType(AuditEventOrderField, { name: 'AuditEventOrderField', valuesConfig: { AT: { description: 'the order events were written in (their sequence)' } } });
registerEnumType(RoleRequestOrderField, {
  name: 'RoleRequestOrderField',
  valuesConfig: {
    CREATED_AT: { description: 'when the request was made' },
    PRINCIPAL_NAME: { description: 'the display name of whom the request is for, case-insensitive' },
    ROLE_NAME: { description: 'the role’s name, case-insensitive' },
    SCOPE_NAME: { description: 'the scope’s name, case-insensitive' },
  },
});
registerEnumType(ReviewAssignmentType, { name: 'ReviewAssignmentType', description: 'Which holdings a review covers: eligible, active (assigned, not activations), or both' });
registerEnumType(ReviewerKind, { name: 'ReviewerKind', description: 'USERS and GROUPS name reviewers; SELF: each holder; MANAGER: each holder’s manager (with fallbacks)' });
registerEnumType(ReviewFrequency, { name: 'ReviewFrequency' });
registerEnumType(ReviewDefaultDecision, { name: 'ReviewDefaultDecision', description: 'What completion makes of items nobody answered (DONT_KNOW counts as no answer)' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(ReviewRecommendation, { name: 'ReviewRecommendation' });
registerEnumType(ReviewOutcome, { name: 'ReviewOutcome', description: 'What completion settled: kept, removed (when applied), or left as it is' });
registerEnumType(ReviewInstanceStatus, { name: 'ReviewInstanceStatus' });
registerEnumType(AlertType, { name: 'AlertType', description: 'The alert catalogue (Entra’s): REDUNDANT_ASSIGNMENT is “administrators not using their privileged roles”' });
registerEnumType(AlertSeverity, { name: 'AlertSeverity' });
registerEnumType(AlertRemedy, { name: 'AlertRemedy', description: 'What remediating an incident does' });
