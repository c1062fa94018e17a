import type { DocumentNode, SelectionNode, SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ActivationsLiveDocument,
  ActivityHistoryDocument,
  ApprovalQueueDocument,
  ApprovalQueueLiveDocument,
  MyAssignmentsDocument,
  MyOpenRequestsDocument,
  MyRequestsDocument,
  MyRequestsLiveDocument,
  NotificationAddedDocument,
  NotificationInboxDocument,
} from '@/gql/graphql';

/** The fields and fragment spreads selected at `path` (field names or aliases) in the document's operation. */
function selectionAt(document: DocumentNode, path: string[]): { fields: Set<string>; spreads: Set<string> } {
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  if (!operation || operation.kind !== 'OperationDefinition') throw new Error('no operation');
  let set: SelectionSetNode | undefined = operation.selectionSet;
  for (const name of path) {
    const field: SelectionNode | undefined = set?.selections.find(
      (selection) => selection.kind === 'Field' && (selection.alias?.value ?? selection.name.value) === name,
    );
    set = field?.kind === 'Field' ? field.selectionSet : undefined;
    if (!set) throw new Error(`nothing selected at ${path.join('.')}`);
  }
  const fields = new Set<string>();
  const spreads = new Set<string>();
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') fields.add(selection.alias?.value ?? selection.name.value);
    if (selection.kind === 'FragmentSpread') spreads.add(selection.name.value);
  }
  return { fields, spreads };
}

/**
 * A feed's payload goes into a cached list as a row, so it must select everything the row does: the fields the list
 * sorts and filters by (TypeScript checks those) and the fragments of the components that render it (which the
 * generated types leave optional, so only this test notices one missing).
 */
const LIVE_LISTS = [
  { list: 'MyRequests', query: MyRequestsDocument, node: ['roleRequests', 'edges', 'node'], feed: MyRequestsLiveDocument, payload: ['myRequests'] },
  { list: 'MyOpenRequests', query: MyOpenRequestsDocument, node: ['roleRequests', 'edges', 'node'], feed: MyRequestsLiveDocument, payload: ['myRequests'] },
  {
    list: 'ApprovalQueue',
    query: ApprovalQueueDocument,
    node: ['roleRequests', 'edges', 'node'],
    feed: ApprovalQueueLiveDocument,
    payload: ['approvalQueue', 'request'],
  },
  {
    list: 'MyAssignments',
    query: MyAssignmentsDocument,
    node: ['roleAssignments', 'edges', 'node'],
    feed: ActivationsLiveDocument,
    payload: ['activations', 'assignment'],
  },
  {
    list: 'ActivityHistory',
    query: ActivityHistoryDocument,
    node: ['activationEvents', 'edges', 'node'],
    feed: ActivationsLiveDocument,
    payload: ['activations'],
  },
  {
    list: 'NotificationInbox',
    query: NotificationInboxDocument,
    node: ['notifications', 'edges', 'node'],
    feed: NotificationAddedDocument,
    payload: ['notifications'],
  },
];

describe('live feeds carry whole rows', () => {
  for (const { list, query, node, feed, payload } of LIVE_LISTS) {
    it(`${list}: the feed selects what a row selects`, () => {
      const row = selectionAt(query, node);
      const event = selectionAt(feed, payload);
      expect([...row.spreads].filter((name) => !event.spreads.has(name))).toEqual([]);
      expect([...row.fields].filter((name) => !event.fields.has(name))).toEqual([]);
    });
  }
});
