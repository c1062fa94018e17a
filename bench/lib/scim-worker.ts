/**
 * B10's identity provider, on its own thread (its own event loop, not the server's): pushes users, then groups, then the
 * groups' members over SCIM 2.0, as Microsoft Entra ID's provisioning does — one POST per user and per group, then PATCH
 * `Add members` in batches — with `concurrency` requests in flight over keep-alive HTTP (`node:http`). A group's batches go
 * one after another (an identity provider does not race itself on one group); different groups go in parallel.
 * Retries what an identity provider retries (409 without `uniqueness`, 429, 5xx) up to 5 times, and counts them.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

export interface ScimJob {
  /** http://host:port/scim/v2 */
  base: string;
  token: string;
  concurrency: number;
  users: number;
  /** Member user indexes of each group, concatenated; group g owns memberIndex[groupStart[g] .. groupStart[g + 1]). */
  groupStart: number[];
  memberIndex: number[];
  batch: number;
  /** A tag in every userName and externalId, so two runs never collide. */
  run: string;
}

export interface ScimPhase {
  requests: number;
  ms: number;
  latenciesMs: Float64Array;
  errors: number;
  retries: number;
  errorSamples: string[];
}

export interface ScimResult {
  users: ScimPhase;
  groups: ScimPhase;
  members: ScimPhase & { memberships: number };
  totalMs: number;
  userIds: string[];
  groupIds: string[];
}

const job = workerData as ScimJob;
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const u = new URL(job.base);
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency, maxFreeSockets: job.concurrency });

function send(method: string, path: string, body: unknown): Promise<{ status: number; text: string }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: `${u.pathname}${path}`,
        method,
        agent,
        headers: { authorization: `Bearer ${job.token}`, 'content-type': 'application/scim+json', 'content-length': payload.length, 'user-agent': 'Azure-AD-SCIM-bench/B10' },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const retriable = (status: number, text: string) => status === 429 || status >= 500 || (status === 409 && !text.includes('uniqueness'));

/** Runs `count` requests, `concurrency` at a time; `request(i)` returns the answer's text or throws. */
async function phase(count: number, concurrency: number, request: (i: number, phase: ScimPhase) => Promise<void>): Promise<ScimPhase> {
  const result: ScimPhase = { requests: 0, ms: 0, latenciesMs: new Float64Array(0), errors: 0, retries: 0, errorSamples: [] };
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      for (let i = next++; i < count; i = next++) await request(i, result);
    }),
  );
  result.ms = performance.now() - started;
  return result;
}

/** One SCIM call with the identity provider's retries; its latency (the last attempt's) recorded. */
async function call(result: ScimPhase, latencies: number[], method: string, path: string, body: unknown, expect: number): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    const t0 = performance.now();
    let answer: { status: number; text: string };
    try {
      answer = await send(method, path, body);
    } catch (error) {
      answer = { status: 0, text: String(error) };
    }
    latencies.push(performance.now() - t0);
    result.requests++;
    if (answer.status === expect) return answer.text;
    if (attempt < 5 && (answer.status === 0 || retriable(answer.status, answer.text))) {
      result.retries++;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
      continue;
    }
    result.errors++;
    if (result.errorSamples.length < 5) result.errorSamples.push(`${method} ${path} → ${answer.status} ${answer.text.slice(0, 300)}`);
    return null;
  }
}

async function main(): Promise<ScimResult> {
  const t0 = performance.now();
  const userIds: string[] = new Array(job.users);
  const userLatencies: number[] = [];
  const users = await phase(job.users, job.concurrency, async (i, result) => {
    // Entra ID's "Create User" body (its published example, with this run's names).
    const name = `b10-${job.run}-user-${i}`;
    const text = await call(result, userLatencies, 'POST', '/Users', {
      schemas: [USER, ENTERPRISE],
      externalId: `${job.run}-u-${i}`,
      userName: `${name}@scim.bench`,
      active: true,
      emails: [{ primary: true, type: 'work', value: `${name}@scim.bench` }],
      meta: { resourceType: 'User' },
      name: { formatted: `Bench User ${i}`, familyName: `User ${i}`, givenName: 'Bench' },
      roles: [],
      [ENTERPRISE]: { department: `Dept ${i % 50}` },
    }, 201);
    if (text) userIds[i] = (JSON.parse(text) as { id: string }).id;
  });
  users.latenciesMs = Float64Array.from(userLatencies);

  const groupCount = job.groupStart.length - 1;
  const groupIds: string[] = new Array(groupCount);
  const groupLatencies: number[] = [];
  const groups = await phase(groupCount, job.concurrency, async (g, result) => {
    // Entra ID's "Create Group": no members in it; they come in PATCHes.
    const text = await call(result, groupLatencies, 'POST', '/Groups', {
      schemas: [GROUP, 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
      externalId: `${job.run}-g-${g}`,
      displayName: `b10-${job.run}-group-${g}`,
      meta: { resourceType: 'Group' },
    }, 201);
    if (text) groupIds[g] = (JSON.parse(text) as { id: string }).id;
  });
  groups.latenciesMs = Float64Array.from(groupLatencies);

  // Largest groups first, so the tail is not one big group's batches alone.
  const order = Array.from({ length: groupCount }, (_, g) => g).sort((a, b) => job.groupStart[b + 1] - job.groupStart[b] - (job.groupStart[a + 1] - job.groupStart[a]) || a - b);
  const memberLatencies: number[] = [];
  let memberships = 0;
  const members = await phase(groupCount, job.concurrency, async (k, result) => {
    const g = order[k];
    if (!groupIds[g]) return;
    for (let at = job.groupStart[g]; at < job.groupStart[g + 1]; at += job.batch) {
      const ids: string[] = [];
      for (let m = at; m < Math.min(at + job.batch, job.groupStart[g + 1]); m++) {
        const id = userIds[job.memberIndex[m]];
        if (id) ids.push(id);
      }
      if (!ids.length) continue;
      // Entra ID's "Update Group [Add Members]", "$ref": null as it sends it.
      const text = await call(result, memberLatencies, 'PATCH', `/Groups/${groupIds[g]}`, { schemas: [PATCH], Operations: [{ op: 'Add', path: 'members', value: ids.map((value) => ({ $ref: null, value })) }] }, 200);
      if (text) memberships += ids.length;
    }
  });
  members.latenciesMs = Float64Array.from(memberLatencies);
  agent.destroy();
  return { users, groups, members: { ...members, memberships }, totalMs: performance.now() - t0, userIds, groupIds };
}

main().then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
