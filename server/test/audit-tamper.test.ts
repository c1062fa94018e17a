import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditContent, chainHash } from '../src/modules/audit/audit.writer';
import { AUDIT_COLUMNS, type AuditRow } from '../src/modules/audit/audit.verifier';
import { clientAt } from './support/from-address';
import { DEMO_PASSWORD } from '../src/db/demo-seed';
import { startTestApp, type TestApp } from './support/app';

const cli = path.resolve(__dirname, '../dist/cli.js');
const run = promisify(execFile);

interface Verification {
  ok: boolean;
  checked: number;
  firstBrokenSequence: number | null;
  reason: string | null;
  lastSequence: number | null;
  checkpoint: { sequence: number; signatureVerified: boolean } | null;
}

/**
 * R10: the audit chain is tampered with in SQL — an edit, a deletion, a reordering, a cut-off tail, a whole rewritten
 * chain, a forged checkpoint — and verifyAudit (and the CLI) name the first broken event each time.
 */
describe('R10: audit tampering is detected', () => {
  const signingKey = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  let t: TestApp;
  let reader: string;
  let head: number;

  const verify = async (): Promise<Verification> => {
    const result = await t.gql<{ verifyAudit: Verification }>(
      reader,
      'query { verifyAudit { ok checked firstBrokenSequence reason lastSequence checkpoint { sequence signatureVerified } } }',
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.verifyAudit;
  };
  const verifyWithCli = async (): Promise<{ code: number; output: string }> => {
    try {
      const { stdout, stderr } = await run(process.execPath, [cli, 'verify-audit'], {
        env: { ...process.env, DATABASE_URL: t.databaseUrl, AUDIT_SIGNING_KEY: signingKey, NODE_ENV: 'test', LOG_LEVEL: 'error' },
      });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false', AUDIT_SIGNING_KEY: signingKey } });
    reader = await t.signIn('carol@contoso.test');
    // Enough events to tamper with in the middle: sign-ins of several users.
    for (let round = 0; round < 4; round++) {
      for (const email of ['admin@contoso.test', 'alice@contoso.test', 'bob@contoso.test', 'dave@contoso.test']) await t.signIn(email);
    }
    await t.sql('CREATE TABLE audit_event_original AS SELECT * FROM audit_event');
    head = Number((await t.sql<{ n: string }>('SELECT max(seq) AS n FROM audit_event'))[0].n);
    expect(head).toBeGreaterThan(12);
  });
  // Every case starts from the intact chain.
  beforeEach(async () => {
    await t.sql('DELETE FROM audit_checkpoint');
    await t.sql('DELETE FROM audit_event');
    await t.sql('INSERT INTO audit_event SELECT * FROM audit_event_original');
  });
  afterAll(async () => t?.stop());

  it('the intact chain verifies, through the API and the CLI (exit 0)', async () => {
    expect(await verify()).toMatchObject({ ok: true, checked: head, firstBrokenSequence: null, lastSequence: head });
    const cliResult = await verifyWithCli();
    expect(cliResult.code).toBe(0);
    expect(cliResult.output).toContain(`${head} events checked`);
  });

  it('an edited row: its own sequence, "altered"', async () => {
    await t.sql("UPDATE audit_event SET action = 'auth.sign_out' WHERE seq = 5");
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: 5, checked: 4, reason: expect.stringContaining('altered') });
    const cliResult = await verifyWithCli();
    expect(cliResult.code).toBe(1);
    expect(cliResult.output).toContain('BROKEN at event 5');
  });

  it('an edited jsonb value or time is an edit too', async () => {
    await t.sql(`UPDATE audit_event SET at = at + interval '1 second' WHERE seq = 3`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: 3 });
    await t.sql('DELETE FROM audit_event');
    await t.sql('INSERT INTO audit_event SELECT * FROM audit_event_original');
    await t.sql(`UPDATE audit_event SET after = '{"tenant": "Fabrikam"}' WHERE seq = 1`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: 1 });
  });

  it('a deleted row: the event after the gap, naming the missing one', async () => {
    await t.sql('DELETE FROM audit_event WHERE seq = 7');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: 8, checked: 6, reason: expect.stringContaining('Event 7 is missing') });
    const cliResult = await verifyWithCli();
    expect(cliResult.code).toBe(1);
    expect(cliResult.output).toContain('BROKEN at event 8');
  });

  it('a deleted row with the later ones renumbered: the first renumbered event no longer follows', async () => {
    await t.sql('DELETE FROM audit_event WHERE seq = 7');
    await t.sql('UPDATE audit_event SET seq = seq - 1 WHERE seq > 7');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: 7 });
  });

  it('reordered rows (events 10 and 11 swap places): the first of them', async () => {
    await t.sql('UPDATE audit_event SET seq = -10 WHERE seq = 10');
    await t.sql('UPDATE audit_event SET seq = 10 WHERE seq = 11');
    await t.sql('UPDATE audit_event SET seq = 11 WHERE seq = -10');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: 10, checked: 9 });
    const cliResult = await verifyWithCli();
    expect(cliResult.code).toBe(1);
    expect(cliResult.output).toContain('BROKEN at event 10');
  });

  it('a truncated tail below a signed checkpoint: the first missing event', async () => {
    const checkpoint = await t.app.services.audit.checkpoint();
    expect(checkpoint?.seq).toBe(String(head));
    expect(await verify()).toMatchObject({ ok: true, checkpoint: { sequence: head, signatureVerified: true } });
    await t.sql('DELETE FROM audit_event WHERE seq > $1', [head - 3]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: head - 2, checked: head - 3, reason: expect.stringContaining('cut off') });
    const cliResult = await verifyWithCli();
    expect(cliResult.code).toBe(1);
    expect(cliResult.output).toContain(`BROKEN at event ${head - 2}`);
  });

  it('a chain rewritten from an edit onwards (every hash recomputed) contradicts the signed checkpoint', async () => {
    await t.app.services.audit.checkpoint();
    const rows = await t.sql<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_event ORDER BY seq`);
    let prevHash = rows[3].hash;
    for (const row of rows.slice(4)) {
      const edited = row.seq === '5' ? { ...row, action: 'auth.sign_out' } : row;
      const hash = chainHash(prevHash, auditContent(edited));
      await t.sql('UPDATE audit_event SET action = $2, prev_hash = $3, hash = $4 WHERE seq = $1', [row.seq, edited.action, prevHash, hash]);
      prevHash = hash;
    }
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: head, reason: expect.stringContaining('checkpoint') });
  });

  it('a forged checkpoint (bad signature) is named, and a signed one keeps checkpoints from vouching for a broken chain', async () => {
    await t.sql(`INSERT INTO audit_checkpoint (seq, hash, at, signature, key_id) SELECT seq, hash, now(), $1, $2 FROM audit_event WHERE seq = 6`, [
      Buffer.alloc(64).toString('base64'),
      t.app.services.audit.signer!.keyId,
    ]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSequence: 6, reason: expect.stringContaining('invalid signature') });
    await t.sql('DELETE FROM audit_checkpoint');
    await t.sql("UPDATE audit_event SET action = 'auth.sign_out' WHERE seq = 5");
    expect(await t.app.services.audit.checkpoint()).toBeNull();
    expect(await t.sql('SELECT * FROM audit_checkpoint')).toHaveLength(0);
  });

  it('concurrent writers keep the chain linear and gap-free', async () => {
    // 30 sign-ins at once, each from its own address (sign-in budgets count per account and address: R15).
    const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
    const signedIn = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        clientAt(t, `127.0.10.${i + 1}`)(null, SIGN_IN, { email: ['alice@contoso.test', 'bob@contoso.test', 'admin@contoso.test'][i % 3], password: DEMO_PASSWORD }),
      ),
    );
    expect(signedIn.filter((r) => r.errors)).toEqual([]);
    const verification = await verify();
    expect(verification).toMatchObject({ ok: true, firstBrokenSequence: null });
    expect(verification.lastSequence).toBeGreaterThanOrEqual(head + 30);
    const [{ n, max }] = await t.sql<{ n: number; max: string }>('SELECT count(*)::int AS n, max(seq) AS max FROM audit_event');
    expect(Number(max)).toBe(n);
  });
});
