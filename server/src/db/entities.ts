import { ApprovalDecisionEntity } from '../modules/approvals/approval-decision.entity';
import { RoleAssignmentEntity } from '../modules/assignments/role-assignment.entity';
import { AuditCheckpointEntity } from '../modules/audit/audit-checkpoint.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { AttemptBucketEntity } from '../modules/auth/attempt-bucket.entity';
import { CredentialEntity } from '../modules/auth/credential.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { InvitationEntity } from '../modules/tenant/invitation.entity';
import { IdentityBindingEntity, IdentityProviderEntity, OidcLoginEntity } from '../modules/oidc/oidc.entities';
import { ScimTokenEntity } from '../modules/scim/scim-token.entity';
import { InAppNotificationEntity, NotificationOutboxEntity, NotificationReminderEntity, WebhookEntity } from '../modules/notifications/notification.entities';
import { PrincipalEntity } from '../modules/directory/principal.entity';
import { PrincipalDisablementEntity } from '../modules/directory/principal-disablement.entity';
import { RoleRequestEntity } from '../modules/requests/role-request.entity';
import { AlertEntity, AlertIncidentEntity } from '../modules/alerts/alert.entities';
import { AccessReviewEntity, AccessReviewInstanceEntity, AccessReviewItemEntity, AccessReviewReviewerEntity } from '../modules/reviews/review.entities';
import { RoleDefinitionEntity } from '../modules/roles/role-definition.entity';
import { ScopeEntity } from '../modules/scopes/scope.entity';
import { ScopePlacementEntity } from '../modules/scopes/scope-placement.entity';
import { RoleSettingEntity } from '../modules/settings/role-setting.entity';

/** The explicit entity list: nothing is discovered by glob. */
export const entities = [
  PrincipalEntity,
  PrincipalDisablementEntity,
  CredentialEntity,
  SessionEntity,
  AttemptBucketEntity,
  InvitationEntity,
  ScimTokenEntity,
  IdentityProviderEntity,
  IdentityBindingEntity,
  OidcLoginEntity,
  ScopeEntity,
  ScopePlacementEntity,
  RoleDefinitionEntity,
  RoleAssignmentEntity,
  RoleRequestEntity,
  RoleSettingEntity,
  ApprovalDecisionEntity,
  AuditEventEntity,
  AuditCheckpointEntity,
  WebhookEntity,
  NotificationOutboxEntity,
  InAppNotificationEntity,
  NotificationReminderEntity,
  AccessReviewEntity,
  AccessReviewReviewerEntity,
  AccessReviewInstanceEntity,
  AccessReviewItemEntity,
  AlertEntity,
  AlertIncidentEntity,
];
