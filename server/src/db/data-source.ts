import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // Running out of connections becomes an error after 10 s instead of a wait for ever, and a transaction left idle is
    // ended by Postgres rather than holding its locks.
    extra: {
      max: poolSize,
      application_name: 'elevate',
      connectionTimeoutMillis: 10_000,
      options: '-c idle_in_transaction_session_timeout=60000',
    },
  });
}
