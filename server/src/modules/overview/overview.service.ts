import { forbidden } from '../../lib/errors';
import { RequestStatus } from '../../lib/vocabulary/requests';
import type { Kernel } from '../../kernel/kernel';
import type { Caller } from '../access/caller';
import type { AlertService } from '../alerts/alerts.service';
import type { RequestService } from '../requests/request.service';
import type { AccessReviewService } from '../reviews/reviews.service';
import { countActivationsPerDay, countPrivilegedHoldings } from './overview.repository';
import type { Overview } from './overview.type';

/** What the overview counts of the other domains, each with the caller's own authorization there. */
export interface OverviewSources {
  alerts: Pick<AlertService, 'openBySeverity'>;
  requests: Pick<RequestService, 'count'>;
  reviews: Pick<AccessReviewService, 'countInProgress'>;
}

const WAITING = [RequestStatus.PENDING_APPROVAL, RequestStatus.PENDING_ADMIN_DECISION];

/**
 * The Overview page's numbers (issue 14): privileged holdings by kind, activations per day, requests waiting, open
 * alerts by severity, reviews in progress. Each is an aggregate in SQL over what the viewer may list where it is
 * listed, so that a number never tells more than its page shows.
 */
export class OverviewService {
  constructor(
    private readonly kernel: Kernel,
    private readonly sources: OverviewSources,
  ) {}

  /**
   * Who may read the overview: those who may read role assignments at the tenant root (`Capabilities.readsAtRoot`, the
   * rule `roleAssignments` lists by, asked at `/`; also viewerCapabilities.readOverview): Global and Privileged Role
   * Administrators, Security Administrators, Security and Global Readers.
   */
  async mayRead(caller: Caller): Promise<boolean> {
    return (await caller.capabilities()).readsAtRoot;
  }

  async get(caller: Caller): Promise<Overview> {
    caller.requireViewer();
    if (!(await this.mayRead(caller))) {
      throw forbidden('The overview is for those who read role assignments at the tenant root: Global and Privileged Role Administrators, Security Administrators, Security and Global Readers.');
    }
    const capabilities = await caller.capabilities();
    const at = this.kernel.now();
    const db = this.kernel.db.manager;
    const [holdings, activationsPerDay, requestsWaiting, openAlerts, reviewsInProgress] = await Promise.all([
      countPrivilegedHoldings(db, capabilities, at),
      countActivationsPerDay(db, capabilities, at),
      this.sources.requests.count(caller, { status: WAITING }),
      this.sources.alerts.openBySeverity(caller),
      this.sources.reviews.countInProgress(caller),
    ]);
    return { at, holdings, activationsPerDay, requestsWaiting, openAlerts, reviewsInProgress };
  }
}
