import { useMemo, useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { Button, Heading, Paragraph, RouterLink, SearchInput, Table, Text } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { Bar } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { useDebounced } from '../components/use-debounced.js';
import { ContactsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';

const PAGE_SIZE = 25;

/** /admin/contacts: search as you type, the table, the total count, "Load more". */
export default function ContactsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const [after, setAfter] = useState<string | null>(null);
  const filter = useMemo(() => ({ search: debounced || null }), [debounced]);
  const [{ data, fetching }] = useQuery({ query: ContactsQuery, variables: { first: PAGE_SIZE, after, filter } });
  const connection = data?.contacts;
  const columns = [
    { key: 'name', labelText: t.contacts.name },
    { key: 'title', labelText: t.contacts.title },
    { key: 'email', labelText: t.contacts.email },
    { key: 'organisations', labelText: t.contacts.organisations },
  ] as const;
  const rows = (connection?.nodes ?? []).map((contact) => ({
    id: contact.id,
    name: (
      <RouterLink asComponent={RouterDomLink} to={`/contacts/${contact.id}`}>
        {`${contact.firstName} ${contact.lastName}`}
      </RouterLink>
    ),
    title: contact.title ?? '',
    email: contact.email ?? '',
    organisations: contact.affiliations.map((affiliation) => affiliation.organisation.name).join(', '),
  }));
  return (
    <>
      <Heading variant="h1" id="contacts-heading">
        {t.contacts.heading}
      </Heading>
      <Bar role="search">
        <SearchInput
          labelText={t.contacts.search}
          clearButtonLabel={t.organisations.clearSearch}
          searchButtonLabel={t.organisations.searchButton}
          onChange={(value) => {
            setSearch(String(value ?? ''));
            setAfter(null);
          }}
          onSearch={(value) => setSearch(String(value ?? ''))}
        />
      </Bar>
      {connection && (
        <Text role="status" aria-live="polite">
          {t.contacts.total(connection.totalCount)}
        </Text>
      )}
      {connection && connection.totalCount === 0 ? (
        <Paragraph>{t.contacts.none}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="contacts-heading">
          <Table aria-labelledby="contacts-heading" columns={columns} data={rows} loading={fetching && !connection} condensed />
        </ScrollRegion>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Button variant="secondary" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
          {t.organisations.loadMore}
        </Button>
      )}
    </>
  );
}
