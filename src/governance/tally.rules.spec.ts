/**
 * Unit tests of the ballot rules: selections, quorum and majorities at their exact boundaries, choice and election
 * ties, and the electorate fingerprint against digests computed independently with `sha256sum`.
 */
import fc from 'fast-check';

import { Dec } from '../common/money/money.js';
import { electorateFingerprint, ElectorateFingerprint } from './fingerprint.rules.js';
import {
  type BallotKind,
  BallotRuleError,
  isMajorityMet,
  isQuorumMet,
  type MajorityRule,
  quorumFromBylaws,
  type QuorumRule,
  quorumThreshold,
  tallyChoice,
  tallyElection,
  tallyMotion,
  validateBallotChoice,
  validateBallotDefinition,
} from './tally.rules.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as BallotRuleError).code;
  }
  return undefined;
}

const NONE: QuorumRule = { type: 'none' };
const pct = (percent: string | number): QuorumRule => ({ type: 'percent', percent });

describe('ballot definitions', () => {
  it.each([
    ['motion', [], null],
    ['choice', ['A', 'B'], null],
    ['choice', ['A', 'B', 'C'], undefined],
    ['election', ['A'], 1],
    ['election', ['A', 'B'], 3],
  ] as const)('accepts a %s with options %j and seats %p', (kind, options, seats) => {
    expect(() => validateBallotDefinition(kind, options, seats ?? null)).not.toThrow();
  });

  it.each([
    ['motion', ['yes', 'no'], null],
    ['motion', [], 1],
    ['choice', ['A'], null],
    ['choice', ['A', 'A'], null],
    ['choice', ['A', ' '], null],
    ['choice', ['A', 'B'], 1],
    ['election', [], 1],
    ['election', ['A', 'A'], 1],
    ['election', ['A', 'B'], null],
    ['election', ['A', 'B'], 0],
    ['election', ['A', 'B'], 1.5],
    ['referendum', ['A', 'B'], null],
  ] as const)('refuses a %s with options %j and seats %p', (kind, options, seats) => {
    expect(codeOf(() => validateBallotDefinition(kind as BallotKind, options, seats))).toBe(
      'INVALID_BALLOT_DEFINITION',
    );
  });
});

describe('validateBallotChoice', () => {
  describe('motion', () => {
    it.each(['yes', 'no', 'abstain'] as const)('accepts %s', (vote) => {
      expect(validateBallotChoice('motion', [], null, vote)).toEqual({ kind: 'motion', vote });
    });

    it.each(['YES', 'maybe', '', null, undefined, 1, ['yes'], { vote: 'yes' }])('refuses %p', (selection) => {
      expect(codeOf(() => validateBallotChoice('motion', [], null, selection))).toBe('INVALID_CHOICE');
    });
  });

  describe('choice', () => {
    const options = ['North', 'South', 'East'];

    it('accepts exactly one option', () => {
      expect(validateBallotChoice('choice', options, null, 'South')).toEqual({ kind: 'choice', option: 'South' });
    });

    it('accepts an abstention as null', () => {
      expect(validateBallotChoice('choice', options, null, null)).toEqual({ kind: 'choice', option: null });
    });

    it.each(['West', 'south', '', 'abstain', undefined, ['South'], ['South', 'East'], 0])('refuses %p', (selection) => {
      expect(codeOf(() => validateBallotChoice('choice', options, null, selection))).toBe('INVALID_CHOICE');
    });
  });

  describe('election', () => {
    const candidates = ['Ana', 'Bo', 'Chen', 'Dia'];

    it.each([[[]], [['Chen']], [['Dia', 'Ana']]])('accepts %j (0 to k distinct candidates)', (selection) => {
      expect(validateBallotChoice('election', candidates, 2, selection)).toMatchObject({ kind: 'election' });
    });

    it('returns the candidates in ballot order, not in marking order', () => {
      expect(validateBallotChoice('election', candidates, 3, ['Dia', 'Ana', 'Chen'])).toEqual({
        kind: 'election',
        candidates: ['Ana', 'Chen', 'Dia'],
      });
    });

    it('lets a voter mark every candidate when the seats exceed them', () => {
      expect(validateBallotChoice('election', ['Ana', 'Bo'], 5, ['Bo', 'Ana'])).toEqual({
        kind: 'election',
        candidates: ['Ana', 'Bo'],
      });
    });

    it.each([
      ['more than k candidates', ['Ana', 'Bo', 'Chen']],
      ['a candidate twice', ['Ana', 'Ana']],
      ['an unknown candidate', ['Eve']],
      ['a non-string', [1]],
      ['a string instead of a list', 'Ana'],
      ['null', null],
    ])('refuses %s', (_label, selection) => {
      expect(codeOf(() => validateBallotChoice('election', candidates, 2, selection))).toBe('INVALID_CHOICE');
    });
  });

  it('checks the definition before the selection', () => {
    expect(codeOf(() => validateBallotChoice('election', ['A'], 0, []))).toBe('INVALID_BALLOT_DEFINITION');
  });
});

