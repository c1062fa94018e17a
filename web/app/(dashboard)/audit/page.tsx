import type { Metadata } from 'next';
import { preload, Preloaded } from '@/apollo/preload';
import { AuditView } from '@/audit/AuditView';
import { readFilters } from '@/audit/filters';
import { AuditList, auditListVariables } from '@/audit/queries';
import { searchParamsOf, type PageSearchParams } from '@/lib/searchParams';
import { ViewerCapabilitiesQuery } from '@/shell/capabilities';
import { OnlyFor } from '@/shell/OnlyFor';

export const metadata: Metadata = { title: 'Audit' };

export default async function Page({ searchParams }: { searchParams: PageSearchParams }) {
  const filters = readFilters(await searchParamsOf(searchParams));
  return (
    <Preloaded queries={[preload(ViewerCapabilitiesQuery, {}), preload(AuditList, auditListVariables(filters, null))]}>
      <OnlyFor capability="readAudit" title="Audit" reason="The audit log is for those who read others’ roles: administrators and readers. Your own requests and what became of them are in My requests.">
        <AuditView />
      </OnlyFor>
    </Preloaded>
  );
}
