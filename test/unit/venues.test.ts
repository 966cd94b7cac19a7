import assert from 'node:assert/strict';
import {
  DECISION_TIERS,
  tierLabel,
  decisionTier,
  isAccepted,
  isMainConferenceAcceptance,
  isMainConferencePaper,
  parseConference,
  tierOrder,
  venueLabel,
} from '../../src/core/venues';

describe('decisionTier', () => {
  const decisions: Array<[string, string]> = [
    ['Accept (Oral)', 'oral'],
    ['Accept (Talk)', 'oral'],
    ['Accept: notable-top-5%', 'oral'],
    ['Accept (Spotlight)', 'spotlight'],
    ['Accept: notable-top-25%', 'spotlight'],
    ['Accept (Poster)', 'poster'],
    ['Accept: poster', 'poster'],
    ['Invite to Workshop Track', 'workshop'],
    ['Reject', 'reject'],
    ['Withdrawn', 'withdrawn'],
    ['Desk Rejected', 'desk-rejected'],
  ];
  for (const [raw, tier] of decisions) {
    it(`maps the dataset decision "${raw}" to ${tier}`, () => {
      assert.equal(decisionTier(raw), tier);
    });
  }

  it('ignores case and whitespace', () => {
    assert.equal(decisionTier('  accept (POSTER)\n'), 'poster');
    assert.equal(decisionTier('ACCEPT:  notable-top-5%'), 'oral');
    assert.equal(decisionTier('desk  rejected'), 'desk-rejected');
  });

  it('puts unknown, empty and hostile decisions in other', () => {
    for (const raw of ['', 'Pending', 'Accept', 'Accept (Poster) maybe', '\\textbf{Reject}', '<script>']) {
      assert.equal(decisionTier(raw), 'other', raw);
    }
  });
});

describe('parseConference', () => {
  it('reads OpenReview venue ids', () => {
    assert.deepEqual(parseConference('ICLR.cc/2023/Conference'), { venue: 'ICLR', year: 2023 });
    assert.deepEqual(parseConference('NeurIPS.cc/2021/Conference'), { venue: 'NeurIPS', year: 2021 });
  });

  it('reads plain and glued names', () => {
    assert.deepEqual(parseConference('ICLR 2019'), { venue: 'ICLR', year: 2019 });
    assert.deepEqual(parseConference('iclr2020'), { venue: 'ICLR', year: 2020 });
    assert.deepEqual(parseConference('2022 ICML'), { venue: 'ICML', year: 2022 });
  });

  it('reads a known venue in any case as one venue, spelt as it spells itself', () => {
    assert.deepEqual(parseConference('iclr.cc/2024/conference'), { venue: 'ICLR', year: 2024 });
    assert.deepEqual(parseConference('Iclr 2021'), { venue: 'ICLR', year: 2021 });
    assert.deepEqual(parseConference('neurips.cc/2022/Conference'), { venue: 'NeurIPS', year: 2022 });
    assert.deepEqual(parseConference('NEURIPS 2022'), { venue: 'NeurIPS', year: 2022 });
    // Other names are kept as the dataset writes them.
    assert.deepEqual(parseConference('MyVenue 2022'), { venue: 'MyVenue', year: 2022 });
  });

  it('gives a workshop a venue of its own, named after its conference and itself', () => {
    assert.deepEqual(parseConference('ICLR.cc/2023/Workshop/ME-FoMo'), { venue: 'ICLR Workshop ME-FoMo', year: 2023 });
    assert.deepEqual(parseConference('iclr.cc/2023/workshop/ME-FoMo'), { venue: 'ICLR Workshop ME-FoMo', year: 2023 });
    assert.deepEqual(parseConference('ICLR.cc/2018/Workshop'), { venue: 'ICLR Workshop', year: 2018 });
    assert.deepEqual(parseConference('NeurIPS.cc/2022/Workshop/DistShift'), { venue: 'NeurIPS Workshop DistShift', year: 2022 });
    assert.deepEqual(parseConference('ICLR 2023 Workshop'), { venue: 'ICLR Workshop', year: 2023 });
  });

  it('leaves the year undefined when there is none', () => {
    assert.deepEqual(parseConference('ICLR'), { venue: 'ICLR', year: undefined });
  });

  it("falls back to 'Unknown' for empty or venue-less text", () => {
    assert.deepEqual(parseConference(''), { venue: 'Unknown', year: undefined });
    assert.deepEqual(parseConference('   '), { venue: 'Unknown', year: undefined });
    assert.deepEqual(parseConference('2021'), { venue: 'Unknown', year: 2021 });
  });

  it('does not take a longer number for a year', () => {
    assert.equal(parseConference('ICLR 120234').year, undefined);
  });
});

describe('tiers', () => {
  it('labels every tier', () => {
    assert.deepEqual(
      DECISION_TIERS.map((tier) => tierLabel(tier)),
      ['Oral', 'Spotlight', 'Poster', 'Workshop', 'Reject', 'Withdrawn', 'Desk Rejected', 'Other'],
    );
  });

  it('orders tiers best first', () => {
    const shuffled = ['other', 'reject', 'oral', 'workshop', 'poster'] as const;
    assert.deepEqual([...shuffled].sort((a, b) => tierOrder(a) - tierOrder(b)), ['oral', 'poster', 'workshop', 'reject', 'other']);
  });

  it('counts a workshop invitation as accepted but not as a main-conference acceptance', () => {
    assert.deepEqual(DECISION_TIERS.filter(isAccepted), ['oral', 'spotlight', 'poster', 'workshop']);
    assert.deepEqual(DECISION_TIERS.filter(isMainConferenceAcceptance), ['oral', 'spotlight', 'poster']);
  });

  it('counts a paper accepted at a workshop as accepted, but not to the main conference', () => {
    assert.equal(isMainConferencePaper({ tier: 'poster', conference: 'ICLR.cc/2023/Conference' }), true);
    assert.equal(isMainConferencePaper({ tier: 'oral', conference: 'iclr.cc/2024/conference' }), true);
    assert.equal(isMainConferencePaper({ tier: 'poster', conference: 'ICLR.cc/2023/Workshop/ME-FoMo' }), false);
    assert.equal(isMainConferencePaper({ tier: 'poster', conference: 'ICLR 2023 workshop' }), false);
    assert.equal(isMainConferencePaper({ tier: 'reject', conference: 'ICLR.cc/2023/Conference' }), false);
  });
});

describe('venueLabel', () => {
  it('joins venue and year, or shows the venue alone', () => {
    assert.equal(venueLabel({ venue: 'ICLR', year: 2023 }), 'ICLR 2023');
    assert.equal(venueLabel({ venue: 'Unknown', year: undefined }), 'Unknown');
  });
});
