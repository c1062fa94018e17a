import type { Metadata } from 'next';
import { IdentityProvidersView } from '@/identity/IdentityProvidersView';

export const metadata: Metadata = { title: 'Identity providers' };

export default function Page() {
  return <IdentityProvidersView />;
}
