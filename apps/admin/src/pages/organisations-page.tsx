import { useMemo, useState } from 'react';
import { Link as RouterDomLink, useSearchParams } from 'react-router';
import styled from 'styled-components';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, RouterLink, SearchInput, Table, Text } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { ScrollRegion } from '../components/scroll-region.js';
import { useDebounced } from '../components/use-debounced.js';
import { ORGANISATION_TYPES } from '../components/organisation-enums.js';
import type { OrganisationFilter, OrganisationType } from '../graphql/generated/graphql.js';
import { OrganisationFilterOptionsQuery, OrganisationsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

const PAGE_SIZE = 25;
const ANY = 'any';

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 16px;
  align-items: flex-end;
  margin: 16px 0;
  & > * {
    min-width: 0;
    max-width: 100%;
  }
`;

const TitleRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 16px;
  align-items: center;
  justify-content: space-between;
`;

/** /admin/organisations: search as you type, filters, the table with the total count, and "Load more". */
export default function OrganisationsPage() {
  const { t } = useI18n();
  const { canEdit } = usePermissions();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const debouncedSearch = useDebounced(search.trim());
  const type = params.get('type') ?? ANY;
  const group = params.get('group') ?? ANY;
  const area = params.get('area') ?? ANY;
  const includeArchived = params.get('archived') === '1';
  const [after, setAfter] = useState<string | null>(null);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === ANY || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
    setAfter(null);
  };

  const filter = useMemo<OrganisationFilter>(
    () => ({
      search: debouncedSearch || null,
      types: type === ANY ? null : [type as OrganisationType],
      groupIds: group === ANY ? null : [group],
      policyAreaIds: area === ANY ? null : [area],
      includeArchived,
    }),
    [debouncedSearch, type, group, area, includeArchived],
  );
  const filterKey = JSON.stringify(filter);
  const [pagedFilterKey, setPagedFilterKey] = useState(filterKey);
  if (pagedFilterKey !== filterKey) {
    setPagedFilterKey(filterKey);
    setAfter(null);
  }

  const [{ data, fetching, error }] = useQuery({ query: OrganisationsQuery, variables: { first: PAGE_SIZE, after, filter } });
  const [{ data: options }] = useQuery({ query: OrganisationFilterOptionsQuery });
  const connection = data?.organisations;

  const columns = [
    { key: 'name', labelText: t.organisations.name },
    { key: 'businessId', labelText: t.organisations.businessId },
    { key: 'type', labelText: t.organisations.type },
    { key: 'groups', labelText: t.organisations.groups },
  ] as const;
  const rows = (connection?.nodes ?? []).map((organisation) => ({
    id: organisation.id,
    name: (
      <RouterLink asComponent={RouterDomLink} to={`/organisations/${organisation.id}`}>
        {organisation.name}
      </RouterLink>
    ),
    businessId: organisation.businessId ?? '',
    type: `${t.organisationTypes[organisation.type]}${organisation.archived ? ` (${t.organisations.archived})` : ''}`,
    groups: organisation.groups.map((item) => item.name).join(', '),
  }));

  return (
    <>
      <TitleRow>
        <Heading variant="h1" id="organisations-heading">
          {t.organisations.heading}
        </Heading>
        {canEdit && (
          <RouterLink asComponent={RouterDomLink} to="/organisations/new">
            {t.organisations.new}
          </RouterLink>
        )}
      </TitleRow>
      <Bar role="search">
        <SearchInput
          labelText={t.organisations.search}
          clearButtonLabel={t.organisations.clearSearch}
          searchButtonLabel={t.organisations.searchButton}
          defaultValue={search}
          onChange={(value) => {
            setSearch(String(value ?? ''));
          }}
          onSearch={(value) => setSearch(String(value ?? ''))}
        />
      </Bar>
      <Bar>
        <Dropdown labelText={t.organisations.type} value={type} onChange={(value) => setParam('type', value)}>
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t.organisations.anyType}
            </DropdownItem>,
            ...ORGANISATION_TYPES.map((value) => (
              <DropdownItem key={value} value={value}>
                {t.organisationTypes[value]}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown labelText={t.organisations.group} value={group} onChange={(value) => setParam('group', value)}>
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t.organisations.anyGroup}
            </DropdownItem>,
            ...(options?.stakeholderGroups.nodes ?? []).map((item) => (
              <DropdownItem key={item.id} value={item.id}>
                {item.name}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown labelText={t.organisations.policyArea} value={area} onChange={(value) => setParam('area', value)}>
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t.organisations.anyPolicyArea}
            </DropdownItem>,
            ...(options?.policyAreas ?? []).map((item) => (
              <DropdownItem key={item.id} value={item.id}>
                {item.name}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Checkbox checked={includeArchived} onClick={({ checkboxState }) => setParam('archived', checkboxState ? '1' : null)}>
          {t.organisations.includeArchived}
        </Checkbox>
      </Bar>
      {error && !data && <Paragraph>{t.requestFailed}</Paragraph>}
      {connection && (
        <Text role="status" aria-live="polite">
          {t.organisations.total(connection.totalCount)}
        </Text>
      )}
      {connection && connection.totalCount === 0 ? (
        <Paragraph>{t.organisations.none}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="organisations-heading">
          <Table aria-labelledby="organisations-heading" columns={columns} data={rows} loading={fetching && !connection} condensed />
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
