'use client';

import type { QueryRef } from '@apollo/client/react';
import { useReadQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';

/** Suspends until a preloaded query has answered, so that the view below renders with its data already in the cache. */
export function AwaitPreloaded({ queryRef, children }: { queryRef: QueryRef<unknown>; children: ReactNode }) {
  useReadQuery(queryRef);
  return children;
}
