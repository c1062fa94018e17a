import type { Metadata } from 'next';
import { NewAccessReviewView } from '@/reviews/NewAccessReviewView';

export const metadata: Metadata = { title: 'New access review' };

export default function Page() {
  return <NewAccessReviewView />;
}
