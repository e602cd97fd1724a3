/** Every entity, listed once: the app, the tests and the TypeORM CLI share this list (no globs, no surprises). */
import { ApiClient } from '../auth/api-client.entity.js';
import { LoginAttempt } from '../auth/login-attempt.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import { User } from '../auth/user.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { IdempotencyRecord } from '../common/idempotency/idempotency-record.entity.js';
import { Bylaws } from '../cooperatives/bylaws.entity.js';
import { Cooperative } from '../cooperatives/cooperative.entity.js';
import { Contribution } from '../credit-fund/contribution.entity.js';
import { ContributionPlan } from '../credit-fund/contribution-plan.entity.js';
import { CreditFund } from '../credit-fund/credit-fund.entity.js';
import { FundEntry } from '../credit-fund/fund-entry.entity.js';
import { Loan } from '../credit-fund/loan.entity.js';
import { LoanGuarantor } from '../credit-fund/loan-guarantor.entity.js';
import { LoanInstalment } from '../credit-fund/loan-instalment.entity.js';
import { LoanRepayment } from '../credit-fund/loan-repayment.entity.js';
import { LoanRepaymentLine } from '../credit-fund/loan-repayment-line.entity.js';
import { Member } from '../membership/member.entity.js';
import { MemberInvitation } from '../membership/member-invitation.entity.js';
import { MemberNumberCounter } from '../membership/member-number-counter.entity.js';
import { MemberTransition } from '../membership/member-transition.entity.js';
import { GeneralAssembly } from '../governance/assembly.entity.js';
import { AssemblyAttendance } from '../governance/assembly-attendance.entity.js';
import { Ballot } from '../governance/ballot.entity.js';
import {
  BallotElector,
  BallotParticipation,
  BallotRollCallVote,
  BallotSecretChoice,
  BallotVoteHistory,
} from '../governance/ballot-votes.entity.js';
import { Proxy } from '../governance/proxy.entity.js';
import { CapitalBalance } from '../share-capital/capital-balance.entity.js';
import { CapitalEntry } from '../share-capital/capital-entry.entity.js';
import { CapitalRequest } from '../share-capital/capital-request.entity.js';
import { DistributionPlan } from '../surplus/distribution-plan.entity.js';
import { DistributionPlanLine } from '../surplus/distribution-plan-line.entity.js';
import { DistributionPosting } from '../surplus/distribution-posting.entity.js';
import { FiscalYear } from '../surplus/fiscal-year.entity.js';
import { PatronageRecord } from '../surplus/patronage-record.entity.js';
import { RefundPreference } from '../surplus/refund-preference.entity.js';
import { SurplusFundAllocation } from '../surplus/surplus-fund-allocation.entity.js';
import { SurplusPayable } from '../surplus/surplus-payable.entity.js';
import { AppSecret } from './app-secret.entity.js';

export const ENTITIES = [
  AppSecret,
  User,
  RoleGrant,
  RefreshToken,
  ApiClient,
  LoginAttempt,
  AuditEntry,
  IdempotencyRecord,
  Cooperative,
  Bylaws,
  Member,
  MemberTransition,
  MemberNumberCounter,
  MemberInvitation,
  GeneralAssembly,
  AssemblyAttendance,
  Ballot,
  BallotElector,
  BallotParticipation,
  BallotSecretChoice,
  BallotRollCallVote,
  BallotVoteHistory,
  Proxy,
  CapitalEntry,
  CapitalBalance,
  CapitalRequest,
  CreditFund,
  FundEntry,
  ContributionPlan,
  Contribution,
  Loan,
  LoanGuarantor,
  LoanInstalment,
  LoanRepayment,
  LoanRepaymentLine,
  FiscalYear,
  PatronageRecord,
  RefundPreference,
  DistributionPlan,
  DistributionPlanLine,
  SurplusPayable,
  SurplusFundAllocation,
  DistributionPosting,
];
