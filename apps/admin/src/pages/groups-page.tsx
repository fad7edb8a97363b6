import { useMemo, useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { Button, Checkbox, Heading, Paragraph, RouterLink, SearchInput, Table, Text } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { Bar } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { useDebounced } from '../components/use-debounced.js';
import { StakeholderGroupsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';

const PAGE_SIZE = 50;

/** /admin/groups: search, the hard-to-reach filter, the table with member counts, "Load more". */
export default function GroupsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [hardToReachOnly, setHardToReachOnly] = useState(false);
  const debounced = useDebounced(search.trim());
  const [after, setAfter] = useState<string | null>(null);
  const filter = useMemo(() => ({ search: debounced || null, hardToReach: hardToReachOnly ? true : null }), [debounced, hardToReachOnly]);
  const [{ data, fetching }] = useQuery({ query: StakeholderGroupsQuery, variables: { first: PAGE_SIZE, after, filter } });
  const connection = data?.stakeholderGroups;
  const columns = [
    { key: 'name', labelText: t.groups.name },
    { key: 'hardToReach', labelText: t.groups.hardToReach },
    { key: 'members', labelText: t.groups.members, textAlign: 'right' },
  ] as const;
  const rows = (connection?.nodes ?? []).map((group) => ({
    id: group.id,
    name: (
      <RouterLink asComponent={RouterDomLink} to={`/groups/${group.id}`}>
        {group.name}
      </RouterLink>
    ),
    hardToReach: group.hardToReach ? t.yes : t.no,
    members: String(group.memberCount),
  }));
  return (
    <>
      <Heading variant="h1" id="groups-heading">
        {t.groups.heading}
      </Heading>
      <Bar role="search">
        <SearchInput
          labelText={t.groups.search}
          clearButtonLabel={t.organisations.clearSearch}
          searchButtonLabel={t.organisations.searchButton}
          onChange={(value) => {
            setSearch(String(value ?? ''));
            setAfter(null);
          }}
          onSearch={(value) => setSearch(String(value ?? ''))}
        />
        <Checkbox
          checked={hardToReachOnly}
          onClick={({ checkboxState }) => {
            setHardToReachOnly(checkboxState);
            setAfter(null);
          }}
        >
          {t.groups.hardToReachOnly}
        </Checkbox>
      </Bar>
      {connection && (
        <Text role="status" aria-live="polite">
          {t.groups.total(connection.totalCount)}
        </Text>
      )}
      {connection && connection.totalCount === 0 ? (
        <Paragraph>{t.groups.none}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="groups-heading">
          <Table aria-labelledby="groups-heading" columns={columns} data={rows} loading={fetching && !connection} condensed />
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
