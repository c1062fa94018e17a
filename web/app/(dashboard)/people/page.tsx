import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PeopleView } from '@/principals/PeopleView';

export const metadata: Metadata = { title: 'People' };

export default function PeoplePage() {
  return (
    <Suspense>
      <PeopleView />
    </Suspense>
  );
}
