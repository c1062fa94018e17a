import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AssignmentsView } from '@/assignments/AssignmentsView';

export const metadata: Metadata = { title: 'Assignments' };

export default function AssignmentsPage() {
  return (
    <Suspense>
      <AssignmentsView />
    </Suspense>
  );
}
