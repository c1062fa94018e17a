import { expect, type APIRequestContext } from '@playwright/test';
import { API_PORT } from './ports';

/**
 * A GraphQL call made with a browser context's request client, so it carries that persona's session cookie. For
 * arranging a test's starting point only; what a test checks, it checks on the page. `apiPort`: another product of the
 * run (the own tenant's).
 */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, apiPort: number = API_PORT): Promise<T> {
  const response = await request.post(`http://localhost:${apiPort}/graphql`, { data: { query, variables } });
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/**
 * Takes back what a person asked for or activated of the named roles only: their open requests are canceled and their
 * activations ended. Specs run side by side as the same people, so a spec resets only the roles it uses, never all of
 * a person's requests (that once canceled another spec's request under its feet).
 */
export async function withdrawRoles(request: APIRequestContext, principalId: string, roleNames: readonly string[]): Promise<void> {
  const open = await graphql<{ roleRequests: { edges: { node: { id: string; role: { name: string } } }[] } }>(
    request,
    'query { roleRequests(filter: { mine: true, status: [PENDING_APPROVAL, GRANTED] }, first: 50) { edges { node { id role { name } } } } }',
  );
  for (const { node } of open.roleRequests.edges) {
    if (roleNames.includes(node.role.name)) await graphql(request, 'mutation ($id: ID!) { cancelRequest(requestId: $id) { id } }', { id: node.id });
  }
  const active = await graphql<{ roleAssignments: { edges: { node: { assignmentId: string; origin: string; role: { name: string } } }[] } }>(
    request,
    'query ($p: ID!) { roleAssignments(filter: { principalId: $p, type: ACTIVE }, first: 50) { edges { node { assignmentId origin role { name } } } } }',
    { p: principalId },
  );
  for (const { node } of active.roleAssignments.edges) {
    if (node.origin === 'ACTIVATED' && roleNames.includes(node.role.name)) {
      await graphql(request, 'mutation ($id: ID!) { deactivateRole(assignmentId: $id) { id } }', { id: node.assignmentId });
    }
  }
}
