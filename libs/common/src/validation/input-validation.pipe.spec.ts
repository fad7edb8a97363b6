import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString } from 'class-validator';
import { BadUserInputError } from '../errors/index.js';
import { controlCharacterErrors, GRAPHQL_ARGUMENTS, InputValidationPipe } from './input-validation.pipe.js';

/** @nestjs/graphql's parameter kinds of a parent and of the context. */
const GRAPHQL_ROOT = 0;
const GRAPHQL_CONTEXT = 1;

@InputType()
class NameInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  name: string;

  @Field({ nullable: true })
  notes?: string;
}

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('finds control characters anywhere, keeping tabs and line breaks', () => {
    expect(controlCharacterErrors({ a: 'ok\tline\r\n', b: ['x', 'nul\u0000'], c: { d: 'bell\u0007' } }, ['input'])).toEqual([
      { path: 'b.1', message: 'must not contain control characters' },
      { path: 'c.d', message: 'must not contain control characters' },
    ]);
  });

  it('finds C1 control characters (U+0080–U+009F) as control characters, keeping the letters next to them', () => {
    expect(controlCharacterErrors({ a: 'csi\u009b31m', b: 'next line\u0085', c: 'pad\u0080', d: 'Ålands Ömsesidiga ÿ\u00a0\u00a0' }, [])).toEqual([
      { path: 'a', message: 'must not contain control characters' },
      { path: 'b', message: 'must not contain control characters' },
      { path: 'c', message: 'must not contain control characters' },
    ]);
  });

  it.each(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'finds the bidirectional control %j in any text, at its path',
    (control) => {
      expect(controlCharacterErrors({ input: { notes: ['ok', `Akava ${control}yr`] } }, [])).toEqual([
        { path: 'notes.1', message: expect.stringContaining('must not contain bidirectional control characters') },
      ]);
    },
  );

  it('keeps the marks that only set a direction (LRM, RLM) and right-to-left text', () => {
    expect(controlCharacterErrors({ name: 'مرحبا \u200f Akava \u200e', other: 'שלום' }, [])).toEqual([]);
  });

  it('refuses lone surrogates before any validator sees them', async () => {
    expect(controlCharacterErrors({ email: '\ud800@example.fi', name: 'Sámi 😀' }, [])).toEqual([{ path: 'email', message: 'must be valid Unicode text' }]);
    await expect(pipe.transform({ name: '\udfff' }, { type: 'body', metatype: NameInput, data: 'input' })).rejects.toMatchObject({
      fields: [{ path: 'name', message: 'must be valid Unicode text' }],
    });
  });

  it('reports control characters together with the other invalid fields', async () => {
    const attempt = pipe.transform({ name: '', notes: 'a\u0000b' }, { type: 'body', metatype: NameInput, data: 'input' });
    await expect(attempt).rejects.toBeInstanceOf(BadUserInputError);
    const error = (await attempt.catch((caught: BadUserInputError) => caught)) as BadUserInputError;
    expect(error.fields.map((field) => field.path).sort()).toEqual(['name', 'notes']);
  });

  it('leaves parents and the request context alone (they are not client input, and may be circular)', async () => {
    const context: Record<string, unknown> = { note: 'nul\u0000' };
    context.self = context;
    await expect(pipe.transform(context, { type: GRAPHQL_CONTEXT as never, metatype: Object, data: undefined })).resolves.toBe(context);
    await expect(pipe.transform({ name: 'x\u0000' }, { type: GRAPHQL_ROOT as never, metatype: Object, data: undefined })).resolves.toEqual({ name: 'x\u0000' });
  });

  it('checks GraphQL arguments', async () => {
    await expect(pipe.transform({ name: 'x\u0000' }, { type: GRAPHQL_ARGUMENTS as never, metatype: NameInput, data: 'input' })).rejects.toMatchObject({
      fields: [{ path: 'name' }],
    });
  });

  it('checks plain string arguments such as ids', async () => {
    await expect(pipe.transform('abc\u0000', { type: 'body', metatype: String, data: 'id' })).rejects.toMatchObject({ fields: [{ path: 'id' }] });
    await expect(pipe.transform('abc', { type: 'body', metatype: String, data: 'id' })).resolves.toBe('abc');
  });
});
