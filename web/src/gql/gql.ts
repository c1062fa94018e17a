/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActivityTable_event on ActivationEvent {\n    kind\n    at\n    assignment {\n      id\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      viaGroup {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ActivityTable_EventFragmentDoc,
    "\n  query ActivityHistory($after: String) {\n    activationEvents(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          at\n          assignment {\n            id\n          }\n          ...ActivityTable_event\n        }\n      }\n    }\n  }\n": typeof types.ActivityHistoryDocument,
    "\n  mutation ApproveRequest($requestId: ID!, $justification: String, $duration: Duration) {\n    approveRequest(requestId: $requestId, justification: $justification, duration: $duration) {\n      id\n      ...RequestTable_request\n    }\n  }\n": typeof types.ApproveRequestDocument,
    "\n  mutation DenyRequest($requestId: ID!, $justification: String) {\n    denyRequest(requestId: $requestId, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n": typeof types.DenyRequestDocument,
    "\n  mutation DecideRequests($requestIds: [ID!]!, $decision: Decision!, $justification: String) {\n    decideRequests(requestIds: $requestIds, decision: $decision, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n": typeof types.DecideRequestsDocument,
    "\n  query ApprovalQueue($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { awaitingMyDecision: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  query ActivationSettings($roleId: ID!, $scopeId: ID) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      activation {\n        maxDuration\n        requireApproval\n        requireJustification\n        requireMfa\n        requireTicket\n      }\n    }\n  }\n": typeof types.ActivationSettingsDocument,
    "\n  mutation ActivateRole($input: ActivateRoleInput!) {\n    activateRole(input: $input) {\n      id\n      status\n      startAt\n      endAt\n      ...RequestTable_request\n    }\n  }\n": typeof types.ActivateRoleDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      status\n      validateOnly\n      type\n      startAt\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  fragment AssignmentRow_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    principal {\n      id\n      displayName\n      type\n    }\n    role {\n      id\n      name\n      kind\n    }\n    scope {\n      id\n      name\n      type\n      manageDirectory: viewerCanManage(kind: DIRECTORY)\n      manageResource: viewerCanManage(kind: RESOURCE)\n      manageGroup: viewerCanManage(kind: GROUP)\n    }\n    inheritedFrom {\n      id\n      name\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n": typeof types.AssignmentRow_AssignmentFragmentDoc,
    "\n  fragment AssignmentPage_assignments on RoleAssignmentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...AssignmentRow_assignment\n      }\n    }\n  }\n": typeof types.AssignmentPage_AssignmentsFragmentDoc,
    "\n  mutation DeactivateRole($assignmentId: ID!) {\n    deactivateRole(assignmentId: $assignmentId) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateRoleDocument,
    "\n  mutation RequestExtension($assignmentId: ID!, $justification: String!) {\n    requestExtension(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n": typeof types.RequestExtensionDocument,
    "\n  mutation RequestRenewal($assignmentId: ID!, $justification: String!) {\n    requestRenewal(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n": typeof types.RequestRenewalDocument,
    "\n  fragment MyRoleTable_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    endReason\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n      type\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n": typeof types.MyRoleTable_AssignmentFragmentDoc,
    "\n  mutation RemoveAssignment($assignmentId: ID!, $justification: String) {\n    removeAssignment(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n": typeof types.RemoveAssignmentDocument,
    "\n  query RoleCatalogue {\n    roleDefinitions {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.RoleCatalogueDocument,
    "\n  query AssignmentList($filter: RoleAssignmentFilter!, $after: String, $orderBy: RoleAssignmentOrder) {\n    roleAssignments(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...AssignmentPage_assignments\n    }\n  }\n": typeof types.AssignmentListDocument,
    "\n  query MyAssignments($principalId: ID!, $state: AssignmentState!) {\n    # 50: the most the API's query cost limit allows for these rows\n    roleAssignments(filter: { principalId: $principalId, expandGroups: true, state: $state }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          endAt\n          ...MyRoleTable_assignment\n        }\n      }\n    }\n  }\n": typeof types.MyAssignmentsDocument,
    "\n  query MyOpenRequests {\n    roleRequests(filter: { mine: true, status: [PENDING_APPROVAL, PENDING_ADMIN_DECISION, GRANTED] }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          status\n          createdAt\n          role {\n            id\n          }\n          scope {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOpenRequestsDocument,
    "\n  fragment AuditTable_event on AuditEvent {\n    id\n    sequence\n    at\n    action\n    actorType\n    justification\n    actor {\n      id\n      displayName\n    }\n    targetPrincipal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    request {\n      id\n    }\n  }\n": typeof types.AuditTable_EventFragmentDoc,
    "\n  query RequestTimeline($requestId: ID!) {\n    auditEvents(filter: { requestId: $requestId }, first: 100) {\n      edges {\n        node {\n          id\n          at\n          action\n          actorType\n          justification\n          actor {\n            id\n            displayName\n          }\n          request {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestTimelineDocument,
    "\n  query AuditList($filter: AuditFilter, $after: String, $orderBy: AuditEventOrder) {\n    auditEvents(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditTable_event\n        }\n      }\n    }\n  }\n": typeof types.AuditListDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n      totpSecret\n      otpauthUri\n      identityProviderId\n      identityProvider {\n        id\n        name\n        signInPath\n      }\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $totpCode: String!) {\n    acceptInvitation(token: $token, password: $password, totpCode: $totpCode) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      guest\n      signInPath\n    }\n  }\n": typeof types.SignInProvidersDocument,
    "\n  mutation StepUpMfa($code: String!) {\n    stepUpMfa(code: $code) {\n      mfaAt\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.StepUpMfaDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      signInPath\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.IdentityProvidersDocument,
    "\n  mutation CreateIdentityProvider($input: IdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      id\n      name\n      enabled\n    }\n  }\n": typeof types.CreateIdentityProviderDocument,
    "\n  mutation UpdateIdentityProvider($id: ID!, $input: IdentityProviderInput!) {\n    updateIdentityProvider(id: $id, input: $input) {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      updatedAt\n    }\n  }\n": typeof types.UpdateIdentityProviderDocument,
    "\n  fragment LiveNotifications_request on RoleRequest {\n    id\n    status\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      decisions {\n        decidedAt\n      }\n    }\n  }\n": typeof types.LiveNotifications_RequestFragmentDoc,
    "\n  fragment LiveNotifications_queued on RoleRequest {\n    id\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    status\n    approvals {\n      stage\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.LiveNotifications_QueuedFragmentDoc,
    "\n  fragment LiveNotifications_activation on ActivationEvent {\n    kind\n    assignment {\n      id\n      principal {\n        id\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LiveNotifications_ActivationFragmentDoc,
    "\n  subscription MyRequestsLive {\n    myRequests {\n      id\n      action\n      status\n      createdAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      ...RequestTable_request\n      ...LiveNotifications_request\n    }\n  }\n": typeof types.MyRequestsLiveDocument,
    "\n  subscription ApprovalQueueLive {\n    approvalQueue {\n      kind\n      request {\n        id\n        createdAt\n        principal {\n          id\n          displayName\n        }\n        role {\n          id\n          name\n        }\n        scope {\n          id\n          name\n        }\n        ...RequestTable_request\n        ...LiveNotifications_queued\n      }\n    }\n  }\n": typeof types.ApprovalQueueLiveDocument,
    "\n  subscription ActivationsLive($scopeId: ID) {\n    activations(scopeId: $scopeId) {\n      kind\n      at\n      assignment {\n        id\n        type\n        endAt\n        principal {\n          id\n        }\n        scope {\n          id\n          type\n        }\n        ...MyRoleTable_assignment\n      }\n      ...ActivityTable_event\n      ...LiveNotifications_activation\n    }\n  }\n": typeof types.ActivationsLiveDocument,
    "\n  subscription NotificationAdded {\n    notifications {\n      id\n      createdAt\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query NotificationInbox {\n    unreadNotificationCount\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          createdAt\n          readAt\n          ...NotificationList_notification\n        }\n      }\n    }\n  }\n": typeof types.NotificationInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationList_NotificationFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      enabled\n      createdAt\n      lastDelivery {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 20) {\n      id\n      event\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      sentAt\n      nextAttemptAt\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  query ApiTokens($servicePrincipalId: ID!) {\n    apiTokens(servicePrincipalId: $servicePrincipalId) {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($servicePrincipalId: ID!, $name: String!, $expiresInDays: Int) {\n    createApiToken(servicePrincipalId: $servicePrincipalId, name: $name, expiresInDays: $expiresInDays) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation CreateServicePrincipal($input: CreateServicePrincipalInput!) {\n    createServicePrincipal(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.CreateServicePrincipalDocument,
    "\n  fragment EffectiveAccessTable_role on EffectiveRole {\n    endAt\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    paths {\n      kind\n      startAt\n      endAt\n      group {\n        id\n        displayName\n      }\n      inheritedFrom {\n        id\n        name\n      }\n      assignment {\n        id\n        type\n        origin\n        scope {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EffectiveAccessTable_RoleFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query InviteProviders {\n    signInProviders {\n      id\n      name\n      guest\n    }\n  }\n": typeof types.InviteProvidersDocument,
    "\n  fragment PeopleTable_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    ... on User {\n      email\n      userType\n      homeOrganization\n    }\n    ... on Group {\n      description\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n": typeof types.PeopleTable_PrincipalFragmentDoc,
    "\n  query PeopleList($search: String, $type: PrincipalType, $after: String) {\n    principals(search: $search, type: $type, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PeopleTable_principal\n        }\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  query PersonPage($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n      enabled\n      ... on User {\n        email\n        manager {\n          id\n          displayName\n        }\n      }\n      ... on Group {\n        roleAssignable\n        scope {\n          id\n          name\n        }\n      }\n      ...PrincipalDetails_principal\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query PersonAssignments($id: ID!, $after: String) {\n    roleAssignments(filter: { principalId: $id, expandGroups: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n": typeof types.PersonAssignmentsDocument,
    "\n  query PersonEffectiveAccess($id: ID!, $scopeId: ID, $asOf: DateTime) {\n    effectiveAccess(principalId: $id, scopeId: $scopeId, asOf: $asOf) {\n      ...EffectiveAccessTable_role\n    }\n  }\n": typeof types.PersonEffectiveAccessDocument,
    "\n  query GroupMembers($scopeId: ID!, $after: String) {\n    roleAssignments(filter: { scopeId: $scopeId }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query AdminCapabilities {\n    viewerCapabilities {\n      manageUsers\n      manageTenant\n      manageGroups\n      manageRoleAssignableGroups\n      editScopes\n    }\n  }\n": typeof types.AdminCapabilitiesDocument,
    "\n  mutation SetPrincipalEnabled($id: ID!, $enabled: Boolean!, $reason: String) {\n    setPrincipalEnabled(principalId: $id, enabled: $enabled, reason: $reason) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetPrincipalEnabledDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      email\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  fragment PrincipalDetails_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    createdAt\n    source\n    externalId\n    ... on User {\n      email\n      userType\n      homeOrganization\n      lastSignInAt\n      manager {\n        id\n        displayName\n      }\n      groups {\n        id\n        displayName\n      }\n    }\n    ... on Group {\n      description\n      roleAssignable\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n": typeof types.PrincipalDetails_PrincipalFragmentDoc,
    "\n  query PrincipalSearch($search: String!) {\n    principals(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          type\n          ... on User {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.PrincipalSearchDocument,
    "\n  query PrincipalById($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n    }\n  }\n": typeof types.PrincipalByIdDocument,
    "\n  query PersonSignIn($id: ID!) {\n    principal(id: $id) {\n      id\n      ... on User {\n        passwordSignIn\n        identityBindings {\n          providerId\n          providerName\n          guest\n          subject\n          boundAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n": typeof types.PersonSignInDocument,
    "\n  mutation SetPasswordSignIn($id: ID!, $enabled: Boolean!) {\n    setPasswordSignIn(principalId: $id, enabled: $enabled)\n  }\n": typeof types.SetPasswordSignInDocument,
    "\n  query ScimTokens {\n    scimTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ScimTokensDocument,
    "\n  mutation CreateScimToken($name: String!, $expiresInDays: Int) {\n    createScimToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      scimToken {\n        id\n      }\n    }\n  }\n": typeof types.CreateScimTokenDocument,
    "\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id)\n  }\n": typeof types.RevokeScimTokenDocument,
    "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      ...RequestTable_request\n    }\n  }\n": typeof types.CancelRequestDocument,
    "\n  fragment RequestTable_request on RoleRequest {\n    id\n    action\n    status\n    statusReason\n    justification\n    ticketSystem\n    ticketNumber\n    startAt\n    endAt\n    duration\n    createdAt\n    canDecide\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      state\n      byScopeAdministrators\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.RequestTable_RequestFragmentDoc,
    "\n  query MyRequests($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { mine: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  mutation CreateScope($input: CreateScopeInput!) {\n    createScope(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateScopeDocument,
    "\n  mutation UpdateScope($id: ID!, $input: UpdateScopeInput!) {\n    updateScope(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateScopeDocument,
    "\n  mutation ArchiveScope($id: ID!) {\n    archiveScope(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveScopeDocument,
    "\n  fragment ScopePicker_scope on Scope {\n    id\n    name\n    type\n    ancestors {\n      id\n      name\n    }\n  }\n": typeof types.ScopePicker_ScopeFragmentDoc,
    "\n  query PickedScope($id: ID!) {\n    scope(id: $id) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n": typeof types.PickedScopeDocument,
    "\n  query SearchScopes($search: String!) {\n    scopes(search: $search) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n": typeof types.SearchScopesDocument,
    "\n  fragment ScopeTreeItem_scope on Scope {\n    id\n    name\n    type\n    childCount\n  }\n": typeof types.ScopeTreeItem_ScopeFragmentDoc,
    "\n  query ScopeChildren($parentId: ID) {\n    scopes(parentId: $parentId) {\n      id\n      ...ScopeTreeItem_scope\n    }\n  }\n": typeof types.ScopeChildrenDocument,
    "\n  query ScopeDetails($id: ID!, $after: String) {\n    scope(id: $id) {\n      id\n      name\n      type\n      externalId\n      childCount\n      viewerCanEdit\n      viewerChildTypes\n      parent {\n        id\n      }\n      ancestors {\n        id\n        name\n      }\n    }\n    roleAssignments(filter: { scopeId: $id, includeInherited: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n": typeof types.ScopeDetailsDocument,
    "\n  query ManageableScopes {\n    viewerManageableScopes {\n      scope {\n        id\n        name\n      }\n      roleKinds\n      includesDescendants\n    }\n  }\n": typeof types.ManageableScopesDocument,
    "\n  query RoleSettingsEditor($roleId: ID!, $scopeId: ID, $permissionScopeId: ID!, $kind: RoleKind!) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      ...SettingsForm_settings\n    }\n    scope(id: $permissionScopeId) {\n      id\n      viewerCanManage(kind: $kind)\n    }\n  }\n": typeof types.RoleSettingsEditorDocument,
    "\n  query SettingsRootScope {\n    scopes {\n      id\n      name\n    }\n    roleDefinitions {\n      id\n      kind\n    }\n  }\n": typeof types.SettingsRootScopeDocument,
    "\n  fragment SettingsForm_settings on RoleSettings {\n    isDefault\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    activation {\n      maxDuration\n      requireMfa\n      requireJustification\n      requireTicket\n      requireApproval\n      approvalStages {\n        quorum\n        timeout\n        escalateAfter\n        approvers {\n          id\n          displayName\n          type\n        }\n        escalationApprovers {\n          id\n          displayName\n          type\n        }\n      }\n    }\n    assignment {\n      allowPermanentEligible\n      allowPermanentActive\n      maxEligibleDuration\n      maxActiveDuration\n      requireMfaOnActive\n      requireJustificationOnActive\n    }\n    notifications {\n      notifyAdmins\n      notifyRequester\n      notifyApprovers\n      criticalOnly\n      additionalRecipients\n    }\n  }\n": typeof types.SettingsForm_SettingsFragmentDoc,
    "\n  mutation UpdateRoleSettings($roleId: ID!, $scopeId: ID, $input: RoleSettingsInput!) {\n    updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: $input) {\n      isDefault\n      updatedAt\n    }\n  }\n": typeof types.UpdateRoleSettingsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query ShellViewer {\n    me {\n      __typename\n      id\n      displayName\n      email\n    }\n    viewerSession {\n      __typename\n      expiresAt\n      mfaAt\n      mfaFreshUntil\n      kind\n    }\n  }\n": typeof types.ShellViewerDocument,
};
const documents: Documents = {
    "\n  fragment ActivityTable_event on ActivationEvent {\n    kind\n    at\n    assignment {\n      id\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      viaGroup {\n        id\n        displayName\n      }\n    }\n  }\n": types.ActivityTable_EventFragmentDoc,
    "\n  query ActivityHistory($after: String) {\n    activationEvents(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          at\n          assignment {\n            id\n          }\n          ...ActivityTable_event\n        }\n      }\n    }\n  }\n": types.ActivityHistoryDocument,
    "\n  mutation ApproveRequest($requestId: ID!, $justification: String, $duration: Duration) {\n    approveRequest(requestId: $requestId, justification: $justification, duration: $duration) {\n      id\n      ...RequestTable_request\n    }\n  }\n": types.ApproveRequestDocument,
    "\n  mutation DenyRequest($requestId: ID!, $justification: String) {\n    denyRequest(requestId: $requestId, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n": types.DenyRequestDocument,
    "\n  mutation DecideRequests($requestIds: [ID!]!, $decision: Decision!, $justification: String) {\n    decideRequests(requestIds: $requestIds, decision: $decision, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n": types.DecideRequestsDocument,
    "\n  query ApprovalQueue($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { awaitingMyDecision: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  query ActivationSettings($roleId: ID!, $scopeId: ID) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      activation {\n        maxDuration\n        requireApproval\n        requireJustification\n        requireMfa\n        requireTicket\n      }\n    }\n  }\n": types.ActivationSettingsDocument,
    "\n  mutation ActivateRole($input: ActivateRoleInput!) {\n    activateRole(input: $input) {\n      id\n      status\n      startAt\n      endAt\n      ...RequestTable_request\n    }\n  }\n": types.ActivateRoleDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      status\n      validateOnly\n      type\n      startAt\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n": types.AssignRoleDocument,
    "\n  fragment AssignmentRow_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    principal {\n      id\n      displayName\n      type\n    }\n    role {\n      id\n      name\n      kind\n    }\n    scope {\n      id\n      name\n      type\n      manageDirectory: viewerCanManage(kind: DIRECTORY)\n      manageResource: viewerCanManage(kind: RESOURCE)\n      manageGroup: viewerCanManage(kind: GROUP)\n    }\n    inheritedFrom {\n      id\n      name\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n": types.AssignmentRow_AssignmentFragmentDoc,
    "\n  fragment AssignmentPage_assignments on RoleAssignmentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...AssignmentRow_assignment\n      }\n    }\n  }\n": types.AssignmentPage_AssignmentsFragmentDoc,
    "\n  mutation DeactivateRole($assignmentId: ID!) {\n    deactivateRole(assignmentId: $assignmentId) {\n      id\n      status\n    }\n  }\n": types.DeactivateRoleDocument,
    "\n  mutation RequestExtension($assignmentId: ID!, $justification: String!) {\n    requestExtension(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n": types.RequestExtensionDocument,
    "\n  mutation RequestRenewal($assignmentId: ID!, $justification: String!) {\n    requestRenewal(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n": types.RequestRenewalDocument,
    "\n  fragment MyRoleTable_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    endReason\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n      type\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n": types.MyRoleTable_AssignmentFragmentDoc,
    "\n  mutation RemoveAssignment($assignmentId: ID!, $justification: String) {\n    removeAssignment(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n": types.RemoveAssignmentDocument,
    "\n  query RoleCatalogue {\n    roleDefinitions {\n      id\n      name\n      kind\n    }\n  }\n": types.RoleCatalogueDocument,
    "\n  query AssignmentList($filter: RoleAssignmentFilter!, $after: String, $orderBy: RoleAssignmentOrder) {\n    roleAssignments(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...AssignmentPage_assignments\n    }\n  }\n": types.AssignmentListDocument,
    "\n  query MyAssignments($principalId: ID!, $state: AssignmentState!) {\n    # 50: the most the API's query cost limit allows for these rows\n    roleAssignments(filter: { principalId: $principalId, expandGroups: true, state: $state }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          endAt\n          ...MyRoleTable_assignment\n        }\n      }\n    }\n  }\n": types.MyAssignmentsDocument,
    "\n  query MyOpenRequests {\n    roleRequests(filter: { mine: true, status: [PENDING_APPROVAL, PENDING_ADMIN_DECISION, GRANTED] }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          status\n          createdAt\n          role {\n            id\n          }\n          scope {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MyOpenRequestsDocument,
    "\n  fragment AuditTable_event on AuditEvent {\n    id\n    sequence\n    at\n    action\n    actorType\n    justification\n    actor {\n      id\n      displayName\n    }\n    targetPrincipal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    request {\n      id\n    }\n  }\n": types.AuditTable_EventFragmentDoc,
    "\n  query RequestTimeline($requestId: ID!) {\n    auditEvents(filter: { requestId: $requestId }, first: 100) {\n      edges {\n        node {\n          id\n          at\n          action\n          actorType\n          justification\n          actor {\n            id\n            displayName\n          }\n          request {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.RequestTimelineDocument,
    "\n  query AuditList($filter: AuditFilter, $after: String, $orderBy: AuditEventOrder) {\n    auditEvents(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditTable_event\n        }\n      }\n    }\n  }\n": types.AuditListDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n      totpSecret\n      otpauthUri\n      identityProviderId\n      identityProvider {\n        id\n        name\n        signInPath\n      }\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $totpCode: String!) {\n    acceptInvitation(token: $token, password: $password, totpCode: $totpCode) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      guest\n      signInPath\n    }\n  }\n": types.SignInProvidersDocument,
    "\n  mutation StepUpMfa($code: String!) {\n    stepUpMfa(code: $code) {\n      mfaAt\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.StepUpMfaDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      signInPath\n      createdAt\n      updatedAt\n    }\n  }\n": types.IdentityProvidersDocument,
    "\n  mutation CreateIdentityProvider($input: IdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      id\n      name\n      enabled\n    }\n  }\n": types.CreateIdentityProviderDocument,
    "\n  mutation UpdateIdentityProvider($id: ID!, $input: IdentityProviderInput!) {\n    updateIdentityProvider(id: $id, input: $input) {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      updatedAt\n    }\n  }\n": types.UpdateIdentityProviderDocument,
    "\n  fragment LiveNotifications_request on RoleRequest {\n    id\n    status\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      decisions {\n        decidedAt\n      }\n    }\n  }\n": types.LiveNotifications_RequestFragmentDoc,
    "\n  fragment LiveNotifications_queued on RoleRequest {\n    id\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    status\n    approvals {\n      stage\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.LiveNotifications_QueuedFragmentDoc,
    "\n  fragment LiveNotifications_activation on ActivationEvent {\n    kind\n    assignment {\n      id\n      principal {\n        id\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n": types.LiveNotifications_ActivationFragmentDoc,
    "\n  subscription MyRequestsLive {\n    myRequests {\n      id\n      action\n      status\n      createdAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      ...RequestTable_request\n      ...LiveNotifications_request\n    }\n  }\n": types.MyRequestsLiveDocument,
    "\n  subscription ApprovalQueueLive {\n    approvalQueue {\n      kind\n      request {\n        id\n        createdAt\n        principal {\n          id\n          displayName\n        }\n        role {\n          id\n          name\n        }\n        scope {\n          id\n          name\n        }\n        ...RequestTable_request\n        ...LiveNotifications_queued\n      }\n    }\n  }\n": types.ApprovalQueueLiveDocument,
    "\n  subscription ActivationsLive($scopeId: ID) {\n    activations(scopeId: $scopeId) {\n      kind\n      at\n      assignment {\n        id\n        type\n        endAt\n        principal {\n          id\n        }\n        scope {\n          id\n          type\n        }\n        ...MyRoleTable_assignment\n      }\n      ...ActivityTable_event\n      ...LiveNotifications_activation\n    }\n  }\n": types.ActivationsLiveDocument,
    "\n  subscription NotificationAdded {\n    notifications {\n      id\n      createdAt\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query NotificationInbox {\n    unreadNotificationCount\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          createdAt\n          readAt\n          ...NotificationList_notification\n        }\n      }\n    }\n  }\n": types.NotificationInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationList_NotificationFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      enabled\n      createdAt\n      lastDelivery {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 20) {\n      id\n      event\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      sentAt\n      nextAttemptAt\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  query ApiTokens($servicePrincipalId: ID!) {\n    apiTokens(servicePrincipalId: $servicePrincipalId) {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($servicePrincipalId: ID!, $name: String!, $expiresInDays: Int) {\n    createApiToken(servicePrincipalId: $servicePrincipalId, name: $name, expiresInDays: $expiresInDays) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation CreateServicePrincipal($input: CreateServicePrincipalInput!) {\n    createServicePrincipal(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.CreateServicePrincipalDocument,
    "\n  fragment EffectiveAccessTable_role on EffectiveRole {\n    endAt\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    paths {\n      kind\n      startAt\n      endAt\n      group {\n        id\n        displayName\n      }\n      inheritedFrom {\n        id\n        name\n      }\n      assignment {\n        id\n        type\n        origin\n        scope {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EffectiveAccessTable_RoleFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": types.CreateUserDocument,
    "\n  query InviteProviders {\n    signInProviders {\n      id\n      name\n      guest\n    }\n  }\n": types.InviteProvidersDocument,
    "\n  fragment PeopleTable_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    ... on User {\n      email\n      userType\n      homeOrganization\n    }\n    ... on Group {\n      description\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n": types.PeopleTable_PrincipalFragmentDoc,
    "\n  query PeopleList($search: String, $type: PrincipalType, $after: String) {\n    principals(search: $search, type: $type, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PeopleTable_principal\n        }\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  query PersonPage($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n      enabled\n      ... on User {\n        email\n        manager {\n          id\n          displayName\n        }\n      }\n      ... on Group {\n        roleAssignable\n        scope {\n          id\n          name\n        }\n      }\n      ...PrincipalDetails_principal\n    }\n  }\n": types.PersonPageDocument,
    "\n  query PersonAssignments($id: ID!, $after: String) {\n    roleAssignments(filter: { principalId: $id, expandGroups: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n": types.PersonAssignmentsDocument,
    "\n  query PersonEffectiveAccess($id: ID!, $scopeId: ID, $asOf: DateTime) {\n    effectiveAccess(principalId: $id, scopeId: $scopeId, asOf: $asOf) {\n      ...EffectiveAccessTable_role\n    }\n  }\n": types.PersonEffectiveAccessDocument,
    "\n  query GroupMembers($scopeId: ID!, $after: String) {\n    roleAssignments(filter: { scopeId: $scopeId }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query AdminCapabilities {\n    viewerCapabilities {\n      manageUsers\n      manageTenant\n      manageGroups\n      manageRoleAssignableGroups\n      editScopes\n    }\n  }\n": types.AdminCapabilitiesDocument,
    "\n  mutation SetPrincipalEnabled($id: ID!, $enabled: Boolean!, $reason: String) {\n    setPrincipalEnabled(principalId: $id, enabled: $enabled, reason: $reason) {\n      id\n      enabled\n    }\n  }\n": types.SetPrincipalEnabledDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      email\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  fragment PrincipalDetails_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    createdAt\n    source\n    externalId\n    ... on User {\n      email\n      userType\n      homeOrganization\n      lastSignInAt\n      manager {\n        id\n        displayName\n      }\n      groups {\n        id\n        displayName\n      }\n    }\n    ... on Group {\n      description\n      roleAssignable\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n": types.PrincipalDetails_PrincipalFragmentDoc,
    "\n  query PrincipalSearch($search: String!) {\n    principals(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          type\n          ... on User {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.PrincipalSearchDocument,
    "\n  query PrincipalById($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n    }\n  }\n": types.PrincipalByIdDocument,
    "\n  query PersonSignIn($id: ID!) {\n    principal(id: $id) {\n      id\n      ... on User {\n        passwordSignIn\n        identityBindings {\n          providerId\n          providerName\n          guest\n          subject\n          boundAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n": types.PersonSignInDocument,
    "\n  mutation SetPasswordSignIn($id: ID!, $enabled: Boolean!) {\n    setPasswordSignIn(principalId: $id, enabled: $enabled)\n  }\n": types.SetPasswordSignInDocument,
    "\n  query ScimTokens {\n    scimTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ScimTokensDocument,
    "\n  mutation CreateScimToken($name: String!, $expiresInDays: Int) {\n    createScimToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      scimToken {\n        id\n      }\n    }\n  }\n": types.CreateScimTokenDocument,
    "\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id)\n  }\n": types.RevokeScimTokenDocument,
    "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      ...RequestTable_request\n    }\n  }\n": types.CancelRequestDocument,
    "\n  fragment RequestTable_request on RoleRequest {\n    id\n    action\n    status\n    statusReason\n    justification\n    ticketSystem\n    ticketNumber\n    startAt\n    endAt\n    duration\n    createdAt\n    canDecide\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      state\n      byScopeAdministrators\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.RequestTable_RequestFragmentDoc,
    "\n  query MyRequests($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { mine: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  mutation CreateScope($input: CreateScopeInput!) {\n    createScope(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateScopeDocument,
    "\n  mutation UpdateScope($id: ID!, $input: UpdateScopeInput!) {\n    updateScope(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateScopeDocument,
    "\n  mutation ArchiveScope($id: ID!) {\n    archiveScope(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveScopeDocument,
    "\n  fragment ScopePicker_scope on Scope {\n    id\n    name\n    type\n    ancestors {\n      id\n      name\n    }\n  }\n": types.ScopePicker_ScopeFragmentDoc,
    "\n  query PickedScope($id: ID!) {\n    scope(id: $id) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n": types.PickedScopeDocument,
    "\n  query SearchScopes($search: String!) {\n    scopes(search: $search) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n": types.SearchScopesDocument,
    "\n  fragment ScopeTreeItem_scope on Scope {\n    id\n    name\n    type\n    childCount\n  }\n": types.ScopeTreeItem_ScopeFragmentDoc,
    "\n  query ScopeChildren($parentId: ID) {\n    scopes(parentId: $parentId) {\n      id\n      ...ScopeTreeItem_scope\n    }\n  }\n": types.ScopeChildrenDocument,
    "\n  query ScopeDetails($id: ID!, $after: String) {\n    scope(id: $id) {\n      id\n      name\n      type\n      externalId\n      childCount\n      viewerCanEdit\n      viewerChildTypes\n      parent {\n        id\n      }\n      ancestors {\n        id\n        name\n      }\n    }\n    roleAssignments(filter: { scopeId: $id, includeInherited: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n": types.ScopeDetailsDocument,
    "\n  query ManageableScopes {\n    viewerManageableScopes {\n      scope {\n        id\n        name\n      }\n      roleKinds\n      includesDescendants\n    }\n  }\n": types.ManageableScopesDocument,
    "\n  query RoleSettingsEditor($roleId: ID!, $scopeId: ID, $permissionScopeId: ID!, $kind: RoleKind!) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      ...SettingsForm_settings\n    }\n    scope(id: $permissionScopeId) {\n      id\n      viewerCanManage(kind: $kind)\n    }\n  }\n": types.RoleSettingsEditorDocument,
    "\n  query SettingsRootScope {\n    scopes {\n      id\n      name\n    }\n    roleDefinitions {\n      id\n      kind\n    }\n  }\n": types.SettingsRootScopeDocument,
    "\n  fragment SettingsForm_settings on RoleSettings {\n    isDefault\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    activation {\n      maxDuration\n      requireMfa\n      requireJustification\n      requireTicket\n      requireApproval\n      approvalStages {\n        quorum\n        timeout\n        escalateAfter\n        approvers {\n          id\n          displayName\n          type\n        }\n        escalationApprovers {\n          id\n          displayName\n          type\n        }\n      }\n    }\n    assignment {\n      allowPermanentEligible\n      allowPermanentActive\n      maxEligibleDuration\n      maxActiveDuration\n      requireMfaOnActive\n      requireJustificationOnActive\n    }\n    notifications {\n      notifyAdmins\n      notifyRequester\n      notifyApprovers\n      criticalOnly\n      additionalRecipients\n    }\n  }\n": types.SettingsForm_SettingsFragmentDoc,
    "\n  mutation UpdateRoleSettings($roleId: ID!, $scopeId: ID, $input: RoleSettingsInput!) {\n    updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: $input) {\n      isDefault\n      updatedAt\n    }\n  }\n": types.UpdateRoleSettingsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query ShellViewer {\n    me {\n      __typename\n      id\n      displayName\n      email\n    }\n    viewerSession {\n      __typename\n      expiresAt\n      mfaAt\n      mfaFreshUntil\n      kind\n    }\n  }\n": types.ShellViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityTable_event on ActivationEvent {\n    kind\n    at\n    assignment {\n      id\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      viaGroup {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityTable_event on ActivationEvent {\n    kind\n    at\n    assignment {\n      id\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      viaGroup {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityHistory($after: String) {\n    activationEvents(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          at\n          assignment {\n            id\n          }\n          ...ActivityTable_event\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityHistory($after: String) {\n    activationEvents(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          at\n          assignment {\n            id\n          }\n          ...ActivityTable_event\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRequest($requestId: ID!, $justification: String, $duration: Duration) {\n    approveRequest(requestId: $requestId, justification: $justification, duration: $duration) {\n      id\n      ...RequestTable_request\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRequest($requestId: ID!, $justification: String, $duration: Duration) {\n    approveRequest(requestId: $requestId, justification: $justification, duration: $duration) {\n      id\n      ...RequestTable_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyRequest($requestId: ID!, $justification: String) {\n    denyRequest(requestId: $requestId, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n"): (typeof documents)["\n  mutation DenyRequest($requestId: ID!, $justification: String) {\n    denyRequest(requestId: $requestId, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRequests($requestIds: [ID!]!, $decision: Decision!, $justification: String) {\n    decideRequests(requestIds: $requestIds, decision: $decision, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n"): (typeof documents)["\n  mutation DecideRequests($requestIds: [ID!]!, $decision: Decision!, $justification: String) {\n    decideRequests(requestIds: $requestIds, decision: $decision, justification: $justification) {\n      id\n      ...RequestTable_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { awaitingMyDecision: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalQueue($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { awaitingMyDecision: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivationSettings($roleId: ID!, $scopeId: ID) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      activation {\n        maxDuration\n        requireApproval\n        requireJustification\n        requireMfa\n        requireTicket\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivationSettings($roleId: ID!, $scopeId: ID) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      activation {\n        maxDuration\n        requireApproval\n        requireJustification\n        requireMfa\n        requireTicket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateRole($input: ActivateRoleInput!) {\n    activateRole(input: $input) {\n      id\n      status\n      startAt\n      endAt\n      ...RequestTable_request\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateRole($input: ActivateRoleInput!) {\n    activateRole(input: $input) {\n      id\n      status\n      startAt\n      endAt\n      ...RequestTable_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      status\n      validateOnly\n      type\n      startAt\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      status\n      validateOnly\n      type\n      startAt\n      endAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentRow_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    principal {\n      id\n      displayName\n      type\n    }\n    role {\n      id\n      name\n      kind\n    }\n    scope {\n      id\n      name\n      type\n      manageDirectory: viewerCanManage(kind: DIRECTORY)\n      manageResource: viewerCanManage(kind: RESOURCE)\n      manageGroup: viewerCanManage(kind: GROUP)\n    }\n    inheritedFrom {\n      id\n      name\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentRow_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    principal {\n      id\n      displayName\n      type\n    }\n    role {\n      id\n      name\n      kind\n    }\n    scope {\n      id\n      name\n      type\n      manageDirectory: viewerCanManage(kind: DIRECTORY)\n      manageResource: viewerCanManage(kind: RESOURCE)\n      manageGroup: viewerCanManage(kind: GROUP)\n    }\n    inheritedFrom {\n      id\n      name\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentPage_assignments on RoleAssignmentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...AssignmentRow_assignment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentPage_assignments on RoleAssignmentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...AssignmentRow_assignment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateRole($assignmentId: ID!) {\n    deactivateRole(assignmentId: $assignmentId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateRole($assignmentId: ID!) {\n    deactivateRole(assignmentId: $assignmentId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtension($assignmentId: ID!, $justification: String!) {\n    requestExtension(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestExtension($assignmentId: ID!, $justification: String!) {\n    requestExtension(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRenewal($assignmentId: ID!, $justification: String!) {\n    requestRenewal(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestRenewal($assignmentId: ID!, $justification: String!) {\n    requestRenewal(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyRoleTable_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    endReason\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n      type\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MyRoleTable_assignment on RoleAssignment {\n    id\n    assignmentId\n    type\n    origin\n    state\n    startAt\n    endAt\n    endReason\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n      type\n    }\n    viaGroup {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAssignment($assignmentId: ID!, $justification: String) {\n    removeAssignment(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAssignment($assignmentId: ID!, $justification: String) {\n    removeAssignment(assignmentId: $assignmentId, justification: $justification) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleCatalogue {\n    roleDefinitions {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query RoleCatalogue {\n    roleDefinitions {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentList($filter: RoleAssignmentFilter!, $after: String, $orderBy: RoleAssignmentOrder) {\n    roleAssignments(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...AssignmentPage_assignments\n    }\n  }\n"): (typeof documents)["\n  query AssignmentList($filter: RoleAssignmentFilter!, $after: String, $orderBy: RoleAssignmentOrder) {\n    roleAssignments(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...AssignmentPage_assignments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignments($principalId: ID!, $state: AssignmentState!) {\n    # 50: the most the API's query cost limit allows for these rows\n    roleAssignments(filter: { principalId: $principalId, expandGroups: true, state: $state }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          endAt\n          ...MyRoleTable_assignment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssignments($principalId: ID!, $state: AssignmentState!) {\n    # 50: the most the API's query cost limit allows for these rows\n    roleAssignments(filter: { principalId: $principalId, expandGroups: true, state: $state }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          endAt\n          ...MyRoleTable_assignment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpenRequests {\n    roleRequests(filter: { mine: true, status: [PENDING_APPROVAL, PENDING_ADMIN_DECISION, GRANTED] }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          status\n          createdAt\n          role {\n            id\n          }\n          scope {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOpenRequests {\n    roleRequests(filter: { mine: true, status: [PENDING_APPROVAL, PENDING_ADMIN_DECISION, GRANTED] }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          status\n          createdAt\n          role {\n            id\n          }\n          scope {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTable_event on AuditEvent {\n    id\n    sequence\n    at\n    action\n    actorType\n    justification\n    actor {\n      id\n      displayName\n    }\n    targetPrincipal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    request {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AuditTable_event on AuditEvent {\n    id\n    sequence\n    at\n    action\n    actorType\n    justification\n    actor {\n      id\n      displayName\n    }\n    targetPrincipal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    request {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestTimeline($requestId: ID!) {\n    auditEvents(filter: { requestId: $requestId }, first: 100) {\n      edges {\n        node {\n          id\n          at\n          action\n          actorType\n          justification\n          actor {\n            id\n            displayName\n          }\n          request {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestTimeline($requestId: ID!) {\n    auditEvents(filter: { requestId: $requestId }, first: 100) {\n      edges {\n        node {\n          id\n          at\n          action\n          actorType\n          justification\n          actor {\n            id\n            displayName\n          }\n          request {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditList($filter: AuditFilter, $after: String, $orderBy: AuditEventOrder) {\n    auditEvents(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditTable_event\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditList($filter: AuditFilter, $after: String, $orderBy: AuditEventOrder) {\n    auditEvents(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditTable_event\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n      totpSecret\n      otpauthUri\n      identityProviderId\n      identityProvider {\n        id\n        name\n        signInPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      kind\n      email\n      displayName\n      expiresAt\n      totpSecret\n      otpauthUri\n      identityProviderId\n      identityProvider {\n        id\n        name\n        signInPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $totpCode: String!) {\n    acceptInvitation(token: $token, password: $password, totpCode: $totpCode) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!, $totpCode: String!) {\n    acceptInvitation(token: $token, password: $password, totpCode: $totpCode) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      guest\n      signInPath\n    }\n  }\n"): (typeof documents)["\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      guest\n      signInPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepUpMfa($code: String!) {\n    stepUpMfa(code: $code) {\n      mfaAt\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StepUpMfa($code: String!) {\n    stepUpMfa(code: $code) {\n      mfaAt\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      signInPath\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query IdentityProviders {\n    identityProviders {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      signInPath\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIdentityProvider($input: IdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      id\n      name\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIdentityProvider($input: IdentityProviderInput!) {\n    createIdentityProvider(input: $input) {\n      id\n      name\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdentityProvider($id: ID!, $input: IdentityProviderInput!) {\n    updateIdentityProvider(id: $id, input: $input) {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdentityProvider($id: ID!, $input: IdentityProviderInput!) {\n    updateIdentityProvider(id: $id, input: $input) {\n      id\n      name\n      issuer\n      clientId\n      hasClientSecret\n      scopes\n      groupsClaim\n      mfaClaimValues\n      guest\n      homeOrganization\n      createMembers\n      enabled\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveNotifications_request on RoleRequest {\n    id\n    status\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      decisions {\n        decidedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LiveNotifications_request on RoleRequest {\n    id\n    status\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      decisions {\n        decidedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveNotifications_queued on RoleRequest {\n    id\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    status\n    approvals {\n      stage\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LiveNotifications_queued on RoleRequest {\n    id\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    status\n    approvals {\n      stage\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveNotifications_activation on ActivationEvent {\n    kind\n    assignment {\n      id\n      principal {\n        id\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LiveNotifications_activation on ActivationEvent {\n    kind\n    assignment {\n      id\n      principal {\n        id\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyRequestsLive {\n    myRequests {\n      id\n      action\n      status\n      createdAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      ...RequestTable_request\n      ...LiveNotifications_request\n    }\n  }\n"): (typeof documents)["\n  subscription MyRequestsLive {\n    myRequests {\n      id\n      action\n      status\n      createdAt\n      principal {\n        id\n        displayName\n      }\n      role {\n        id\n        name\n      }\n      scope {\n        id\n        name\n      }\n      ...RequestTable_request\n      ...LiveNotifications_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApprovalQueueLive {\n    approvalQueue {\n      kind\n      request {\n        id\n        createdAt\n        principal {\n          id\n          displayName\n        }\n        role {\n          id\n          name\n        }\n        scope {\n          id\n          name\n        }\n        ...RequestTable_request\n        ...LiveNotifications_queued\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ApprovalQueueLive {\n    approvalQueue {\n      kind\n      request {\n        id\n        createdAt\n        principal {\n          id\n          displayName\n        }\n        role {\n          id\n          name\n        }\n        scope {\n          id\n          name\n        }\n        ...RequestTable_request\n        ...LiveNotifications_queued\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActivationsLive($scopeId: ID) {\n    activations(scopeId: $scopeId) {\n      kind\n      at\n      assignment {\n        id\n        type\n        endAt\n        principal {\n          id\n        }\n        scope {\n          id\n          type\n        }\n        ...MyRoleTable_assignment\n      }\n      ...ActivityTable_event\n      ...LiveNotifications_activation\n    }\n  }\n"): (typeof documents)["\n  subscription ActivationsLive($scopeId: ID) {\n    activations(scopeId: $scopeId) {\n      kind\n      at\n      assignment {\n        id\n        type\n        endAt\n        principal {\n          id\n        }\n        scope {\n          id\n          type\n        }\n        ...MyRoleTable_assignment\n      }\n      ...ActivityTable_event\n      ...LiveNotifications_activation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notifications {\n      id\n      createdAt\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notifications {\n      id\n      createdAt\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationInbox {\n    unreadNotificationCount\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          createdAt\n          readAt\n          ...NotificationList_notification\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationInbox {\n    unreadNotificationCount\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          createdAt\n          readAt\n          ...NotificationList_notification\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationList_notification on Notification {\n    id\n    title\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      enabled\n      createdAt\n      lastDelivery {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      enabled\n      createdAt\n      lastDelivery {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 20) {\n      id\n      event\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      sentAt\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 20) {\n      id\n      event\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      sentAt\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($servicePrincipalId: ID!) {\n    apiTokens(servicePrincipalId: $servicePrincipalId) {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($servicePrincipalId: ID!) {\n    apiTokens(servicePrincipalId: $servicePrincipalId) {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($servicePrincipalId: ID!, $name: String!, $expiresInDays: Int) {\n    createApiToken(servicePrincipalId: $servicePrincipalId, name: $name, expiresInDays: $expiresInDays) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($servicePrincipalId: ID!, $name: String!, $expiresInDays: Int) {\n    createApiToken(servicePrincipalId: $servicePrincipalId, name: $name, expiresInDays: $expiresInDays) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServicePrincipal($input: CreateServicePrincipalInput!) {\n    createServicePrincipal(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServicePrincipal($input: CreateServicePrincipalInput!) {\n    createServicePrincipal(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EffectiveAccessTable_role on EffectiveRole {\n    endAt\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    paths {\n      kind\n      startAt\n      endAt\n      group {\n        id\n        displayName\n      }\n      inheritedFrom {\n        id\n        name\n      }\n      assignment {\n        id\n        type\n        origin\n        scope {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EffectiveAccessTable_role on EffectiveRole {\n    endAt\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    paths {\n      kind\n      startAt\n      endAt\n      group {\n        id\n        displayName\n      }\n      inheritedFrom {\n        id\n        name\n      }\n      assignment {\n        id\n        type\n        origin\n        scope {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteProviders {\n    signInProviders {\n      id\n      name\n      guest\n    }\n  }\n"): (typeof documents)["\n  query InviteProviders {\n    signInProviders {\n      id\n      name\n      guest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleTable_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    ... on User {\n      email\n      userType\n      homeOrganization\n    }\n    ... on Group {\n      description\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n"): (typeof documents)["\n  fragment PeopleTable_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    ... on User {\n      email\n      userType\n      homeOrganization\n    }\n    ... on Group {\n      description\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($search: String, $type: PrincipalType, $after: String) {\n    principals(search: $search, type: $type, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PeopleTable_principal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($search: String, $type: PrincipalType, $after: String) {\n    principals(search: $search, type: $type, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PeopleTable_principal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n      enabled\n      ... on User {\n        email\n        manager {\n          id\n          displayName\n        }\n      }\n      ... on Group {\n        roleAssignable\n        scope {\n          id\n          name\n        }\n      }\n      ...PrincipalDetails_principal\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n      enabled\n      ... on User {\n        email\n        manager {\n          id\n          displayName\n        }\n      }\n      ... on Group {\n        roleAssignable\n        scope {\n          id\n          name\n        }\n      }\n      ...PrincipalDetails_principal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonAssignments($id: ID!, $after: String) {\n    roleAssignments(filter: { principalId: $id, expandGroups: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n"): (typeof documents)["\n  query PersonAssignments($id: ID!, $after: String) {\n    roleAssignments(filter: { principalId: $id, expandGroups: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonEffectiveAccess($id: ID!, $scopeId: ID, $asOf: DateTime) {\n    effectiveAccess(principalId: $id, scopeId: $scopeId, asOf: $asOf) {\n      ...EffectiveAccessTable_role\n    }\n  }\n"): (typeof documents)["\n  query PersonEffectiveAccess($id: ID!, $scopeId: ID, $asOf: DateTime) {\n    effectiveAccess(principalId: $id, scopeId: $scopeId, asOf: $asOf) {\n      ...EffectiveAccessTable_role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($scopeId: ID!, $after: String) {\n    roleAssignments(filter: { scopeId: $scopeId }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($scopeId: ID!, $after: String) {\n    roleAssignments(filter: { scopeId: $scopeId }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCapabilities {\n    viewerCapabilities {\n      manageUsers\n      manageTenant\n      manageGroups\n      manageRoleAssignableGroups\n      editScopes\n    }\n  }\n"): (typeof documents)["\n  query AdminCapabilities {\n    viewerCapabilities {\n      manageUsers\n      manageTenant\n      manageGroups\n      manageRoleAssignableGroups\n      editScopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrincipalEnabled($id: ID!, $enabled: Boolean!, $reason: String) {\n    setPrincipalEnabled(principalId: $id, enabled: $enabled, reason: $reason) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetPrincipalEnabled($id: ID!, $enabled: Boolean!, $reason: String) {\n    setPrincipalEnabled(principalId: $id, enabled: $enabled, reason: $reason) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      email\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      email\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrincipalDetails_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    createdAt\n    source\n    externalId\n    ... on User {\n      email\n      userType\n      homeOrganization\n      lastSignInAt\n      manager {\n        id\n        displayName\n      }\n      groups {\n        id\n        displayName\n      }\n    }\n    ... on Group {\n      description\n      roleAssignable\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n"): (typeof documents)["\n  fragment PrincipalDetails_principal on Principal {\n    id\n    displayName\n    type\n    enabled\n    createdAt\n    source\n    externalId\n    ... on User {\n      email\n      userType\n      homeOrganization\n      lastSignInAt\n      manager {\n        id\n        displayName\n      }\n      groups {\n        id\n        displayName\n      }\n    }\n    ... on Group {\n      description\n      roleAssignable\n    }\n    ... on ServicePrincipal {\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrincipalSearch($search: String!) {\n    principals(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          type\n          ... on User {\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrincipalSearch($search: String!) {\n    principals(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          type\n          ... on User {\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrincipalById($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n    }\n  }\n"): (typeof documents)["\n  query PrincipalById($id: ID!) {\n    principal(id: $id) {\n      id\n      displayName\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonSignIn($id: ID!) {\n    principal(id: $id) {\n      id\n      ... on User {\n        passwordSignIn\n        identityBindings {\n          providerId\n          providerName\n          guest\n          subject\n          boundAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonSignIn($id: ID!) {\n    principal(id: $id) {\n      id\n      ... on User {\n        passwordSignIn\n        identityBindings {\n          providerId\n          providerName\n          guest\n          subject\n          boundAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordSignIn($id: ID!, $enabled: Boolean!) {\n    setPasswordSignIn(principalId: $id, enabled: $enabled)\n  }\n"): (typeof documents)["\n  mutation SetPasswordSignIn($id: ID!, $enabled: Boolean!) {\n    setPasswordSignIn(principalId: $id, enabled: $enabled)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScimTokens {\n    scimTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ScimTokens {\n    scimTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScimToken($name: String!, $expiresInDays: Int) {\n    createScimToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      scimToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScimToken($name: String!, $expiresInDays: Int) {\n    createScimToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      scimToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      ...RequestTable_request\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      ...RequestTable_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestTable_request on RoleRequest {\n    id\n    action\n    status\n    statusReason\n    justification\n    ticketSystem\n    ticketNumber\n    startAt\n    endAt\n    duration\n    createdAt\n    canDecide\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      state\n      byScopeAdministrators\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestTable_request on RoleRequest {\n    id\n    action\n    status\n    statusReason\n    justification\n    ticketSystem\n    ticketNumber\n    startAt\n    endAt\n    duration\n    createdAt\n    canDecide\n    principal {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    approvals {\n      stage\n      state\n      byScopeAdministrators\n      decisions {\n        decision\n        decidedAt\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { mine: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests($orderBy: RoleRequestOrder) {\n    roleRequests(filter: { mine: true }, first: 50, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          principal {\n            id\n            displayName\n          }\n          role {\n            id\n            name\n          }\n          scope {\n            id\n            name\n          }\n          ...RequestTable_request\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScope($input: CreateScopeInput!) {\n    createScope(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScope($input: CreateScopeInput!) {\n    createScope(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScope($id: ID!, $input: UpdateScopeInput!) {\n    updateScope(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateScope($id: ID!, $input: UpdateScopeInput!) {\n    updateScope(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveScope($id: ID!) {\n    archiveScope(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveScope($id: ID!) {\n    archiveScope(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScopePicker_scope on Scope {\n    id\n    name\n    type\n    ancestors {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ScopePicker_scope on Scope {\n    id\n    name\n    type\n    ancestors {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickedScope($id: ID!) {\n    scope(id: $id) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n"): (typeof documents)["\n  query PickedScope($id: ID!) {\n    scope(id: $id) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchScopes($search: String!) {\n    scopes(search: $search) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n"): (typeof documents)["\n  query SearchScopes($search: String!) {\n    scopes(search: $search) {\n      id\n      ...ScopePicker_scope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScopeTreeItem_scope on Scope {\n    id\n    name\n    type\n    childCount\n  }\n"): (typeof documents)["\n  fragment ScopeTreeItem_scope on Scope {\n    id\n    name\n    type\n    childCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeChildren($parentId: ID) {\n    scopes(parentId: $parentId) {\n      id\n      ...ScopeTreeItem_scope\n    }\n  }\n"): (typeof documents)["\n  query ScopeChildren($parentId: ID) {\n    scopes(parentId: $parentId) {\n      id\n      ...ScopeTreeItem_scope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeDetails($id: ID!, $after: String) {\n    scope(id: $id) {\n      id\n      name\n      type\n      externalId\n      childCount\n      viewerCanEdit\n      viewerChildTypes\n      parent {\n        id\n      }\n      ancestors {\n        id\n        name\n      }\n    }\n    roleAssignments(filter: { scopeId: $id, includeInherited: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n"): (typeof documents)["\n  query ScopeDetails($id: ID!, $after: String) {\n    scope(id: $id) {\n      id\n      name\n      type\n      externalId\n      childCount\n      viewerCanEdit\n      viewerChildTypes\n      parent {\n        id\n      }\n      ancestors {\n        id\n        name\n      }\n    }\n    roleAssignments(filter: { scopeId: $id, includeInherited: true }, first: 25, after: $after) {\n      ...AssignmentPage_assignments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageableScopes {\n    viewerManageableScopes {\n      scope {\n        id\n        name\n      }\n      roleKinds\n      includesDescendants\n    }\n  }\n"): (typeof documents)["\n  query ManageableScopes {\n    viewerManageableScopes {\n      scope {\n        id\n        name\n      }\n      roleKinds\n      includesDescendants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleSettingsEditor($roleId: ID!, $scopeId: ID, $permissionScopeId: ID!, $kind: RoleKind!) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      ...SettingsForm_settings\n    }\n    scope(id: $permissionScopeId) {\n      id\n      viewerCanManage(kind: $kind)\n    }\n  }\n"): (typeof documents)["\n  query RoleSettingsEditor($roleId: ID!, $scopeId: ID, $permissionScopeId: ID!, $kind: RoleKind!) {\n    roleSettings(roleId: $roleId, scopeId: $scopeId) {\n      ...SettingsForm_settings\n    }\n    scope(id: $permissionScopeId) {\n      id\n      viewerCanManage(kind: $kind)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsRootScope {\n    scopes {\n      id\n      name\n    }\n    roleDefinitions {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  query SettingsRootScope {\n    scopes {\n      id\n      name\n    }\n    roleDefinitions {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsForm_settings on RoleSettings {\n    isDefault\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    activation {\n      maxDuration\n      requireMfa\n      requireJustification\n      requireTicket\n      requireApproval\n      approvalStages {\n        quorum\n        timeout\n        escalateAfter\n        approvers {\n          id\n          displayName\n          type\n        }\n        escalationApprovers {\n          id\n          displayName\n          type\n        }\n      }\n    }\n    assignment {\n      allowPermanentEligible\n      allowPermanentActive\n      maxEligibleDuration\n      maxActiveDuration\n      requireMfaOnActive\n      requireJustificationOnActive\n    }\n    notifications {\n      notifyAdmins\n      notifyRequester\n      notifyApprovers\n      criticalOnly\n      additionalRecipients\n    }\n  }\n"): (typeof documents)["\n  fragment SettingsForm_settings on RoleSettings {\n    isDefault\n    updatedAt\n    updatedBy {\n      id\n      displayName\n    }\n    role {\n      id\n      name\n    }\n    scope {\n      id\n      name\n    }\n    activation {\n      maxDuration\n      requireMfa\n      requireJustification\n      requireTicket\n      requireApproval\n      approvalStages {\n        quorum\n        timeout\n        escalateAfter\n        approvers {\n          id\n          displayName\n          type\n        }\n        escalationApprovers {\n          id\n          displayName\n          type\n        }\n      }\n    }\n    assignment {\n      allowPermanentEligible\n      allowPermanentActive\n      maxEligibleDuration\n      maxActiveDuration\n      requireMfaOnActive\n      requireJustificationOnActive\n    }\n    notifications {\n      notifyAdmins\n      notifyRequester\n      notifyApprovers\n      criticalOnly\n      additionalRecipients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoleSettings($roleId: ID!, $scopeId: ID, $input: RoleSettingsInput!) {\n    updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: $input) {\n      isDefault\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoleSettings($roleId: ID!, $scopeId: ID, $input: RoleSettingsInput!) {\n    updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: $input) {\n      isDefault\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellViewer {\n    me {\n      __typename\n      id\n      displayName\n      email\n    }\n    viewerSession {\n      __typename\n      expiresAt\n      mfaAt\n      mfaFreshUntil\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ShellViewer {\n    me {\n      __typename\n      id\n      displayName\n      email\n    }\n    viewerSession {\n      __typename\n      expiresAt\n      mfaAt\n      mfaFreshUntil\n      kind\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;