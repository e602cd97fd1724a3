import { randomBytes } from 'node:crypto';
import {
  aggregateSelections,
  assemblyTransition,
  ballotTransition,
  formatReceiptCode,
  parseReceiptCode,
  receiptCodeAt,
  hasPassed,
  meetingQuorum,
  plainPercent,
  quorumOf,
  tallyBallot,
  toStoredSelection,
  votingWindow,
} from './governance.rules.js';

describe('ballot lifecycle', () => {
  it.each([
    ['draft', 'open', 'open'],
    ['open', 'close', 'closed'],
    ['closed', 'publish', 'published'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(ballotTransition(from, action)).toBe(to);
  });

  it.each([
    ['draft', 'close'],
    ['draft', 'publish'],
    ['open', 'open'],
    ['open', 'publish'],
    ['closed', 'open'],
    ['closed', 'close'],
    ['published', 'open'],
    ['published', 'close'],
    ['published', 'publish'],
  ] as const)('%s refuses %s', (from, action) => {
    expect(ballotTransition(from, action)).toBeNull();
  });

  it('assemblies: planned -> in_session -> closed, nothing else', () => {
    expect(assemblyTransition('planned', 'open')).toBe('in_session');
    expect(assemblyTransition('in_session', 'close')).toBe('closed');
    expect(assemblyTransition('planned', 'close')).toBeNull();
    expect(assemblyTransition('in_session', 'open')).toBeNull();
    expect(assemblyTransition('closed', 'open')).toBeNull();
    expect(assemblyTransition('closed', 'close')).toBeNull();
  });
});

describe('votingWindow', () => {
  const at = (iso: string) => new Date(iso);
  const open = { status: 'open' as const, opensAt: at('2025-05-01T08:00:00Z'), closesAt: at('2025-05-01T18:00:00Z') };

  it('opensAt is included, closesAt excluded', () => {
    expect(votingWindow(open, at('2025-05-01T07:59:59.999Z'))).toBe('before');
    expect(votingWindow(open, at('2025-05-01T08:00:00Z'))).toBe('open');
    expect(votingWindow(open, at('2025-05-01T17:59:59.999Z'))).toBe('open');
    expect(votingWindow(open, at('2025-05-01T18:00:00Z'))).toBe('after');
  });

  it('a draft is before, a closed or published ballot after, whatever the clock', () => {
    const now = at('2025-05-01T12:00:00Z');
    expect(votingWindow({ ...open, status: 'draft' }, now)).toBe('before');
    expect(votingWindow({ ...open, status: 'closed' }, now)).toBe('after');
    expect(votingWindow({ ...open, status: 'published' }, now)).toBe('after');
    expect(votingWindow({ status: 'open', opensAt: null, closesAt: null }, now)).toBe('open');
  });
});

describe('stored selections and aggregation', () => {
  it('has one canonical stored form per kind', () => {
    expect(toStoredSelection({ kind: 'motion', vote: 'abstain' })).toBe('abstain');
    expect(toStoredSelection({ kind: 'choice', option: null })).toBeNull();
    expect(toStoredSelection({ kind: 'election', candidates: ['A', 'C'] })).toEqual(['A', 'C']);
  });

  it('aggregates grouped rows: election marks per candidate, ballots including blank ones', () => {
    expect(
      aggregateSelections('election', [
        { selection: ['A', 'B'], votes: 3 },
        { selection: ['B'], votes: 2 },
        { selection: [], votes: 1 },
      ]),
    ).toEqual({ counts: { A: 3, B: 5 }, abstentions: 0, ballots: 6 });
    expect(
      aggregateSelections('choice', [
        { selection: 'X', votes: 4 },
        { selection: null, votes: 2 },
      ]),
    ).toEqual({ counts: { X: 4 }, abstentions: 2, ballots: 6 });
  });

  it('refuses stored values of the wrong shape', () => {
    expect(() => aggregateSelections('motion', [{ selection: null, votes: 1 }])).toThrow(/abstained/);
    expect(() => aggregateSelections('election', [{ selection: 'A', votes: 1 }])).toThrow(/list/);
    expect(() => aggregateSelections('choice', [{ selection: ['A'], votes: 1 }])).toThrow(/one value/);
  });
});

describe('tallyBallot', () => {
  const motion = { kind: 'motion' as const, options: [], seats: null, majority: 'two_thirds' as const };

  it('tallies a motion with missing counts as zero', () => {
    const r = tallyBallot(motion, { counts: { yes: 2, no: 1 }, abstentions: 0, ballots: 3 }, 10, { type: 'none' });
    expect(r).toMatchObject({ kind: 'motion', counts: { yes: 2, no: 1, abstain: 0 }, outcome: 'passed' });
  });

  it('refuses an unknown motion vote', () => {
    expect(() =>
      tallyBallot(motion, { counts: { perhaps: 1 }, abstentions: 0, ballots: 1 }, 10, { type: 'none' }),
    ).toThrow(/perhaps/);
  });

  it('tallies an election from ballots and marks', () => {
    const r = tallyBallot(
      { kind: 'election', options: ['A', 'B', 'C'], seats: 1, majority: null },
      { counts: { A: 2, B: 2 }, abstentions: 0, ballots: 5 },
      5,
      { type: 'percent', percent: '100' },
    );
    expect(r).toMatchObject({ outcome: 'tie', tied: ['A', 'B'], seatsInTie: 1, participants: 5, quorumMet: true });
  });

  it('hasPassed: only a passed motion', () => {
    const passed = tallyBallot(motion, { counts: { yes: 1 }, abstentions: 0, ballots: 1 }, 1, { type: 'none' });
    expect(hasPassed(passed)).toBe(true);
    expect(hasPassed(null)).toBe(false);
    const choice = tallyBallot(
      { kind: 'choice', options: ['X', 'Y'], seats: null, majority: null },
      { counts: { X: 1 }, abstentions: 0, ballots: 1 },
      1,
      { type: 'none' },
    );
    expect([choice.outcome, hasPassed(choice)]).toEqual(['decided', false]);
  });
});

describe('quorum helpers', () => {
  it('reads numeric(5,2) percents back as plain decimals', () => {
    expect(['50.00', '33.33', '12.50', '0.00', '100.00', '7'].map(plainPercent)).toEqual([
      '50',
      '33.33',
      '12.5',
      '0',
      '100',
      '7',
    ]);
    expect(quorumOf({ quorumType: 'percent', quorumPercent: '66.70', quorumCount: null })).toEqual({
      type: 'percent',
      percent: '66.7',
    });
    expect(quorumOf({ quorumType: 'absolute', quorumPercent: null, quorumCount: 12 })).toEqual({
      type: 'absolute',
      count: 12,
    });
    expect(quorumOf({ quorumType: 'none', quorumPercent: null, quorumCount: null })).toEqual({ type: 'none' });
  });

  it('meeting quorum: present plus represented against ceil(percent x electorate)', () => {
    expect(meetingQuorum({ type: 'percent', percent: '50' }, 2, 1, 7)).toEqual({
      electorate: 7,
      present: 2,
      represented: 1,
      quorumThreshold: 4,
      quorumMet: false,
    });
    expect(meetingQuorum({ type: 'percent', percent: '50' }, 2, 2, 7).quorumMet).toBe(true);
  });
});

describe('formatReceiptCode', () => {
  it('writes 80 bits as 16 Crockford base-32 characters in groups of four', () => {
    expect(formatReceiptCode(new Uint8Array(10))).toBe('0000-0000-0000-0000');
    expect(formatReceiptCode(new Uint8Array(10).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    // 0x01 followed by zeros: bit 72 set; 72 = 5 x 14 + 2, so the second character is 2^2 = 4.
    expect(formatReceiptCode(Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('0400-0000-0000-0000');
    expect(formatReceiptCode(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 31]))).toBe('0000-0000-0000-000Z');
  });

  it('never uses I, L, O or U, and takes exactly 10 bytes', () => {
    expect(formatReceiptCode(Uint8Array.from([0x9a, 0xbc, 0xde, 0xf0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]))).toMatch(
      /^[0-9A-HJKMNP-TV-Z-]+$/,
    );
    expect(() => formatReceiptCode(new Uint8Array(9))).toThrow(RangeError);
  });

  it('agrees with the 80-bit number written in base 32, and parseReceiptCode reads it back', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let n = 0; n < 200; n++) {
      const bytes = randomBytes(10);
      let bits = BigInt(`0x${bytes.toString('hex')}`);
      let digits = '';
      for (let i = 0; i < 16; i++, bits >>= 5n) digits = alphabet[Number(bits & 31n)] + digits;
      const code = formatReceiptCode(bytes);
      expect(code).toBe(digits.match(/.{4}/g)!.join('-'));
      expect(receiptCodeAt(Buffer.concat([Buffer.from([7]), bytes]), 1)).toBe(code);
      expect(parseReceiptCode(code)).toEqual(bytes);
    }
    expect(() => parseReceiptCode('0000-0000-0000-000I')).toThrow(RangeError);
    expect(() => parseReceiptCode('00000000-0000-0000')).toThrow(RangeError);
    expect(() => parseReceiptCode('0000--00000000-0000')).toThrow(RangeError);
  });
});
