import type { AssemblyResponseDto, AttendanceEntryDto, MeetingQuorumDto } from './assembly.dto.js';
import type { GeneralAssembly } from './assembly.entity.js';
import type { BallotResponseDto } from './ballot.dto.js';
import type { BallotResultDto } from './ballot-results.dto.js';
import type { Ballot } from './ballot.entity.js';
import { plainPercent, type StoredResult } from './governance.rules.js';
import type { ProxyResponseDto } from './proxy.dto.js';
import type { Proxy } from './proxy.entity.js';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export function mapBallot(b: Ballot): BallotResponseDto {
  return {
    id: b.id,
    assemblyId: b.assemblyId,
    agendaItem: b.agendaItem,
    title: b.title,
    description: b.description,
    kind: b.kind,
    mode: b.mode,
    inAssemblyMethod: b.inAssemblyMethod,
    secret: b.secret,
    options: b.options,
    seats: b.seats,
    majority: b.majority,
    quorum: {
      type: b.quorumType,
      percent: b.quorumPercent === null ? null : plainPercent(b.quorumPercent),
      count: b.quorumCount,
    },
    recordDate: b.recordDate,
    opensAt: iso(b.opensAt),
    closesAt: iso(b.closesAt),
    status: b.status,
    electorateSize: b.electorateSize,
    electorateFingerprint: b.electorateFingerprint,
    openedAt: iso(b.openedAt),
    closedAt: iso(b.closedAt),
    publishedAt: iso(b.publishedAt),
    createdAt: b.createdAt.toISOString(),
    version: b.version,
  };
}

export function mapResult(b: Ballot, r: StoredResult): BallotResultDto {
  const base = {
    ballotId: b.id,
    kind: r.kind,
    final: b.status === 'published',
    outcome: r.outcome,
    electorate: r.electorate,
    participants: r.participants,
    quorumThreshold: r.quorumThreshold,
    quorumMet: r.quorumMet,
    electorateFingerprint: b.electorateFingerprint ?? '',
    publishedAt: iso(b.publishedAt),
  };
  switch (r.kind) {
    case 'motion':
      return {
        ...base,
        counts: r.counts,
        majority: r.majority,
        majorityMet: r.majorityMet,
        abstentions: null,
        ranking: [],
        winner: null,
        elected: [],
        tied: [],
        seatsInTie: 0,
        vacantSeats: 0,
      };
    case 'choice':
      return {
        ...base,
        counts: null,
        majority: null,
        majorityMet: null,
        abstentions: r.abstentions,
        ranking: r.ranking,
        winner: r.winner,
        elected: [],
        tied: r.tied,
        seatsInTie: 0,
        vacantSeats: 0,
      };
    case 'election':
      return {
        ...base,
        counts: null,
        majority: null,
        majorityMet: null,
        abstentions: null,
        ranking: r.ranking,
        winner: null,
        elected: r.elected,
        tied: r.tied,
        seatsInTie: r.seatsInTie,
        vacantSeats: r.vacantSeats,
      };
  }
}

export function mapAssembly(a: GeneralAssembly, quorum: MeetingQuorumDto | null): AssemblyResponseDto {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    meetingDate: a.meetingDate,
    location: a.location,
    notice: a.notice,
    agenda: a.agenda,
    recordDate: a.recordDate,
    status: a.status,
    quorum,
    minutes: a.minutes,
    openedAt: iso(a.openedAt),
    closedAt: iso(a.closedAt),
    createdAt: a.createdAt.toISOString(),
    version: a.version,
  };
}

export function mapProxy(p: Proxy): ProxyResponseDto {
  return {
    id: p.id,
    ballotId: p.ballotId,
    assemblyId: p.assemblyId,
    grantorMemberId: p.grantorMemberId,
    holderMemberId: p.holderMemberId,
    state: p.revokedAt !== null ? 'revoked' : p.used ? 'used' : 'active',
    revokedAt: iso(p.revokedAt),
    createdAt: p.createdAt.toISOString(),
  };
}

/**
 * A governance event's data: the ballot, assembly or proxy as its GET shows it, an attendance entry as the register
 * lists it, for readers holding governance:read. Never a vote: a vote's event carries no data.
 */
export const governanceEvent = <
  T extends BallotResponseDto | AssemblyResponseDto | AttendanceEntryDto | ProxyResponseDto,
>(
  data: T,
) => ({ data, readScope: 'governance:read' as const });
