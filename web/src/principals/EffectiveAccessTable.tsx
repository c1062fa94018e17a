import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime, formatEnd } from '@/lib/format';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';

export const EffectiveAccessFragment = graphql(`
  fragment EffectiveAccessTable_role on EffectiveRole {
    endAt
    role {
      id
      name
    }
    scope {
      id
      name
    }
    paths {
      kind
      startAt
      endAt
      group {
        id
        displayName
      }
      inheritedFrom {
        id
        name
      }
      assignment {
        id
        type
        origin
        scope {
          id
          name
        }
      }
    }
  }
`);

/** What a principal holds in effect, and each path by which it holds it (direct or a group, here or inherited). */
export function EffectiveAccessTable({ roles, caption }: { roles: readonly FragmentType<typeof EffectiveAccessFragment>[]; caption: string }) {
  const rows = useFragment(EffectiveAccessFragment, roles);
  return (
    <DataTable caption={caption} columns={['Role', 'Scope', 'Until', 'Why']}>
      {rows.map((row) => (
        <tr key={`${row.role.id}@${row.scope.id}`}>
          <td>{row.role.name}</td>
          <td>{row.scope.name}</td>
          <td>{formatEnd(row.endAt)}</td>
          <td>
            <ul className="paths">
              {row.paths.map((path, index) => (
                <li key={index}>
                  {path.kind === 'GROUP' && path.group ? (
                    <Badge tone="info">via group {path.group.displayName}</Badge>
                  ) : (
                    <Badge>direct</Badge>
                  )}{' '}
                  {path.assignment.origin === 'ACTIVATED' ? 'activated' : path.assignment.type.toLowerCase()} assignment at{' '}
                  {path.assignment.scope.name}
                  {path.inheritedFrom ? (
                    <>
                      {' '}
                      <Badge tone="info">inherited from {path.inheritedFrom.name}</Badge>
                    </>
                  ) : null}
                  <span className="muted small">
                    {' '}
                    {formatDateTime(path.startAt)} – {formatEnd(path.endAt)}
                  </span>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
