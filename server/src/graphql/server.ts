import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { corsOrigins, type Config } from '../config';
import { badInput } from '../lib/errors';
import { auditExportHandler } from './audit-export';
import { reviewExportHandler } from './review-export';
import type { Services } from '../composition';
import { buildContext, SESSION_COOKIE, type GraphQLContext } from './context';
import { apiErrorBody, formatError, formatErrors, formatResult, httpStatusOf } from './errors';
import { limitRules } from './limits';
import { OriginPolicy } from './origin';
import { PreparedDocuments } from './prepared-documents';
import { clientAddressResolver } from './client-address';
import { oidcRouter } from './oidc-router';
import { scimRouter } from './scim-router';

const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface HttpApp {
  httpServer: Server;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Apollo Server (HTTP) and graphql-ws (WebSocket) on one HTTP server and one path, sharing one context builder. */
export async function createHttpApp(services: Services, schema: GraphQLSchema, config: Config): Promise<HttpApp> {
  const app = express();
  // req.ip (the audit export reads it) and clientAddress agree on which proxies to believe.
  if (config.TRUST_PROXY !== undefined) app.set('trust proxy', config.TRUST_PROXY);
  const clientAddress = clientAddressResolver(config.TRUST_PROXY);
  const httpServer = createServer(app);
  // An idle keep-alive connection stays open longer than the clients and proxies in front of us keep theirs (Node's agent
  // and Playwright 5 s, load balancers 60 s), so that it is always the client that closes it: with Node's default of 5 s
  // both sides time out together and a request sent on the closing connection is reset (ECONNRESET, or a proxy's 502).
  httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  httpServer.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  const production = config.NODE_ENV === 'production';
  const rules = limitRules(config, { introspection: !production });
  const origins = OriginPolicy.of(config);
  // The handshake is ours to answer first (ws's own advice over verifyClient): a foreign origin is refused before ws
  // reads anything, and before any credential of the request is looked at.
  const wsServer = new WebSocketServer({ noServer: true, path: '/graphql', maxPayload: 64 * 1024 });
  httpServer.on('upgrade', (request, socket, head) => {
    if (!origins.admitsUpgrade(request, socket)) return;
    wsServer.handleUpgrade(request, socket, head, (client) => wsServer.emit('connection', client, request));
  });

  const subscriptionDocuments = new PreparedDocuments((query) => {
    const document = parse(query, { maxTokens: config.QUERY_MAX_TOKENS });
    const errors = validate(schema, document, [...specifiedRules, ...rules], { hideSuggestions: production });
    return errors.length ? errors : document;
  });
  const wsCleanup = useServer<{ authorization?: unknown }, { context?: GraphQLContext }>(
    {
      schema,
      // Close reasons never carry an internal message, whatever NODE_ENV says.
      isProd: true,
      onSubscribe: async (ctx, _id, payload) => {
        // Everything that can fail happens here, where a failure is an error on this operation (formatted in onError
        // like any other), rather than in graphql-ws's hooks, where it would close the whole connection.
        try {
          const document = subscriptionDocuments.prepare(payload.query);
          if (!('kind' in document)) return [...document];
          // Built once per operation from the connection's credentials; services create loaders per use.
          const contextValue = await buildContext(services, {
            headers: ctx.extra.request.headers,
            remoteAddress: clientAddress(ctx.extra.request),
            connectionAuthorization: ctx.connectionParams?.authorization,
          });
          return { schema, document, contextValue, variableValues: payload.variables, operationName: payload.operationName } as ExecutionArgs;
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          return [new GraphQLError('Unexpected error', { originalError: error instanceof Error ? error : new Error(String(error)) })];
        }
      },
      // The same error mapping as HTTP (graphql/errors.ts), for results, subscription events and refusals alike.
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result) ?? undefined,
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: rules,
    parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field sets cache hints; the default cache-control plugin would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      await services.db.query('SELECT 1');
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });
  // R13: before CORS, the body parser and every handler; /healthz above stays open to load balancers.
  app.use(origins.middleware());
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: corsOrigins(config), credentials: true }),
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext(services, {
          headers: req.headers,
          remoteAddress: clientAddress(req),
          cookies: {
            set: (token, expiresAt) =>
              res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: production, expires: expiresAt, path: '/' }),
            clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: production, path: '/' }),
          },
        }),
    }),
  );
  app.use('/scim/v2', scimRouter(services, clientAddress));
  app.use('/auth/oidc', oidcRouter(services, clientAddress));
  app.get('/audit/export', cors<cors.CorsRequest>({ origin: corsOrigins(config), credentials: true }), auditExportHandler(services));
  app.get('/reviews/:instanceId/export', cors<cors.CorsRequest>({ origin: corsOrigins(config), credentials: true }), reviewExportHandler(services));
  // Malformed JSON and oversized bodies: a client error, never a 500 page.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const clientStatus = error.status && error.status >= 400 && error.status < 500 ? error.status : null;
    const body = apiErrorBody(clientStatus ? badInput(error.message) : error);
    res.status(clientStatus ?? httpStatusOf(body.errors[0].extensions?.code)).json(body);
  });

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
    },
  };
}
