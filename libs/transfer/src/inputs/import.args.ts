import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

@ArgsType()
export class ImportArgs {
  @Field({ description: 'The CSV text (UTF-8): a header line naming the columns, then one row per record, separated by ";" (as Finnish Excel writes) or ","' })
  @IsString()
  csv: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'True (the default): only check and answer what would be done. False: write, all rows or none.',
  })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean | null;
}
