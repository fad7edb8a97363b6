import { Heading, Paragraph } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.js';

export default function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <Heading variant="h1">{t.home.heading}</Heading>
      <Paragraph>{t.home.text}</Paragraph>
    </>
  );
}
