import { Field, InputType, Int } from 'type-graphql';

@InputType('AlertThresholdInput')
export class AlertThresholdInput {
  @Field(() => String, { description: "The threshold's name (Alert.settings.thresholds.name)" })
  name: string;

  @Field(() => Int)
  value: number;
}

@InputType('AlertSettingsInput', { description: 'What to change: omitted fields stay as they are' })
export class AlertSettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => [AlertThresholdInput], { nullable: true })
  thresholds?: AlertThresholdInput[] | null;
}
