/**
 * Unit tests of the member state machine and the register's "as of" rule: every status x action pair, the
 * input checks of each transition, and as-of queries the day before, on and after each effective date.
 */
import {
  allowedActions,
  cessationReasonsFor,
  IllegalTransitionError,
  isActiveOn,
  isIsoDate,
  isMemberOn,
  MEMBER_ACTIONS,
  MEMBER_STATUSES,
  type MemberAction,
  type MemberHistoryEntry,
  MembershipRuleError,
  membershipPeriods,
  type MemberStatus,
  nextStatus,
  statusOn,
  transition,
  type TransitionInput,
} from './member-lifecycle.rules.js';

/** The contract, written out independently of the implementation's table. */
const LEGAL: Record<string, MemberStatus> = {
  'applicant:admit': 'active',
  'applicant:reject': 'rejected',
  'applicant:withdraw_application': 'rejected',
  'active:suspend': 'suspended',
  'suspended:reinstate': 'active',
  'active:cease': 'ceased',
  'suspended:cease': 'ceased',
  'ceased:rejoin': 'applicant',
  'rejected:rejoin': 'applicant',
};

const validInput: TransitionInput = {
  effectiveDate: '2024-05-10',
  entityKind: 'natural_person',
  cessationReason: 'withdrawn',
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as MembershipRuleError).code;
  }
  return undefined;
}

