/** Not the defaults (4000/3000), so that a developer's running instance does not clash with the suite. */
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4310);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3310);
