import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ActivationEventKind, QueueEventKind } from '../../lib/vocabulary/requests';
import { RoleAssignment } from '../assignments/role-assignment.type';
import { RoleRequest } from '../requests/role-request.type';

@ObjectType('ApprovalQueueEvent', { description: 'A request entering, changing in, or leaving my approval queue' })
export class ApprovalQueueEvent {
  @Field(() => QueueEventKind)
  kind: QueueEventKind;

  @Field(() => RoleRequest)
  request: RoleRequest;
}

@ObjectType('ActivationEvent', { description: 'An activation starting or ending, for those who may see it' })
export class ActivationEvent {
  @Field(() => ActivationEventKind)
  kind: ActivationEventKind;

  @Field(() => RoleAssignment)
  assignment: RoleAssignment;

  @Field(() => Date)
  at: Date;
}

export const ActivationEventConnection = Connection<ActivationEvent>('ActivationEvent', () => ActivationEvent);
