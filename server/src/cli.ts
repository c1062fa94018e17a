import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { prepareDatabase } from './app';
import { createDataSource } from './db/data-source';
import { ensureDatabase } from './db/database';
import { createSchema } from './graphql/schema';

const HEADER = '# Generated from the type-graphql classes by `npm run schema`. Do not edit by hand.\n\n';

export async function printedSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}

/** Small maintenance commands: emit-schema <file>, migrate, seed-demo. */
async function main(argv: string[]) {
  const [command, arg] = argv;
  switch (command) {
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
    default:
      console.error('usage: node dist/cli.js emit-schema <file> | migrate | seed-demo');
      process.exitCode = 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
