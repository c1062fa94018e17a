import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { ElevateApolloProvider } from '@/apollo/ApolloProvider';
import { endpointFromEnvironment } from '@/apollo/endpoint';
// One stylesheet in parts, in this order (later parts refine earlier ones: the narrow-screen rules come after the frame).
import './styles/base.css';
import './styles/frame.css';
import './styles/panels-forms.css';
import './styles/controls.css';
import './styles/tables-pickers.css';
import './styles/tree-dialog-sign-in.css';
import './styles/live.css';
import './styles/overview.css';
import './styles/narrow.css';

export const metadata: Metadata = {
  title: { default: 'Elevate', template: '%s · Elevate' },
  description: 'Privileged Identity Management: just-in-time roles, approvals and audit.',
};

/**
 * The API's address comes from the environment of the running server (set by `node server/dist/launch.js`), read per
 * request rather than baked in at build time, and passed to the browser as props.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const endpoint = endpointFromEnvironment();
  return (
    <html lang="en">
      <body>
        <ElevateApolloProvider endpoint={endpoint}>{children}</ElevateApolloProvider>
      </body>
    </html>
  );
}
