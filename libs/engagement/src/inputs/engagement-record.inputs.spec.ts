import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { mergeFieldErrors, toFieldErrors } from '@sidos/common';
import { RecordEngagementsArgs } from './engagement-record.inputs.js';

const errorsOf = (records: Record<string, unknown>[]) =>
  mergeFieldErrors(toFieldErrors(validateSync(plainToInstance(RecordEngagementsArgs, { activityId: 'a', records }))));

describe('EngagementRecordInput', () => {
  it('accepts an organisation, a contact on behalf of an organisation, and a group alone with people', () => {
    expect(
      errorsOf([
        { kind: 'INVITED', organisationId: 'o' },
        { kind: 'PARTICIPATED', organisationId: 'o', contactId: 'c', participantCount: 0 },
        { kind: 'PARTICIPATED', groupId: 'g', participantCount: 41 },
        { kind: 'SUBMITTED', organisationId: 'o', groupId: 'g' },
      ]),
    ).toEqual([]);
  });

  it('names the record as a whole ("records.N") when it has no party, and its participantCount when a group alone has no people', () => {
    expect(
      errorsOf([
        { kind: 'PARTICIPATED', organisationId: 'o' },
        { kind: 'DECLINED' },
        { kind: 'PARTICIPATED', groupId: 'g' },
        { kind: 'PARTICIPATED', groupId: 'g', participantCount: 0 },
        { kind: 'PARTICIPATED', contactId: 'c', participantCount: -1 },
      ]),
    ).toEqual([
      { path: 'records.1', message: 'needs at least one of organisationId, contactId, groupId' },
      { path: 'records.2.participantCount', message: 'is required (at least 1) for a record with groupId alone (unidentified participants)' },
      { path: 'records.3.participantCount', message: 'must be at least 1 for a record with groupId alone (unidentified participants)' },
      { path: 'records.4.participantCount', message: 'must not be less than 0' },
    ]);
  });

  it('trims notes and limits their length', () => {
    const args = plainToInstance(RecordEngagementsArgs, { activityId: 'a', records: [{ kind: 'INVITED', organisationId: 'o', notes: '  kutsuttu  ' }] });
    expect(args.records[0].notes).toBe('kutsuttu');
    expect(errorsOf([{ kind: 'INVITED', organisationId: 'o', notes: 'x'.repeat(10_001) }]).map((error) => error.path)).toEqual(['records.0.notes']);
  });
});
