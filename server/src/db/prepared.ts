import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a hot read as a named prepared statement, so Postgres plans it once per connection instead of on every call
 * (for the access queries planning costs several times the execution). Inside a transaction the statement must run on
 * the transaction's connection, which TypeORM does not expose named statements on, so it runs unnamed there.
 */
export async function preparedQuery<T>(db: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  if (db.queryRunner?.isTransactionActive) return (await db.query(text, values)) as T[];
  const pool = (db.connection.driver as PostgresDriver).master as PgPool;
  return (await pool.query({ name, text, values })).rows as T[];
}
