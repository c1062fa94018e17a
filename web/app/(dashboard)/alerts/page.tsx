import type { Metadata } from 'next';
import { AlertsView } from '@/alerts/AlertsView';

export const metadata: Metadata = { title: 'Alerts' };

export default function Page() {
  return <AlertsView />;
}
