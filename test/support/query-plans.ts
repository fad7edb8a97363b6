import { MikroORM } from '@mikro-orm/postgresql';
import { observeQueries } from '@sidos/database';
import { type TestServices } from './test-services.js';

/** A node of PostgreSQL's JSON plan (`explain (format json)`), with the fields the plan tests read. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  Plans?: PlanNode[];
}

/** A statement as a service sent it: its SQL with `?` placeholders and their values. */
export interface SentStatement {
  sql: string;
  params: readonly unknown[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The statements that `work` sends, in order (run in its own request context). */
export async function statementsOf(services: TestServices, work: () => Promise<unknown>): Promise<SentStatement[]> {
  const statements: SentStatement[] = [];
  const stop = observeQueries((sql, params) => statements.push({ sql, params }));
  try {
    await services.run(work);
  } finally {
    stop();
  }
  return statements;
}

/** Every node of the plan PostgreSQL makes for a statement (its values filled in as the ORM does), the root first. */
export async function planOf(services: TestServices, statement: SentStatement): Promise<PlanNode[]> {
  const sql = services.context
    .get(MikroORM)
    .em.getPlatform()
    .formatQuery(statement.sql, [...statement.params]);
  const [row] = await services.sql<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`explain (format json) ${sql}`);
  return nodesOf(row['QUERY PLAN'][0].Plan);
}