describe('member lifecycle: transitions', () => {
  const pairs = MEMBER_STATUSES.flatMap((from) => MEMBER_ACTIONS.map((action) => [from, action] as const));

  it('covers all 35 status x action pairs, 9 of them legal', () => {
    expect(pairs).toHaveLength(35);
    expect(pairs.filter(([from, action]) => `${from}:${action}` in LEGAL)).toHaveLength(9);
  });

  describe.each(pairs)('%s --%s-->', (from, action) => {
    const expected = LEGAL[`${from}:${action}`];
    if (expected !== undefined) {
      it(`is legal and leads to ${expected}`, () => {
        expect(nextStatus(from, action)).toBe(expected);
        const result = transition(from, action, validInput);
        expect(result).toMatchObject({ from, action, to: expected, effectiveDate: '2024-05-10' });
        expect(allowedActions(from)).toContain(action);
      });
    } else {
      it('is illegal: ILLEGAL_TRANSITION with from and action', () => {
        let caught: unknown;
        try {
          transition(from, action, validInput);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(IllegalTransitionError);
        expect(caught).toBeInstanceOf(MembershipRuleError);
        expect(caught).toMatchObject({ code: 'ILLEGAL_TRANSITION', from, action });
        expect(() => nextStatus(from, action)).toThrow(IllegalTransitionError);
        expect(allowedActions(from)).not.toContain(action);
      });
    }
  });

  it('lists the allowed actions of each status in a fixed order', () => {
    expect(allowedActions('applicant')).toEqual(['admit', 'reject', 'withdraw_application']);
    expect(allowedActions('active')).toEqual(['suspend', 'cease']);
    expect(allowedActions('suspended')).toEqual(['reinstate', 'cease']);
    expect(allowedActions('ceased')).toEqual(['rejoin']);
    expect(allowedActions('rejected')).toEqual(['rejoin']);
  });

  it('rejects an unknown action given at run time as an illegal transition', () => {
    expect(codeOf(() => nextStatus('active', 'promote' as MemberAction))).toBe('ILLEGAL_TRANSITION');
  });

  it('checks legality before the input: an illegal transition with bad input is still a 409', () => {
    expect(codeOf(() => transition('ceased', 'cease', {}))).toBe('ILLEGAL_TRANSITION');
  });

  describe('rejection reasons', () => {
    it('records a refusal as rejected and a withdrawal as withdrawn', () => {
      expect(transition('applicant', 'reject', validInput).rejectionReason).toBe('rejected');
      expect(transition('applicant', 'withdraw_application', validInput).rejectionReason).toBe('withdrawn');
      expect(transition('applicant', 'admit', validInput).rejectionReason).toBeNull();
    });
  });

  describe('effective date', () => {
    it.each([undefined, null, '', '   '])('is required (%p)', (effectiveDate) => {
      expect(codeOf(() => transition('active', 'suspend', { effectiveDate }))).toBe('EFFECTIVE_DATE_REQUIRED');
    });

    it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '24-05-10', '2024-5-10', '2024-05-10T00:00'])(
      'must be a calendar date (%s)',
      (effectiveDate) => {
        expect(codeOf(() => transition('active', 'suspend', { effectiveDate }))).toBe('INVALID_DATE');
      },
    );

    it('accepts a leap day and trims spaces', () => {
      expect(transition('active', 'suspend', { effectiveDate: ' 2024-02-29 ' }).effectiveDate).toBe('2024-02-29');
    });

    it('may not precede the previous transition, but may fall on the same day', () => {
      const previous = { previousEffectiveDate: '2024-05-10' };
      expect(codeOf(() => transition('active', 'suspend', { ...previous, effectiveDate: '2024-05-09' }))).toBe(
        'EFFECTIVE_DATE_OUT_OF_ORDER',
      );
      expect(transition('active', 'suspend', { ...previous, effectiveDate: '2024-05-10' }).to).toBe('suspended');
      expect(transition('active', 'suspend', { ...previous, effectiveDate: '2024-05-11' }).to).toBe('suspended');
    });

    it('rejects a malformed previous effective date', () => {
      const input = { effectiveDate: '2024-05-10', previousEffectiveDate: '2024-02-31' };
      expect(codeOf(() => transition('active', 'suspend', input))).toBe('INVALID_DATE');
    });
  });

  describe('cessation', () => {
    const cease = (from: MemberStatus, input: Partial<TransitionInput>) =>
      transition(from, 'cease', { effectiveDate: '2024-06-30', ...input });

    it.each([
      ['natural_person', 'withdrawn'],
      ['natural_person', 'expelled'],
      ['natural_person', 'deceased'],
      ['legal_entity', 'withdrawn'],
      ['legal_entity', 'expelled'],
      ['legal_entity', 'dissolved'],
    ] as const)('accepts a %s ceasing as %s', (entityKind, cessationReason) => {
      const result = cease('active', { entityKind, cessationReason, decisionReference: 'Board minute 2024/07' });
      expect(result).toMatchObject({ to: 'ceased', cessationReason, effectiveDate: '2024-06-30' });
    });

    it.each([
      ['natural_person', 'dissolved'],
      ['legal_entity', 'deceased'],
      ['natural_person', 'retired'],
      ['natural_person', ''],
      ['natural_person', null],
      ['natural_person', undefined],
    ] as const)('refuses a %s ceasing as %p: INVALID_CESSATION_REASON', (entityKind, cessationReason) => {
      expect(codeOf(() => cease('active', { entityKind, cessationReason }))).toBe('INVALID_CESSATION_REASON');
    });

    it('needs the entity kind', () => {
      expect(codeOf(() => cease('active', { cessationReason: 'withdrawn' }))).toBe('INVALID_CESSATION_REASON');
      expect(
        codeOf(() => cease('active', { cessationReason: 'withdrawn', entityKind: 'robot' as 'legal_entity' })),
      ).toBe('INVALID_CESSATION_REASON');
    });

    it('lists the reasons for each entity kind', () => {
      expect(cessationReasonsFor('natural_person')).toEqual(['withdrawn', 'expelled', 'deceased']);
      expect(cessationReasonsFor('legal_entity')).toEqual(['withdrawn', 'expelled', 'dissolved']);
    });

    it.each([undefined, null, '', '  '])('an expulsion without decision reference (%p) is refused', (reference) => {
      const input = {
        entityKind: 'natural_person',
        cessationReason: 'expelled',
        decisionReference: reference,
      } as const;
      expect(codeOf(() => cease('active', input))).toBe('DECISION_REFERENCE_REQUIRED');
      expect(codeOf(() => cease('suspended', input))).toBe('DECISION_REFERENCE_REQUIRED');
    });

    it('an expulsion records the decision reference and the right of appeal', () => {
      const result = cease('suspended', {
        entityKind: 'natural_person',
        cessationReason: 'expelled',
        decisionReference: '  Board minute 2024/07  ',
      });
      expect(result).toEqual({
        action: 'cease',
        from: 'suspended',
        to: 'ceased',
        effectiveDate: '2024-06-30',
        cessationReason: 'expelled',
        rejectionReason: null,
        decisionReference: 'Board minute 2024/07',
        rightOfAppeal: true,
        assignsMemberNumber: false,
      });
    });

    it('other cessations carry no right of appeal and need no decision reference', () => {
      const result = cease('active', { entityKind: 'natural_person', cessationReason: 'withdrawn' });
      expect(result).toMatchObject({ rightOfAppeal: false, decisionReference: null });
    });

    it('does not ask for a cessation reason on other actions', () => {
      expect(transition('active', 'suspend', { effectiveDate: '2024-06-30' })).toMatchObject({
        cessationReason: null,
        rightOfAppeal: false,
      });
    });
  });

  describe('member number on admission', () => {
    it('a first admission draws a new number', () => {
      expect(transition('applicant', 'admit', { effectiveDate: '2024-01-01' }).assignsMemberNumber).toBe(true);
      expect(
        transition('applicant', 'admit', { effectiveDate: '2024-01-01', memberNumber: null }).assignsMemberNumber,
      ).toBe(true);
    });

    it('a former member readmitted after rejoining keeps the old number', () => {
      const rejoined = transition('ceased', 'rejoin', { effectiveDate: '2025-01-01', memberNumber: 42 });
      expect(rejoined).toMatchObject({ to: 'applicant', assignsMemberNumber: false });
      const readmitted = transition(rejoined.to, 'admit', { effectiveDate: '2025-02-01', memberNumber: 42 });
      expect(readmitted).toMatchObject({ to: 'active', assignsMemberNumber: false });
    });

    it('only admission ever assigns a number', () => {
      expect(transition('applicant', 'reject', { effectiveDate: '2024-01-01' }).assignsMemberNumber).toBe(false);
    });
  });
});

