import type { Metadata } from 'next';
import { AccessReviewView } from '@/reviews/AccessReviewView';

export const metadata: Metadata = { title: 'Access review' };

export default async function AccessReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <AccessReviewView id={id} />;
}
