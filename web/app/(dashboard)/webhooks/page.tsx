import type { Metadata } from 'next';
import { WebhooksView } from '@/notifications/WebhooksView';

export const metadata: Metadata = { title: 'Webhooks' };

export default function Page() {
  return <WebhooksView />;
}
