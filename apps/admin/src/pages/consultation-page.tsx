import { useParams } from 'react-router';
import styled from 'styled-components';
import { Heading, Paragraph, Table } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { Details, percent, Scroll, Section } from '../components/layout-parts.js';
import { ConsultationQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';

const Status = styled.span<{ $reached: boolean }>`
  font-weight: 600;
  color: ${(props) => (props.$reached ? '#0b6b2b' : '#a3121e')};
`;

/** /admin/consultations/:id: details, target groups, activities, and the coverage table with its ratios and gaps. */
export default function ConsultationPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ConsultationQuery, variables: { id } });
  if (fetching && !data) return <Paragraph>{t.loading}</Paragraph>;
  if (error && !data) return <Paragraph>{t.requestFailed}</Paragraph>;
  const consultation = data?.consultation;
  const coverage = data?.consultationCoverage;
  if (!consultation || !coverage) return <Heading variant="h1">{t.recordNotFound}</Heading>;
  const c = t.consultation;
  return (
    <>
      <Heading variant="h1">{consultation.title}</Heading>
      <Section aria-labelledby="consultation-details">
        <Heading variant="h2" id="consultation-details">
          {c.details}
        </Heading>
        <Details>
          <dt>{t.consultations.ministry}</dt>
          <dd>{consultation.ministry}</dd>
          <dt>{t.consultations.status}</dt>
          <dd>{t.consultationStatuses[consultation.status]}</dd>
          <dt>{t.consultations.phase}</dt>
          <dd>{t.phases[consultation.currentPhase]}</dd>
          <dt>{t.consultations.period}</dt>
          <dd>{`${consultation.startsOn ?? ''} – ${consultation.endsOn ?? ''}`}</dd>
          <dt>{c.policyAreas}</dt>
          <dd>{consultation.policyAreas.map((area) => area.name).join(', ') || '—'}</dd>
          <dt>{c.targetGroups}</dt>
          <dd>{consultation.targetGroups.map((group) => group.name).join(', ') || c.noTargetGroups}</dd>
          <dt>{c.description}</dt>
          <dd>{consultation.description ?? '—'}</dd>
        </Details>
      </Section>
      <Section aria-labelledby="consultation-coverage">
        <Heading variant="h2" id="consultation-coverage">
          {c.coverage}
        </Heading>
        <Details>
          <dt>{c.coverageRatio}</dt>
          <dd>{percent(coverage.coverageRatio, language)}</dd>
          <dt>{c.earlyReachRatio}</dt>
          <dd>{percent(coverage.earlyReachRatio, language)}</dd>
          <dt>{c.gaps}</dt>
          <dd>{coverage.gaps.map((group) => group.name).join(', ') || c.noGaps}</dd>
        </Details>
        <Scroll>
          <Table
            aria-labelledby="consultation-coverage"
            condensed
            columns={
              [
                { key: 'group', labelText: c.group },
                { key: 'targeted', labelText: c.targeted },
                { key: 'invited', labelText: c.invited, textAlign: 'right' },
                { key: 'heard', labelText: c.heard, textAlign: 'right' },
                { key: 'phases', labelText: c.phases },
                { key: 'firstHeard', labelText: c.firstHeard },
                { key: 'reached', labelText: c.reachedColumn },
              ] as const
            }
            data={coverage.groups.map((row) => ({
              id: row.group.id,
              group: `${row.group.name}${row.group.hardToReach ? ` (${c.hardToReach})` : ''}`,
              targeted: row.targeted ? t.yes : t.no,
              invited: String(row.invited),
              heard: String(row.heard),
              phases: row.phasesHeard.map((phase) => t.phases[phase]).join(', ') || '—',
              firstHeard: row.firstHeardOn ?? '—',
              reached: <Status $reached={row.reached}>{row.reached ? c.reached : c.notReached}</Status>,
            }))}
          />
        </Scroll>
      </Section>
      <Section aria-labelledby="consultation-activities">
        <Heading variant="h2" id="consultation-activities">
          {c.activities}
        </Heading>
        {consultation.activities.length === 0 ? (
          <Paragraph>{c.noActivities}</Paragraph>
        ) : (
          <Scroll>
            <Table
              aria-labelledby="consultation-activities"
              condensed
              columns={
                [
                  { key: 'title', labelText: c.activity },
                  { key: 'date', labelText: c.date },
                  { key: 'phase', labelText: t.consultations.phase },
                  { key: 'participants', labelText: c.participants, textAlign: 'right' },
                ] as const
              }
              data={consultation.activities.map((activity) => ({
                id: activity.id,
                title: activity.title,
                date: activity.date,
                phase: t.phases[activity.phase],
                participants: activity.participantCount === null || activity.participantCount === undefined ? '—' : String(activity.participantCount),
              }))}
            />
          </Scroll>
        )}
      </Section>
    </>
  );
}
