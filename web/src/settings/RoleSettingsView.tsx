'use client';

import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { RoleSelect } from '@/assignments/RoleSelect';
import { ScopePicker } from '@/scopes/ScopePicker';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';
import { SettingsForm } from './SettingsForm';

const RoleSettingsEditor = graphql(`
  query RoleSettingsEditor($roleId: ID!, $scopeId: ID, $permissionScopeId: ID!, $kind: RoleKind!) {
    roleSettings(roleId: $roleId, scopeId: $scopeId) {
      ...SettingsForm_settings
    }
    scope(id: $permissionScopeId) {
      id
      viewerCanManage(kind: $kind)
    }
  }
`);

const RootScope = graphql(`
  query SettingsRootScope {
    scopes {
      id
      name
    }
    roleDefinitions {
      id
      kind
    }
  }
`);

/** The settings of a role, role-wide or overridden at one scope: read by all who may, edited by those who manage it. */
export function RoleSettingsView() {
  const [roleId, setRoleId] = useState<string | null>(null);
  const [scopeId, setScopeId] = useState<string | null>(null);
  const root = useQuery(RootScope);
  const rootId = root.data?.scopes[0]?.id ?? null;
  const kind = root.data?.roleDefinitions.find((role) => role.id === roleId)?.kind ?? null;
  const { data, error, loading, refetch } = useQuery(
    RoleSettingsEditor,
    roleId && kind && rootId ? { variables: { roleId, scopeId, permissionScopeId: scopeId ?? rootId, kind }, fetchPolicy: 'network-only' } : skipToken,
  );

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Role settings</h1>
          <p className="lead">What activating and assigning a role demands: duration, MFA, justification, ticket, approval.</p>
        </div>
      </div>
      <section className="panel filters" aria-label="Which settings">
        <div className="filter-grid">
          <RoleSelect label="Role" value={roleId} onChange={setRoleId} required />
          <ScopePicker label="Override at scope" value={scopeId} onChange={(scope) => setScopeId(scope?.id ?? null)} emptyLabel="Role-wide (every scope)" />
        </div>
      </section>
      <ProblemAlert error={error ?? root.error} onRetry={() => void refetch()} />
      {!roleId ? (
        <p className="muted">Choose a role to see its settings.</p>
      ) : data ? (
        <SettingsForm
          key={`${roleId}:${scopeId ?? ''}`}
          settings={data.roleSettings}
          canManage={data.scope.viewerCanManage}
          roleId={roleId}
          scopeId={scopeId}
          onSaved={() => void refetch()}
        />
      ) : loading ? (
        <Loading />
      ) : null}
    </div>
  );
}
