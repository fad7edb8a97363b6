import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldErrors } from './validation-errors.js';
import { hasVisibleCharacter, optionalNameRules, requiredNameRules, Rules } from './validators.js';

class NamedInput {
  @Rules(...requiredNameRules())
  name: string;

  @Rules(...optionalNameRules())
  nameSv?: string | null;
}

async function errorsOf(plain: Record<string, unknown>) {
  return toFieldErrors(await validate(plainToInstance(NamedInput, plain)));
}

describe('hasVisibleCharacter', () => {
  it('finds letters, digits and symbols of any script', () => {
    for (const text of ['A', 'ä', '7', '€', '-', 'Čeavetjávri', 'مرحبا', '日本', '😀', '\u200bA\u200b']) expect(hasVisibleCharacter(text)).toBe(true);
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['zero-width joiners and a word joiner', '\u200c\u200d\u2060'],
    ['a byte order mark', '\ufeff'],
    ['a soft hyphen', '\u00ad'],
    ['direction marks', '\u200e\u200f\u061c'],
    ['no-break and ideographic spaces', '\u00a0\u3000\u2007'],
    ['a lone combining accent', '\u0301'],
    ['a variation selector', '\ufe0f'],
    ['a Hangul filler', '\u3164'],
    ['a blank braille pattern', '\u2800'],
    ['a tag character', '\u{e0041}'],
  ])('finds none in %s alone', (_label, text) => {
    expect(hasVisibleCharacter(text)).toBe(false);
  });
});

describe('name rules', () => {
  it('refuse a name of invisible characters only, at its field', async () => {
    expect(await errorsOf({ name: '\u200b' })).toEqual([{ path: 'name', message: 'must contain a visible character' }]);
    expect(await errorsOf({ name: 'Akava', nameSv: '\u200b\u200d' })).toEqual([{ path: 'nameSv', message: 'must contain a visible character' }]);
  });

  it('accept names that show, and an empty optional name as null', async () => {
    expect(await errorsOf({ name: ' Sámediggi ', nameSv: '  ' })).toEqual([]);
    expect(plainToInstance(NamedInput, { name: ' Sámediggi ', nameSv: '  ' })).toEqual({ name: 'Sámediggi', nameSv: null });
  });

  it('report an empty required name once, as empty', async () => {
    expect(await errorsOf({ name: '   ' })).toEqual([{ path: 'name', message: 'should not be empty' }]);
  });
});
