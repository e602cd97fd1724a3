import { allowedActions } from './member-lifecycle.rules.js';
import type { Member } from './member.entity.js';
import type { MemberResponseDto, MemberTransitionResponseDto } from './member.dto.js';
import type { MemberTransition } from './member-transition.entity.js';

export function mapMember(m: Member): MemberResponseDto {
  return {
    id: m.id,
    memberNumber: m.memberNumber,
    kind: m.kind,
    name: m.name,
    gender: m.gender,
    dateOfBirth: m.dateOfBirth,
    community: m.community,
    occupation: m.occupation,
    email: m.email,
    phone: m.phone,
    address: m.address,
    status: m.status,
    appliedOn: m.appliedOn,
    statusSince: m.statusSince,
    firstAdmittedOn: m.firstAdmittedOn,
    admittedOn: m.admittedOn,
    ceasedOn: m.ceasedOn,
    cessationReason: m.cessationReason,
    hasAccount: m.userId !== null,
    allowedActions: allowedActions(m.status),
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function mapTransition(t: MemberTransition): MemberTransitionResponseDto {
  return {
    id: t.id,
    action: t.action,
    fromStatus: t.fromStatus,
    toStatus: t.toStatus,
    effectiveDate: t.effectiveDate,
    cessationReason: t.cessationReason,
    rejectionReason: t.rejectionReason,
    decisionReference: t.decisionReference,
    reason: t.reason,
    rightOfAppeal: t.rightOfAppeal,
    memberNumber: t.memberNumber,
    recordedByType: t.recordedByType,
    recordedBy: t.recordedBy,
    recordedAt: t.recordedAt.toISOString(),
  };
}
