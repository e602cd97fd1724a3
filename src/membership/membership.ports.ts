/**
 * What membership needs from share capital, the module above it: the minimum-shares check at admission, the
 * holdings shown in the register export and the withdrawal hook. Membership cannot import share capital (STYLE.md:
 * modules depend downwards), so it exports MembershipHooks and ShareCapitalModule fills it in `onModuleInit`;
 * MemberService and MemberRegisterService call it. The app always composes both modules, so a hook missing when
 * a request asks for it is a wiring bug, not a state to serve.
 */
import { Injectable } from '@nestjs/common';
import type { TxContext } from '../common/context/request-context.js';
import type { CessationReason } from './member-lifecycle.rules.js';

export interface MemberHoldings {
  /** Number of shares held. */
  sharesHeld: number;
  /** Paid-up capital, a decimal string in the cooperative's currency. */
  paidUpCapital: string;
}

export interface MemberHoldingsPort {
  /**
   * Current holdings of these members (at most a few thousand ids per call), read through ctx's manager so an
   * export sees one consistent snapshot. Members without holdings may be left out of the map.
   */
  holdingsOf(
    ctx: TxContext,
    cooperativeId: string,
    memberIds: readonly string[],
  ): Promise<ReadonlyMap<string, MemberHoldings>>;
}

/** The codes an admission port may refuse with (share capital's catalogue owns them; the contract lists them). */
export const ADMISSION_REFUSALS = ['MINIMUM_SHARES_REQUIRED', 'MINIMUM_SHARES_NOT_PAID'] as const;
export type AdmissionRefusal = (typeof ADMISSION_REFUSALS)[number];

export interface AdmissionRequirementsPort {
  /**
   * Called inside the admission transaction (ctx's manager), the applicant's row locked, before anything is
   * written. Throws a rule error (minimum shares not subscribed, or not paid when the bylaws require it: one of
   * ADMISSION_REFUSALS) to refuse the admission; the whole transaction then rolls back.
   */
  assertAdmissible(
    ctx: TxContext,
    input: { cooperativeId: string; memberId: string; effectiveDate: string },
  ): Promise<void>;
}

export interface MemberCessationHookPort {
  /**
   * Called inside the cessation transaction, the member's row locked and already ceased, after the transition is
   * recorded (a withdrawal opens the redemption of the member's shares). Throwing rolls the cessation back.
   */
  onCeased(
    ctx: TxContext,
    input: { cooperativeId: string; memberId: string; effectiveDate: string; cessationReason: CessationReason },
  ): Promise<void>;
}

export interface MembershipHookSet {
  admission: AdmissionRequirementsPort;
  holdings: MemberHoldingsPort;
  cessation: MemberCessationHookPort;
}

/** The registry of membership's ports: one instance, filled once by the module that implements them. */
@Injectable()
export class MembershipHooks {
  private hooks?: MembershipHookSet;

  /** Called by ShareCapitalModule.onModuleInit (and by tests that stand in for share capital). */
  provide(hooks: MembershipHookSet): void {
    this.hooks = hooks;
  }

  get admission(): AdmissionRequirementsPort {
    return this.wired().admission;
  }

  get holdings(): MemberHoldingsPort {
    return this.wired().holdings;
  }

  get cessation(): MemberCessationHookPort {
    return this.wired().cessation;
  }

  private wired(): MembershipHookSet {
    if (!this.hooks) throw new Error('MembershipHooks: no module provided the membership ports (ShareCapitalModule).');
    return this.hooks;
  }
}
