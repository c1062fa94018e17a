import type { Metadata } from 'next';
import { preload, Preloaded } from '@/apollo/preload';
import { AuditView } from '@/audit/AuditView';
import { readFilters } from '@/audit/filters';
import { AuditList, auditListVariables } from '@/audit/queries';
import { searchParamsOf, type PageSearchParams } from '@/lib/searchParams';

export const metadata: Metadata = { title: 'Audit' };

export default async function Page({ searchParams }: { searchParams: PageSearchParams }) {
  const filters = readFilters(await searchParamsOf(searchParams));
  return (
    <Preloaded queries={[preload(AuditList, auditListVariables(filters, null))]}>
      <AuditView />
    </Preloaded>
  );
}
