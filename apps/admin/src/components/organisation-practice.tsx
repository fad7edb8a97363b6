import { Link as RouterDomLink } from 'react-router';
import { Heading, Paragraph, RouterLink, Table } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { OrganisationPracticeQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { Details, Section } from './layout-parts.js';
import { ScrollRegion } from './scroll-region.js';

/** An organisation's engagement preferences (Organisation.preferences) and the themes it raised with the ministry's response (Organisation.themesRaised). */
export function OrganisationPractice({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const p = t.practice;
  const [{ data, error }] = useQuery({ query: OrganisationPracticeQuery, variables: { id: organisationId } });
  if (error && !data) return <Paragraph>{t.requestFailed}</Paragraph>;
  const organisation = data?.organisation;
  if (!organisation) return null;
  const preferences = organisation.preferences;
  return (
    <>
      <Section aria-labelledby="preferences-heading">
        <Heading variant="h2" id="preferences-heading">
          {p.preferences}
        </Heading>
        {!preferences ? (
          <Paragraph>{p.noPreferences}</Paragraph>
        ) : (
          <Details>
            <dt>{p.languages}</dt>
            <dd>{preferences.languages.map((language) => t.languages[language]).join(', ') || '—'}</dd>
            <dt>{p.methods}</dt>
            <dd>{preferences.methods.map((method) => t.methods[method]).join(', ') || '—'}</dd>
            <dt>{p.modes}</dt>
            <dd>{preferences.modes.map((mode) => t.modes[mode]).join(', ') || '—'}</dd>
            <dt>{p.policyAreas}</dt>
            <dd>{preferences.policyAreas.map((area) => area.name).join(', ') || '—'}</dd>
            <dt>{p.maxInvitationsPerQuarter}</dt>
            <dd>{preferences.maxInvitationsPerQuarter ?? p.noLimit}</dd>
            <dt>{p.accessibilityNeeds}</dt>
            <dd>{preferences.accessibilityNeeds ?? '—'}</dd>
            <dt>{p.notes}</dt>
            <dd>{preferences.notes ?? '—'}</dd>
          </Details>
        )}
      </Section>
      <Section aria-labelledby="themes-heading">
        <Heading variant="h2" id="themes-heading">
          {p.themes}
        </Heading>
        {organisation.themesRaised.length === 0 ? (
          <Paragraph>{p.noThemes}</Paragraph>
        ) : (
          <ScrollRegion labelledBy="themes-heading">
            <Table
              aria-labelledby="themes-heading"
              condensed
              columns={
                [
                  { key: 'theme', labelText: p.theme },
                  { key: 'consultation', labelText: p.consultation },
                  { key: 'response', labelText: p.response },
                  { key: 'responseText', labelText: p.responseText },
                ] as const
              }
              data={organisation.themesRaised.map((theme) => ({
                id: theme.id,
                theme: theme.title,
                consultation: (
                  <RouterLink asComponent={RouterDomLink} to={`/consultations/${theme.consultation.id}`}>
                    {theme.consultation.title}
                  </RouterLink>
                ),
                response: t.themeResponses[theme.response],
                responseText: theme.responseText ?? '—',
              }))}
            />
          </ScrollRegion>
        )}
      </Section>
    </>
  );
}
