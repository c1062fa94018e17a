import { describe, expect, it } from 'vitest';
import { byKey, newestFirst, removeNode, upsertNode } from './listUpdates';

interface Row {
  __typename: 'Row';
  id: string;
  at: string;
}
interface List {
  __typename: 'RowConnection';
  totalCount: number;
  edges: { __typename: 'RowEdge'; node: Row }[];
}

const row = (id: string, at = '2030-01-01T00:00:00Z'): Row => ({ __typename: 'Row', id, at });
const list = (rows: Row[], totalCount = rows.length): List => ({
  __typename: 'RowConnection',
  totalCount,
  edges: rows.map((node) => ({ __typename: 'RowEdge', node })),
});
const ids = (connection: List) => connection.edges.map((edge) => edge.node.id);
const key = (node: Row) => node.id;
const newest = newestFirst<Row>((node) => node.at, key);

describe('upsertNode', () => {
  it('puts a new row on top without an order, and counts it', () => {
    const next = upsertNode(list([row('a'), row('b')]), row('c'), { key });
    expect(ids(next)).toEqual(['c', 'a', 'b']);
    expect(next.totalCount).toBe(3);
    expect(next.edges[0].__typename).toBe('RowEdge');
  });

  it('names the edge of an empty list after its connection', () => {
    const next = upsertNode(list([]), row('a'), { key });
    expect(next.edges).toEqual([{ __typename: 'RowEdge', node: row('a') }]);
  });

  it('inserts where the order puts it', () => {
    const before = list([row('c', '2030-01-03T00:00:00Z'), row('a', '2030-01-01T00:00:00Z')]);
    expect(ids(upsertNode(before, row('b', '2030-01-02T00:00:00Z'), { key, compare: newest }))).toEqual(['c', 'b', 'a']);
    expect(ids(upsertNode(before, row('z', '2029-01-01T00:00:00Z'), { key, compare: newest }))).toEqual(['c', 'a', 'z']);
    expect(ids(upsertNode(list([row('a'), row('c')]), row('b'), { key, compare: byKey(key) }))).toEqual(['a', 'b', 'c']);
  });

  it('replaces a known row where it is, without counting it again', () => {
    const before = list([row('a'), row('b')]);
    const moved = { ...row('b'), at: '2031-01-01T00:00:00Z' };
    const next = upsertNode(before, moved, { key, compare: newest });
    expect(ids(next)).toEqual(['a', 'b']);
    expect(next.edges[1].node).toBe(moved);
    expect(next.totalCount).toBe(2);
  });

  it('returns the same list when the very row is already there', () => {
    const known = row('a');
    const before = list([known]);
    expect(upsertNode(before, known, { key })).toBe(before);
  });

  it('only counts a row that sorts past the end of a list with more pages', () => {
    const before = list([row('b', '2030-01-02T00:00:00Z')], 5);
    const next = upsertNode(before, row('a', '2030-01-01T00:00:00Z'), { key, compare: newest });
    expect(ids(next)).toEqual(['b']);
    expect(next.totalCount).toBe(6);
  });

  it('keeps at most `limit` rows, dropping from the end', () => {
    const next = upsertNode(list([row('a'), row('b')]), row('c'), { key, limit: 2 });
    expect(ids(next)).toEqual(['c', 'a']);
  });
});

describe('removeNode', () => {
  it('removes the row and counts one fewer', () => {
    const next = removeNode(list([row('a'), row('b')], 7), 'a', key);
    expect(ids(next)).toEqual(['b']);
    expect(next.totalCount).toBe(6);
  });

  it('returns the same list when the row is not there', () => {
    const before = list([row('a')]);
    expect(removeNode(before, 'x', key)).toBe(before);
  });
});