describe('quorum', () => {
  it.each([
    // [percent, electorate, threshold]
    ['50', 100, 50],
    ['50', 101, 51],
    ['50', 0, 0],
    ['33.33', 10000, 3333],
    ['33.33', 100, 34],
    ['33.33', 300, 100],
    ['33.33', 3, 1],
    ['7', 100, 7],
    ['0', 5000, 0],
    ['100', 5000, 5000],
    ['12.5', 8, 1],
    ['12.5', 9, 2],
    ['0.001', 1000000, 10],
  ] as const)('%s%% of %d needs %d participants', (percent, electorate, threshold) => {
    expect(quorumThreshold(pct(percent), electorate)).toBe(threshold);
    expect(isQuorumMet(pct(percent), threshold, electorate)).toBe(true);
    if (threshold > 0) expect(isQuorumMet(pct(percent), threshold - 1, electorate)).toBe(false);
  });

  it('is exact where floats are not (0.07 x 100 = 7.000000000000001 in floating point)', () => {
    expect(isQuorumMet(pct('7'), 7, 100)).toBe(true);
    expect(isQuorumMet(pct(7), 7, 100)).toBe(true);
  });

  it('accepts the percent as a number with the same meaning as the string', () => {
    expect(quorumThreshold(pct(33.33), 100)).toBe(34);
    expect(quorumThreshold(pct(50), 101)).toBe(51);
  });

  it.each(['100.01', '101', '-5', 'abc', '1e2', '', '5.', -1, Number.NaN, Infinity])(
    'refuses the percent %p: INVALID_QUORUM',
    (percent) => {
      expect(codeOf(() => quorumThreshold(pct(percent), 100))).toBe('INVALID_QUORUM');
    },
  );

  it('an absolute quorum is met at exactly its number', () => {
    const rule: QuorumRule = { type: 'absolute', count: 10 };
    expect(quorumThreshold(rule, 1000)).toBe(10);
    expect(isQuorumMet(rule, 9, 1000)).toBe(false);
    expect(isQuorumMet(rule, 10, 1000)).toBe(true);
  });

  it('an absolute quorum above the electorate can never be met', () => {
    expect(isQuorumMet({ type: 'absolute', count: 10 }, 7, 7)).toBe(false);
  });

  it.each([-1, 2.5, Number.NaN])('refuses the absolute quorum %p', (count) => {
    expect(codeOf(() => quorumThreshold({ type: 'absolute', count }, 10))).toBe('INVALID_QUORUM');
  });

  it('no quorum is met by nobody', () => {
    expect(isQuorumMet(NONE, 0, 1000)).toBe(true);
  });

  it('refuses an unknown quorum rule', () => {
    expect(codeOf(() => quorumThreshold({ type: 'most' } as unknown as QuorumRule, 10))).toBe('INVALID_QUORUM');
  });

  it('maps bylaws: an absolute number replaces the percent', () => {
    expect(quorumFromBylaws({ quorumPercent: '50', quorumAbsolute: null })).toEqual(pct('50'));
    expect(quorumFromBylaws({ quorumPercent: '50', quorumAbsolute: 25 })).toEqual({ type: 'absolute', count: 25 });
  });

  it('agrees with exact decimal arithmetic for any 2-decimal percent (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 5_000_000 }), (hundredths, e) => {
        const percent = new Dec(hundredths).div(100).toFixed();
        const p = Math.floor(e / 3);
        const expected = new Dec(p).gte(new Dec(percent).mul(e).div(100));
        return isQuorumMet(pct(percent), p, e) === expected;
      }),
    );
  });
});

