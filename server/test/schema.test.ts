import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../src/cli';
import { createDataSource } from '../src/db/data-source';
import { createTestDatabase } from './support/database';

describe('the contract and the schema', () => {
  it('builds the GraphQL schema without a database, and the committed schema.graphql is current', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    // Run `npm run schema` and commit schema.graphql (then `npm run codegen`) when this fails.
    expect(await printedSchema()).toBe(committed);
  });

  it('keeps the core operations of API.md', async () => {
    const sdl = await printedSchema();
    for (const operation of [
      'me: User!',
      'principals(',
      'scopes(',
      'roleDefinitions(',
      'roleAssignments(',
      'effectiveAccess(',
      'explainAccess(',
      'roleRequests(',
      'roleSettings(',
      'signIn(email: String!, password: String!): Session!',
      'stepUpMfa(code: String!): Session!',
      'assignRole(input: AssignRoleInput!): RoleRequest!',
      'updateAssignment(input: UpdateAssignmentInput!): RoleRequest!',
      'removeAssignment(assignmentId: ID!, justification: String): RoleRequest!',
      'updateRoleSettings(',
    ]) {
      expect(sdl, operation).toContain(operation);
    }
  });

  it('has migrations that produce exactly what the entities describe (no drift)', async () => {
    const database = await createTestDatabase();
    const db = createDataSource(database.url, 1);
    await db.initialize();
    try {
      const pending = await db.driver.createSchemaBuilder().log();
      // Add a migration for the entity change when this fails.
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
