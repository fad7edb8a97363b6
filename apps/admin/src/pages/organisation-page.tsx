import { useMemo, useRef, useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import styled from 'styled-components';
import { Alert, Button, Heading, InlineAlert, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, RouterLink, Table } from 'suomifi-ui-components';
import { useClient, useMutation, useQuery } from 'urql';
import { Details, Section } from '../components/layout-parts.js';
import { OrganisationPractice } from '../components/organisation-practice.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { OrganisationForm } from '../forms/organisation-form.js';
import { formValuesOf, inputOf } from '../forms/organisation-values.js';
import {
  ArchiveOrganisationMutation,
  AuditEventsQuery,
  OrganisationQuery,
  OrganisationVersionQuery,
  UpdateOrganisationMutation,
} from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
  margin: 16px 0;
`;

/** An audit event's field changes, one a line, wrapping inside the cell, so that the audit trail fits a desktop screen. */
const Changes = styled.span`
  display: block;
  min-width: 16em;
  max-width: 48em;
  white-space: normal;
  overflow-wrap: anywhere;
  & > span {
    display: block;
  }
`;

/** /admin/organisations/:id: the organisation (heading = its name), its affiliations, groups, engagement and audit trail; Edit and Archive by role. */
export default function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { canEdit, isAdmin } = usePermissions();
  const [{ data, fetching, error }] = useQuery({ query: OrganisationQuery, variables: { id } });
  const [, update] = useMutation(UpdateOrganisationMutation);
  const [, archive] = useMutation(ArchiveOrganisationMutation);
  const client = useClient();
  const [editing, setEditing] = useState(false);
  // The version the form was opened (or reloaded) with: a save sends it, so a change made meanwhile is never overwritten.
  const [editVersion, setEditVersion] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [archiveError, setArchiveError] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const organisation = data?.organisation;
  const initial = useMemo(() => (organisation ? formValuesOf(organisation) : null), [organisation]);

  if (fetching && !data) return <Paragraph>{t.loading}</Paragraph>;
  if (error && !data) return <Paragraph>{t.requestFailed}</Paragraph>;
  if (!organisation || !initial) {
    return (
      <>
        <Heading variant="h1">{t.recordNotFound}</Heading>
      </>
    );
  }
  const f = t.organisation.fields;
  const details: [string, string][] = [
    [f.nameSv, organisation.nameSv ?? '—'],
    [f.nameEn, organisation.nameEn ?? '—'],
    [f.businessId, organisation.businessId ?? '—'],
    [f.type, t.organisationTypes[organisation.type]],
    [f.languages, organisation.languages.map((language) => t.languages[language]).join(', ') || '—'],
    [f.municipality, organisation.municipality ?? '—'],
    [f.website, organisation.website ?? '—'],
    [f.email, organisation.email ?? '—'],
    [f.policyAreas, organisation.policyAreas.map((area) => area.name).join(', ') || '—'],
    [f.notes, organisation.notes ?? '—'],
  ];

  return (
    <>
      <Heading variant="h1">{organisation.name}</Heading>
      {organisation.archived && <InlineAlert status="warning">{t.organisation.archivedNotice}</InlineAlert>}
      {saved && !editing && (
        <InlineAlert status="neutral" role="status">
          {t.organisation.saved}
        </InlineAlert>
      )}
      {editing ? (
        <Section aria-labelledby="edit-heading">
          <Heading variant="h2" id="edit-heading">
            {t.organisation.editHeading(organisation.name)}
          </Heading>
          <OrganisationForm
            key={formKey}
            initial={initial}
            submitLabel={t.organisation.save}
            onCancel={() => {
              setEditing(false);
              setTimeout(() => editButton.current?.focus(), 0);
            }}
            onReload={() => {
              void client
                .query(OrganisationQuery, { id: organisation.id }, { requestPolicy: 'network-only' })
                .toPromise()
                .then((fresh) => {
                  setEditVersion(fresh.data?.organisation?.version ?? editVersion);
                  setFormKey((key) => key + 1);
                });
            }}
            isStale={async () => {
              const fresh = await client.query(OrganisationVersionQuery, { id: organisation.id }, { requestPolicy: 'network-only' }).toPromise();
              return (fresh.data?.organisationVersion?.version ?? editVersion) !== editVersion;
            }}
            onSubmit={async (values) => {
              const result = await update({ id: organisation.id, version: editVersion, input: inputOf(values) });
              if (result.error || !result.data) return { ok: false, error: result.error! };
              setEditing(false);
              setSaved(true);
              setTimeout(() => editButton.current?.focus(), 0);
              return { ok: true };
            }}
          />
        </Section>
      ) : (
        <>
          {(canEdit || isAdmin) && (
            <Actions>
              {canEdit && !organisation.archived && (
                <Button
                  ref={editButton}
                  onClick={() => {
                    setSaved(false);
                    setEditVersion(organisation.version);
                    setEditing(true);
                  }}
                >
                  {t.organisation.edit}
                </Button>
              )}
              {isAdmin && !organisation.archived && (
                <Button variant="secondary" onClick={() => setConfirmArchive(true)}>
                  {t.organisation.archive}
                </Button>
              )}
            </Actions>
          )}
          {archiveError && (
            <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setArchiveError(false)}>
              {t.requestFailed}
            </Alert>
          )}
          <Section aria-labelledby="details-heading">
            <Heading variant="h2" id="details-heading">
              {t.organisation.details}
            </Heading>
            <Details>
              {details.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </Details>
          </Section>
        </>
      )}
      <Section aria-labelledby="affiliations-heading">
        <Heading variant="h2" id="affiliations-heading">
          {t.organisation.affiliations}
        </Heading>
        {organisation.affiliations.length === 0 ? (
          <Paragraph>{t.organisation.noAffiliations}</Paragraph>
        ) : (
          <ScrollRegion labelledBy="affiliations-heading">
            <Table
              aria-labelledby="affiliations-heading"
              condensed
              columns={
                [
                  { key: 'contact', labelText: t.organisation.contact },
                  { key: 'role', labelText: t.organisation.role },
                  { key: 'since', labelText: t.organisation.since },
                  { key: 'until', labelText: t.organisation.until },
                ] as const
              }
              data={organisation.affiliations.map((affiliation, index) => ({
                id: `${affiliation.contact.id}-${index}`,
                contact: `${affiliation.contact.firstName} ${affiliation.contact.lastName}${affiliation.primary ? ` (${t.organisation.primary})` : ''}`,
                role: affiliation.role ?? '—',
                since: affiliation.since ?? '—',
                until: affiliation.until ?? '—',
              }))}
            />
          </ScrollRegion>
        )}
      </Section>
      <Section aria-labelledby="groups-heading">
        <Heading variant="h2" id="groups-heading">
          {t.organisation.groups}
        </Heading>
        {organisation.groups.length === 0 ? (
          <Paragraph>{t.organisation.noGroups}</Paragraph>
        ) : (
          <ul>
            {organisation.groups.map((group) => (
              <li key={group.id}>
                <RouterLink asComponent={RouterDomLink} to={`/groups/${group.id}`}>
                  {group.name}
                </RouterLink>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section aria-labelledby="engagement-heading">
        <Heading variant="h2" id="engagement-heading">
          {t.organisation.engagement}
        </Heading>
        <Details>
          <dt>{t.organisation.invited}</dt>
          <dd>{organisation.engagementStats.invited}</dd>
          <dt>{t.organisation.heard}</dt>
          <dd>{organisation.engagementStats.heard}</dd>
          <dt>{t.organisation.declined}</dt>
          <dd>{organisation.engagementStats.declined}</dd>
          <dt>{t.organisation.lastHeardOn}</dt>
          <dd>{organisation.engagementStats.lastHeardOn ?? '—'}</dd>
        </Details>
      </Section>
      <OrganisationPractice organisationId={organisation.id} />
      {isAdmin && <AuditTrail entityId={organisation.id} />}
      <Modal appElementId="root" visible={confirmArchive} variant="default" onEscKeyDown={() => setConfirmArchive(false)} ariaLabelledBy="archive-title">
        <ModalContent>
          <ModalTitle id="archive-title">{t.organisation.archiveConfirmTitle}</ModalTitle>
          <Paragraph>{t.organisation.archiveConfirmText(organisation.name)}</Paragraph>
        </ModalContent>
        <ModalFooter>
          <Button
            onClick={() => {
              setConfirmArchive(false);
              void archive({ id: organisation.id, version: organisation.version }).then((result) => setArchiveError(Boolean(result.error)));
            }}
          >
            {t.organisation.archiveConfirm}
          </Button>
          <Button variant="secondary" onClick={() => setConfirmArchive(false)}>
            {t.cancel}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}

function AuditTrail({ entityId }: { entityId: string }) {
  const { t, language } = useI18n();
  const [{ data }] = useQuery({ query: AuditEventsQuery, variables: { entityId } });
  const events = data?.auditEvents.nodes ?? [];
  const time = new Intl.DateTimeFormat(`${language}-FI`, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Section aria-labelledby="audit-heading">
      <Heading variant="h2" id="audit-heading">
        {t.organisation.audit}
      </Heading>
      {events.length === 0 ? (
        <Paragraph>{t.organisation.noAudit}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="audit-heading">
          <Table
            aria-labelledby="audit-heading"
            condensed
            columns={
              [
                { key: 'at', labelText: t.organisation.auditAt },
                { key: 'actor', labelText: t.organisation.auditActor },
                { key: 'action', labelText: t.organisation.auditAction },
                { key: 'changes', labelText: t.organisation.auditChanges },
              ] as const
            }
            data={events.map((event) => ({
              id: event.id,
              at: time.format(new Date(event.at)),
              actor: event.actor,
              action: t.auditActions[event.action],
              changes: (
                <Changes>
                  {event.changes.map((change, index) => (
                    <span key={`${change.field}-${index}`}>{`${change.field}: ${change.from ?? '—'} → ${change.to ?? '—'}`}</span>
                  ))}
                </Changes>
              ),
            }))}
          />
        </ScrollRegion>
      )}
    </Section>
  );
}
