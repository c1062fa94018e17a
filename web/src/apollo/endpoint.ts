/**
 * Where the GraphQL API is. Read at runtime on the server (root layout) and handed to the browser as props, so one build
 * serves any port or host: an explicit ELEVATE_API_URL wins; otherwise the API is on the page's own host name at
 * ELEVATE_API_PORT, which keeps the session cookie same-site whether the dashboard is opened as localhost or 127.0.0.1.
 */
export interface ApiEndpoint {
  /** Absolute URL of the API's /graphql path, or null to derive it from the page's location */
  apiUrl: string | null;
  apiPort: string;
}

export function graphqlHttpUrl({ apiUrl, apiPort }: ApiEndpoint): string {
  if (apiUrl) return apiUrl;
  if (typeof window === 'undefined') return `http://127.0.0.1:${apiPort}/graphql`;
  return `${window.location.protocol}//${window.location.hostname}:${apiPort}/graphql`;
}

export function graphqlWsUrl(endpoint: ApiEndpoint): string {
  return graphqlHttpUrl(endpoint).replace(/^http/, 'ws');
}

/** The API's origin (for /audit/export), from where its /graphql path is. */
export function apiHttpBase(endpoint: ApiEndpoint): string {
  return graphqlHttpUrl(endpoint).replace(/\/graphql\/?$/, '');
}

/** On the dashboard's server: the endpoint from the environment launch.js gives `next start`. */
export function endpointFromEnvironment(): ApiEndpoint {
  return { apiUrl: process.env.ELEVATE_API_URL || null, apiPort: process.env.ELEVATE_API_PORT || '4000' };
}
