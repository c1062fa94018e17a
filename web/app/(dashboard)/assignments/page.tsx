import type { Metadata } from 'next';
import { preload, Preloaded } from '@/apollo/preload';
import { AssignmentsView } from '@/assignments/AssignmentsView';
import { readFilters } from '@/assignments/filters';
import { AssignmentList, assignmentListVariables } from '@/assignments/queries';
import { searchParamsOf, type PageSearchParams } from '@/lib/searchParams';

export const metadata: Metadata = { title: 'Assignments' };

export default async function AssignmentsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const filters = readFilters(await searchParamsOf(searchParams));
  return (
    <Preloaded queries={[preload(AssignmentList, assignmentListVariables(filters, null))]}>
      <AssignmentsView />
    </Preloaded>
  );
}
