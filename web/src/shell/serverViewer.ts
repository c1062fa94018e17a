import { print } from 'graphql';
import { cache } from 'react';
import { serverGraphqlUrl, sessionCookie, sessionToken } from '@/apollo/session';
import { ShellViewer, type ShellViewerData } from './viewerQuery';

const TIMEOUT_MS = 1_500;

/**
 * The viewer for the first render, asked of the API with the browser's session cookie, so that a hard load does not wait
 * for the scripts to run before asking who is signed in (and the page's own queries start as soon as it hydrates). The
 * token never leaves this server: only `me` and the session's times go to the browser. Null when there is no cookie,
 * the session has ended or the API does not answer in time — the shell then asks in the browser, as before. Asked once
 * per request however many of the page's server components want it (React's cache).
 */
export const serverViewer = cache(async (): Promise<ShellViewerData | null> => {
  const token = await sessionToken();
  if (!token) return null;
  try {
    const response = await fetch(serverGraphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie(token) },
      body: JSON.stringify({ operationName: 'ShellViewer', query: print(ShellViewer) }),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: ShellViewerData | null; errors?: unknown[] };
    return !body.errors?.length && body.data?.me ? body.data : null;
  } catch {
    return null;
  }
});
