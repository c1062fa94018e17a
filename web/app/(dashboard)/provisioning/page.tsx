import type { Metadata } from 'next';
import { ProvisioningView } from '@/provisioning/ProvisioningView';

export const metadata: Metadata = { title: 'Provisioning' };

export default function Page() {
  return <ProvisioningView />;
}
