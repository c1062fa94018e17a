import type { DocumentNode, GraphQLError } from 'graphql';

/** Queries longer than this are prepared each time and not kept: the cache's memory stays bounded by ENTRIES × this. */
const MAX_CACHED_LENGTH = 8 * 1024;
const ENTRIES = 200;

/**
 * Parsed and validated operations by their text, for the WebSocket path (Apollo keeps its own cache for HTTP). Thousands
 * of sockets subscribe with the same few queries (the dashboard's feeds; B8): without it each subscription parses and
 * validates its query again and keeps its own copy of the tree for as long as it lives. A document is immutable once
 * parsed and the validation rules read only the document (no variables), so one result serves every subscriber. A
 * syntax error throws from `prepare` and is not kept; validation errors are (the same text fails the same way).
 * Oldest-first eviction: the map keeps insertion order and a hit is re-inserted.
 */
export class PreparedDocuments {
  private readonly entries = new Map<string, DocumentNode | readonly GraphQLError[]>();

  constructor(private readonly build: (query: string) => DocumentNode | readonly GraphQLError[]) {}

  prepare(query: string): DocumentNode | readonly GraphQLError[] {
    const hit = this.entries.get(query);
    if (hit) {
      this.entries.delete(query);
      this.entries.set(query, hit);
      return hit;
    }
    const prepared = this.build(query);
    if (query.length <= MAX_CACHED_LENGTH) {
      if (this.entries.size >= ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(query, prepared);
    }
    return prepared;
  }

  get size(): number {
    return this.entries.size;
  }
}
