import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './page-info.type.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection types `<Name>Edge` and `<Name>Connection` for a node type. */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }

  return ConnectionClass;
}

/**
 * A connection without `totalCount`: for a list computed per request (likely duplicates, the retention
 * review), whose length is known only by computing all of it, while a page needs only its first rows.
 */
export type UncountedConnection<T> = Omit<Connection<T>, 'totalCount'>;

/** Relay connection types `<Name>Edge` and `<Name>Connection` without `totalCount` (see UncountedConnection). */
export function UncountedConnectionType<T>(nodeType: Type<T>, name: string, description: string): Type<UncountedConnection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/** The connection without its totalCount. */
export function uncounted<T>({ edges, nodes, pageInfo }: Connection<T>): UncountedConnection<T> {
  return { edges, nodes, pageInfo };
}

/** The same page with other nodes, one for each of its nodes in order (each edge keeps its cursor). */
export function withNodes<T, U>(page: UncountedConnection<T>, nodes: U[]): UncountedConnection<U> {
  return { nodes, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })), pageInfo: page.pageInfo };
}
