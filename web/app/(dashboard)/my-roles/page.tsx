import type { Metadata } from 'next';
import { MyRolesView } from '@/assignments/MyRolesView';

export const metadata: Metadata = { title: 'My roles' };

export default function MyRolesPage() {
  return <MyRolesView />;
}
