import { randomUUID } from 'node:crypto';
import { type SqlReader } from './database-inspection.js';

const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'];
const KINDS = ['PARTICIPATED', 'SUBMITTED', 'INVITED', 'DECLINED'];

/** Multi-row insert of `rows` into `table` (faster than the API for hundreds of records). */
async function insert(app: SqlReader, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const values = rows.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
  await app.sql(`insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values ${values}`, rows.flat());
}

/**
 * A consultation of `groups` target groups (every third hard to reach), two member organisations and one
 * member contact per group, five activities and `engagements` records of every shape: an organisation,
 * a contact on behalf of an organisation, and a group alone with a participantCount.
 */
export async function seedConsultation(app: SqlReader, marker: string, groups: number, engagements: number): Promise<string> {
  const now = new Date();
  const consultationId = randomUUID();
  await insert(
    app,
    'consultation',
    ['id', 'title', 'ministry', 'status', 'current_phase', 'created_at', 'updated_at'],
    [[consultationId, `${marker} kuuleminen`, 'TEM', 'ONGOING', 'DRAFTING', now, now]],
  );
  const groupIds = Array.from({ length: groups }, () => randomUUID());
  await insert(
    app,
    'stakeholder_group',
    ['id', 'name', 'hard_to_reach', 'created_at', 'updated_at'],
    groupIds.map((id, index) => [id, `${marker} ryhmä ${index}`, index % 3 === 0, now, now]),
  );
  await insert(
    app,
    'consultation_target_group',
    ['consultation_id', 'group_id'],
    groupIds.map((groupId) => [consultationId, groupId]),
  );
  const organisationIds = groupIds.flatMap(() => [randomUUID(), randomUUID()]);
  await insert(
    app,
    'organisation',
    ['id', 'name', 'type', 'created_at', 'updated_at'],
    organisationIds.map((id, index) => [id, `${marker} järjestö ${index}`, 'ASSOCIATION', now, now]),
  );
  await insert(
    app,
    'group_organisation',
    ['group_id', 'organisation_id', 'created_at'],
    organisationIds.map((id, index) => [groupIds[Math.floor(index / 2)], id, now]),
  );
  const contactIds = groupIds.map(() => randomUUID());
  await insert(
    app,
    'contact',
    ['id', 'first_name', 'last_name', 'lawful_basis', 'created_at', 'updated_at'],
    contactIds.map((id, index) => [id, 'Testi', `${marker} ${index}`, 'PUBLIC_TASK', now, now]),
  );
  await insert(
    app,
    'group_contact',
    ['group_id', 'contact_id', 'created_at'],
    contactIds.map((id, index) => [groupIds[index], id, now]),
  );
  const activityIds = PHASES.map(() => randomUUID());
  await insert(
    app,
    'activity',
    ['id', 'consultation_id', 'title', 'method', 'mode', 'phase', 'date', 'created_at', 'updated_at'],
    activityIds.map((id, index) => [
      id,
      consultationId,
      `${marker} tilaisuus ${index}`,
      'WORKSHOP',
      'HYBRID',
      PHASES[index],
      `2026-0${index + 1}-15`,
      now,
      now,
    ]),
  );
  const records = Array.from({ length: engagements }, (_unused, index) => {
    const group = index % groups;
    const shape = index % 3;
    return [
      randomUUID(),
      activityIds[index % activityIds.length],
      KINDS[index % KINDS.length],
      shape === 2 ? null : organisationIds[group * 2 + (index % 2)],
      shape === 1 ? contactIds[group] : null,
      shape === 2 ? groupIds[group] : null,
      shape === 2 ? 1 + (index % 7) : null,
      now,
    ];
  });
  await insert(app, 'engagement', ['id', 'activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'created_at'], records);
  return consultationId;
}
