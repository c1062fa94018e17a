import { graphql } from '@/gql';
import type { ShellViewerQuery } from '@/gql/graphql';

/** The signed-in user and their session: read by the dashboard's server for the first render, then by the shell. */
export const ShellViewer = graphql(`
  query ShellViewer {
    me {
      __typename
      id
      displayName
      email
    }
    viewerSession {
      __typename
      expiresAt
      mfaAt
      mfaFreshUntil
      kind
    }
  }
`);

export type ShellViewerData = ShellViewerQuery;
