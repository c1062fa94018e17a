import express, { type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../composition';
import { DomainError } from '../lib/errors';
import { logger } from '../lib/logger';
import type { Provisioner } from '../modules/scim/provisioning.service';
import { ScimError } from '../modules/scim/scim-protocol';

type Handler = (req: Request, provisioner: Provisioner, base: string) => Promise<{ status: number; body?: unknown }>;

const query = (req: Request, name: string): string | undefined => {
  const value = req.query[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * `/scim/v2` (RFC 7644) for identity providers: Users, Groups, ServiceProviderConfig, ResourceTypes, Schemas, behind a
 * SCIM bearer token. Bodies are application/scim+json (or JSON); every error is in SCIM's error schema, never a 500 page.
 */
export function scimRouter(services: Services, clientAddress: (req: Request) => string | null): express.Router {
  const router = express.Router();
  router.use(express.json({ type: ['application/scim+json', 'application/json'], limit: '2mb' }));
  const base = (req: Request) => `${services.config.PUBLIC_API_URL ?? `${req.protocol}://${req.get('host')}`}/scim/v2`;
  const p = services.provisioning;

  const route = (handler: Handler) => async (req: Request, res: Response) => {
    try {
      const provisioner = await p.authenticate(req.get('authorization'), { clientIp: clientAddress(req), userAgent: req.get('user-agent') ?? null });
      const { status, body } = await handler(req, provisioner, base(req));
      res.status(status).type('application/scim+json');
      if (body === undefined) res.end();
      else res.send(JSON.stringify(body));
    } catch (error) {
      send(res, error);
    }
  };

  router.get('/ServiceProviderConfig', route(async (req, _p, b) => ({ status: 200, body: p.serviceProviderConfig(b) })));
  router.get('/ResourceTypes', route(async (_req, _p, b) => ({ status: 200, body: p.resourceTypes(b) })));
  router.get('/Schemas', route(async () => ({ status: 200, body: p.schemas() })));

  router.get('/Users', route(async (req, _p, b) => ({ status: 200, body: await p.listUsers(query(req, 'filter'), query(req, 'startIndex'), query(req, 'count'), b) })));
  router.post('/Users', route(async (req, who, b) => ({ status: 201, body: await p.createUser(who, req.body, b) })));
  router.get('/Users/:id', route(async (req, _p, b) => ({ status: 200, body: await p.getUser(String(req.params.id), b) })));
  router.put('/Users/:id', route(async (req, who, b) => ({ status: 200, body: await p.replaceUser(who, String(req.params.id), req.body, b) })));
  router.patch('/Users/:id', route(async (req, who, b) => ({ status: 200, body: await p.patchUser(who, String(req.params.id), req.body, b) })));
  router.delete('/Users/:id', route(async (req, who) => (await p.deleteUser(who, String(req.params.id)), { status: 204 })));

  router.get(
    '/Groups',
    route(async (req, _p, b) => ({ status: 200, body: await p.listGroups(query(req, 'filter'), query(req, 'startIndex'), query(req, 'count'), query(req, 'excludedAttributes'), b) })),
  );
  router.post('/Groups', route(async (req, who, b) => ({ status: 201, body: await p.createGroup(who, req.body, b) })));
  router.get('/Groups/:id', route(async (req, _p, b) => ({ status: 200, body: await p.getGroup(String(req.params.id), query(req, 'excludedAttributes'), b) })));
  router.put('/Groups/:id', route(async (req, who, b) => ({ status: 200, body: await p.replaceGroup(who, String(req.params.id), req.body, b) })));
  router.patch('/Groups/:id', route(async (req, who, b) => ({ status: 200, body: await p.patchGroup(who, String(req.params.id), req.body, b, query(req, 'excludedAttributes')) })));
  router.delete('/Groups/:id', route(async (req, who) => (await p.deleteGroup(who, String(req.params.id)), { status: 204 })));

  router.use((_req: Request, res: Response) => send(res, new ScimError(404, 'No such SCIM endpoint: Users, Groups, ServiceProviderConfig, ResourceTypes and Schemas are served.')));
  // A body that is not JSON, or too large: SCIM's error, not Express's page.
  router.use((error: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    send(res, new ScimError(error.status && error.status < 500 ? error.status : 400, 'The body is not a SCIM JSON document (or is larger than 2 MB).', 'invalidSyntax'));
  });
  return router;
}

/** What the product's own rules refuse (the last-admin guard at commit, say), as SCIM statuses. */
const DOMAIN_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, LAST_ADMIN_PROTECTED: 409, POLICY_VIOLATION: 409 };

function send(res: Response, error: unknown): void {
  const known =
    error instanceof ScimError
      ? error
      : error instanceof DomainError && DOMAIN_STATUS[error.code]
        ? new ScimError(DOMAIN_STATUS[error.code], error.message)
        : (() => {
          const code = (error as { code?: string }).code;
          // Two provisioning calls racing on the same unique name: the loser is told so, as SCIM says.
          if (code === '23505') return new ScimError(409, 'Someone else made this at the same moment.', 'uniqueness');
          if (code === '40001' || code === '40P01') return new ScimError(409, 'Someone else changed this at the same moment; try again.');
          logger.error('unexpected SCIM error', { error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) });
          return new ScimError(500, 'Internal server error');
        })();
  res.status(known.status).type('application/scim+json').send(JSON.stringify(known.body()));
}
