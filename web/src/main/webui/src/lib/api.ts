import { Client, fetchExchange } from 'urql';
import type { CombinedError } from 'urql';

/**
 * The page talks to the platform only through the web backend's /api/graphql, which adds the session's access token
 * and forwards to the gateway: no token ever reaches the page's scripts or the browser's storage.
 */
export const REQUESTED_WITH = { 'X-Requested-With': 'JavaScript' };

/** A session that ended answers 499 (or 401): reload, so the login runs and brings the user back to this page. */
export async function sessionFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, { ...init, credentials: 'same-origin', headers: { ...(init?.headers ?? {}), ...REQUESTED_WITH } });
  if (response.status === 499 || response.status === 401) {
    window.location.reload();
    return new Promise<Response>(() => {});
  }
  return response;
}

export const client = new Client({
  url: '/api/graphql',
  exchanges: [fetchExchange],
  fetch: sessionFetch,
  requestPolicy: 'cache-and-network',
  preferGetMethod: false,
});

export interface Me {
  username: string;
  name: string;
  roles: string[];
  editor: boolean;
}

export async function fetchMe(): Promise<Me> {
  const response = await sessionFetch('/api/me');
  if (!response.ok) {
    throw new Error(`Could not read the signed-in user (${response.status})`);
  }
  return response.json();
}

/** The services that did not answer, as the gateway names them in its partial-data errors. */
export function missingServices(error: CombinedError | undefined): string[] {
  if (!error) return [];
  // the gateway's stable code for a service that did not answer (client/Errors.ServiceUnavailable)
  const names = error.graphQLErrors
    .filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')
    .map((e) => String(e.extensions?.service ?? 'a service'));
  return [...new Set(names)];
}

/** Errors of a mutation by the input field they name (extensions.field); errors without a field under "". */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!error) return byField;
  if (error.networkError) byField[''] = error.networkError.message;
  for (const e of error.graphQLErrors) {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : '';
    byField[field] = byField[field] ? `${byField[field]}; ${e.message}` : e.message;
  }
  return byField;
}

export function isNotFound(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
}
