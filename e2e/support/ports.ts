/** Not the defaults (4000/3000), so that a developer's running instance does not clash with the suite. */
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4310);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3310);

/** A second product on an empty tenant (SEED_DEMO=false), for what starts from nobody: bootstrap, setup, invitations. */
export const OWN_API_PORT = Number(process.env.E2E_OWN_API_PORT ?? 4320);
export const OWN_WEB_PORT = Number(process.env.E2E_OWN_WEB_PORT ?? 3320);
/** Its mail goes to an SMTP server the spec runs on this port (a real one: smtp-server, as in the server's tests). */
export const OWN_SMTP_PORT = Number(process.env.E2E_OWN_SMTP_PORT ?? 4325);

/** Where that product's serve.mjs notes its database (for the server's CLI, as an operator on the host would use it). */
export const ownTenantDatabaseFile = (apiPort: number = OWN_API_PORT) => `${process.env.TMPDIR ?? '/tmp'}/elevate-e2e-database-${apiPort}.url`;