describe('majorities', () => {
  const met = (rule: MajorityRule, yes: number, no: number, electorate = 1_000_000_000, abstain = 0) =>
    isMajorityMet(rule, { yes, no, abstain }, electorate);

  it.each([
    [10, 9, true],
    [10, 10, false],
    [9, 10, false],
    [1, 0, true],
    [0, 0, false],
  ])('simple: %d yes against %d no is %p', (yes, no, expected) => {
    expect(met('simple', yes, no)).toBe(expected);
  });

  it.each([
    [20, 10, true], // exactly 2/3
    [19, 10, false], // one vote short
    [2, 1, true],
    [1, 1, false],
    [1, 0, true],
    [0, 1, false],
    [0, 0, false], // nobody voted yes or no
    [2_000_000, 1_000_000, true],
    [1_999_999, 1_000_000, false],
    [6_666_667, 3_333_333, true],
    [6_666_666, 3_333_334, false],
  ])('two thirds: %d yes against %d no is %p', (yes, no, expected) => {
    expect(met('two_thirds', yes, no)).toBe(expected);
  });

  it.each([
    [51, 0, 100, true],
    [50, 0, 100, false], // exactly half is not more than half
    [51, 0, 101, true],
    [50, 0, 101, false],
    [1, 0, 1, true],
    [0, 0, 0, false],
  ])('absolute: %d yes, %d no, electorate %d is %p', (yes, no, electorate, expected) => {
    expect(met('absolute', yes, no, electorate)).toBe(expected);
  });

  it('abstentions count in neither simple nor two-thirds majorities', () => {
    expect(met('simple', 1, 0, 10_000, 9_999)).toBe(true);
    expect(met('two_thirds', 20, 10, 10_000, 5_000)).toBe(true);
  });

  it('refuses an unknown rule and bad counts', () => {
    expect(codeOf(() => met('unanimous' as MajorityRule, 1, 0))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => met('simple', -1, 0))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => met('simple', 1.5, 0))).toBe('INVALID_TALLY_INPUT');
  });
});

