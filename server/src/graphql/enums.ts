import { registerEnumType } from 'type-graphql';
import { NotificationEvent, DeliveryStatus } from '../lib/vocabulary/notifications';
import { ActivationEventKind, Decision, QueueEventKind, RequestAction, RequestStatus } from '../lib/vocabulary/requests';
import { AccessPathKind, AssignmentOrigin, AssignmentState, AssignmentType, EndReason } from '../lib/vocabulary/assignments';
import { RoleKind, ScopeType } from '../lib/vocabulary/scopes';
import { ActorType, PrincipalType, UserType } from '../lib/vocabulary/principals';

registerEnumType(PrincipalType, { name: 'PrincipalType' });
registerEnumType(ActorType, { name: 'ActorType', description: 'Who did something: a user, a service principal, the system (jobs), or nobody signed in' });
registerEnumType(UserType, { name: 'UserType' });
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
