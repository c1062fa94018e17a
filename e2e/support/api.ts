import { expect, type APIRequestContext } from '@playwright/test';
import { API_PORT } from './ports';

/**
 * A GraphQL call made with a browser context's request client, so it carries that persona's session cookie. For
 * arranging a test's starting point only; what a test checks, it checks on the page.
 */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post(`http://localhost:${API_PORT}/graphql`, { data: { query, variables } });
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}
