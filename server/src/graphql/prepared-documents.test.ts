import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PreparedDocuments } from './prepared-documents';

describe('PreparedDocuments', () => {
  const counting = () => {
    const built: string[] = [];
    const documents = new PreparedDocuments((query) => {
      built.push(query);
      return query.includes('bad') ? [new GraphQLError('invalid')] : parse(query);
    });
    return { built, documents };
  };

  it('prepares a text once and hands every subscriber the same document', () => {
    const { built, documents } = counting();
    const first = documents.prepare('subscription { approvalQueue { kind } }');
    const second = documents.prepare('subscription { approvalQueue { kind } }');
    expect(second).toBe(first);
    expect(built).toHaveLength(1);
    documents.prepare('subscription { activations { kind } }');
    expect(built).toHaveLength(2);
  });

  it('keeps validation errors, not syntax errors, and not long texts', () => {
    const { built, documents } = counting();
    expect(documents.prepare('{ bad }')).toEqual([expect.any(GraphQLError)]);
    documents.prepare('{ bad }');
    expect(built).toHaveLength(1);
    expect(() => documents.prepare('{ unclosed')).toThrow(GraphQLError);
    expect(() => documents.prepare('{ unclosed')).toThrow(GraphQLError);
    expect(built).toHaveLength(3);
    const long = `{ ${'a '.repeat(5000)}}`;
    documents.prepare(long);
    documents.prepare(long);
    expect(built).toHaveLength(5);
    expect(documents.size).toBe(1);
  });

  it('holds at most 200 texts, dropping the one used longest ago', () => {
    const { built, documents } = counting();
    documents.prepare('{ q0 }');
    for (let i = 1; i < 200; i++) documents.prepare(`{ q${i} }`);
    documents.prepare('{ q0 }'); // used again: now the newest
    documents.prepare('{ q200 }'); // evicts q1
    expect(documents.size).toBe(200);
    const before = built.length;
    documents.prepare('{ q0 }');
    expect(built.length).toBe(before);
    documents.prepare('{ q1 }');
    expect(built.length).toBe(before + 1);
  });
});
