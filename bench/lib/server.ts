/**
 * The server's compiled modules (server/dist, built by `npm run bench`). Types come from the sources (erased at run
 * time); the code is the build, because type-graphql needs the decorator metadata that only tsc emits.
 */
import path from 'node:path';
import type * as AppModule from '../../server/src/app';
import type * as ConfigModule from '../../server/src/config';
import type * as DataSourceModule from '../../server/src/db/data-source';
import type * as LoggerModule from '../../server/src/lib/logger';
import type * as PasswordModule from '../../server/src/modules/auth/password';
import type * as AuditWriterModule from '../../server/src/modules/audit/audit.writer';
import type * as RolesModule from '../../server/src/modules/roles/built-in-roles';

export const SERVER_DIST = path.resolve(__dirname, '..', '..', 'server', 'dist');

function load<T>(relative: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(SERVER_DIST, relative)) as T;
}

export const server = {
  get app() {
    return load<typeof AppModule>('app.js');
  },
  get config() {
    return load<typeof ConfigModule>('config.js');
  },
  get dataSource() {
    return load<typeof DataSourceModule>('db/data-source.js');
  },
  get logger() {
    return load<typeof LoggerModule>('lib/logger.js');
  },
  get password() {
    return load<typeof PasswordModule>('modules/auth/password.js');
  },
  get auditWriter() {
    return load<typeof AuditWriterModule>('modules/audit/audit.writer.js');
  },
  get roles() {
    return load<typeof RolesModule>('modules/roles/built-in-roles.js');
  },
};

export type RunningApp = AppModule.RunningApp;
