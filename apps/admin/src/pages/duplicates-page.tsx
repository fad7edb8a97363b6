import { useState } from 'react';
import { Link as RouterDomLink, useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Heading,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  Table,
} from 'suomifi-ui-components';
import { useMutation, useQuery } from 'urql';
import { percent } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import type { DuplicateOrganisationsQuery as DuplicatesResult } from '../graphql/generated/graphql.js';
import { DuplicateOrganisationsQuery, MergeOrganisationsMutation } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

type Candidate = DuplicatesResult['duplicateOrganisations'][number];

/** /admin/duplicates (ADMIN): likely duplicate pairs with score and reasons; "Merge" asks which record to keep and says what moves. */
export default function DuplicatesPage() {
  const { t, language } = useI18n();
  const { isAdmin } = usePermissions();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: DuplicateOrganisationsQuery, pause: !isAdmin });
  const [, merge] = useMutation(MergeOrganisationsMutation);
  const [pair, setPair] = useState<Candidate | null>(null);
  const [keepId, setKeepId] = useState<string>('');
  const [failed, setFailed] = useState(false);
  if (!isAdmin) return <Paragraph>{t.forbidden}</Paragraph>;
  const d = t.duplicates;
  const candidates = data?.duplicateOrganisations ?? [];
  const keep = pair ? (pair.organisation.id === keepId ? pair.organisation : pair.duplicate) : null;
  const source = pair ? (pair.organisation.id === keepId ? pair.duplicate : pair.organisation) : null;
  return (
    <>
      <Heading variant="h1" id="duplicates-heading">
        {d.heading}
      </Heading>
      {failed && (
        <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setFailed(false)}>
          {t.requestFailed}
        </Alert>
      )}
      {error && !data && <Paragraph>{t.requestFailed}</Paragraph>}
      {fetching && !data && <Paragraph>{t.loading}</Paragraph>}
      {data && candidates.length === 0 && <Paragraph>{d.none}</Paragraph>}
      {candidates.length > 0 && (
        <ScrollRegion labelledBy="duplicates-heading">
          <Table
            aria-labelledby="duplicates-heading"
            condensed
            columns={
              [
                { key: 'pair', labelText: d.pair },
                { key: 'score', labelText: d.score, textAlign: 'right' },
                { key: 'reasons', labelText: d.reasons },
                { key: 'action', labelText: d.action },
              ] as const
            }
            data={candidates.map((candidate) => ({
              id: `${candidate.organisation.id}:${candidate.duplicate.id}`,
              pair: (
                <>
                  <RouterLink asComponent={RouterDomLink} to={`/organisations/${candidate.organisation.id}`}>
                    {candidate.organisation.name}
                  </RouterLink>
                  {' / '}
                  <RouterLink asComponent={RouterDomLink} to={`/organisations/${candidate.duplicate.id}`}>
                    {candidate.duplicate.name}
                  </RouterLink>
                </>
              ),
              score: percent(candidate.score, language),
              reasons: candidate.reasons.join('; '),
              action: (
                <Button
                  variant="secondary"
                  aria-label={d.mergeLabel(candidate.organisation.name, candidate.duplicate.name)}
                  onClick={() => {
                    setPair(candidate);
                    setKeepId(candidate.organisation.id);
                  }}
                >
                  {d.merge}
                </Button>
              ),
            }))}
          />
        </ScrollRegion>
      )}
      <Modal appElementId="root" visible={pair !== null} onEscKeyDown={() => setPair(null)} ariaLabelledBy="merge-title">
        <ModalContent>
          <ModalTitle id="merge-title">{d.dialogTitle}</ModalTitle>
          {pair && keep && source && (
            <>
              <RadioButtonGroup labelText={d.keep} name="keep" value={keepId} onChange={(value) => setKeepId(value)}>
                {[pair.organisation, pair.duplicate].map((organisation) => (
                  <RadioButton key={organisation.id} value={organisation.id} hintText={organisation.businessId ?? undefined}>
                    {organisation.name}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
              <Paragraph mt="m">{d.moves(source.name, keep.name, source.affiliations.length, source.groups.length)}</Paragraph>
            </>
          )}
        </ModalContent>
        <ModalFooter>
          <Button
            onClick={() => {
              if (!keep || !source) return;
              setPair(null);
              void merge({ sourceIds: [source.id], targetId: keep.id }).then((result) => {
                if (result.error) setFailed(true);
                else void navigate(`/organisations/${keep.id}`);
              });
            }}
          >
            {d.confirm}
          </Button>
          <Button variant="secondary" onClick={() => setPair(null)}>
            {t.cancel}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
