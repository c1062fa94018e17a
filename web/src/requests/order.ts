import { newestFirst } from '@/live/listUpdates';

/** How the server orders roleRequests (newest first), for a live event joining a cached list of them. */
export const requestOrder = {
  key: (request: { id: string }) => request.id,
  compare: newestFirst((request: { id: string; createdAt: string }) => request.createdAt, (request) => request.id),
};