describe('member lifecycle: as-of queries', () => {
  const h = (...entries: [MemberAction, string][]): MemberHistoryEntry[] =>
    entries.map(([action, effectiveDate]) => ({ action, effectiveDate }));

  describe('around admission and cessation', () => {
    const history = h(['admit', '2020-03-15'], ['cease', '2023-06-30']);

    it.each([
      ['2020-03-14', null, false, false],
      ['2020-03-15', 'active', true, true],
      ['2020-03-16', 'active', true, true],
      ['2023-06-29', 'active', true, true],
      ['2023-06-30', 'ceased', false, false],
      ['2023-07-01', 'ceased', false, false],
    ] as const)('on %s: status %p, member %p, active %p', (date, status, member, active) => {
      expect(statusOn(history, date)).toBe(status);
      expect(isMemberOn(history, date)).toBe(member);
      expect(isActiveOn(history, date)).toBe(active);
    });
  });

  it('a pending applicant and a rejected one are never members', () => {
    expect(statusOn([], '2024-01-01')).toBeNull();
    expect(isMemberOn([], '2024-01-01')).toBe(false);
    const rejected = h(['reject', '2024-02-01']);
    expect(statusOn(rejected, '2024-01-31')).toBeNull();
    expect(statusOn(rejected, '2024-02-01')).toBe('rejected');
    expect(isMemberOn(rejected, '2024-02-01')).toBe(false);
  });

  describe('suspension covering D', () => {
    const history = h(['admit', '2020-01-01'], ['suspend', '2021-04-10'], ['reinstate', '2021-05-20']);

    it.each([
      ['2021-04-09', 'active', true],
      ['2021-04-10', 'suspended', false],
      ['2021-05-19', 'suspended', false],
      ['2021-05-20', 'active', true],
      ['2021-05-21', 'active', true],
    ] as const)('on %s: %s (a member either way), active %p', (date, status, active) => {
      expect(statusOn(history, date)).toBe(status);
      expect(isMemberOn(history, date)).toBe(true);
      expect(isActiveOn(history, date)).toBe(active);
    });

    it('a suspension with no reinstatement covers every later day', () => {
      const open = h(['admit', '2020-01-01'], ['suspend', '2021-04-10']);
      expect(isActiveOn(open, '2030-01-01')).toBe(false);
      expect(isMemberOn(open, '2030-01-01')).toBe(true);
    });

    it('a second suspension after a reinstatement covers D again', () => {
      const twice = [...history, ...h(['suspend', '2022-01-01'], ['reinstate', '2022-02-01'])];
      expect(isActiveOn(twice, '2021-12-31')).toBe(true);
      expect(isActiveOn(twice, '2022-01-15')).toBe(false);
      expect(isActiveOn(twice, '2022-02-01')).toBe(true);
    });

    it('ceasing while suspended ends membership on the cessation date', () => {
      const ceased = h(['admit', '2020-01-01'], ['suspend', '2021-04-10'], ['cease', '2021-09-01']);
      expect(statusOn(ceased, '2021-08-31')).toBe('suspended');
      expect(isMemberOn(ceased, '2021-08-31')).toBe(true);
      expect(isMemberOn(ceased, '2021-09-01')).toBe(false);
    });
  });

  describe('same-day transitions apply in recorded order', () => {
    it('admitted and ceased the same day: not a member that day', () => {
      const history = h(['admit', '2024-01-10'], ['cease', '2024-01-10']);
      expect(isMemberOn(history, '2024-01-09')).toBe(false);
      expect(isMemberOn(history, '2024-01-10')).toBe(false);
    });

    it('suspended and reinstated the same day: active that day', () => {
      const history = h(['admit', '2024-01-01'], ['suspend', '2024-01-10'], ['reinstate', '2024-01-10']);
      expect(isActiveOn(history, '2024-01-10')).toBe(true);
    });

    it('admitted and suspended the same day: a member, not active', () => {
      const history = h(['admit', '2024-01-10'], ['suspend', '2024-01-10']);
      expect(statusOn(history, '2024-01-10')).toBe('suspended');
    });
  });

  describe('rejoin: several membership periods', () => {
    const history = h(
      ['admit', '2015-01-01'],
      ['cease', '2018-12-31'],
      ['rejoin', '2020-02-01'],
      ['admit', '2020-03-01'],
      ['cease', '2022-06-30'],
      ['rejoin', '2024-01-05'],
      ['reject', '2024-02-01'],
      ['rejoin', '2024-09-01'],
      ['admit', '2024-10-01'],
    );

    it.each([
      ['2014-12-31', null, false],
      ['2015-01-01', 'active', true],
      ['2018-12-30', 'active', true],
      ['2018-12-31', 'ceased', false],
      ['2020-01-31', 'ceased', false],
      ['2020-02-01', 'applicant', false],
      ['2020-02-29', 'applicant', false],
      ['2020-03-01', 'active', true],
      ['2022-06-29', 'active', true],
      ['2022-06-30', 'ceased', false],
      ['2024-01-05', 'applicant', false],
      ['2024-02-01', 'rejected', false],
      ['2024-09-30', 'applicant', false],
      ['2024-10-01', 'active', true],
      ['2099-01-01', 'active', true],
    ] as const)('on %s: %p, member %p', (date, status, member) => {
      expect(statusOn(history, date)).toBe(status);
      expect(isMemberOn(history, date)).toBe(member);
    });

    it('lists each membership period', () => {
      expect(membershipPeriods(history)).toEqual([
        { admittedOn: '2015-01-01', ceasedOn: '2018-12-31' },
        { admittedOn: '2020-03-01', ceasedOn: '2022-06-30' },
        { admittedOn: '2024-10-01', ceasedOn: null },
      ]);
      expect(membershipPeriods([])).toEqual([]);
    });
  });

  describe('bad histories and dates', () => {
    it('refuses a history that is not chronological', () => {
      const history = h(['admit', '2024-02-01'], ['cease', '2024-01-31']);
      expect(codeOf(() => statusOn(history, '2024-03-01'))).toBe('INVALID_HISTORY');
      // The whole history is checked, even past D.
      expect(codeOf(() => statusOn(history, '2024-01-01'))).toBe('INVALID_HISTORY');
    });

    it('refuses a history with an illegal step', () => {
      expect(codeOf(() => isMemberOn(h(['suspend', '2024-01-01']), '2024-02-01'))).toBe('INVALID_HISTORY');
      expect(codeOf(() => membershipPeriods(h(['admit', '2024-01-01'], ['admit', '2024-02-01'])))).toBe(
        'INVALID_HISTORY',
      );
    });

    it('refuses a history entry with a malformed date', () => {
      expect(codeOf(() => statusOn(h(['admit', '2024-02-30']), '2024-03-01'))).toBe('INVALID_HISTORY');
    });

    it('refuses a malformed as-of date', () => {
      expect(codeOf(() => statusOn(h(['admit', '2024-01-01']), '2024-1-1'))).toBe('INVALID_DATE');
    });
  });

  it('recognises calendar dates', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });
});
