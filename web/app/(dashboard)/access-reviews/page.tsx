import type { Metadata } from 'next';
import { AccessReviewsView } from '@/reviews/AccessReviewsView';

export const metadata: Metadata = { title: 'Access reviews' };

export default function Page() {
  return <AccessReviewsView />;
}
