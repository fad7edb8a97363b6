import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsNotEmpty, IsString, Min, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { mergeFieldErrors, toFieldErrors } from './validation-errors.js';
import { IsBusinessId, Trim } from './validators.js';

class RecordInput {
  @IsInt()
  @Min(1)
  participantCount: number;
}

class SampleInput {
  @Trim()
  @IsString()
  @IsNotEmpty()
  name: string;

  @IsBusinessId()
  businessId: string;

  @IsEmail()
  email: string;

  @ValidateNested({ each: true })
  @Type(() => RecordInput)
  records: RecordInput[];
}

class SampleArgs {
  @ValidateNested()
  @Type(() => SampleInput)
  input: SampleInput;
}

describe('toFieldErrors', () => {
  it('lists every invalid field at once, with paths relative to the input', () => {
    const args = plainToInstance(SampleArgs, {
      input: { name: '   ', businessId: '0112038-8', email: 'nope', records: [{ participantCount: 3 }, { participantCount: 0 }] },
    });
    const fields = toFieldErrors(validateSync(args));
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'should not be empty' },
        { path: 'businessId', message: 'must be a Finnish business ID "NNNNNNN-C" with a valid check digit' },
        { path: 'email', message: 'must be an email' },
        { path: 'records.1.participantCount', message: 'must not be less than 1' },
      ]),
    );
    expect(fields).toHaveLength(4);
  });

  it('keeps the argument name for arguments other than input', () => {
    class PagingArgs {
      @IsInt()
      @Min(0)
      first: number;
    }
    const fields = toFieldErrors(validateSync(plainToInstance(PagingArgs, { first: -1 })));
    expect(fields).toEqual([{ path: 'first', message: 'must not be less than 0' }]);
  });
});

describe('mergeFieldErrors', () => {
  it('keeps one entry per path, joining the messages', () => {
    expect(
      mergeFieldErrors([
        { path: 'name', message: 'must be a string' },
        { path: 'type', message: 'must be one of …' },
        { path: 'name', message: 'should not be empty' },
      ]),
    ).toEqual([
      { path: 'name', message: 'must be a string; should not be empty' },
      { path: 'type', message: 'must be one of …' },
    ]);
  });
});
