import { useMemo, useState } from 'react';
import { Button, Checkbox, Heading, Paragraph, SearchInput, Table, Text } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { Bar } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { useDebounced } from '../components/use-debounced.js';
import { FacilitatorsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';

const PAGE_SIZE = 25;

/** /admin/facilitators: the ministry's facilitator pool, read-only: search as you type, inactive ones on request, the table, "Load more". */
export default function FacilitatorsPage() {
  const { t } = useI18n();
  const f = t.facilitators;
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const [inactiveToo, setInactiveToo] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const filter = useMemo(() => ({ search: debounced || null, activeOnly: !inactiveToo }), [debounced, inactiveToo]);
  const [{ data, fetching }] = useQuery({ query: FacilitatorsQuery, variables: { first: PAGE_SIZE, after, filter } });
  const connection = data?.facilitators;
  const columns = [
    { key: 'name', labelText: f.name },
    { key: 'unit', labelText: f.unit },
    { key: 'methods', labelText: f.methods },
    { key: 'languages', labelText: f.languages },
    { key: 'active', labelText: f.active },
  ] as const;
  const rows = (connection?.nodes ?? []).map((facilitator) => ({
    id: facilitator.id,
    name: facilitator.name,
    unit: facilitator.unit ?? '—',
    methods: facilitator.methods.map((method) => t.methods[method]).join(', ') || '—',
    languages: facilitator.languages.map((language) => t.languages[language]).join(', ') || '—',
    active: facilitator.active ? t.yes : t.no,
  }));
  return (
    <>
      <Heading variant="h1" id="facilitators-heading">
        {f.heading}
      </Heading>
      <Bar role="search">
        <SearchInput
          labelText={f.search}
          clearButtonLabel={t.organisations.clearSearch}
          searchButtonLabel={t.organisations.searchButton}
          onChange={(value) => {
            setSearch(String(value ?? ''));
            setAfter(null);
          }}
          onSearch={(value) => setSearch(String(value ?? ''))}
        />
        <Checkbox
          checked={inactiveToo}
          onClick={({ checkboxState }) => {
            setInactiveToo(checkboxState);
            setAfter(null);
          }}
        >
          {f.inactiveToo}
        </Checkbox>
      </Bar>
      {connection && (
        <Text role="status" aria-live="polite">
          {f.total(connection.totalCount)}
        </Text>
      )}
      {connection && connection.totalCount === 0 ? (
        <Paragraph>{f.none}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="facilitators-heading">
          <Table aria-labelledby="facilitators-heading" columns={columns} data={rows} loading={fetching && !connection} condensed />
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
