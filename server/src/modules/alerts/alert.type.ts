import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { AlertRemedy, AlertSeverity, AlertType } from '../../lib/vocabulary/alerts';

@ObjectType('AlertThreshold', { description: 'One threshold of an alert: a whole number in [min, max]' })
export class AlertThreshold {
  @Field(() => String)
  name: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  value: number;

  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;

  @Field(() => Int)
  defaultValue: number;
}

@ObjectType('AlertSettings')
export class AlertSettings {
  @Field(() => Boolean, { description: 'Whether the alert scans at all (off: no incidents)' })
  enabled: boolean;

  @Field(() => [AlertThreshold])
  thresholds: AlertThreshold[];
}

@ObjectType('AlertIncident', { description: 'One finding that holds now: what it names and why' })
export class AlertIncident {
  @Field(() => ID)
  id: string;

  @Field(() => AlertType)
  alertType: AlertType;

  @Field(() => String, { description: 'Why, in words' })
  detail: string;

  @Field(() => Date, { description: 'When it was first found (it stays while it holds)' })
  raisedAt: Date;
}

export const AlertIncidentConnection = Connection('AlertIncident', () => AlertIncident);

@ObjectType('Alert', { description: 'An alert of the catalogue, with the incidents the viewer may read' })
export class Alert {
  @Field(() => ID)
  id: string;

  @Field(() => AlertType)
  type: AlertType;

  @Field(() => AlertSeverity)
  severity: AlertSeverity;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String)
  mitigation: string;

  @Field(() => Boolean, { description: 'Enabled, not dismissed, and with incidents' })
  active: boolean;

  @Field(() => Boolean)
  dismissed: boolean;

  @Field(() => Date, { nullable: true })
  dismissedAt: Date | null;

  @Field(() => Int, { description: 'The incidents the viewer may read' })
  incidentCount: number;

  @Field(() => Date, { nullable: true, description: 'The last full scan (refresh or the hourly schedule); changes rescan what they touch at once' })
  lastScannedAt: Date | null;

  @Field(() => AlertSettings)
  settings: AlertSettings;

  @Field(() => Boolean, { description: 'About resource scopes: their Owners read it too' })
  resource: boolean;

  @Field(() => Boolean, { description: 'Whether I may change its settings, dismiss it and refresh alerts' })
  viewerCanManage: boolean;

  @Field(() => Boolean, { description: 'Whether remediateAlertIncident can fix its incidents (an assignment removed, MFA required); otherwise the mitigation says what to do' })
  remediable: boolean;

  @Field(() => AlertRemedy, { description: 'What remediating one of its incidents does' })
  remedy: AlertRemedy;
}
