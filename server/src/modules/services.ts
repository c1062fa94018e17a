import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../lib/clock';
import { Caller } from './access/caller';
import { AccessService } from './access/access.service';
import { AssignmentService } from './assignments/assignment.service';
import { AuthService } from './auth/auth.service';
import type { RequestMeta, Viewer } from './auth/viewer';
import { DirectoryService } from './directory/directory.service';
import { RequestService } from './requests/request.service';
import { RoleService } from './roles/role.service';
import { ScopeService } from './scopes/scope.service';
import { RoleSettingsService } from './settings/role-settings.service';

/** Every domain service, wired once at boot. Services know nothing of GraphQL; resolvers and tests call them. */
export class Services {
  readonly auth: AuthService;
  readonly directory: DirectoryService;
  readonly scopes: ScopeService;
  readonly roles: RoleService;
  readonly access: AccessService;
  readonly settings: RoleSettingsService;
  readonly assignments: AssignmentService;
  readonly requests: RequestService;

  constructor(
    readonly db: DataSource,
    readonly config: Config,
    readonly clock: Clock,
  ) {
    this.auth = new AuthService(this);
    this.directory = new DirectoryService(this);
    this.scopes = new ScopeService(this);
    this.roles = new RoleService(this);
    this.access = new AccessService(this);
    this.settings = new RoleSettingsService(this);
    this.assignments = new AssignmentService(this);
    this.requests = new RequestService(this);
  }

  now(): Date {
    return this.clock.now();
  }

  caller(viewer: Viewer | null, meta: RequestMeta = { clientIp: null, userAgent: null }): Caller {
    return new Caller(viewer, meta, this.db.manager, () => this.clock.now());
  }
}
