import { redirect } from 'next/navigation';
import { serverLanding } from '@/shell/serverViewer';

/** The landing: the Overview for those who read the whole tenant, My roles for everyone else (and without a session). */
export default async function Home() {
  redirect(await serverLanding());
}
