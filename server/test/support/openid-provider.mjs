// A real OpenID Provider for tests: panva's oidc-provider on 127.0.0.1, with a login page of its own (an account name
// and, per account, the amr/acr the provider reports) and a way to misbehave: `tamper` rewrites the ID token the token
// endpoint returns (re-signed with the provider's own key, or another), as a provider with a wrong issuer, audience,
// nonce or clock would send it. Plain ESM so the API tests (vitest) and the browser tests (Playwright) share it.
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import { SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, importJWK } from 'jose';
import Provider from 'oidc-provider';

/**
 * @param {{ clientId?: string, clientSecret?: string, redirectUris: string[], accounts: Record<string, { claims: Record<string, unknown>, amr?: string[], acr?: string }> }} options
 */
export async function startOpenIdProvider(options) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const accounts = options.accounts;
  const clientId = options.clientId ?? 'elevate';
  const clientSecret = options.clientSecret ?? 'elevate-test-secret-0123456789';
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        require_auth_time: true,
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['elevate-test-cookie-key'] },
    claims: { openid: ['sub', 'amr', 'acr'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    async findAccount(_ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account.claims }) };
    },
  });
  const state = { tamper: null, tokensIssued: 0 };
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.method === 'POST' && ctx.status === 200 && ctx.body && typeof ctx.body === 'object' && ctx.body.id_token) {
      state.tokensIssued += 1;
      if (state.tamper) {
        const claims = decodeJwt(ctx.body.id_token);
        const { claims: changed, key } = await state.tamper(claims);
        const signingKey = key ?? (await importJWK(jwk, 'RS256'));
        ctx.body = { ...ctx.body, id_token: await new SignJWT(changed).setProtectedHeader({ ...decodeProtectedHeader(ctx.body.id_token), alg: 'RS256' }).sign(signingKey) };
      }
    }
  });
  const callback = provider.callback();
  server.on('request', async (req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><head><title>Test identity provider: sign in</title></head><body><main><h1>Sign in to the test identity provider</h1>
<form method="post" action="/interaction/${match[1]}"><label for="login">Account</label> <input id="login" name="login" autocomplete="username" required>
<label for="password">Password</label> <input id="password" name="password" type="password"> <button type="submit">Sign in</button></form></main></body></html>`);
        return;
      }
      const body = await new Promise((resolve) => {
        let text = '';
        req.on('data', (chunk) => (text += chunk));
        req.on('end', () => resolve(new URLSearchParams(text)));
      });
      const accountId = body.get('login') ?? '';
      const account = accounts[accountId];
      if (!account) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="en"><head><title>Unknown account</title></head><body><p role="alert">No such account.</p></body></html>');
        return;
      }
      const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId, amr: account.amr, acr: account.acr }, consent: { grantId } }, { mergeWithLastSubmission: false });
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(String(error?.message ?? error));
    }
  });
  return {
    issuer,
    clientId,
    clientSecret,
    /** Rewrites the next ID tokens (null: honest again). `key`: sign with another key than the provider's. */
    setTamper(fn) {
      state.tamper = fn;
    },
    tokensIssued: () => state.tokensIssued,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
