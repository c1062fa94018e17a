/**
 * openid-client (panva) is an ES module; the server is CommonJS, so it is loaded with a dynamic import (kept as
 * `import()` under module node16) once, and its types are imported in import mode.
 */
import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };

export type { OpenIdClient };

let loaded: Promise<typeof OpenIdClient> | undefined;

export function openIdClient(): Promise<typeof OpenIdClient> {
  return (loaded ??= import('openid-client'));
}
