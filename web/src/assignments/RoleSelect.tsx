'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { RoleKind } from '@/gql/graphql';
import { humanize } from '@/lib/format';

const RoleCatalogue = graphql(`
  query RoleCatalogue {
    roleDefinitions {
      id
      name
      kind
    }
  }
`);

const KINDS: RoleKind[] = ['DIRECTORY', 'RESOURCE', 'GROUP'];

/** A <select> over the role catalogue, grouped by kind; `kind` narrows it to the roles a scope can take. */
export function RoleSelect({
  label,
  value,
  onChange,
  kind,
  anyLabel,
  required = false,
}: {
  label: string;
  value: string | null;
  onChange: (roleId: string | null) => void;
  kind?: RoleKind | null;
  /** Offer "any role" under this label (filters); without it a role must be chosen */
  anyLabel?: string;
  required?: boolean;
}) {
  const { data, error } = useQuery(RoleCatalogue);
  const roles = data?.roleDefinitions ?? [];
  return (
    <label className="field">
      <span>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} required={required} disabled={!data && !error}>
        {anyLabel ? <option value="">{anyLabel}</option> : <option value="">{data ? 'Choose a role…' : 'Loading roles…'}</option>}
        {KINDS.filter((k) => !kind || k === kind).map((k) => (
          <optgroup key={k} label={`${humanize(k)} roles`}>
            {roles
              .filter((role) => role.kind === k)
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((role) => (
                <option key={role.id} value={role.id}>
                  {role.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {error ? <span className="field-error">The role catalogue could not be loaded.</span> : null}
    </label>
  );
}
