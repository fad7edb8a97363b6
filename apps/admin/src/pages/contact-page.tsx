import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { Alert, Button, Heading, InlineAlert, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, RouterLink, Table } from 'suomifi-ui-components';
import { useClient, useMutation, useQuery } from 'urql';
import { Bar, Details, Section } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { AddAffiliation, EndAffiliation, type NewAffiliation } from '../forms/affiliation-editor.js';
import { ContactForm } from '../forms/contact-form.js';
import { ContactDataExportQuery, ContactQuery, ContactVersionQuery, EraseContactMutation, UpdateContactMutation } from '../graphql/operations.js';
import type { AffiliationInput } from '../graphql/generated/graphql.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

/** Hands the browser a file to save. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** /admin/contacts/:id: details, affiliations with dates, groups; ADMIN: "Erase personal data" (confirmed) and "Download data export". */
export default function ContactPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { isAdmin, canEdit } = usePermissions();
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({ query: ContactQuery, variables: { id } });
  const [, erase] = useMutation(EraseContactMutation);
  const [, update] = useMutation(UpdateContactMutation);
  const [editing, setEditing] = useState(false);
  const [editVersion, setEditVersion] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  if (fetching && !data) return <Paragraph>{t.loading}</Paragraph>;
  if (error && !data) return <Paragraph>{t.requestFailed}</Paragraph>;
  const contact = data?.contact;
  if (!contact) return <Heading variant="h1">{t.recordNotFound}</Heading>;
  const name = `${contact.firstName} ${contact.lastName}`;
  const c = t.contact;
  const affiliationEditing = canEdit && !contact.erased && !editing;
  const existingAffiliations: AffiliationInput[] = contact.affiliations.map((affiliation) => ({
    organisationId: affiliation.organisation.id,
    role: affiliation.role ?? undefined,
    primary: affiliation.primary,
    since: affiliation.since ?? undefined,
    until: affiliation.until ?? undefined,
  }));
  // updateContact replaces the list of affiliations: the others are sent as they are.
  const saveAffiliations = async (affiliations: AffiliationInput[]): Promise<boolean> => {
    setSaved(false);
    const result = await update({ id: contact.id, version: contact.version, input: { affiliations } });
    setFailed(Boolean(result.error));
    return !result.error;
  };
  const addAffiliation = (added: NewAffiliation) => saveAffiliations([...existingAffiliations, { ...added, primary: false, until: undefined }]);
  const endAffiliation = (index: number, until: string) =>
    void saveAffiliations(existingAffiliations.map((affiliation, position) => (position === index ? { ...affiliation, until } : affiliation)));
  const download = async () => {
    const result = await client.query(ContactDataExportQuery, { id: contact.id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) saveFile(`contact-${contact.id}.json`, result.data.contactDataExport);
    else setFailed(true);
  };
  return (
    <>
      <Heading variant="h1">{name}</Heading>
      {contact.erased && <InlineAlert status="warning">{c.erased}</InlineAlert>}
      {failed && (
        <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setFailed(false)}>
          {t.requestFailed}
        </Alert>
      )}
      {saved && !editing && (
        <InlineAlert status="neutral" role="status">
          {c.saved}
        </InlineAlert>
      )}
      {editing && (
        <Section aria-labelledby="contact-edit">
          <Heading variant="h2" id="contact-edit">
            {c.editHeading(name)}
          </Heading>
          <ContactForm
            key={formKey}
            initial={{
              firstName: contact.firstName,
              lastName: contact.lastName,
              title: contact.title ?? '',
              email: contact.email ?? '',
              phone: contact.phone ?? '',
              lawfulBasis: contact.lawfulBasis,
            }}
            onCancel={() => setEditing(false)}
            onReload={() => {
              void client
                .query(ContactQuery, { id: contact.id }, { requestPolicy: 'network-only' })
                .toPromise()
                .then((fresh) => {
                  setEditVersion(fresh.data?.contact?.version ?? editVersion);
                  setFormKey((key) => key + 1);
                });
            }}
            isStale={async () => {
              const fresh = await client.query(ContactVersionQuery, { id: contact.id }, { requestPolicy: 'network-only' }).toPromise();
              return (fresh.data?.contactVersion?.version ?? editVersion) !== editVersion;
            }}
            onSubmit={async (values) => {
              const result = await update({ id: contact.id, version: editVersion, input: values });
              if (result.error || !result.data) return { ok: false, error: result.error! };
              setEditing(false);
              setSaved(true);
              return { ok: true };
            }}
          />
        </Section>
      )}
      {!editing && canEdit && !contact.erased && (
        <Bar>
          <Button
            onClick={() => {
              setSaved(false);
              setEditVersion(contact.version);
              setEditing(true);
            }}
          >
            {c.edit}
          </Button>
        </Bar>
      )}
      {isAdmin && !editing && (
        <Bar>
          <Button variant="secondary" onClick={() => void download()}>
            {c.download}
          </Button>
          {!contact.erased && (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {c.erase}
            </Button>
          )}
        </Bar>
      )}
      <Section aria-labelledby="contact-details">
        <Heading variant="h2" id="contact-details">
          {c.details}
        </Heading>
        <Details>
          <dt>{t.contacts.title}</dt>
          <dd>{contact.title ?? '—'}</dd>
          <dt>{t.contacts.email}</dt>
          <dd>{contact.email ?? '—'}</dd>
          <dt>{c.phone}</dt>
          <dd>{contact.phone ?? '—'}</dd>
          <dt>{c.languages}</dt>
          <dd>{contact.languages.map((language) => t.languages[language]).join(', ') || '—'}</dd>
          <dt>{c.lawfulBasis}</dt>
          <dd>{t.lawfulBases[contact.lawfulBasis]}</dd>
          <dt>{c.consentAt}</dt>
          <dd>{contact.consentAt ? contact.consentAt.slice(0, 10) : '—'}</dd>
        </Details>
      </Section>
      <Section aria-labelledby="contact-affiliations">
        <Heading variant="h2" id="contact-affiliations">
          {c.affiliations}
        </Heading>
        {contact.affiliations.length === 0 ? (
          <Paragraph>{c.noAffiliations}</Paragraph>
        ) : (
          <ScrollRegion labelledBy="contact-affiliations">
            <Table
              aria-labelledby="contact-affiliations"
              condensed
              columns={
                [
                  { key: 'organisation', labelText: c.organisation },
                  { key: 'role', labelText: t.organisation.role },
                  { key: 'since', labelText: t.organisation.since },
                  { key: 'until', labelText: t.organisation.until },
                  ...(affiliationEditing ? [{ key: 'end', labelText: c.end }] : []),
                ] as { key: 'organisation' | 'role' | 'since' | 'until' | 'end'; labelText: string }[]
              }
              data={contact.affiliations.map((affiliation, index) => ({
                id: `${affiliation.organisation.id}-${index}`,
                organisation: (
                  <RouterLink asComponent={RouterDomLink} to={`/organisations/${affiliation.organisation.id}`}>
                    {affiliation.organisation.name}
                  </RouterLink>
                ),
                role: affiliation.role ?? '—',
                since: affiliation.since ?? '—',
                until: affiliation.until ?? '—',
                end:
                  affiliationEditing && !affiliation.until ? (
                    <EndAffiliation name={affiliation.organisation.name} onEnd={(until) => endAffiliation(index, until)} />
                  ) : (
                    ''
                  ),
              }))}
            />
          </ScrollRegion>
        )}
      </Section>
      {affiliationEditing && (
        <AddAffiliation
          excludedIds={new Set(contact.affiliations.filter((affiliation) => !affiliation.until).map((affiliation) => affiliation.organisation.id))}
          onAdd={addAffiliation}
        />
      )}
      <Section aria-labelledby="contact-groups">
        <Heading variant="h2" id="contact-groups">
          {c.groups}
        </Heading>
        {contact.groups.length === 0 ? (
          <Paragraph>{c.noGroups}</Paragraph>
        ) : (
          <ul>
            {contact.groups.map((group) => (
              <li key={group.id}>
                <RouterLink asComponent={RouterDomLink} to={`/groups/${group.id}`}>
                  {group.name}
                </RouterLink>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Modal appElementId="root" visible={confirming} onEscKeyDown={() => setConfirming(false)} ariaLabelledBy="erase-title">
        <ModalContent>
          <ModalTitle id="erase-title">{c.eraseTitle}</ModalTitle>
          <Paragraph>{c.eraseText(name)}</Paragraph>
        </ModalContent>
        <ModalFooter>
          <Button
            onClick={() => {
              setConfirming(false);
              void erase({ id: contact.id }).then((result) => setFailed(Boolean(result.error)));
            }}
          >
            {c.eraseConfirm}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t.cancel}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
