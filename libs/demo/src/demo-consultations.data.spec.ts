import { EngagementMethod } from '@sidos/engagement';
import { DEMO_CONSULTATIONS } from './demo-consultations.data.js';
import { DEMO_CONTACTS, DEMO_GROUPS, DEMO_ORGANISATIONS, DEMO_POLICY_AREAS } from './demo-register.data.js';

describe('demo consultations data', () => {
  const engagements = DEMO_CONSULTATIONS.flatMap((consultation) => consultation.activities.flatMap((activity) => activity.engagements));

  it('refers only to policy areas, groups, organisations and contacts of the demo register', () => {
    const areas = new Set(DEMO_POLICY_AREAS.map((area) => area.code));
    const groups = new Set(DEMO_GROUPS.map((group) => group.key));
    const organisations = new Set(DEMO_ORGANISATIONS.map((organisation) => organisation.key));
    const contacts = new Set(DEMO_CONTACTS.map((contact) => contact.key));
    for (const consultation of DEMO_CONSULTATIONS) {
      for (const code of consultation.policyAreas) expect(areas).toContain(code);
      for (const key of consultation.targetGroups) expect(groups).toContain(key);
    }
    for (const engagement of engagements) {
      if (engagement.organisation) expect(organisations).toContain(engagement.organisation);
      if (engagement.contact) expect(contacts).toContain(engagement.contact);
      if (engagement.group) expect(groups).toContain(engagement.group);
    }
    expect(new Set(DEMO_CONTACTS.map((contact) => contact.key)).size).toBe(DEMO_CONTACTS.length);
  });

  it('keeps the rules of engagement records: a party each, and people for a group alone', () => {
    for (const engagement of engagements) {
      expect(engagement.organisation ?? engagement.contact ?? engagement.group).toBeDefined();
      if (!engagement.organisation && !engagement.contact) expect(engagement.participantCount).toBeGreaterThanOrEqual(1);
    }
  });

  it('shows a labour-market reform with an Erätauko dialogue while framing the problem and a webinar of about 900', () => {
    const [reform] = DEMO_CONSULTATIONS;
    expect(reform.activities[0]).toMatchObject({ method: EngagementMethod.DIALOGUE, phase: 'INITIATION' });
    const webinar = reform.activities.find((activity) => activity.method === EngagementMethod.WEBINAR);
    expect(webinar?.participantCount).toBeGreaterThanOrEqual(800);
    expect(webinar?.engagements.some((engagement) => engagement.group && !engagement.organisation && !engagement.contact)).toBe(true);
  });
});
