import type { Metadata } from 'next';
import { RolesView } from '@/roles/RolesView';

export const metadata: Metadata = { title: 'Roles' };

export default function Page() {
  return <RolesView />;
}
