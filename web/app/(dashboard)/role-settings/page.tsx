import type { Metadata } from 'next';
import { RoleSettingsView } from '@/settings/RoleSettingsView';

export const metadata: Metadata = { title: 'Role settings' };

export default function Page() {
  return <RoleSettingsView />;
}
