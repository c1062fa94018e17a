import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RoleKind } from '../../lib/vocabulary/scopes';

@ObjectType('RoleDefinition')
export class RoleDefinition {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleKind)
  kind: RoleKind;

  @Field(() => Boolean)
  builtIn: boolean;

  @Field(() => String)
  description: string;

  @Field(() => [String])
  permissions: string[];

  @Field(() => Boolean, { description: 'Privileged roles get stricter defaults and count for alerts' })
  privileged: boolean;
}

@ObjectType({ description: 'How many hold a role now: assignments in force that the viewer may read (a group counts once)' })
export class RoleHolderCount {
  @Field(() => Int, { description: 'Eligible assignments in force' })
  eligible: number;

  @Field(() => Int, { description: 'Active assignments in force: assigned (time-bound or permanent) and activations' })
  active: number;
}
