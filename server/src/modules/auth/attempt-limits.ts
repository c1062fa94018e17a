import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { BucketLimit } from './attempt-budget';

/**
 * How many password and TOTP attempts are let in, and where they are counted (the mechanism is attempt-budget.ts).
 *
 * Passwords, narrowest first:
 * - account × client address: 5, one back a minute. A stranger hammering an account from one address is locked out
 *   there after five guesses, and stays locked while they keep at it; nobody else notices.
 * - client address, over all accounts (and unknown emails): 30, one back every 10 s. Spraying many accounts from one
 *   address locks that address.
 * - account, from addresses it has not signed in from in the last 30 days ("unfamiliar"): 20, one back a minute. Many
 *   addresses together can exhaust it — then new addresses wait — but the owner at an address they have signed in from
 *   before has a budget of their own (as Entra's smart lockout keeps familiar and unfamiliar locations apart), and an
 *   administrator can unlock. A single address can never exhaust it: its own five guesses drain no faster.
 * TOTP codes, after a password was accepted (so the one making them knows it; no stranger gets here):
 * - account × client address: 5, one back every 3 minutes;
 * - account: 10, one back every 6 minutes — at most ~240 checks a day, whatever the number of addresses and sessions.
 */
const MINUTE = 60;

export const FAMILIAR_ADDRESS_DAYS = 30;

export interface SignInSubject {
  /** The account (a user's id) or, for an email nobody has, a hash of it: unknown emails lock like known ones. */
  account: string;
  principalId: string | null;
  address: string;
  familiar: boolean;
}

export function signInLimits({ account, principalId, address, familiar }: SignInSubject): BucketLimit[] {
  return [
    { key: `sign-in:pair:${account}:${address}`, principalId, capacity: 5, drainSeconds: MINUTE, ceiling: 10 },
    { key: `sign-in:address:${address}`, principalId: null, capacity: 30, drainSeconds: 10, ceiling: 60 },
    {
      key: `sign-in:account:${account}:${familiar ? 'familiar' : 'unfamiliar'}`,
      principalId,
      capacity: 20,
      drainSeconds: MINUTE,
      ceiling: 40,
    },
  ];
}

export function mfaLimits(principalId: string, address: string): BucketLimit[] {
  return [
    { key: `mfa:pair:${principalId}:${address}`, principalId, capacity: 5, drainSeconds: 3 * MINUTE, ceiling: 10 },
    { key: `mfa:account:${principalId}`, principalId, capacity: 10, drainSeconds: 6 * MINUTE, ceiling: 20 },
  ];
}

/** The account key of an email that names nobody (hashed: people type passwords into the email field). */
export function unknownAccount(email: string): string {
  return `unknown-${createHash('sha256').update(email).digest('hex').slice(0, 32)}`;
}

/**
 * The client address as attempts are counted: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 — one machine
 * usually has a whole /64 to pick addresses from.
 */
export function addressKey(clientIp: string | null): string {
  if (!clientIp) return 'unknown';
  let ip = clientIp.trim().toLowerCase();
  const zone = ip.indexOf('%');
  if (zone >= 0) ip = ip.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) ip = mapped[1];
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return 'unknown';
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(ip: string): string[] {
  const [head, tail = null] = ip.split('::');
  const part = (s: string | null) => (s ? s.split(':') : []);
  const left = part(head);
  const right = part(tail);
  // An embedded IPv4 tail (::ffff:1.2.3.4 handled above; others are rare) counts as two groups.
  const groups = (xs: string[]) => xs.flatMap((x) => (x.includes('.') ? ['0', '0'] : [x]));
  const l = groups(left);
  const r = groups(right);
  const fill = tail === null ? [] : Array<string>(Math.max(0, 8 - l.length - r.length)).fill('0');
  return [...l, ...fill, ...r].map((g) => g.replace(/^0+(?=.)/, ''));
}
