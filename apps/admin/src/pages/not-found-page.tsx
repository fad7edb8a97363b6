import { Heading, Paragraph } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.js';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <Heading variant="h1">{t.notFound}</Heading>
      <Paragraph>{t.notFoundText}</Paragraph>
    </>
  );
}
