'use client';

import type { ReactNode } from 'react';
import { useFragment, type FragmentType } from '@/gql';
import type { ReviewItemTable_ItemFragment } from '@/gql/graphql';
import { formatDateTime, humanize } from '@/lib/format';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { ReviewItemFragment } from './queries';
import { DECIDED_LABELS, OUTCOME_LABELS } from './reviewWords';

export type ReviewItemData = ReviewItemTable_ItemFragment;

/** How a row is named to assistive technology (its checkbox, its buttons): "Contributor at rg-dev for Dave DevOps". */
export function itemLabel(item: Pick<ReviewItemData, 'role' | 'scope' | 'principal'>): string {
  return `${item.role.name} at ${item.scope.name} for ${item.principal.displayName}`;
}

function Recommendation({ item }: { item: ReviewItemData }) {
  if (!item.recommendation) return <span className="muted">Not shown</span>;
  return (
    <>
      <Badge tone={item.recommendation === 'APPROVE' ? 'active' : 'warning'}>{item.recommendation === 'APPROVE' ? 'Approve' : 'Deny'}</Badge>
      {item.recommendationReason ? <div className="muted small">{item.recommendationReason}</div> : null}
    </>
  );
}

function Decision({ item }: { item: ReviewItemData }) {
  if (!item.decision) return <span className="muted">Not decided</span>;
  const tone = item.decision === 'APPROVE' ? 'active' : item.decision === 'DENY' ? 'warning' : 'neutral';
  return (
    <>
      <Badge tone={tone}>{DECIDED_LABELS[item.decision]}</Badge>
      {item.reason ? <div className="small">{item.reason}</div> : null}
    </>
  );
}

function Outcome({ item }: { item: ReviewItemData }) {
  if (!item.outcome) return <span className="muted">When it completes</span>;
  return (
    <>
      {OUTCOME_LABELS[item.outcome]}
      {item.outcomeByDefault ? <span className="muted small"> (by default)</span> : null}
      {item.applied ? (
        <div>
          <Badge tone="ended">Applied: access removed</Badge>
        </div>
      ) : null}
      {item.applyError ? <div className="field-error">Not applied: {item.applyError}</div> : null}
    </>
  );
}

/**
 * Review items as rows: the holder, what they hold, the recommendation and its reason, the decision and its reason, who
 * decided, and (`showOutcome`) what completion settled and whether it was applied. `selection` adds a checkbox column,
 * `actions` a cell of buttons.
 */
export function ReviewItemTable({
  caption,
  items,
  showOutcome = true,
  selection,
  actions,
}: {
  caption: string;
  items: readonly FragmentType<typeof ReviewItemFragment>[];
  showOutcome?: boolean;
  selection?: { selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void };
  actions?: (item: ReviewItemData) => ReactNode;
}) {
  const rows = useFragment(ReviewItemFragment, items);
  const columns = [
    ...(selection ? [{ hidden: 'Select' }] : []),
    'Holder',
    'Role',
    'Scope',
    'Recommendation',
    'Decision',
    'Reviewed by',
    ...(showOutcome ? ['Outcome'] : []),
    ...(actions ? [{ hidden: 'Actions' }] : []),
  ];
  return (
    <DataTable caption={caption} columns={columns}>
      {rows.map((item) => (
        <tr key={item.id}>
          {selection ? (
            <td>
              {item.viewerCanDecide ? (
                <input
                  type="checkbox"
                  aria-label={`Select ${itemLabel(item)}`}
                  checked={selection.selected.has(item.id)}
                  onChange={(e) => selection.toggle(item.id, e.target.checked)}
                />
              ) : null}
            </td>
          ) : null}
          <td>
            {item.principal.displayName}
            <div className="muted small">{humanize(item.principal.type)}</div>
          </td>
          <td>
            {item.role.name}
            <div className="muted small">{humanize(item.assignmentType)}</div>
          </td>
          <td>{item.scope.name}</td>
          <td>
            <Recommendation item={item} />
          </td>
          <td>
            <Decision item={item} />
          </td>
          <td>
            {item.reviewedBy ? (
              <>
                {item.reviewedBy.displayName}
                <div className="muted small">{formatDateTime(item.reviewedAt)}</div>
              </>
            ) : (
              <span className="muted">—</span>
            )}
          </td>
          {showOutcome ? (
            <td>
              <Outcome item={item} />
            </td>
          ) : null}
          {actions ? <td className="cell-actions">{actions(item)}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}
