import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import styled from 'styled-components';
import { Alert, Button, Heading, Paragraph, RouterLink, SearchInput, Table, type TableColumn } from 'suomifi-ui-components';
import { useMutation, useQuery } from 'urql';
import { Details, Section } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { useDebounced } from '../components/use-debounced.js';
import { AddGroupMembersMutation, ContactsQuery, OrganisationsQuery, RemoveGroupMembersMutation, StakeholderGroupQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

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

/** Today in Finland, "YYYY-MM-DD": a member added in the console belongs from today. */
function finnishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

/** /admin/groups/:id: the group, its reach notes and members; EDITOR and ADMIN add organisations and contacts and remove members. */
export default function GroupPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { canEdit } = usePermissions();
  const [{ data, fetching, error }] = useQuery({ query: StakeholderGroupQuery, variables: { id } });
  const [, add] = useMutation(AddGroupMembersMutation);
  const [, remove] = useMutation(RemoveGroupMembersMutation);
  const [failed, setFailed] = useState(false);
  if (fetching && !data) return <Paragraph>{t.loading}</Paragraph>;
  if (error && !data) return <Paragraph>{t.requestFailed}</Paragraph>;
  const group = data?.stakeholderGroup;
  if (!group) return <Heading variant="h1">{t.recordNotFound}</Heading>;
  // The current memberships (the API leaves ended ones out unless asked).
  const current = group.memberships;
  const memberIds = new Set(current.map((membership) => membership.organisation?.id ?? membership.contact?.id));
  const done = (result: { error?: unknown }) => setFailed(Boolean(result.error));
  const columns: TableColumn[] = [
    { key: 'member', labelText: t.group.member },
    { key: 'since', labelText: t.group.since },
    ...(canEdit ? [{ key: 'action', labelText: t.group.remove }] : []),
  ];
  return (
    <>
      <Heading variant="h1">{group.name}</Heading>
      {failed && (
        <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setFailed(false)}>
          {t.requestFailed}
        </Alert>
      )}
      <Section aria-labelledby="group-details">
        <Heading variant="h2" id="group-details">
          {t.organisation.details}
        </Heading>
        <Details>
          <dt>{t.groups.hardToReach}</dt>
          <dd>{group.hardToReach ? t.yes : t.no}</dd>
          <dt>{t.group.description}</dt>
          <dd>{group.description ?? '—'}</dd>
          <dt>{t.group.reachNotes}</dt>
          <dd>{group.reachNotes ?? '—'}</dd>
        </Details>
      </Section>
      <Section aria-labelledby="group-members">
        <Heading variant="h2" id="group-members">
          {t.group.members} ({current.length})
        </Heading>
        {current.length === 0 ? (
          <Paragraph>{t.group.noMembers}</Paragraph>
        ) : (
          <ScrollRegion labelledBy="group-members">
            <Table
              aria-labelledby="group-members"
              condensed
              columns={columns}
              data={current.map((membership) => {
                const name = membership.organisation
                  ? membership.organisation.name
                  : `${membership.contact?.firstName ?? ''} ${membership.contact?.lastName ?? ''}`.trim();
                return {
                  id: membership.organisation?.id ?? membership.contact?.id ?? name,
                  member: membership.organisation ? (
                    <RouterLink asComponent={RouterDomLink} to={`/organisations/${membership.organisation.id}`}>
                      {name}
                    </RouterLink>
                  ) : (
                    <RouterLink asComponent={RouterDomLink} to={`/contacts/${membership.contact?.id ?? ''}`}>
                      {name}
                    </RouterLink>
                  ),
                  since: membership.since ?? '—',
                  action: canEdit ? (
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={t.group.removeLabel(name)}
                      onClick={() =>
                        void remove({
                          groupId: group.id,
                          organisationIds: membership.organisation ? [membership.organisation.id] : [],
                          contactIds: membership.contact ? [membership.contact.id] : [],
                        }).then(done)
                      }
                    >
                      {t.group.remove}
                    </Button>
                  ) : (
                    ''
                  ),
                };
              })}
            />
          </ScrollRegion>
        )}
      </Section>
      {canEdit && (
        <AddMembers
          groupId={group.id}
          memberIds={memberIds}
          onAdd={(organisationId) => void add({ groupId: group.id, organisationIds: [organisationId], since: finnishToday() }).then(done)}
          onAddContact={(contactId) => void add({ groupId: group.id, contactIds: [contactId], since: finnishToday() }).then(done)}
        />
      )}
    </>
  );
}

function AddMembers({
  groupId,
  memberIds,
  onAdd,
  onAddContact,
}: {
  groupId: string;
  memberIds: Set<string | undefined>;
  onAdd: (organisationId: string) => void;
  onAddContact: (contactId: string) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const [{ data }] = useQuery({
    query: OrganisationsQuery,
    variables: { first: 10, after: null, filter: { search: debounced } },
    pause: debounced.length < 2,
  });
  const found = debounced.length < 2 ? [] : (data?.organisations.nodes ?? []).filter((organisation) => !memberIds.has(organisation.id));
  const [contactSearch, setContactSearch] = useState('');
  const contactDebounced = useDebounced(contactSearch.trim());
  const [{ data: contactData }] = useQuery({
    query: ContactsQuery,
    variables: { first: 10, after: null, filter: { search: contactDebounced } },
    pause: contactDebounced.length < 2,
  });
  const foundContacts =
    contactDebounced.length < 2 ? [] : (contactData?.contacts.nodes ?? []).filter((contact) => !contact.erased && !memberIds.has(contact.id));
  return (
    <Section aria-labelledby={`add-members-${groupId}`}>
      <Heading variant="h2" id={`add-members-${groupId}`}>
        {t.group.addMembers}
      </Heading>
      <SearchInput
        labelText={t.group.findOrganisations}
        clearButtonLabel={t.organisations.clearSearch}
        searchButtonLabel={t.organisations.searchButton}
        onChange={(value) => setSearch(String(value ?? ''))}
        onSearch={(value) => setSearch(String(value ?? ''))}
      />
      <Found>
        {found.map((organisation) => (
          <li key={organisation.id}>
            <span>{organisation.name}</span>
            <Button variant="secondary" aria-label={t.group.addLabel(organisation.name)} onClick={() => onAdd(organisation.id)}>
              {t.group.add}
            </Button>
          </li>
        ))}
      </Found>
      <SearchInput
        labelText={t.group.findContacts}
        clearButtonLabel={t.organisations.clearSearch}
        searchButtonLabel={t.organisations.searchButton}
        onChange={(value) => setContactSearch(String(value ?? ''))}
        onSearch={(value) => setContactSearch(String(value ?? ''))}
      />
      <Found>
        {foundContacts.map((contact) => {
          const name = `${contact.firstName} ${contact.lastName}`;
          return (
            <li key={contact.id}>
              <span>{name}</span>
              <Button variant="secondary" aria-label={t.group.addLabel(name)} onClick={() => onAddContact(contact.id)}>
                {t.group.add}
              </Button>
            </li>
          );
        })}
      </Found>
    </Section>
  );
}
