import type { Metadata } from 'next';
import { AuditView } from '@/audit/AuditView';

export const metadata: Metadata = { title: 'Audit' };

export default function Page() {
  return <AuditView />;
}
