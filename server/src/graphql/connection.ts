import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ConnectionShape, PageInfoShape } from '../lib/pagination';

@ObjectType()
export class PageInfo implements PageInfoShape {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** Relay connection classes named `<Name>Connection` / `<Name>Edge`. */
export function Connection<T extends object>(name: string, nodeType: () => ClassType<T> | (abstract new (...args: never[]) => T)) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(nodeType)
    node: T;

    @Field(() => String)
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number | PromiseLike<number>;
  }
  return ConnectionClass;
}

