import { Initial1763800000000 } from './1763800000000-initial';
import { RequestListIndex1763850000000 } from './1763850000000-request-list-index';
import { Activation1763900000000 } from './1763900000000-activation';
import { ActivationHistory1764000000000 } from './1764000000000-activation-history';
import { AuditLog1764100000000 } from './1764100000000-audit-log';
import { Notifications1764200000000 } from './1764200000000-notifications';
import { HolderIndex1764300000000 } from './1764300000000-holder-index';
import { AttemptBudget1764400000000 } from './1764400000000-attempt-budget';
import { OwnTenant1764500000000 } from './1764500000000-own-tenant';
import { DirectoryAndTree1764600000000 } from './1764600000000-directory-and-tree';
import { Scim1764700000000 } from './1764700000000-scim';
import { IdentityProviders1764800000000 } from './1764800000000-identity-providers';
import { InvitationProvider1764900000000 } from './1764900000000-invitation-provider';
import { AccessReviews1765000000000 } from './1765000000000-access-reviews';
import { Alerts1765100000000 } from './1765100000000-alerts';
import { AlertIncidentOrder1765200000000 } from './1765200000000-alert-incident-order';
import { AuditPending1765300000000 } from './1765300000000-audit-pending';
import { AlertShown1765400000000 } from './1765400000000-alert-shown';
import { AccessChange1765500000000 } from './1765500000000-access-change';

/** Every migration, in order. */
export const migrations = [
  Initial1763800000000,
  RequestListIndex1763850000000,
  Activation1763900000000,
  ActivationHistory1764000000000,
  AuditLog1764100000000,
  Notifications1764200000000,
  HolderIndex1764300000000,
  AttemptBudget1764400000000,
  OwnTenant1764500000000,
  DirectoryAndTree1764600000000,
  Scim1764700000000,
  IdentityProviders1764800000000,
  InvitationProvider1764900000000,
  AccessReviews1765000000000,
  Alerts1765100000000,
  AlertIncidentOrder1765200000000,
  AuditPending1765300000000,
  AlertShown1765400000000,
  AccessChange1765500000000,
];
