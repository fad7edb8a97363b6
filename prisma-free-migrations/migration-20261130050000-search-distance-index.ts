import { Migration } from '@mikro-orm/migrations';

/**
 * A trigram GiST index on organisations' search text: it reads matches in order of word-similarity
 * distance (`<<->`), so that the first page of a broad search takes the nearest few hundred instead of
 * ranking every match (topRelevanceFirstPage in libs/common/src/database/text-search.ts). The GIN index
 * stays for the LIKE filter of narrow terms. Declared on the Organisation entity as well.
 */
export class Migration20261130050000SearchDistanceIndex extends Migration {
  override up(): void {
    this.addSql(`create index "organisation_search_text_distance_index" on "organisation" using gist ("search_text" gist_trgm_ops);`);
  }

  override down(): void {
    this.addSql(`drop index if exists "organisation_search_text_distance_index";`);
  }
}
