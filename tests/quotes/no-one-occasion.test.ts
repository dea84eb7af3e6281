import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "Patrick has said …", "the actor previously said on DWTS": words said over time or on some
// earlier occasion. They are not given the date of the speaker's quote dated just before (the
// event the story tells), and the quotes after them do not inherit it through them either.

const PATRICK = [
  // ctpost.com (a6968f427cdb), an AP story published 2019-11-20T02:07:18+00:00
  'COLUMBIA, S.C. (AP) — About a dozen black female small-business owners were gathered in a South Carolina shared workspace on Tuesday night for a networking event when they were told the newest 2020 Democratic presidential hopeful, Deval Patrick, would be stopping by to introduce himself.',
  '“I’m running for president because those values of community, that we have a stake in each other and of generational responsibility, I think, are frayed in the country,” Patrick said Tuesday night in Columbia. “I come in humbly. ... I want to be a listener.”',
  'Arguing that voters are just now beginning to tune in, with the first votes less than 100 days away, Patrick has said he will have visibility when the populace is really paying attention. His late entry, though, makes it that much tougher to raise the awareness that his campaign will need to meet the polling and fundraising thresholds for future debates.',
];

const VAN_DER_BEEK = [
  // foxnews.com (7dfc3e359d7c), published 2019-11-19T07:43:27-05:00
  'James Van Der Beek has been eliminated from “Dancing with the Stars.”',
  'The former “Dawson’s Creek” star, 42, was voted off the popular dance competition on Monday in a tight race against singer Ally Brooke after performing two dances for judges Len Goodman, Bruno Tonioli and Carrie Ann Inaba.',
  'Van Der Beek was eliminated in what host Tom Bergeron described as the “hardest judge’s verdict so far this season.” The difficult elimination came in light of Van Der Beek’s announcement that his wife, Kimberly, had suffered a miscarriage over the weekend.',
  'The actor shared a clip of his wife getting her first ultrasound with their other children in attendance.',
  '"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said on "DWTS." His wife has suffered several miscarriages in the past.',
  'In his initial Instagram announcement of the pregnancy, Van Der Beek even touched upon the idea of miscarriage and noted there should be “zero shame” involved.',
  "\"@Vanderkimberly and I have been through three of those first appointments to discover either no heartbeat, or no baby, and she wanted to share this moment. Miscarriage (a word that needs a replacement – nobody failed to 'carry', these things sometimes just happen) is something that people rarely talk about, and often go through in secret.",
];

describe('a quote said over time or before', () => {
  it('"has said" keeps the publication date, not the event dated just before', () => {
    const q = quotesOf(PATRICK, '2019-11-20T02:07:18+00:00');
    expect(find(q, 'I come in humbly')?.date?.iso).toBe('2019-11-19');
    expect(find(q, 'he will have visibility')?.date).toMatchObject({ iso: '2019-11-20', source: 'published' });
  });

  it('"previously said" is not given the news day, nor are the quotes after it', () => {
    const q = quotesOf(VAN_DER_BEEK, '2019-11-19T07:43:27-05:00');
    expect(find(q, 'Hearing the heartbeat')?.date?.iso).toBe('2019-11-19');
    expect(find(q, 'three of those first appointments')?.date?.iso).toBe('2019-11-19');
  });
});
