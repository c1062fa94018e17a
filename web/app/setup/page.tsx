import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AcceptLinkView } from '@/auth/AcceptLinkView';

export const metadata: Metadata = { title: 'Set up Elevate' };

export default function SetupPage() {
  return (
    <Suspense>
      <AcceptLinkView />
    </Suspense>
  );
}
