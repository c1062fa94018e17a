'use client';

import { skipToken, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import type { RoleCatalogueListQuery, RoleKind } from '@/gql/graphql';
import { KIND_LABELS } from '@/overview/overviewWords';
import { useViewerCapabilities } from '@/shell/capabilities';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { NotPermitted } from '@/ui/NotPermitted';
import { HeadedPage, PageProblem } from '@/ui/PageProblem';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { RoleCatalogueList } from './queries';
import { holdersLink, KINDS, matchingRoles, settingsLine } from './roleWords';

type Role = RoleCatalogueListQuery['roleDefinitions'][number];

const TITLE = 'Roles';
const LEAD = 'Every role that can be held: what it allows, how it is activated, and how many hold it now.';

/**
 * The role catalogue (issue 14): each role with its description, kind, whether it is privileged, its role-wide settings
 * in one line, and how many hold it eligible and active now (as I may list them; each number opens those assignments).
 * For those who read others' assignments (the navigation's `readRoles`); anyone else is told so under the heading.
 */
export function RolesView() {
  const capabilities = useViewerCapabilities();
  const allowed = capabilities?.readRoles ?? false;
  const { data, error, loading, refetch } = useQuery(RoleCatalogueList, allowed ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RoleKind | null>(null);

  if (capabilities && !allowed) {
    return (
      <HeadedPage title={TITLE} lead={LEAD}>
        <NotPermitted reason="The role catalogue, with who holds each role, is for those who read others’ assignments." />
      </HeadedPage>
    );
  }
  if (error && !data) return <PageProblem title={TITLE} lead={LEAD} error={error} onRetry={() => void refetch()} />;
  const roles = data ? matchingRoles(data.roleDefinitions, text, kind) : [];
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{TITLE}</h1>
          <p className="lead">{LEAD}</p>
        </div>
      </div>
      <section className="panel filters" aria-label="Search roles">
        <div className="filter-grid">
          <label className="field">
            <span>Find a role</span>
            <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Name or description" />
          </label>
          <label className="field">
            <span>Kind</span>
            <select value={kind ?? ''} onChange={(e) => setKind(KINDS.find((k) => k === e.target.value) ?? null)}>
              <option value="">Every kind</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>
      <section className="results" aria-label="Roles found">
        <ProblemAlert error={data ? error : null} onRetry={() => void refetch()} />
        {!data ? (
          loading || !capabilities ? <Loading /> : null
        ) : roles.length === 0 ? (
          <EmptyState>{text.trim() ? `No role matches “${text.trim()}”.` : 'No role of this kind.'}</EmptyState>
        ) : (
          <RoleTable roles={roles} />
        )}
      </section>
    </div>
  );
}

function RoleTable({ roles }: { roles: readonly Role[] }) {
  return (
    <DataTable caption="Roles" columns={['Role', 'Kind', 'Settings', 'Eligible', 'Active']}>
      {roles.map((role) => (
        <tr key={role.id}>
          <td>
            <strong>{role.name}</strong>{' '}
            {role.privileged ? <Badge tone="warning">Privileged</Badge> : null} {role.builtIn ? null : <Badge>Custom</Badge>}
            {role.description ? <p className="muted small">{role.description}</p> : null}
          </td>
          <td>{KIND_LABELS[role.kind]}</td>
          <td>
            {settingsLine(role.settings)}
            {role.settings.isDefault ? <span className="muted small"> (defaults)</span> : null}
          </td>
          <td>
            <HolderCount count={role.holders.eligible} href={holdersLink(role.id, 'ELIGIBLE')} label={`${role.name}: eligible assignments`} />
          </td>
          <td>
            <HolderCount count={role.holders.active} href={holdersLink(role.id, 'ACTIVE')} label={`${role.name}: active assignments`} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A count of holders, opening the assignments it counts (none: just the number). */
function HolderCount({ count, href, label }: { count: number; href: string; label: string }) {
  if (count === 0) return <span className="muted">0</span>;
  return (
    <Link href={href} aria-label={`${count} — ${label}`}>
      {count}
    </Link>
  );
}
