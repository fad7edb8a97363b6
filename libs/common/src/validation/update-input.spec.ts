import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, validate } from 'class-validator';
import { Field, InputType } from '@nestjs/graphql';
import { UpdateInputOf } from './update-input.js';
import { toFieldErrors } from './validation-errors.js';
import { Rules, Trim, TrimToNull } from './validators.js';

@InputType()
class CreateThingInput {
  @Field()
  @Rules(Trim(), IsString(), MaxLength(5))
  name: string;

  @Field(() => String, { nullable: true })
  @Rules(TrimToNull(), IsOptional(), IsString())
  notes?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field()
  @IsString()
  parentId: string;
}

@InputType()
class UpdateThingInput extends UpdateInputOf(CreateThingInput, ['parentId']) {}

async function check(plain: Record<string, unknown>) {
  const input = plainToInstance(UpdateThingInput, plain);
  return { input: { ...input }, errors: toFieldErrors(await validate(input, { forbidUnknownValues: false })) };
}

describe('UpdateInputOf', () => {
  it('lets every field be left out, and sets no default', async () => {
    expect(await check({})).toEqual({ input: {}, errors: [] });
  });

  it('validates a given field by the create input rules, with its transforms', async () => {
    expect(await check({ name: '  Ab  ', notes: '  ' })).toEqual({ input: { name: 'Ab', notes: null }, errors: [] });
    expect((await check({ name: 'too long a name' })).errors.map((error) => error.path)).toEqual(['name']);
  });

  it('refuses null on a field the create input requires, and clears with null one it lets be null', async () => {
    expect(new Set((await check({ name: null })).errors.map((error) => error.path))).toEqual(new Set(['name']));
    expect((await check({ notes: null, active: null })).errors).toEqual([]);
  });

  it('leaves out the omitted fields (no rules: as an unknown field, nothing validates it)', () => {
    expect(Object.keys(new UpdateThingInput())).not.toContain('parentId');
  });
});
