import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ScopesView } from '@/scopes/ScopesView';

export const metadata: Metadata = { title: 'Scopes' };

export default function ScopesPage() {
  return (
    <Suspense>
      <ScopesView />
    </Suspense>
  );
}
