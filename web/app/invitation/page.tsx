import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AcceptLinkView } from '@/auth/AcceptLinkView';

export const metadata: Metadata = { title: 'Accept your invitation' };

export default function InvitationPage() {
  return (
    <Suspense>
      <AcceptLinkView />
    </Suspense>
  );
}
