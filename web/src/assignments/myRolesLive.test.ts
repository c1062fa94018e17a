import { describe, expect, it } from 'vitest';
import type {
  ActivationEventKind,
  ActivationsLiveSubscription,
  MyAssignmentsQuery,
  MyOpenRequestsQuery,
  MyRequestsLiveSubscription,
  RequestAction,
  RequestStatus,
  ScopeType,
} from '@/gql/graphql';
import { REFETCH } from '@/live/listUpdates';
import { mergeMyActivation, mergeMyRequestIntoAssignments, mergeOpenRequest } from './myRolesLive';

const ME = 'u-alice';

function assignments(ids: string[]): MyAssignmentsQuery {
  return {
    roleAssignments: {
      __typename: 'RoleAssignmentConnection',
      totalCount: ids.length,
      edges: ids.map((id) => ({ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id, type: 'ACTIVE', endAt: null } })),
    },
  };
}

function activation(
  kind: ActivationEventKind,
  id: string,
  { principal = ME, scopeType = 'TENANT' }: { principal?: string; scopeType?: ScopeType } = {},
): ActivationsLiveSubscription {
  return {
    activations: {
      __typename: 'ActivationEvent',
      kind,
      at: '2030-01-01T00:00:00Z',
      assignment: {
        __typename: 'RoleAssignment',
        id,
        type: 'ACTIVE',
        endAt: '2030-01-01T04:00:00Z',
        principal: { __typename: 'User', id: principal },
        scope: { __typename: 'Scope', id: 's-root', type: scopeType },
      },
    },
  };
}

function request(
  action: RequestAction,
  status: RequestStatus,
  { id = 'q-1', principal = ME, createdAt = '2030-01-01T00:00:00Z' } = {},
): MyRequestsLiveSubscription {
  return {
    myRequests: {
      __typename: 'RoleRequest',
      id,
      action,
      status,
      createdAt,
      principal: { __typename: 'User', id: principal, displayName: 'Me' },
      role: { __typename: 'RoleDefinition', id: 'r-1', name: 'Reader' },
      scope: { __typename: 'Scope', id: 's-root', name: 'Tenant' },
    },
  };
}

const ids = (data: MyAssignmentsQuery) => data.roleAssignments.edges.map((edge) => edge.node.id);

describe('my activations move rows between the lists', () => {
  it('an activation joins "in force" in id order and leaves "scheduled"', () => {
    const merged = mergeMyActivation('IN_FORCE', ME)(assignments(['a', 'c']), activation('ACTIVATED', 'b'));
    expect(merged).not.toBe(REFETCH);
    if (merged === REFETCH) return;
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
    expect(merged.roleAssignments.totalCount).toBe(3);
    const scheduled = mergeMyActivation('SCHEDULED', ME)(assignments(['b']), activation('ACTIVATED', 'b'));
    expect(scheduled !== REFETCH && ids(scheduled)).toEqual([]);
  });

  it('an end leaves "in force" and joins "ended"', () => {
    for (const kind of ['DEACTIVATED', 'EXPIRED', 'REVOKED'] as const) {
      const inForce = mergeMyActivation('IN_FORCE', ME)(assignments(['a', 'b']), activation(kind, 'b'));
      expect(inForce !== REFETCH && ids(inForce)).toEqual(['a']);
      const ended = mergeMyActivation('ENDED', ME)(assignments([]), activation(kind, 'b'));
      expect(ended !== REFETCH && ids(ended)).toEqual(['b']);
    }
  });

  it('someone else’s activation changes nothing', () => {
    const before = assignments(['a']);
    expect(mergeMyActivation('IN_FORCE', ME)(before, activation('ACTIVATED', 'b', { principal: 'u-bob' }))).toBe(before);
  });

  it('a group membership asks again: the group’s roles come and go with it', () => {
    expect(mergeMyActivation('IN_FORCE', ME)(assignments([]), activation('ACTIVATED', 'm', { scopeType: 'GROUP' }))).toBe(REFETCH);
  });
});

describe('my requests and my assignments', () => {
  const before = assignments(['a']);
  const merge = mergeMyRequestIntoAssignments(ME);

  it('ask again when a request took effect on my assignments', () => {
    expect(merge(before, request('ADMIN_ASSIGN', 'PROVISIONED'))).toBe(REFETCH);
    expect(merge(before, request('SELF_EXTEND', 'PROVISIONED'))).toBe(REFETCH);
    expect(merge(before, request('SELF_ACTIVATE', 'GRANTED'))).toBe(REFETCH);
    expect(merge(before, request('SELF_ACTIVATE', 'CANCELED'))).toBe(REFETCH);
  });

  it('leave the lists alone for what the activations feed brings, and for what changed nothing', () => {
    expect(merge(before, request('SELF_ACTIVATE', 'PROVISIONED'))).toBe(before);
    expect(merge(before, request('SELF_DEACTIVATE', 'PROVISIONED'))).toBe(before);
    expect(merge(before, request('SELF_ACTIVATE', 'PENDING_APPROVAL'))).toBe(before);
    expect(merge(before, request('SELF_ACTIVATE', 'DENIED'))).toBe(before);
    expect(merge(before, request('ADMIN_ASSIGN', 'PROVISIONED', { principal: 'u-bob' }))).toBe(before);
  });
});

describe('my open requests', () => {
  const none: MyOpenRequestsQuery = { roleRequests: { __typename: 'RoleRequestConnection', totalCount: 0, edges: [] } };

  it('list a request while it is open and drop it once it is not', () => {
    const pending = mergeOpenRequest(none, request('SELF_ACTIVATE', 'PENDING_APPROVAL'));
    expect(pending.roleRequests.edges.map((edge) => edge.node.status)).toEqual(['PENDING_APPROVAL']);
    const granted = mergeOpenRequest(pending, request('SELF_ACTIVATE', 'GRANTED'));
    expect(granted.roleRequests.edges.map((edge) => edge.node.status)).toEqual(['GRANTED']);
    const done = mergeOpenRequest(granted, request('SELF_ACTIVATE', 'PROVISIONED'));
    expect(done.roleRequests.edges).toEqual([]);
    expect(done.roleRequests.totalCount).toBe(0);
    expect(mergeOpenRequest(none, request('SELF_ACTIVATE', 'DENIED'))).toBe(none);
  });

  it('put the newest first', () => {
    const older = mergeOpenRequest(none, request('SELF_ACTIVATE', 'PENDING_APPROVAL', { id: 'q-old', createdAt: '2030-01-01T00:00:00Z' }));
    const both = mergeOpenRequest(older, request('SELF_EXTEND', 'PENDING_ADMIN_DECISION', { id: 'q-new', createdAt: '2030-01-02T00:00:00Z' }));
    expect(both.roleRequests.edges.map((edge) => edge.node.id)).toEqual(['q-new', 'q-old']);
  });
});
