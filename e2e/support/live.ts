import type { APIRequestContext, Page } from '@playwright/test';
import { graphql } from './api';
import { personas } from './personas';

/** Resolves once the page has sent the GraphQL subscription named `operation` over its WebSocket (graphql-ws). */
export function subscriptionSent(page: Page, operation: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (typeof payload !== 'string') return;
        const message = JSON.parse(payload) as { type?: string; payload?: { operationName?: string; query?: string } };
        if (message.type === 'subscribe' && (message.payload?.operationName === operation || message.payload?.query?.includes(`subscription ${operation}`))) {
          resolve();
        }
      }),
    );
  });
}

/**
 * Makes the directory role `roleName` need bob's approval (no MFA) and alice eligible for it at the root, so that a spec
 * has requests of its own that meet no other spec's. Returns the role's and the root scope's ids.
 */
export async function aliceEligibleWithBobApproving(admin: APIRequestContext, roleName: string, justification: string): Promise<{ roleId: string; rootId: string }> {
  const known = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[]; principals: { edges: { node: { id: string; displayName: string } }[] } }>(
    admin,
    'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } principals(type: USER, first: 50) { edges { node { id displayName } } } }',
  );
  const person = (name: string) => known.principals.edges.find((edge) => edge.node.displayName === name)?.node.id ?? '';
  const roleId = known.roleDefinitions.find((role) => role.name === roleName)?.id ?? '';
  const rootId = known.scopes[0].id;
  await graphql(admin, 'mutation ($r: ID!, $b: ID!) { updateRoleSettings(roleId: $r, input: { activation: { requireMfa: false, requireApproval: true, approvalStages: [{ approverIds: [$b] }] } }) { isDefault } }', {
    r: roleId,
    b: person(personas.bob.name),
  });
  await graphql(admin, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
    input: { principalId: person(personas.alice.name), roleId, scopeId: rootId, type: 'ELIGIBLE', duration: 'P30D', justification },
  });
  return { roleId, rootId };
}

/**
 * Keeps every message the page's live announcer says, for as long as the page lives (the announcer removes each after a
 * few seconds, which a busy machine may outlast before a test looks). Call before the page's first `goto`; read with
 * `announced`.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = said;
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (!(change.target instanceof Element) || change.target.id !== 'live-announcer') continue;
        change.addedNodes.forEach((node) => {
          if (node.textContent) said.push(node.textContent);
        });
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The messages the page's live announcer has said since `recordAnnouncements`, in order; how many contain `text`. */
export async function timesAnnounced(page: Page, text: string): Promise<number> {
  const said = await page.evaluate(() => (window as unknown as { __announced?: string[] }).__announced ?? []);
  return said.filter((message) => message.includes(text)).length;
}
