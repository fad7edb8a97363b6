import { useMemo, useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { Button, Heading, Paragraph, RouterLink, SearchInput, Table, Text } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { Bar } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { useDebounced } from '../components/use-debounced.js';
import { ConsultationsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';

const PAGE_SIZE = 25;

/** /admin/consultations: search as you type, the table, the total count and "Load more". */
export default function ConsultationsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const [after, setAfter] = useState<string | null>(null);
  const filter = useMemo(() => ({ search: debounced || null }), [debounced]);
  const [{ data, fetching }] = useQuery({ query: ConsultationsQuery, variables: { first: PAGE_SIZE, after, filter } });
  const connection = data?.consultations;
  const columns = [
    { key: 'title', labelText: t.consultations.title },
    { key: 'ministry', labelText: t.consultations.ministry },
    { key: 'status', labelText: t.consultations.status },
    { key: 'phase', labelText: t.consultations.phase },
    { key: 'period', labelText: t.consultations.period },
  ] as const;
  const rows = (connection?.nodes ?? []).map((consultation) => ({
    id: consultation.id,
    title: (
      <RouterLink asComponent={RouterDomLink} to={`/consultations/${consultation.id}`}>
        {consultation.title}
      </RouterLink>
    ),
    ministry: consultation.ministry,
    status: t.consultationStatuses[consultation.status],
    phase: t.phases[consultation.currentPhase],
    period: `${consultation.startsOn ?? ''} – ${consultation.endsOn ?? ''}`,
  }));
  return (
    <>
      <Heading variant="h1" id="consultations-heading">
        {t.consultations.heading}
      </Heading>
      <Bar role="search">
        <SearchInput
          labelText={t.consultations.search}
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
          {t.consultations.total(connection.totalCount)}
        </Text>
      )}
      {connection && connection.totalCount === 0 ? (
        <Paragraph>{t.consultations.none}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="consultations-heading">
          <Table aria-labelledby="consultations-heading" columns={columns} data={rows} loading={fetching && !connection} condensed />
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
