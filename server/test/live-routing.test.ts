import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_MEMBER_ID } from '../src/modules/roles/built-in-roles';
import { startTestApp, type TestApp } from './support/app';
import { settle, subscribe, type Feed } from './support/live';
import { addUser, adminAssign } from './support/personas';
import { wsClient } from './support/ws';

const ACTIVATE = 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }';
const APPROVE = 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "ok") { id status } }';
const QUEUE = 'subscription { approvalQueue { kind request { id status } } }';
const FEED = 'subscription { activations { kind assignment { id principal { id } } } }';

type QueueEvent = { kind: string; id: string; status: string };
const queueEvent = (d: Record<string, unknown>): QueueEvent => {
  const event = d.approvalQueue as { kind: string; request: { id: string; status: string } };
  return { kind: event.kind, id: event.request.id, status: event.request.status };
};
const kinds = (feed: Feed<QueueEvent>, requestId: string) => feed.events.filter((e) => e.id === requestId).map((e) => e.kind);

/**
 * The live service routes each event to the subscribers it concerns (the approvers of the request's current and previous
 * stage, the requester, those who may read the scope) instead of offering it to every subscription: the routing must
 * deliver exactly what per-subscriber filtering did — two stages, a user and a group approver, two tabs of one approver,
 * a member removed from the approving group, bystanders who must hear nothing.
 */
describe('live routing', () => {
  let t: TestApp;
  const clients: Client[] = [];
  const ws = (token: string) => {
    const client = wsClient(t.url, token);
    clients.push(client);
    return client;
  };
  const id: Record<string, string> = {};
  const token: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.signIn('admin@contoso.test');
    token.admin = admin;
    id.reader = await t.ids.role('Reader');
    id.memberRole = GROUP_MEMBER_ID;
    id.production = await t.ids.scope('Production');
    id.groupScope = await t.ids.scope('Tier 3 Office Admins');
    id.group = await t.ids.principal('Tier 3 Office Admins');
    for (const name of ['requester', 'second', 'approver', 'member', 'member2', 'bystander']) {
      const email = `route-${name}@contoso.test`;
      id[name] = await addUser(t, `Route ${name}`, email);
      token[name] = await t.signIn(email);
    }
    for (const name of ['member', 'member2']) {
      id[`${name}Ship`] = (await adminAssign(t, admin, { principalId: id[name], roleId: id.memberRole, scopeId: id.groupScope, type: 'ACTIVE' })).assignmentId;
    }
    for (const name of ['requester', 'second']) {
      await adminAssign(t, admin, { principalId: id[name], roleId: id.reader, scopeId: id.production, type: 'ELIGIBLE' });
    }
    const settings = await t.gql(
      admin,
      `mutation($r: ID!, $s: ID!, $a: ID!, $g: ID!) { updateRoleSettings(roleId: $r, scopeId: $s, input: { activation: {
         requireApproval: true, requireMfa: false, requireJustification: false,
         approvalStages: [{ approverIds: [$a] }, { approverIds: [$g] }] } }) { isDefault } }`,
      { r: id.reader, s: id.production, a: id.approver, g: id.group },
    );
    expect(settings.errors).toBeUndefined();
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t?.stop();
  });

  it('each event reaches exactly the subscribers it concerns, stage by stage', async () => {
    const approverTab1 = subscribe(ws(token.approver), QUEUE, queueEvent);
    const approverTab2 = subscribe(ws(token.approver), QUEUE, queueEvent);
    const member = subscribe(ws(token.member), QUEUE, queueEvent);
    const member2 = subscribe(ws(token.member2), QUEUE, queueEvent);
    const bystander = subscribe(ws(token.bystander), QUEUE, queueEvent);
    const admin = subscribe(ws(token.admin), QUEUE, queueEvent);
    const requesterOwn = subscribe(ws(token.requester), 'subscription { myRequests { id status } }', (d) => d.myRequests as { id: string; status: string });
    const bystanderOwn = subscribe(ws(token.bystander), 'subscription { myRequests { id status } }', (d) => d.myRequests as { id: string });
    const adminFeed = subscribe(ws(token.admin), FEED, (d) => d.activations as { kind: string; assignment: { principal: { id: string } } });
    const requesterFeed = subscribe(ws(token.requester), FEED, (d) => d.activations as { kind: string });
    const bystanderFeed = subscribe(ws(token.bystander), FEED, (d) => d.activations as { kind: string });
    await settle(300);

    const asked = await t.gql<{ activateRole: { id: string; status: string } }>(token.requester, ACTIVATE, {
      input: { roleId: id.reader, scopeId: id.production, duration: 'PT1H' },
    });
    expect(asked.errors).toBeUndefined();
    const first = asked.data!.activateRole.id;
    await approverTab1.waitFor((e) => e.id === first && e.kind === 'ADDED');
    await approverTab2.waitFor((e) => e.id === first && e.kind === 'ADDED');

    // Stage 1 approved: it leaves the user approver's queue and enters the group's members' queues.
    expect((await t.gql(token.approver, APPROVE, { id: first })).errors).toBeUndefined();
    await approverTab1.waitFor((e) => e.id === first && e.kind === 'REMOVED');
    await member.waitFor((e) => e.id === first && e.kind === 'ADDED');
    await member2.waitFor((e) => e.id === first && e.kind === 'ADDED');

    // Stage 2 approved by one member: granted; it leaves both members' queues; the activation is announced.
    const granted = await t.gql<{ approveRequest: { status: string } }>(token.member2, APPROVE, { id: first });
    expect(granted.data?.approveRequest.status).toBe('PROVISIONED');
    await member.waitFor((e) => e.id === first && e.kind === 'REMOVED');
    await member2.waitFor((e) => e.id === first && e.kind === 'REMOVED');
    await requesterOwn.waitFor((e) => e.id === first && e.status === 'PROVISIONED');
    await adminFeed.waitFor((e) => e.kind === 'ACTIVATED' && e.assignment.principal.id === id.requester);
    await requesterFeed.waitFor((e) => e.kind === 'ACTIVATED');

    // A member removed from the approving group no longer receives that group's requests.
    const removed = await t.gql(token.admin, 'mutation($a: ID!) { removeAssignment(assignmentId: $a, justification: "left the team") { id } }', { a: id.memberShip });
    expect(removed.errors).toBeUndefined();
    const again = await t.gql<{ activateRole: { id: string } }>(token.second, ACTIVATE, { input: { roleId: id.reader, scopeId: id.production, duration: 'PT1H' } });
    const secondRequest = again.data!.activateRole.id;
    expect((await t.gql(token.approver, APPROVE, { id: secondRequest })).errors).toBeUndefined();
    await member2.waitFor((e) => e.id === secondRequest && e.kind === 'ADDED');
    await settle(300);

    expect(kinds(approverTab1, first)).toEqual(['ADDED', 'REMOVED']);
    expect(kinds(approverTab2, first)).toEqual(['ADDED', 'REMOVED']);
    expect(kinds(member, first)).toEqual(['ADDED', 'REMOVED']);
    expect(kinds(member, secondRequest)).toEqual([]);
    expect(kinds(member2, secondRequest)).toEqual(['ADDED']);
    // Nobody who may not decide hears of the requests: not a bystander, not an admin who is not an approver here.
    expect(bystander.events).toEqual([]);
    expect(admin.events).toEqual([]);
    expect(bystanderOwn.events).toEqual([]);
    expect(bystanderFeed.events).toEqual([]);
    expect(requesterOwn.events.map((e) => e.status)).toEqual(['PENDING_APPROVAL', 'PENDING_APPROVAL', 'PROVISIONED']);
  });
});
