/**
 * A ballot draft's fields (pure, no I/O): what create and update may write, the defaults' columns, and the checks of
 * the whole definition against its kind, mode and assembly.
 */
import type { GeneralAssembly } from './assembly.entity.js';
import type { BallotCreateDto, BallotUpdateDto, QuorumDto } from './ballot.dto.js';
import type { Ballot } from './ballot.entity.js';
import { GovernanceError } from './governance.errors.js';
import { BallotRuleError, type QuorumRule, validateBallotDefinition } from './tally.rules.js';

export const invalidDefinition = (message: string) => new GovernanceError('INVALID_BALLOT_DEFINITION', message);

/** What a draft's edit may write. */
export const DRAFT_COLUMNS = [
  'title',
  'recordDate',
  'description',
  'options',
  'seats',
  'majority',
  'quorumType',
  'quorumPercent',
  'quorumCount',
  'opensAt',
  'closesAt',
  'agendaItem',
] as const satisfies readonly (keyof Ballot)[];

export function pick(source: Partial<Ballot>, keys: readonly (keyof Ballot)[]): Partial<Ballot> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}
/** Applies the draft fields of a create or update, then checks the whole definition. */
export function applyFields(
  target: Partial<Ballot>,
  input: BallotCreateDto | BallotUpdateDto,
  assembly: GeneralAssembly | null,
): void {
  if (input.description !== undefined) target.description = input.description ?? null;
  if (input.options !== undefined) target.options = input.options;
  if (input.seats !== undefined) target.seats = input.seats ?? null;
  if (input.majority !== undefined) target.majority = input.majority;
  if (input.quorum !== undefined) Object.assign(target, quorumColumns(quorumFromDto(input.quorum)));
  if (input.opensAt !== undefined) target.opensAt = input.opensAt === null ? null : new Date(input.opensAt);
  if (input.closesAt !== undefined) target.closesAt = input.closesAt === null ? null : new Date(input.closesAt);
  if (input.agendaItem !== undefined) target.agendaItem = input.agendaItem ?? null;

  try {
    validateBallotDefinition(target.kind!, target.options!, target.seats ?? null);
  } catch (error) {
    if (error instanceof BallotRuleError) throw invalidDefinition(error.message);
    throw error;
  }
  if (target.kind !== 'motion' && input.majority !== undefined)
    throw invalidDefinition('Only a motion has a majority.');
  if (target.mode === 'in_assembly' && (target.opensAt !== null || target.closesAt !== null)) {
    throw invalidDefinition('opensAt and closesAt are for electronic ballots: the assembly sets the time.');
  }
  if (target.opensAt && target.closesAt && target.opensAt >= target.closesAt) {
    throw invalidDefinition('opensAt must be before closesAt.');
  }
  if (assembly === null) {
    if (target.agendaItem !== null) throw invalidDefinition('agendaItem needs an assembly.');
    return;
  }
  if (target.recordDate !== assembly.recordDate) {
    throw invalidDefinition(`A ballot of an assembly uses the assembly's record date (${assembly.recordDate}).`);
  }
  if (target.agendaItem !== null && !assembly.agenda.some((item) => item.number === target.agendaItem)) {
    throw invalidDefinition(`The assembly has no agenda item ${target.agendaItem}.`);
  }
}

function quorumFromDto(quorum: QuorumDto): QuorumRule {
  if (quorum.type === 'percent') return { type: 'percent', percent: quorum.percent! };
  if (quorum.type === 'absolute') return { type: 'absolute', count: quorum.count! };
  return { type: 'none' };
}

export function quorumColumns(rule: QuorumRule): Pick<Ballot, 'quorumType' | 'quorumPercent' | 'quorumCount'> {
  switch (rule.type) {
    case 'none':
      return { quorumType: 'none', quorumPercent: null, quorumCount: null };
    case 'percent':
      return { quorumType: 'percent', quorumPercent: String(rule.percent), quorumCount: null };
    case 'absolute':
      return { quorumType: 'absolute', quorumPercent: null, quorumCount: rule.count };
  }
}
