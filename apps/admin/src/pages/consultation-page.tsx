import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import styled from 'styled-components';
import { Alert, Button, Dropdown, DropdownItem, Heading, Paragraph, RouterLink, SearchInput, Table, type TableColumn } from 'suomifi-ui-components';
import { useMutation, useQuery } from 'urql';
import { Details, percent, Section } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { useDebounced } from '../components/use-debounced.js';
import type { ConsultationQuery as ConsultationResult, EngagementKind } from '../graphql/generated/graphql.js';
import { ConsultationQuery, InvitationSuggestionsQuery, OrganisationsQuery, RecordEngagementsMutation } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

type Activity = NonNullable<ConsultationResult['consultation']>['activities'][number];
const KINDS: EngagementKind[] = ['PARTICIPATED', 'SUBMITTED', 'INVITED', 'DECLINED'];

const Found = styled.ul`
  list-style: none;
  padding: 0;
  margin: 8px 0 0;
  li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
    padding: 6px 0;
    border-bottom: 1px solid #e6e6e6;
  }
`;

const Status = styled.span<{ $reached: boolean }>`
  font-weight: 600;
  color: ${(props) => (props.$reached ? '#0b6b2b' : '#a3121e')};
`;

/** /admin/consultations/:id: details, target groups, the coverage table with its ratios and gaps, the invitation suggestions, activities with facilitators and feedback. */
export default function ConsultationPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const { canEdit } = usePermissions();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsultationQuery, variables: { id } });
  const [recordingId, setRecordingId] = useState<string | null>(null);
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
        <ScrollRegion labelledBy="consultation-coverage">
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
        </ScrollRegion>
      </Section>
      <InvitationSuggestions consultationId={consultation.id} />
      <Section aria-labelledby="consultation-activities">
        <Heading variant="h2" id="consultation-activities">
          {c.activities}
        </Heading>
        {consultation.activities.length === 0 ? (
          <Paragraph>{c.noActivities}</Paragraph>
        ) : (
          <ScrollRegion labelledBy="consultation-activities">
            <Table
              aria-labelledby="consultation-activities"
              condensed
              columns={
                [
                  { key: 'title', labelText: c.activity },
                  { key: 'date', labelText: c.date },
                  { key: 'phase', labelText: t.consultations.phase },
                  { key: 'participants', labelText: c.participants, textAlign: 'right' },
                  { key: 'facilitators', labelText: c.facilitators },
                  { key: 'responses', labelText: c.responses, textAlign: 'right' },
                  { key: 'averageRating', labelText: c.averageRating, textAlign: 'right' },
                  ...(canEdit ? [{ key: 'record', labelText: c.record }] : []),
                ] as TableColumn[]
              }
              data={consultation.activities.map((activity) => ({
                id: activity.id,
                title: activity.title,
                date: activity.date,
                phase: t.phases[activity.phase],
                participants: activity.participantCount === null || activity.participantCount === undefined ? '—' : String(activity.participantCount),
                facilitators:
                  activity.facilitators.map((assignment) => `${assignment.facilitator.name} (${c.facilitatorRoles[assignment.role]})`).join(', ') ||
                  c.noFacilitators,
                responses: String(activity.feedback.responses),
                averageRating:
                  activity.feedback.averageRating === null || activity.feedback.averageRating === undefined
                    ? '—'
                    : new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(activity.feedback.averageRating),
                record: canEdit ? (
                  <Button variant="secondary" aria-label={c.recordLabel(activity.title)} onClick={() => setRecordingId(activity.id)}>
                    {c.record}
                  </Button>
                ) : (
                  ''
                ),
              }))}
            />
          </ScrollRegion>
        )}
        {canEdit && recordingId && (
          <RecordPanel
            key={recordingId}
            activity={consultation.activities.find((activity) => activity.id === recordingId)!}
            onRecorded={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
      </Section>
    </>
  );
}

/** Records engagements of organisations for one activity: the kind, a search, and "Record" per organisation found. */
function RecordPanel({ activity, onRecorded }: { activity: Activity; onRecorded: () => void }) {
  const { t } = useI18n();
  const c = t.consultation;
  const [kind, setKind] = useState<EngagementKind>('PARTICIPATED');
  const [search, setSearch] = useState('');
  const [failed, setFailed] = useState(false);
  const debounced = useDebounced(search.trim());
  const [{ data }] = useQuery({ query: OrganisationsQuery, variables: { first: 10, after: null, filter: { search: debounced } }, pause: debounced.length < 2 });
  const [, record] = useMutation(RecordEngagementsMutation);
  const found = debounced.length < 2 ? [] : (data?.organisations.nodes ?? []);
  return (
    <Section aria-labelledby="record-heading">
      <Heading variant="h3" id="record-heading">
        {c.recordHeading(activity.title)}
      </Heading>
      {failed && (
        <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setFailed(false)}>
          {t.requestFailed}
        </Alert>
      )}
      <Heading variant="h4" as="h4">
        {c.recorded}
      </Heading>
      {activity.engagements.length === 0 ? (
        <Paragraph>{c.noRecords}</Paragraph>
      ) : (
        <ul>
          {activity.engagements.map((engagement) => (
            <li key={engagement.id}>
              {engagement.organisation?.name ??
                (engagement.contact
                  ? `${engagement.contact.firstName} ${engagement.contact.lastName}`
                  : `${engagement.group?.name ?? ''} (${engagement.participantCount ?? ''})`)}
              {`: ${c.kinds[engagement.kind]}`}
            </li>
          ))}
        </ul>
      )}
      <Dropdown labelText={c.kind} value={kind} onChange={(value) => setKind(value)}>
        {KINDS.map((value) => (
          <DropdownItem key={value} value={value}>
            {c.kinds[value]}
          </DropdownItem>
        ))}
      </Dropdown>
      <SearchInput
        labelText={c.findOrganisation}
        clearButtonLabel={t.organisations.clearSearch}
        searchButtonLabel={t.organisations.searchButton}
        onChange={(value) => setSearch(String(value ?? ''))}
        onSearch={(value) => setSearch(String(value ?? ''))}
      />
      <Found>
        {found.map((organisation) => (
          <li key={organisation.id}>
            <span>{organisation.name}</span>
            <Button
              variant="secondary"
              aria-label={c.recordFor(organisation.name)}
              onClick={() =>
                void record({ activityId: activity.id, records: [{ organisationId: organisation.id, kind }] }).then((result) => {
                  setFailed(Boolean(result.error));
                  if (!result.error) onRecorded();
                })
              }
            >
              {c.recordButton}
            </Button>
          </li>
        ))}
      </Found>
    </Section>
  );
}

