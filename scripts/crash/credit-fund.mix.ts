/**
 * The credit fund in the mix: disbursements of the stage's approved loans (100.00 each) and repayments of 10.00 on
 * disbursed ones; each movement has its ledger entry in the fund.
 */
import { exists, field, type MixEntry, type Step } from './journal.js';
import { post } from './http.js';
import { coopPath, type World } from './world.js';

const REPAYMENTS_PER_LOAN = 3;

export function creditFundMix(world: World): MixEntry[] {
  const loans = `${coopPath(world)}/loans`;
  const disburse = (): Step | undefined => {
    const loanId = world.pools.approvedLoans.shift();
    if (!loanId) return undefined;
    return {
      module: 'credit-fund',
      write: post(world.staff, `${loans}/${loanId}/disburse`, { disbursedOn: world.today }),
      acknowledged() {
        for (let i = 0; i < REPAYMENTS_PER_LOAN; i++) world.pools.disbursedLoans.push(loanId);
        return [
          exists('the disbursed loan', 'loans', 'id = $1 AND disbursed_on = $2::date', [loanId, world.today]),
          exists('its fund entry', 'credit_fund_entries', "loan_id = $1 AND kind = 'disbursement'", [loanId]),
        ];
      },
    };
  };
  const repay = (): Step | undefined => {
    const loanId = world.pools.disbursedLoans.shift();
    if (!loanId) return undefined;
    return {
      module: 'credit-fund',
      write: post(world.staff, `${loans}/${loanId}/repayments`, { amount: '10.00', paidOn: world.today }),
      acknowledged: (body) => [
        exists('the repayment', 'loan_repayments', 'id = $1 AND loan_id = $2', [
          field(body, 'repayment', 'id'),
          loanId,
        ]),
        exists('its fund entries', 'credit_fund_entries', 'repayment_id = $1', [field(body, 'repayment', 'id')]),
      ],
    };
  };
  return [
    { weight: 1, next: disburse },
    { weight: 2, next: repay },
  ];
}
