import { useState } from 'react';
import styled from 'styled-components';
import { Button, Heading, Paragraph, SearchInput, TextInput } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { Bar, Section } from '../components/layout-parts.js';
import { useDebounced } from '../components/use-debounced.js';
import { OrganisationsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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

const Inline = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  align-items: flex-end;
`;

/** Today in Finland, "YYYY-MM-DD". */
export function finnishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

/** A date field and "End" for one current affiliation: the affiliation ends on that date. */
export function EndAffiliation({ name, onEnd }: { name: string; onEnd: (until: string) => void }) {
  const { t } = useI18n();
  const [until, setUntil] = useState(finnishToday());
  const [invalid, setInvalid] = useState(false);
  return (
    <Inline>
      <TextInput
        labelText={t.contact.endDate(name)}
        labelMode="hidden"
        value={until}
        onChange={(value) => setUntil(String(value ?? ''))}
        status={invalid ? 'error' : 'default'}
        statusText={invalid ? t.contact.dateFormat : undefined}
      />
      <Button
        variant="secondary"
        aria-label={t.contact.endLabel(name)}
        onClick={() => {
          const ok = DATE.test(until.trim());
          setInvalid(!ok);
          if (ok) onEnd(until.trim());
        }}
      >
        {t.contact.end}
      </Button>
    </Inline>
  );
}

export interface NewAffiliation {
  organisationId: string;
  role?: string;
  since?: string;
}

/** "Add an affiliation": search an organisation, choose it, give the role and the start date, add. */
export function AddAffiliation({ excludedIds, onAdd }: { excludedIds: Set<string>; onAdd: (affiliation: NewAffiliation) => Promise<boolean> }) {
  const { t } = useI18n();
  const c = t.contact;
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [role, setRole] = useState('');
  const [since, setSince] = useState(finnishToday());
  const [invalid, setInvalid] = useState(false);
  const [{ data }] = useQuery({
    query: OrganisationsQuery,
    variables: { first: 10, after: null, filter: { search: debounced } },
    pause: debounced.length < 2,
  });
  const found = debounced.length < 2 ? [] : (data?.organisations.nodes ?? []).filter((organisation) => !excludedIds.has(organisation.id));
  return (
    <Section aria-labelledby="contact-add-affiliation">
      <Heading variant="h2" id="contact-add-affiliation">
        {c.addAffiliation}
      </Heading>
      <SearchInput
        labelText={c.findOrganisations}
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
              aria-label={c.chooseLabel(organisation.name)}
              onClick={() => setChosen({ id: organisation.id, name: organisation.name })}
            >
              {c.choose}
            </Button>
          </li>
        ))}
      </Found>
      {chosen && (
        <>
          <Paragraph>{c.chosen(chosen.name)}</Paragraph>
          <TextInput labelText={c.role} optionalText={c.optional} value={role} onChange={(value) => setRole(String(value ?? ''))} />
          <TextInput
            labelText={c.since}
            hintText={c.dateFormat}
            value={since}
            onChange={(value) => setSince(String(value ?? ''))}
            status={invalid ? 'error' : 'default'}
            statusText={invalid ? c.dateFormat : undefined}
          />
          <Bar>
            <Button
              onClick={() => {
                const ok = since.trim() === '' || DATE.test(since.trim());
                setInvalid(!ok);
                if (!ok) return;
                void onAdd({ organisationId: chosen.id, role: role.trim() || undefined, since: since.trim() || undefined }).then((added) => {
                  if (!added) return;
                  setChosen(null);
                  setRole('');
                });
              }}
            >
              {c.addAffiliationButton}
            </Button>
          </Bar>
        </>
      )}
    </Section>
  );
}
