/** A saved row of `role_setting`, as read (the per-request loader reads them in batches; the service interprets them). */
export interface RoleSettingRow {
  scope_id: string | null;
  settings: unknown;
  updated_at: Date;
  updated_by_id: string | null;
}
