import type { Metadata } from 'next';
import { MyReviewsView } from '@/reviews/MyReviewsView';

export const metadata: Metadata = { title: 'My reviews' };

export default function Page() {
  return <MyReviewsView />;
}