/** Who to invite next to close the coverage gaps (Query.invitationSuggestions), under the coverage. */
function InvitationSuggestions({ consultationId }: { consultationId: string }) {
  const { t } = useI18n();
  const c = t.consultation;
  const [{ data, error }] = useQuery({ query: InvitationSuggestionsQuery, variables: { consultationId } });
  const suggestions = data?.invitationSuggestions ?? [];
  return (
    <Section aria-labelledby="consultation-suggestions">
      <Heading variant="h2" id="consultation-suggestions">
        {c.suggestions}
      </Heading>
      {error && !data ? (
        <Paragraph>{t.requestFailed}</Paragraph>
      ) : !data ? (
        <Paragraph>{t.loading}</Paragraph>
      ) : suggestions.length === 0 ? (
        <Paragraph>{c.noSuggestions}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="consultation-suggestions">
          <Table
            aria-labelledby="consultation-suggestions"
            condensed
            columns={
              [
                { key: 'suggested', labelText: c.suggested },
                { key: 'group', labelText: c.suggestionGroup },
                { key: 'matches', labelText: c.matchesPreferences },
                { key: 'quarter', labelText: c.invitedThisQuarter, textAlign: 'right' },
                { key: 'year', labelText: c.invitedLast12Months, textAlign: 'right' },
                { key: 'overLimit', labelText: c.overLimit },
              ] as const
            }
            data={suggestions.map((suggestion, index) => {
              const name = suggestion.organisation
                ? suggestion.organisation.name
                : `${suggestion.contact?.firstName ?? ''} ${suggestion.contact?.lastName ?? ''}`.trim();
              const path = suggestion.organisation ? `/organisations/${suggestion.organisation.id}` : `/contacts/${suggestion.contact?.id ?? ''}`;
              return {
                id: `${suggestion.group.id}-${suggestion.organisation?.id ?? suggestion.contact?.id ?? index}`,
                suggested: (
                  <RouterLink asComponent={RouterDomLink} to={path}>
                    {name}
                  </RouterLink>
                ),
                group: suggestion.group.name,
                matches: suggestion.matchesPreferences ? t.yes : t.no,
                quarter: String(suggestion.invitationsThisQuarter),
                year: String(suggestion.invitationsLast12Months),
                overLimit: suggestion.overLimit ? t.yes : t.no,
              };
            })}
          />
        </ScrollRegion>
      )}
    </Section>
  );
}