describe('tallyMotion', () => {
  const tally = (
    yes: number,
    no: number,
    abstain: number,
    electorate: number,
    quorum: QuorumRule,
    majority: MajorityRule,
  ) => tallyMotion({ counts: { yes, no, abstain }, electorate, quorum, majority });

  it('passes and reports the quorum figures', () => {
    expect(tally(30, 10, 10, 100, pct('50'), 'simple')).toEqual({
      kind: 'motion',
      electorate: 100,
      participants: 50,
      quorumThreshold: 50,
      quorumMet: true,
      counts: { yes: 30, no: 10, abstain: 10 },
      majority: 'simple',
      majorityMet: true,
      outcome: 'passed',
    });
  });

  it('counts abstentions for quorum but not for the majority', () => {
    // 50 of 100 take part, 49 of them abstain: quorum met; 1 yes against 0 no passes a simple majority.
    expect(tally(1, 0, 49, 100, pct('50'), 'simple').outcome).toBe('passed');
    // Without the abstentions the quorum fails.
    expect(tally(1, 0, 0, 100, pct('50'), 'simple').outcome).toBe('failed_quorum');
  });

  it('only abstentions: quorum met, rejected under every majority', () => {
    for (const majority of ['simple', 'two_thirds', 'absolute'] as const) {
      expect(tally(0, 0, 60, 100, pct('50'), majority)).toMatchObject({ quorumMet: true, outcome: 'rejected' });
    }
  });

  it('misses quorum by one participant: failed_quorum even with a unanimous yes', () => {
    const result = tally(49, 0, 0, 100, pct('50'), 'simple');
    expect(result).toMatchObject({
      participants: 49,
      quorumThreshold: 50,
      majorityMet: true,
      outcome: 'failed_quorum',
    });
  });

  it('two thirds at the boundary', () => {
    expect(tally(20, 10, 5, 40, NONE, 'two_thirds').outcome).toBe('passed');
    expect(tally(19, 10, 5, 40, NONE, 'two_thirds').outcome).toBe('rejected');
  });

  it('absolute majority counts abstainers and absentees against', () => {
    // 51 yes of an electorate of 100 pass; 50 yes with 49 abstentions and no "no" do not.
    expect(tally(51, 40, 0, 100, NONE, 'absolute').outcome).toBe('passed');
    expect(tally(50, 0, 49, 100, NONE, 'absolute').outcome).toBe('rejected');
    expect(tally(50, 0, 0, 100, NONE, 'simple').outcome).toBe('passed');
  });

  it('zero votes', () => {
    expect(tally(0, 0, 0, 100, NONE, 'simple')).toMatchObject({ participants: 0, outcome: 'rejected' });
    expect(tally(0, 0, 0, 100, pct('10'), 'simple').outcome).toBe('failed_quorum');
    expect(tally(0, 0, 0, 100, pct('0'), 'two_thirds').outcome).toBe('rejected');
    expect(tally(0, 0, 0, 0, pct('50'), 'simple')).toMatchObject({ quorumMet: true, outcome: 'rejected' });
  });

  it('an absolute quorum', () => {
    expect(tally(5, 2, 3, 1000, { type: 'absolute', count: 10 }, 'simple').outcome).toBe('passed');
    expect(tally(5, 2, 2, 1000, { type: 'absolute', count: 10 }, 'simple').outcome).toBe('failed_quorum');
  });

  it('refuses more participants than the electorate, and bad counts', () => {
    expect(codeOf(() => tally(60, 30, 11, 100, NONE, 'simple'))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => tally(1, 0, -1, 100, NONE, 'simple'))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => tally(1, 0, 0, -1, NONE, 'simple'))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => tally(1, 0, 0, 2.5, NONE, 'simple'))).toBe('INVALID_TALLY_INPUT');
  });
});

