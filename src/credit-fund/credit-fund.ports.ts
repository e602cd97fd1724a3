/**
 * What the credit fund needs from modules it does not import (STYLE.md: modules depend downwards; share capital is
 * built beside it). The share-capital module provides the token from a @Global() module, e.g.
 *   { provide: MEMBER_PAID_UP_CAPITAL, useExisting: ShareHoldingsService }
 * Until it does, a member's paid-up capital is UNKNOWN, never taken as zero: an application is accepted only when
 * its amount is within the part of the ceiling that does not depend on capital (multiple x contributions, since
 * capital is never negative), and otherwise refused with PAID_UP_CAPITAL_UNKNOWN (credit-fund.module.ts).
 */
import type { EntityManager } from 'typeorm';

export const MEMBER_PAID_UP_CAPITAL = Symbol('MEMBER_PAID_UP_CAPITAL');

export interface MemberPaidUpCapitalPort {
  /**
   * The member's paid-up share capital at the end of `asOf` (YYYY-MM-DD), a non-negative decimal string in the
   * cooperative's currency ("0.00" for a member who holds none). Read through `manager`: it is called inside the
   * loan transaction.
   */
  paidUpCapital(manager: EntityManager, cooperativeId: string, memberId: string, asOf: string): Promise<string>;
}
