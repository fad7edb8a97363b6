import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useMutation } from 'urql';
import { emptyOrganisationValues, OrganisationForm } from '../forms/organisation-form.js';
import { inputOf } from '../forms/organisation-values.js';
import { CreateOrganisationMutation } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

/** /admin/organisations/new: the organisation form, empty; saved, the new organisation's page. */
export default function NewOrganisationPage() {
  const { t } = useI18n();
  const { canEdit } = usePermissions();
  const navigate = useNavigate();
  const [, create] = useMutation(CreateOrganisationMutation);
  const initial = useMemo(emptyOrganisationValues, []);
  if (!canEdit) return <Paragraph>{t.forbidden}</Paragraph>;
  return (
    <>
      <Heading variant="h1">{t.organisation.newHeading}</Heading>
      <OrganisationForm
        initial={initial}
        submitLabel={t.organisation.save}
        onCancel={() => void navigate('/organisations')}
        onSubmit={async (values) => {
          const result = await create({ input: inputOf(values) });
          if (result.error || !result.data) return { ok: false, error: result.error! };
          await navigate(`/organisations/${result.data.createOrganisation.id}`);
          return { ok: true };
        }}
      />
    </>
  );
}
