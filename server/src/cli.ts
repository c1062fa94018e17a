import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { prepareDatabase } from './app';
import { loadConfig } from './config';
import { systemClock } from './lib/clock';
import { Services } from './composition';
import { createDataSource } from './db/data-source';
import { ensureDatabase, withDatabase } from './db/database';
import { embeddedServerUrl } from './db/embedded';
import { createSchema } from './graphql/schema';
import { DomainError } from './lib/errors';

const HEADER = '# Generated from the type-graphql classes by `npm run schema`. Do not edit by hand.\n\n';

export async function printedSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}

const USAGE =
  'usage: node dist/cli.js emit-schema <file> | migrate | seed-demo | verify-audit | checkpoint-audit | bootstrap-admin --email E --name N [--replace]';

/**
 * The first Global Administrator of an empty tenant: a one-time setup link (an hour) for that person, only while no
 * Global Administrator is in force. Exit 0 with the link, 1 when refused (the reason on stderr), 2 on a usage error.
 */
async function bootstrapAdmin(args: string[]) {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, name: { type: 'string' }, replace: { type: 'boolean', default: false } } });
  if (!values.email || !values.name) {
    console.error('usage: node dist/cli.js bootstrap-admin --email E --name N [--replace]');
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  // Without DATABASE_URL: the embedded database of a running `npm start`.
  const url = config.DATABASE_URL ?? withDatabase(embeddedServerUrl(config.EMBEDDED_PG_PORT), 'elevate');
  await ensureDatabase(url);
  const db = createDataSource(url, 2);
  await db.initialize();
  try {
    await prepareDatabase(db, false);
    const services = new Services({ db, config, clock: systemClock });
    const link = await services.invitations.bootstrapAdmin({ email: values.email, displayName: values.name, replace: values.replace });
    console.log(`Setup link for ${values.email} (valid until ${link.expiresAt.toISOString()}, works once):`);
    console.log(link.url);
    console.log('Open it to set a password and enrol an authenticator; that person then becomes Global Administrator.');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`bootstrap-admin refused: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}

/** Small maintenance commands: emit-schema <file>, migrate, seed-demo, verify-audit, checkpoint-audit, bootstrap-admin. */
async function main(argv: string[]) {
  const [command, arg] = argv;
  switch (command) {
    case 'bootstrap-admin':
      return bootstrapAdmin(argv.slice(1));
    case 'emit-schema': {
      const file = path.resolve(arg ?? '../schema.graphql');
      writeFileSync(file, await printedSchema());
      console.log(`schema written to ${file}`);
      return;
    }
    case 'migrate':
    case 'seed-demo': {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error('Set DATABASE_URL.');
      await ensureDatabase(url);
      const db = createDataSource(url, 2);
      await db.initialize();
      await prepareDatabase(db, command === 'seed-demo');
      await db.destroy();
      console.log(command === 'migrate' ? 'migrated' : 'migrated; demo tenant loaded if the database was empty');
      return;
    }
    case 'verify-audit':
    case 'checkpoint-audit': {
      // Exit 0 when the chain verifies, 1 when it does not (and names the first broken event), 2 on a usage error.
      const config = loadConfig();
      const url = config.DATABASE_URL;
      if (!url) throw new Error('Set DATABASE_URL.');
      const db = createDataSource(url, 2);
      await db.initialize();
      try {
        const services = new Services({ db, config, clock: systemClock });
        if (command === 'checkpoint-audit') {
          if (!services.audit.signer) throw new Error('Set AUDIT_SIGNING_KEY to sign checkpoints.');
          const checkpoint = await services.audit.checkpoint();
          console.log(checkpoint ? `checkpoint signed at sequence ${checkpoint.seq}` : 'no checkpoint taken (nothing new, or the chain is broken: see the log)');
          return;
        }
        const result = await services.audit.verifyAll();
        const checkpoint = result.checkpoint
          ? `; last checkpoint at ${result.checkpoint.seq} (${result.checkpoint.signatureVerified ? 'signature verified' : 'signature not verified: no matching key'})`
          : '';
        if (result.ok) {
          console.log(`audit chain verifies: ${result.checked} events checked, head at ${result.lastSequence ?? 'nothing'}${checkpoint}`);
        } else {
          console.error(`audit chain is BROKEN at event ${result.firstBrokenSequence}: ${result.reason}`);
          console.error(`${result.checked} events verified before it${checkpoint}`);
          process.exitCode = 1;
        }
      } finally {
        await db.destroy();
      }
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