describe('tallyChoice', () => {
  const options = ['North', 'South', 'East'];
  const tally = (counts: Record<string, number>, abstentions = 0, quorum: QuorumRule = NONE, electorate = 1000) =>
    tallyChoice({ options, counts, abstentions, electorate, quorum });

  it('the option with the most votes wins', () => {
    expect(tally({ North: 10, South: 25, East: 24 }, 3)).toEqual({
      kind: 'choice',
      electorate: 1000,
      participants: 62,
      quorumThreshold: 0,
      quorumMet: true,
      abstentions: 3,
      ranking: [
        { option: 'South', votes: 25 },
        { option: 'East', votes: 24 },
        { option: 'North', votes: 10 },
      ],
      outcome: 'decided',
      winner: 'South',
      tied: [],
    });
  });

  it('a winner needs only the most votes, not a majority', () => {
    expect(tally({ North: 4, South: 3, East: 3 }).winner).toBe('North');
  });

  it('reports a tie at the top, in ballot order, never picking a winner', () => {
    expect(tally({ North: 7, South: 3, East: 7 })).toMatchObject({
      outcome: 'tie',
      winner: null,
      tied: ['North', 'East'],
    });
    expect(tally({ North: 2, South: 2, East: 2 })).toMatchObject({ outcome: 'tie', tied: options });
  });

  it('a tie below the top does not matter', () => {
    expect(tally({ North: 9, South: 3, East: 3 })).toMatchObject({ outcome: 'decided', winner: 'North', tied: [] });
  });

  it('missing options have 0 votes and rank in ballot order', () => {
    expect(tally({ East: 1 }).ranking).toEqual([
      { option: 'East', votes: 1 },
      { option: 'North', votes: 0 },
      { option: 'South', votes: 0 },
    ]);
  });

  it('only abstentions: no_votes', () => {
    expect(tally({}, 12)).toMatchObject({ participants: 12, outcome: 'no_votes', winner: null, tied: [] });
  });

  it('abstentions count for quorum', () => {
    expect(tally({ North: 200, South: 100 }, 0, pct('33.33'), 1000)).toMatchObject({ outcome: 'failed_quorum' });
    expect(tally({ North: 200, South: 100 }, 34, pct('33.33'), 1000)).toMatchObject({
      participants: 334,
      quorumThreshold: 334,
      outcome: 'decided',
      winner: 'North',
    });
  });

  it('failed quorum names no winner', () => {
    expect(tally({ North: 5 }, 0, { type: 'absolute', count: 6 })).toMatchObject({
      outcome: 'failed_quorum',
      winner: null,
      tied: [],
    });
  });

  it('refuses votes for an unknown option, bad counts and more participants than the electorate', () => {
    expect(codeOf(() => tally({ West: 1 }))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => tally({ North: -1 }))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => tally({ North: 1 }, -1))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => tally({ North: 600, South: 400 }, 1))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => tallyChoice({ options: ['A'], counts: {}, abstentions: 0, electorate: 1, quorum: NONE }))).toBe(
      'INVALID_BALLOT_DEFINITION',
    );
  });
});

