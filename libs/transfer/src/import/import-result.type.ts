import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One problem of an imported file: the line, the column (as the file's header names it) and what is wrong. */
@ObjectType('ImportRowError')
export class ImportRowError {
  @Field(() => Int, {
    description: 'Line of the file: 1 is the first line (the header). A record whose quoted field spans lines is reported at the line it starts on.',
  })
  line: number;

  @Field(() => String, {
    nullable: true,
    description: "The column, as the file's header names it (the canonical name for a missing column); null for the row as a whole",
  })
  field: string | null;

  @Field()
  message: string;
}

/**
 * What an import did, or, for a dry run or a refused run, what it would do. Every data row is created,
 * updated, skipped (identical to what is stored) or has errors: created + updated + skipped + rows with
 * errors = rows. A run with any error writes nothing. At most 100 errors are listed, the rest counted.
 */
@ObjectType('ImportResult')
export class ImportResult {
  @Field({ description: 'True when only checked: nothing was written' })
  dryRun: boolean;

  @Field({ description: 'True when the rows were written: a real run (dryRun false) without errors' })
  committed: boolean;

  @Field(() => Int, { description: 'Data rows of the file (blank lines not counted)' })
  rows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int, { description: 'Rows identical to what is stored (and rows without a key that match a stored record by name)' })
  skipped: number;

  @Field(() => [ImportRowError], { description: 'The errors of the rows, by line: the first 100 (errorsLeftOut counts the rest)' })
  errors: ImportRowError[];

  @Field(() => Int, { description: 'How many errors were found beyond the 100 listed in errors (0 when all are listed)' })
  errorsLeftOut: number;
}
