import type { ActivationsLiveSubscription, AssignmentState, MyAssignmentsQuery, MyOpenRequestsQuery, MyRequestsLiveSubscription } from '@/gql/graphql';
import { byKey, REFETCH, removeNode, updateField, upsertNode } from '@/live/listUpdates';
import { requestOrder } from '@/requests/order';

/*
 * How the feeds keep My roles current without asking again: an activation of mine moves its row between the lists
 * (it carries the row), and a request of mine tells whether the lists changed in a way only the server can list.
 */

/** The server's order of roleAssignments: by row id. */
const rowOrder = { key: (row: { id: string }) => row.id, compare: byKey((row: { id: string }) => row.id) };

/** Requests still waiting, or granted for later: the row shows them instead of offering to ask again. */
const OPEN = new Set(['PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'GRANTED']);

/** Requests in these states have changed no assignment. */
const NO_CHANGE = new Set(['PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'DENIED', 'EXPIRED', 'FAILED']);

/** My activation started or ended: the row goes into (or leaves) the list of `state`. */
export function mergeMyActivation(state: AssignmentState, viewerId: string) {
  return (current: MyAssignmentsQuery, { activations: event }: ActivationsLiveSubscription): MyAssignmentsQuery | typeof REFETCH => {
    const { assignment } = event;
    if (assignment.principal.id !== viewerId) return current;
    // A group membership brings (or takes away) the group's roles too: rows only the server can list.
    if (assignment.scope.type === 'GROUP') return REFETCH;
    const started = event.kind === 'ACTIVATED';
    return updateField(current, 'roleAssignments', (list) => {
      switch (state) {
        case 'IN_FORCE':
          return started ? upsertNode(list, assignment, rowOrder) : removeNode(list, assignment.id, rowOrder.key);
        case 'SCHEDULED':
          // Started or called off: either way no longer waiting.
          return removeNode(list, assignment.id, rowOrder.key);
        case 'ENDED':
          return started ? list : upsertNode(list, assignment, rowOrder);
        case 'ALL':
          return upsertNode(list, assignment, rowOrder);
      }
    });
  };
}

/**
 * A request about me that took effect changed my assignments (an assignment made, extended, renewed, removed, a
 * scheduled activation granted or canceled): ask again. Activations and deactivations are the exception, since the
 * activations feed brings their rows; and a request still waiting, refused or failed changed nothing.
 */
export function mergeMyRequestIntoAssignments(viewerId: string) {
  return (current: MyAssignmentsQuery, { myRequests: request }: MyRequestsLiveSubscription): MyAssignmentsQuery | typeof REFETCH => {
    if (request.principal.id !== viewerId || NO_CHANGE.has(request.status)) return current;
    const activation = request.action === 'SELF_ACTIVATE' || request.action === 'SELF_DEACTIVATE';
    return activation && request.status === 'PROVISIONED' ? current : REFETCH;
  };
}

/** My open requests: one that is open now is listed (where its creation puts it); one that closed leaves. */
export function mergeOpenRequest(current: MyOpenRequestsQuery, { myRequests: request }: MyRequestsLiveSubscription): MyOpenRequestsQuery {
  return updateField(current, 'roleRequests', (list) =>
    OPEN.has(request.status) ? upsertNode(list, request, requestOrder) : removeNode(list, request.id, requestOrder.key),
  );
}
