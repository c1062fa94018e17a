import { parse as parseCookies } from 'cookie';
import express, { type Request, type Response } from 'express';
import type { Services } from '../composition';
import { webUrl } from '../config';
import { logger } from '../lib/logger';
import { OidcSignInError, type SignInFailure } from '../modules/oidc/oidc-sign-in.service';
import { SESSION_COOKIE } from './context';

/** Keeps a sign-in's state in the browser that started it, so that a callback from another browser is refused. */
const STATE_COOKIE = 'elevate_oidc_state';

/** Where this API is reached from the browser: PUBLIC_API_URL's origin, else the request's own. */
export function apiOrigin(services: Services, req: Request): string {
  return (services.config.PUBLIC_API_URL ? new URL(services.config.PUBLIC_API_URL).origin : `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '');
}

/**
 * `/auth/oidc/<providerId>/start` sends the browser to the provider; `/auth/oidc/callback` takes its answer, sets the
 * session cookie and returns to the dashboard. A failure returns to the dashboard's sign-in page with its reason, never
 * to an error page, and sets no session.
 */
export function oidcRouter(services: Services, clientAddress: (req: Request) => string | null): express.Router {
  const router = express.Router();
  const production = services.config.NODE_ENV === 'production';
  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: production, path: '/auth/oidc' };
  const fail = (res: Response, error: unknown) => {
    const reason: SignInFailure = error instanceof OidcSignInError ? error.reason : 'provider_error';
    if (!(error instanceof OidcSignInError)) logger.error('OIDC sign-in failed unexpectedly', { error: (error as Error).message });
    res.clearCookie(STATE_COOKIE, cookie);
    res.redirect(302, `${webUrl(services.config)}/sign-in?sso=${reason}`);
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : null);

  router.get('/callback', async (req, res) => {
    try {
      const browserState = parseCookies(req.get('cookie') ?? '')[STATE_COOKIE];
      const current = new URL(req.originalUrl, apiOrigin(services, req));
      const done = await services.oidcSignIn.callback(current, browserState, { clientIp: clientAddress(req), userAgent: req.get('user-agent') ?? null });
      res.clearCookie(STATE_COOKIE, cookie);
      res.cookie(SESSION_COOKIE, done.token, { httpOnly: true, sameSite: 'lax', secure: production, expires: done.expiresAt, path: '/' });
      res.redirect(302, `${webUrl(services.config)}${done.returnTo}`);
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/:providerId/start', async (req, res) => {
    try {
      const started = await services.oidcSignIn.start(String(req.params.providerId), apiOrigin(services, req), { invitation: text(req.query.invitation), returnTo: text(req.query.returnTo) });
      res.cookie(STATE_COOKIE, started.state, { ...cookie, maxAge: 10 * 60_000 });
      res.redirect(302, started.redirectTo);
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}
