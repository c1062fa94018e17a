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
import { logger } from '../lib/logger';
import { auditExportHandler } from '../modules/audit/audit.export';
import type { Services } from '../modules/services';
import { buildContext, SESSION_COOKIE, type GraphQLContext } from './context';
import { formatError } from './errors';
import { limitRules } from './limits';

export interface HttpApp {
  httpServer: Server;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Apollo Server (HTTP) and graphql-ws (WebSocket) on one HTTP server and one path, sharing one context builder. */
export async function createHttpApp(services: Services, schema: GraphQLSchema, config: Config): Promise<HttpApp> {
  const app = express();
  const httpServer = createServer(app);
  const production = config.NODE_ENV === 'production';
  const rules = limitRules(config, { introspection: !production });
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });

  const wsCleanup = useServer<{ authorization?: unknown }, { context?: GraphQLContext }>(
    {
      schema,
      context: async (ctx) => {
        // Built once per operation from the connection's credentials; services create loaders per use.
        return buildContext(services, {
          headers: ctx.extra.request.headers,
          remoteAddress: ctx.extra.request.socket.remoteAddress ?? null,
          connectionAuthorization: ctx.connectionParams?.authorization,
        });
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: config.QUERY_MAX_TOKENS });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...rules], { hideSuggestions: production });
        if (errors.length) return errors;
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName } as ExecutionArgs;
      },
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
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: corsOrigins(config), credentials: true }),
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext(services, {
          headers: req.headers,
          remoteAddress: req.ip ?? req.socket.remoteAddress ?? null,
          cookies: {
            set: (token, expiresAt) =>
              res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: production, expires: expiresAt, path: '/' }),
            clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: production, path: '/' }),
          },
        }),
    }),
  );
  app.get('/audit/export', cors<cors.CorsRequest>({ origin: corsOrigins(config), credentials: true }), auditExportHandler(services));
  // Malformed JSON and oversized bodies: a client error, never a 500 page.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error('http error', { message: error.message });
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error' : error.message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } }] });
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