describe('tallyElection', () => {
  const candidates = ['Ana', 'Bo', 'Chen', 'Dia', 'Eli'];
  const elect = (seats: number, counts: Record<string, number>, ballots = 100, quorum: QuorumRule = NONE) =>
    tallyElection({ candidates, seats, counts, ballots, electorate: 1000, quorum });

  it('elects the k candidates with the most votes', () => {
    const result = elect(2, { Ana: 50, Bo: 40, Chen: 30, Dia: 20, Eli: 10 });
    expect(result).toMatchObject({
      kind: 'election',
      seats: 2,
      participants: 100,
      outcome: 'decided',
      elected: ['Ana', 'Bo'],
      tied: [],
      seatsInTie: 0,
      vacantSeats: 0,
    });
    expect(result.ranking.map((r) => r.option)).toEqual(['Ana', 'Bo', 'Chen', 'Dia', 'Eli']);
  });

  it('ranks by votes, then ballot order', () => {
    expect(elect(2, { Eli: 9, Chen: 9, Ana: 1 }).ranking).toEqual([
      { option: 'Chen', votes: 9 },
      { option: 'Eli', votes: 9 },
      { option: 'Ana', votes: 1 },
      { option: 'Bo', votes: 0 },
      { option: 'Dia', votes: 0 },
    ]);
  });

  it('a tie at the boundary: elected are those strictly above, the tied share the seats left', () => {
    expect(elect(2, { Ana: 50, Bo: 40, Chen: 40, Dia: 10 })).toMatchObject({
      outcome: 'tie',
      elected: ['Ana'],
      tied: ['Bo', 'Chen'],
      seatsInTie: 1,
      vacantSeats: 0,
    });
  });

  it('a tie at the boundary with three seats and three tied for two seats', () => {
    expect(elect(3, { Ana: 50, Bo: 40, Chen: 40, Dia: 40, Eli: 10 })).toMatchObject({
      outcome: 'tie',
      elected: ['Ana'],
      tied: ['Bo', 'Chen', 'Dia'],
      seatsInTie: 2,
    });
  });

  it('a tie covering every seat', () => {
    expect(elect(2, { Ana: 30, Bo: 30, Chen: 30 })).toMatchObject({
      outcome: 'tie',
      elected: [],
      tied: ['Ana', 'Bo', 'Chen'],
      seatsInTie: 2,
    });
  });

  it('a tie inside the seats is no tie', () => {
    expect(elect(2, { Ana: 40, Bo: 40, Chen: 30 })).toMatchObject({
      outcome: 'decided',
      elected: ['Ana', 'Bo'],
      tied: [],
      seatsInTie: 0,
    });
  });

  it('a tie below the boundary is no tie', () => {
    expect(elect(2, { Ana: 50, Bo: 40, Chen: 30, Dia: 30 })).toMatchObject({
      outcome: 'decided',
      elected: ['Ana', 'Bo'],
      tied: [],
    });
  });

  it('a candidate nobody voted for is not elected: the seat stays vacant', () => {
    expect(elect(3, { Ana: 5, Bo: 2 })).toMatchObject({
      outcome: 'decided',
      elected: ['Ana', 'Bo'],
      tied: [],
      seatsInTie: 0,
      vacantSeats: 1,
    });
    expect(elect(2, {}, 10)).toMatchObject({ outcome: 'decided', elected: [], vacantSeats: 2 });
  });

  it('more seats than candidates: every candidate with a vote is elected', () => {
    const result = tallyElection({
      candidates: ['Ana', 'Bo'],
      seats: 4,
      counts: { Ana: 3, Bo: 1 },
      ballots: 3,
      electorate: 10,
      quorum: NONE,
    });
    expect(result).toMatchObject({ elected: ['Ana', 'Bo'], vacantSeats: 2 });
  });

  it('blank ballots count for quorum', () => {
    const quorum = pct('10');
    expect(elect(1, { Ana: 60, Bo: 39 }, 99, quorum).outcome).toBe('failed_quorum');
    expect(elect(1, { Ana: 60, Bo: 39 }, 100, quorum)).toMatchObject({ outcome: 'decided', elected: ['Ana'] });
  });

  it('failed quorum elects nobody and reports no tie', () => {
    expect(elect(2, { Ana: 3, Bo: 3, Chen: 3 }, 5, { type: 'absolute', count: 6 })).toMatchObject({
      outcome: 'failed_quorum',
      elected: [],
      tied: [],
      seatsInTie: 0,
      vacantSeats: 0,
    });
  });

  it('refuses counts the ballots could not carry', () => {
    // A candidate can get at most one vote per ballot.
    expect(codeOf(() => elect(2, { Ana: 11 }, 10))).toBe('INVALID_TALLY_INPUT');
    // Each ballot marks at most k candidates: 10 ballots x 2 seats = 20 marks.
    expect(codeOf(() => elect(2, { Ana: 10, Bo: 10, Chen: 1 }, 10))).toBe('INVALID_TALLY_INPUT');
    expect(elect(2, { Ana: 10, Bo: 10 }, 10).elected).toEqual(['Ana', 'Bo']);
    expect(codeOf(() => elect(2, { Zed: 1 }))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => elect(2, {}, 1001))).toBe('INVALID_TALLY_INPUT');
    expect(codeOf(() => elect(0, {}))).toBe('INVALID_BALLOT_DEFINITION');
  });

  it('keeps its invariants for any counts (property)', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 1, max: 7 }),
        (votes, seats) => {
          const counts = Object.fromEntries(names.map((n, i) => [n, votes[i]]));
          // 36 ballots can carry any 6 counts of at most 6 each, whatever the seats.
          const r = tallyElection({ candidates: names, seats, counts, ballots: 36, electorate: 36, quorum: NONE });
          const v = (n: string) => counts[n];
          const others = names.filter((n) => !r.elected.includes(n) && !r.tied.includes(n));
          expect(r.elected.length + r.seatsInTie + r.vacantSeats).toBe(seats);
          expect(r.elected.every((e) => v(e) > 0 && others.every((o) => v(e) > v(o)))).toBe(true);
          expect(r.elected.every((e) => r.tied.every((t) => v(e) > v(t)))).toBe(true);
          if (r.outcome === 'tie') {
            expect(new Set(r.tied.map(v)).size).toBe(1);
            expect(r.tied.length).toBeGreaterThan(r.seatsInTie);
            expect(r.seatsInTie).toBeGreaterThan(0);
            expect(others.every((o) => v(o) < v(r.tied[0]))).toBe(true);
          } else {
            expect(r.tied).toEqual([]);
          }
        },
      ),
    );
  });
});

