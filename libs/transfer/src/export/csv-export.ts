import { IsolationLevel } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BYTE_ORDER_MARK, csvLine } from '../csv/csv.writer.js';

/** Rows read per statement of an export. */
export const EXPORT_BATCH_SIZE = 1000;

/** Where export text goes: a response being built, a file, standard output (awaited, so a slow sink is not overrun). */
export type ExportSink = (chunk: string) => void | Promise<void>;

/** A table exported in keyset order: the header (the import's columns), pages after a row, and each row's fields. */
export interface KeysetExport<Row> {
  header: readonly string[];
  /** Up to `limit` rows after `after` (from the start when null), in keyset order. */
  page(em: EntityManager, after: Row | null, limit: number): Promise<Row[]>;
  fields(row: Row): (string | null)[];
}

/**
 * Writes a table as CSV for Excel (UTF-8 byte order mark, `;`, CRLF) batch by batch, never holding more
 * than a batch: all batches read one snapshot (a read-only REPEATABLE READ transaction), so a record
 * changed meanwhile is exported once, as it was when the export began. Answers the number of records.
 */
export async function exportCsv<Row>(em: EntityManager, source: KeysetExport<Row>, write: ExportSink): Promise<number> {
  return em.transactional(
    async (transaction) => {
      await write(BYTE_ORDER_MARK + csvLine(source.header));
      let count = 0;
      let after: Row | null = null;
      for (;;) {
        const rows = await source.page(transaction, after, EXPORT_BATCH_SIZE);
        if (rows.length > 0) await write(rows.map((row) => csvLine(source.fields(row))).join(''));
        count += rows.length;
        if (rows.length < EXPORT_BATCH_SIZE) return count;
        after = rows[rows.length - 1];
      }
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

/** Export text in memory, for the GraphQL queries. */
export async function exportCsvText<Row>(em: EntityManager, source: KeysetExport<Row>): Promise<string> {
  const chunks: string[] = [];
  await exportCsv(em, source, (chunk) => {
    chunks.push(chunk);
  });
  return chunks.join('');
}
