import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import './enums';
import { AccessPathResolver, AccessResolver, CheckAccessResolver } from '../modules/access/access.resolver';
import { ApprovalDecisionResolver, ApprovalResolver, ApprovalStageStatusResolver } from '../modules/approvals/approval.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AssignmentResolver } from '../modules/assignments/assignment.resolver';
import { LiveResolver } from '../modules/live/live.resolver';
import { NotificationResolver, WebhookResolver } from '../modules/notifications/notification.resolver';
import { ActivationResolver } from '../modules/requests/activation.resolver';
import { ApiTokenFieldsResolver, AuthResolver } from '../modules/auth/auth.resolver';
import { DirectoryResolver, GroupFieldsResolver, UserFieldsResolver } from '../modules/directory/directory.resolver';
import { Group, ServicePrincipal, User } from '../modules/directory/principal.type';
import { RequestResolver } from '../modules/requests/request.resolver';
import { RoleResolver } from '../modules/roles/role.resolver';
import { ScopeResolver } from '../modules/scopes/scope.resolver';
import { InvitationResolver } from '../modules/tenant/invitation.resolver';
import { UserAdministrationResolver } from '../modules/tenant/users.resolver';
import { PrincipalAdministrationResolver } from '../modules/tenant/principals.resolver';
import { ScimTokenResolver } from '../modules/scim/scim.resolver';
import { IdentityProviderResolver, UserSignInFieldsResolver } from '../modules/oidc/identity-providers.resolver';
import { ApprovalStageResolver, RoleDefinitionSettingsResolver, RoleSettingsResolver } from '../modules/settings/role-settings.resolver';
import {
  AccessReviewFieldsResolver,
  AccessReviewInstanceFieldsResolver,
  AccessReviewItemFieldsResolver,
  AccessReviewOperationsResolver,
  ReviewerFieldsResolver,
} from '../modules/reviews/reviews.resolver';
import { AlertIncidentFieldsResolver, AlertResolver } from '../modules/alerts/alerts.resolver';
import { OverviewResolver } from '../modules/overview/overview.resolver';
import { ErrorCodeType } from './errors';
import { authChecker } from './rules';
import { DateTimeScalar } from './scalars';

export const resolvers = [
  AuthResolver,
  InvitationResolver,
  UserAdministrationResolver,
  PrincipalAdministrationResolver,
  ScimTokenResolver,
  IdentityProviderResolver,
  UserSignInFieldsResolver,
  ApiTokenFieldsResolver,
  DirectoryResolver,
  UserFieldsResolver,
  GroupFieldsResolver,
  ScopeResolver,
  RoleResolver,
  AssignmentResolver,
  AccessResolver,
  CheckAccessResolver,
  AccessPathResolver,
  RequestResolver,
  RoleSettingsResolver,
  ApprovalStageResolver,
  RoleDefinitionSettingsResolver,
  ActivationResolver,
  ApprovalResolver,
  ApprovalStageStatusResolver,
  ApprovalDecisionResolver,
  LiveResolver,
  AuditResolver,
  NotificationResolver,
  WebhookResolver,
  AccessReviewOperationsResolver,
  AccessReviewFieldsResolver,
  ReviewerFieldsResolver,
  AccessReviewInstanceFieldsResolver,
  AccessReviewItemFieldsResolver,
  AlertResolver,
  AlertIncidentFieldsResolver,
  OverviewResolver,
] as const;

/** Builds the executable schema from the type-graphql classes; needs no database (the schema is emitted from it). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes: [User, Group, ServicePrincipal],
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    // Every subscription brings its own `subscribe` (filtered per subscriber); type-graphql's topic pub/sub is unused.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('subscriptions use their own subscribe functions');
      },
    },
    emitSchemaFile: false,
  });
  // Types no field reaches, which type-graphql would leave out: the error codes of `extensions.code`.
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ErrorCodeType] });
}
