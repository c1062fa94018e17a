import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { cache } from 'react';
import { serverGraphqlUrl, sessionCookie, sessionToken } from '@/apollo/session';
import { useFragment as readFragment } from '@/gql';
import { landingPath, ViewerCapabilitiesFlags, ViewerCapabilitiesQuery } from './capabilities';
import { ShellViewer, type ShellViewerData } from './viewerQuery';

const TIMEOUT_MS = 1_500;

/**
 * A query asked of the API on the dashboard's server with the browser's session cookie. The token never leaves this
 * server. Null when there is no cookie, the session has ended, the answer has errors or the API does not answer in time.
 */
async function askWithSession<T>(query: TypedDocumentNode<T, Record<string, never>>, operationName: string): Promise<T | null> {
  const token = await sessionToken();
  if (!token) return null;
  try {
    const response = await fetch(serverGraphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie(token) },
      body: JSON.stringify({ operationName, query: print(query) }),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: T | null; errors?: unknown[] };
    return !body.errors?.length && body.data ? body.data : null;
  } catch {
    return null;
  }
}

/**
 * The viewer for the first render, so that a hard load does not wait for the scripts to run before asking who is signed
 * in (and the page's own queries start as soon as it hydrates): only `me` and the session's times go to the browser. Null
 * when it cannot be had — the shell then asks in the browser, as before. Asked once per request however many of the
 * page's server components want it (React's cache).
 */
export const serverViewer = cache(async (): Promise<ShellViewerData | null> => {
  const data = await askWithSession(ShellViewer, 'ShellViewer');
  return data?.me ? data : null;
});

/** Where `/` sends the signed-in person (landingPath): the Overview for readers of the whole tenant, else My roles. */
export async function serverLanding(): Promise<string> {
  const data = await askWithSession(ViewerCapabilitiesQuery, 'ViewerCapabilities');
  return landingPath(data ? readFragment(ViewerCapabilitiesFlags, data.viewerCapabilities) : null);
}
