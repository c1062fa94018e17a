import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startTestApp, type TestApp } from './support/app';
import { startSmtpSink } from './support/sinks';
import { totpCode } from './support/totp';

/**
 * Users made in Elevate: Global and User Administrators create members and guests; each gets an invitation by email
 * (a real SMTP server here) with a link valid 7 days, accepts it by setting a password and enrolling an authenticator,
 * and then signs in. Nobody else may create or change users, and a User Administrator never changes a Global or
 * Privileged Role Administrator. Bad input changes nothing.
 */

const WEB = 'https://elevate.test';
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email displayName userType homeOrganization source externalId enabled } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id email displayName manager { id } } }`;
const RESEND = `mutation ($id: ID!) { resendInvitation(userId: $id) }`;
const INVITATION = 'query ($t: String!) { invitation(token: $t) { kind email displayName totpSecret } }';
const ACCEPT = 'mutation ($t: String!, $p: String!, $c: String!) { acceptInvitation(token: $t, password: $p, totpCode: $c) { token user { id } } }';
const ASSIGN = `mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;

type Created = { createUser: { id: string; email: string; displayName: string; userType: string; homeOrganization: string | null; source: string; externalId: string | null; enabled: boolean } };

describe('users made in Elevate', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: string;
  let alice: string;
  const deliver = () => t.app.services.notifications.delivery.deliverDue();
  const linkIn = (text: string) => /https:\/\/elevate\.test\/invitation\?token=([\w%-]+)/.exec(text)?.[1] ?? '';
  const count = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM principal'))[0].n;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ clock, config: { JOBS: 'false', SMTP_URL: smtp.url, PUBLIC_WEB_URL: WEB } });
    admin = await t.signInWithMfa('admin@contoso.test');
    alice = await t.signIn('alice@contoso.test');
    // Ada's break-glass sign-in notice (a permanent Global Administrator) goes first: the tests count their own mails.
    await deliver();
    smtp.mails.length = 0;
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  it('an admin creates a member: the invitation mail links to a page that sets a password and an authenticator, then she signs in', async () => {
    const created = await t.gql<Created>(admin, CREATE, { input: { email: ' Hana.Ito@Contoso.test ', displayName: 'Hana Ito', externalId: 'emp-0042' } });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({ email: 'hana.ito@contoso.test', userType: 'MEMBER', source: 'LOCAL', externalId: 'emp-0042', enabled: true });

    expect(await deliver()).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = smtp.mails.filter((m) => m.to.includes('hana.ito@contoso.test'));
    expect(mail.subject).toBe('[Elevate] Ada Admin invited you to Elevate');
    const token = decodeURIComponent(linkIn(mail.text));
    expect(token).toMatch(/^eli_/);

    // No sign-in before the invitation is accepted.
    const early = await t.gql(null, 'mutation { signIn(email: "hana.ito@contoso.test", password: "anything at all 1") { token } }');
    expect(early.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const shown = await t.gql<{ invitation: { kind: string; email: string; totpSecret: string } }>(null, INVITATION, { t: token });
    expect(shown.data?.invitation).toMatchObject({ kind: 'INVITATION', email: 'hana.ito@contoso.test' });
    const accepted = await t.gql<{ acceptInvitation: { token: string; user: { id: string } } }>(null, ACCEPT, {
      t: token,
      p: 'a long password for hana',
      c: await totpCode(shown.data!.invitation.totpSecret, clock.now()),
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user.id).toBe(created.data?.createUser.id);
    // An invitation makes no administrator: she holds nothing.
    expect(await t.sql('SELECT id FROM role_assignment WHERE principal_id = $1', [created.data?.createUser.id])).toEqual([]);

    const actions = await t.sql<{ action: string }>('SELECT action FROM audit_event WHERE target_principal_id = $1 ORDER BY seq', [created.data?.createUser.id]);
    expect(actions.map((row) => row.action)).toEqual(['directory.user_created', 'directory.user_invited', 'auth.sign_in_failed', 'auth.invitation_accepted', 'auth.sign_in']);
  });

  it('a guest carries their home organisation; an invitation sent again kills the first link', async () => {
    const created = await t.gql<Created>(admin, CREATE, { input: { email: 'kai@fabrikam.test', displayName: 'Kai Guest', userType: 'GUEST', homeOrganization: 'Fabrikam' } });
    expect(created.data?.createUser).toMatchObject({ userType: 'GUEST', homeOrganization: 'Fabrikam' });
    await deliver();
    const first = decodeURIComponent(linkIn(smtp.mails.filter((m) => m.to.includes('kai@fabrikam.test'))[0].text));
    expect((await t.gql<{ resendInvitation: boolean }>(admin, RESEND, { id: created.data?.createUser.id })).data?.resendInvitation).toBe(true);
    await deliver();
    const mails = smtp.mails.filter((m) => m.to.includes('kai@fabrikam.test'));
    expect(mails).toHaveLength(2);
    const second = decodeURIComponent(linkIn(mails[1].text));
    expect(second).not.toBe(first);
    expect((await t.gql(null, INVITATION, { t: first })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(null, INVITATION, { t: second })).errors).toBeUndefined();
  });

  it('bad input is refused with its field, and changes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ email: 'not-an-email', displayName: 'X' }, 'BAD_USER_INPUT', 'email'],
      [{ email: 'x@contoso.test', displayName: '   ' }, 'BAD_USER_INPUT', 'displayName'],
      [{ email: 'x@contoso.test', displayName: 'X', userType: 'GUEST' }, 'BAD_USER_INPUT', 'homeOrganization'],
      [{ email: 'x@contoso.test', displayName: 'X', homeOrganization: 'Fabrikam' }, 'BAD_USER_INPUT', 'homeOrganization'],
      // A malformed id names nothing, as everywhere in the API.
      [{ email: 'x@contoso.test', displayName: 'X', managerId: 'nope' }, 'NOT_FOUND', ''],
      [{ email: 'x@contoso.test', displayName: 'X', managerId: await t.ids.principal('Tier 3 Office Admins') }, 'BAD_USER_INPUT', 'managerId'],
      [{ email: 'ALICE@contoso.test', displayName: 'Alice again' }, 'CONFLICT', ''],
      [{ email: 'x@contoso.test', displayName: 'X', externalId: 'emp-0042' }, 'CONFLICT', ''],
      [{ email: 'x@contoso.test', displayName: 'X'.repeat(201) }, 'BAD_USER_INPUT', 'displayName'],
    ];
    for (const [input, code, field] of cases) {
      const answer = await t.gql(admin, CREATE, { input });
      expect(answer.errors?.[0].extensions?.code, JSON.stringify(input)).toBe(code);
      if (field) expect(answer.errors?.[0].extensions?.field, JSON.stringify(input)).toBe(field);
    }
    expect(await count()).toBe(before);
  });

  it('only Global and User Administrators create users; a User Administrator never changes a tenant administrator', async () => {
    const before = await count();
    const CAN = '{ viewerCapabilities { manageUsers manageTenant } }';
    expect((await t.gql(admin, CAN)).data).toEqual({ viewerCapabilities: { manageUsers: true, manageTenant: true } });
    expect((await t.gql(alice, CAN)).data).toEqual({ viewerCapabilities: { manageUsers: false, manageTenant: false } });
    const refused = await t.gql(alice, CREATE, { input: { email: 'eve@contoso.test', displayName: 'Eve' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);

    // Alice made User Administrator (active) may create users and change ordinary ones, not the Global Administrator.
    await t.gql(admin, ASSIGN, {
      input: {
        principalId: await t.ids.principal('alice@contoso.test'),
        roleId: await t.ids.role('User Administrator'),
        scopeId: await t.ids.scope('/'),
        type: 'ACTIVE',
        duration: 'PT8H',
        justification: 'Onboarding week',
      },
    });
    expect((await t.gql(alice, CAN)).data).toEqual({ viewerCapabilities: { manageUsers: true, manageTenant: false } });
    const made = await t.gql<Created>(alice, CREATE, { input: { email: 'eve@contoso.test', displayName: 'Eve' } });
    expect(made.errors).toBeUndefined();
    const renamed = await t.gql<{ updateUser: { displayName: string; manager: { id: string } | null } }>(alice, UPDATE, {
      id: made.data?.createUser.id,
      input: { displayName: 'Eve Example', managerId: await t.ids.principal('bob@contoso.test') },
    });
    expect(renamed.data?.updateUser).toMatchObject({ displayName: 'Eve Example', manager: { id: await t.ids.principal('bob@contoso.test') } });
    const onAdmin = await t.gql(alice, UPDATE, { id: await t.ids.principal('admin@contoso.test'), input: { displayName: 'Not Ada' } });
    expect(onAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // pra is eligible for Privileged Role Administrator: a tenant administrator too.
    const onPra = await t.gql(alice, UPDATE, { id: await t.ids.principal('pra@contoso.test'), input: { displayName: 'Not Priya' } });
    expect(onPra.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.sql(`SELECT display_name FROM principal WHERE email IN ('admin@contoso.test', 'pra@contoso.test') ORDER BY email`)).toEqual([
      { display_name: 'Ada Admin' },
      { display_name: 'Priya Role-Admin' },
    ]);
  });

  it('updateUser: an email in use is a conflict, a manager loop is refused, nothing to change is bad input', async () => {
    const eve = await t.ids.principal('eve@contoso.test');
    expect((await t.gql(admin, UPDATE, { id: eve, input: { email: 'bob@contoso.test' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.gql(admin, UPDATE, { id: eve, input: { managerId: eve } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });
    expect((await t.gql(admin, UPDATE, { id: eve, input: {} })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cleared = await t.gql<{ updateUser: { manager: null } }>(admin, UPDATE, { id: eve, input: { managerId: null } });
    expect(cleared.data?.updateUser.manager).toBeNull();
  });
});
