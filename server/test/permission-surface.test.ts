import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema';
import { isRule } from '../src/graphql/rules';

const SNAPSHOT = path.resolve(__dirname, 'permission-surface.json');

/**
 * Every query, mutation and subscription declares its rule (`@Authorized(Rule.X, '<policy>')` on the method). This walks
 * type-graphql's metadata: an operation without a declared rule fails, and any change to the surface shows in review as a
 * change to permission-surface.json (regenerate with UPDATE_PERMISSION_SURFACE=1).
 */
describe('permission surface (R1)', () => {
  it('declares a rule for every operation, and matches the reviewed snapshot', async () => {
    const schema = await createSchema();
    const storage = getMetadataStorage();
    const surface: Record<string, { rule: string; policy: string }> = {};
    const missing: string[] = [];
    const operations = [
      ...storage.queries.map((q) => ['Query', q] as const),
      ...storage.mutations.map((m) => ['Mutation', m] as const),
      ...storage.subscriptions.map((s) => ['Subscription', s] as const),
    ];
    for (const [kind, operation] of operations) {
      const declared = storage.authorizedFields.find(
        (field) => field.target === operation.target && field.fieldName === operation.methodName,
      );
      const [rule, policy] = (declared?.roles ?? []) as string[];
      if (!rule || !isRule(rule) || !policy) missing.push(`${kind}.${operation.schemaName}`);
      else surface[`${kind}.${operation.schemaName}`] = { rule, policy };
    }
    expect(missing, 'operations without @Authorized(Rule.X, policy)').toEqual([]);

    // Everything in the schema was seen above (nothing registered another way).
    const schemaOperations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => `Subscription.${f}`),
    ].sort();
    expect(Object.keys(surface).sort()).toEqual(schemaOperations);

    const sorted = Object.fromEntries(Object.entries(surface).sort(([a], [b]) => a.localeCompare(b)));
    if (process.env.UPDATE_PERMISSION_SURFACE) writeFileSync(SNAPSHOT, JSON.stringify(sorted, null, 2) + '\n');
    expect(sorted).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });
});
