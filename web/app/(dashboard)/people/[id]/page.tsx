import type { Metadata } from 'next';
import { PersonView } from '@/principals/PersonView';

export const metadata: Metadata = { title: 'Person' };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PersonView id={id} />;
}
