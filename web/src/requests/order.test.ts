import { describe, expect, it } from 'vitest';
import { upsertNode } from '@/live/listUpdates';
import { requestOrderFor, type SortableRequest } from './order';

const request = (id: string, createdAt: string, role: string, person = 'Pat'): SortableRequest => ({
  id,
  createdAt,
  principal: { displayName: person },
  role: { name: role },
  scope: { name: '/' },
});

const list = (nodes: SortableRequest[]) => ({
  __typename: 'RoleRequestConnection',
  totalCount: nodes.length,
  edges: nodes.map((node) => ({ __typename: 'RoleRequestEdge', node })),
});

describe('requestOrderFor', () => {
  const a = request('a', '2026-01-01T00:00:00.000Z', 'Reader');
  const c = request('c', '2026-01-03T00:00:00.000Z', 'Owner');
  const arriving = request('b', '2026-01-05T00:00:00.000Z', 'contributor');

  it('puts a live request where the sort puts it: by name case-insensitively', () => {
    const byRole = requestOrderFor({ field: 'ROLE_NAME', direction: 'ASC' });
    const ids = upsertNode(list([c, a]), arriving, byRole).edges.map((edge) => edge.node.id);
    expect(ids).toEqual(['b', 'c', 'a']);
    const descending = requestOrderFor({ field: 'ROLE_NAME', direction: 'DESC' });
    expect(upsertNode(list([a, c]), arriving, descending).edges.map((edge) => edge.node.id)).toEqual(['a', 'c', 'b']);
  });

  it('oldest first puts a new request last; the default order (null) newest first', () => {
    const oldest = requestOrderFor({ field: 'CREATED_AT', direction: 'ASC' });
    expect(upsertNode(list([a, c]), arriving, oldest).edges.map((edge) => edge.node.id)).toEqual(['a', 'c', 'b']);
    expect(upsertNode(list([c, a]), arriving, requestOrderFor(null)).edges.map((edge) => edge.node.id)).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties by id in the direction of the sort', () => {
    const tie = request('0', a.createdAt, 'reader');
    expect(upsertNode(list([a]), tie, requestOrderFor({ field: 'ROLE_NAME', direction: 'ASC' })).edges.map((edge) => edge.node.id)).toEqual(['0', 'a']);
    expect(upsertNode(list([a]), tie, requestOrderFor({ field: 'ROLE_NAME', direction: 'DESC' })).edges.map((edge) => edge.node.id)).toEqual(['a', '0']);
  });
});