describe('electorateFingerprint', () => {
  // Digests computed independently: printf 'a\nb' | sha256sum, etc.
  const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const uuids = [
    '3f1c2a90-0000-4000-8000-000000000002',
    '0a1c2a90-0000-4000-8000-00000000000a',
    '3f1c2a90-0000-4000-8000-000000000001',
  ];

  it('is sha256 over the sorted ids joined by newlines, in lowercase hex', () => {
    expect(electorateFingerprint(['a', 'b'])).toBe('7e18f737311b2dc3b2f269dd78396b0351f14fb66efa879f768cb23181883c78');
    expect(electorateFingerprint([...uuids].sort())).toBe(
      '0909fdab78a7f32579f98801539e990c5a0cac26ea619ac808b6777f7003ddb8',
    );
    expect(electorateFingerprint(['élise'])).toBe('d0f9b0b26aff2fccd28c49f60a008fa99ab98fee5942815757bef94357f01a41');
  });

  it('of an empty electorate is the digest of the empty string', () => {
    expect(electorateFingerprint([])).toBe(EMPTY);
  });

  it('is stable and independent of the input order once the caller sorts', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `member-${(i * 7919) % 1000}`);
    const reference = electorateFingerprint([...ids].sort());
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: ids.length }), (shuffled) => {
        return electorateFingerprint([...shuffled].sort()) === reference;
      }),
    );
    expect(electorateFingerprint([...ids].sort())).toBe(reference);
  });

  it('changes when one member is added or removed', () => {
    const sorted = [...uuids].sort();
    const all = electorateFingerprint(sorted);
    expect(electorateFingerprint(sorted.slice(1))).not.toBe(all);
    expect(electorateFingerprint([...sorted, 'ffffffff-0000-4000-8000-000000000000'])).not.toBe(all);
  });

  it('refuses unsorted ids, duplicates, empty ids and ids with a newline', () => {
    expect(codeOf(() => electorateFingerprint(['b', 'a']))).toBe('INVALID_ELECTORATE');
    expect(codeOf(() => electorateFingerprint(['a', 'a']))).toBe('INVALID_ELECTORATE');
    expect(codeOf(() => electorateFingerprint(['']))).toBe('INVALID_ELECTORATE');
    // Joining 'a\nb' would collide with ['a', 'b'].
    expect(codeOf(() => electorateFingerprint(['a\nb']))).toBe('INVALID_ELECTORATE');
  });

  it('can be built incrementally from a stream of ids', () => {
    const builder = new ElectorateFingerprint();
    for (const id of [...uuids].sort()) builder.add(id);
    expect(builder.size).toBe(3);
    expect(builder.digest()).toBe(electorateFingerprint([...uuids].sort()));
  });

  it('throws typed errors', () => {
    let caught: unknown;
    try {
      electorateFingerprint(['b', 'a']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BallotRuleError);
    expect(caught).toMatchObject({ name: 'BallotRuleError', code: 'INVALID_ELECTORATE' });
  });
});
