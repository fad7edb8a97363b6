import { useState, type FormEvent } from 'react';
import { Link as RouterDomLink } from 'react-router';
import styled from 'styled-components';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, RouterLink, TextInput } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { Bar, Section } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import type { CoverageWindow } from '../graphql/generated/graphql.js';
import { CoverageMatrixQuery, OrganisationFilterOptionsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const Grid = styled.table`
  border-collapse: collapse;
  font-size: 15px;
  caption {
    text-align: left;
    font-weight: 600;
    padding: 4px 0 8px;
  }
  th,
  td {
    border: 1px solid #c8cdd0;
    padding: 6px 8px;
  }
  thead th {
    vertical-align: bottom;
    text-align: left;
    min-width: 6em;
  }
  tbody th {
    text-align: left;
    font-weight: 400;
    min-width: 12em;
  }
  td {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;

/** Cell colours by heard count, each with a text colour of enough contrast (WCAG AA). */
function shade(heard: number): { background: string; color: string } {
  if (heard === 0) return { background: '#ffffff', color: '#212121' };
  if (heard < 3) return { background: '#dbe9f7', color: '#212121' };
  if (heard < 10) return { background: '#8fb6e0', color: '#000000' };
  return { background: '#1a4f8b', color: '#ffffff' };
}

const Cell = styled.td<{ $heard: number }>`
  background: ${(props) => shade(props.$heard).background};
  color: ${(props) => shade(props.$heard).color};
`;

const Layout = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 24px;
  align-items: flex-start;
  & > * {
    min-width: 0;
    max-width: 100%;
  }
`;

function defaultWindow(): CoverageWindow {
  const year = new Date().getFullYear();
  return { from: `${year - 1}-01-01`, to: `${year}-12-31`, ministry: null, policyAreaIds: null, hardToReachOnly: false };
}

/** /admin/coverage: a window, and the coverageMatrix as a grid that is also a real table (every number in text); unheard groups beside it. */
export default function CoveragePage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState(defaultWindow);
  const [window, setWindow] = useState(defaultWindow);
  const [invalid, setInvalid] = useState<{ from?: boolean; to?: boolean }>({});
  const [{ data, fetching, error }] = useQuery({ query: CoverageMatrixQuery, variables: { window } });
  const [{ data: options }] = useQuery({ query: OrganisationFilterOptionsQuery });
  const ANY = 'any';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = { from: !ISO_DATE.test(draft.from), to: !ISO_DATE.test(draft.to) };
    setInvalid(found);
    if (!found.from && !found.to) setWindow({ ...draft, ministry: draft.ministry?.trim() || null });
  };

  const matrix = data?.coverageMatrix;
  const heard = new Map((matrix?.cells ?? []).map((cell) => [`${cell.consultationId}:${cell.groupId}`, cell.heard]));
  return (
    <>
      <Heading variant="h1">{t.heatmap.heading}</Heading>
      <form onSubmit={submit} noValidate aria-label={t.heatmap.window}>
        <Bar>
          <TextInput
            labelText={t.heatmap.from}
            hintText={t.heatmap.invalidDate}
            value={draft.from}
            onChange={(value) => setDraft({ ...draft, from: String(value ?? '') })}
            status={invalid.from ? 'error' : 'default'}
            statusText={invalid.from ? t.heatmap.invalidDate : undefined}
          />
          <TextInput
            labelText={t.heatmap.to}
            hintText={t.heatmap.invalidDate}
            value={draft.to}
            onChange={(value) => setDraft({ ...draft, to: String(value ?? '') })}
            status={invalid.to ? 'error' : 'default'}
            statusText={invalid.to ? t.heatmap.invalidDate : undefined}
          />
          <TextInput labelText={t.heatmap.ministry} value={draft.ministry ?? ''} onChange={(value) => setDraft({ ...draft, ministry: String(value ?? '') })} />
          <Dropdown
            labelText={t.organisations.policyArea}
            value={String(draft.policyAreaIds?.[0] ?? ANY)}
            onChange={(value) => setDraft({ ...draft, policyAreaIds: value === ANY ? null : [value] })}
          >
            {[
              <DropdownItem key={ANY} value={ANY}>
                {t.organisations.anyPolicyArea}
              </DropdownItem>,
              ...(options?.policyAreas ?? []).map((area) => (
                <DropdownItem key={area.id} value={area.id}>
                  {area.name}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <Checkbox checked={Boolean(draft.hardToReachOnly)} onClick={({ checkboxState }) => setDraft({ ...draft, hardToReachOnly: checkboxState })}>
            {t.heatmap.hardToReachOnly}
          </Checkbox>
          <Button type="submit">{t.heatmap.show}</Button>
        </Bar>
      </form>
      {error && !data && <Paragraph>{t.requestFailed}</Paragraph>}
      {fetching && !data && <Paragraph>{t.loading}</Paragraph>}
      {matrix && (
        <Layout>
          <Section>
            {matrix.consultations.length === 0 ? (
              <Paragraph>{t.heatmap.none}</Paragraph>
            ) : (
              <>
                <Paragraph>{t.heatmap.legend}</Paragraph>
                <ScrollRegion labelledBy="heatmap-grid">
                  <Grid>
                    <caption id="heatmap-grid">{t.heatmap.grid}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.heatmap.consultation}</th>
                        {matrix.groups.map((group) => (
                          <th scope="col" key={group.id}>
                            {group.name}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {matrix.consultations.map((consultation) => (
                        <tr key={consultation.id}>
                          <th scope="row">
                            <RouterLink asComponent={RouterDomLink} to={`/consultations/${consultation.id}`}>
                              {consultation.title}
                            </RouterLink>
                          </th>
                          {matrix.groups.map((group) => {
                            const count = heard.get(`${consultation.id}:${group.id}`) ?? 0;
                            return (
                              <Cell key={group.id} $heard={count}>
                                {count}
                              </Cell>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </Grid>
                </ScrollRegion>
              </>
            )}
          </Section>
          <Section aria-labelledby="unheard-heading">
            <Heading variant="h2" id="unheard-heading">
              {t.heatmap.unheard}
            </Heading>
            {(data?.unheardGroups ?? []).length === 0 ? (
              <Paragraph>{t.heatmap.noUnheard}</Paragraph>
            ) : (
              <ul>
                {data.unheardGroups.map((group) => (
                  <li key={group.id}>
                    {group.name}
                    {group.hardToReach ? ` (${t.consultation.hardToReach})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </Layout>
      )}
    </>
  );
}
