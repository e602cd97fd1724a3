/**
 * What the membership module needs from modules above it (share capital), as ports those modules provide. The
 * membership module never imports them (STYLE.md: modules depend downwards); the share-capital module provides
 * these tokens from a @Global() module, e.g.
 *   { provide: MEMBER_HOLDINGS, useExisting: ShareHoldingsService }
 *   { provide: ADMISSION_REQUIREMENTS, useExisting: AdmissionSharesCheck }
 *   { provide: MEMBER_CESSATION_HOOK, useExisting: WithdrawalRedemptionHook }
 * Until it exists, nothing is provided: the export leaves the share columns empty and admission records that the
 * minimum-shares requirement was not checked (see membership.module.ts).
 */
import type { EntityManager } from 'typeorm';
import type { CessationReason } from './member-lifecycle.rules.js';

export const MEMBER_HOLDINGS = Symbol('MEMBER_HOLDINGS');
export const ADMISSION_REQUIREMENTS = Symbol('ADMISSION_REQUIREMENTS');
export const MEMBER_CESSATION_HOOK = Symbol('MEMBER_CESSATION_HOOK');

export interface MemberHoldings {
  /** Number of shares held. */
  sharesHeld: number;
  /** Paid-up capital, a decimal string in the cooperative's currency. */
  paidUpCapital: string;
}

export interface MemberHoldingsPort {
  /**
   * Current holdings of these members (at most a few thousand ids per call), read through `manager` so an export
   * sees one consistent snapshot. Members without holdings may be left out of the map.
   */
  holdingsOf(
    manager: EntityManager,
    cooperativeId: string,
    memberIds: readonly string[],
  ): Promise<ReadonlyMap<string, MemberHoldings>>;
}

export interface AdmissionRequirementsPort {
  /**
   * Called inside the admission transaction, the applicant's row locked, before anything is written. Throws a
   * DomainError (e.g. minimum shares not subscribed, or not paid when the bylaws require it) to refuse the
   * admission; the whole transaction then rolls back.
   */
  assertAdmissible(input: { cooperativeId: string; memberId: string; effectiveDate: string }): Promise<void>;
}

export interface MemberCessationHookPort {
  /**
   * Called inside the cessation transaction, the member's row locked and already ceased, after the transition is
   * recorded (e.g. a withdrawal opens the redemption of the member's shares). Throwing rolls the cessation back.
   */
  onCeased(input: {
    cooperativeId: string;
    memberId: string;
    effectiveDate: string;
    cessationReason: CessationReason;
  }): Promise<void>;
}
