/** The contract's tags, each declared with what it groups; contract-shape.spec.ts fails on a tag missing here. */
export const TAGS: Readonly<Record<string, string>> = {
  health: 'Liveness and readiness, for load balancers and monitors. Public.',
  auth: 'Logging in and out, refreshing tokens, and the caller’s own account (`/v1/me`).',
  cooperatives: 'Cooperatives (the tenants) and their bylaws: share price, minimum holding, scale, voting rules.',
  'users and roles': 'The people who may use a cooperative and their roles in it. Admins grant and revoke.',
  'api clients': 'API keys for integrations (an accounting sync, a mobile app), each with scopes.',
  audit: 'The audit log: who did what, when and why, for every change to the register, capital and decisions.',
  webhooks:
    'Webhook endpoints: the events POSTed to a URL as they happen, signed (Standard Webhooks), retried, each attempt logged.',
  events: 'The change feed for external apps: every change as an event, in commit-safe order, resumable from a cursor.',
  members:
    'The member register: applications, admissions, suspensions, cessations and readmissions, with the register ' +
    'as of any date and its CSV export. Kept by the secretary.',
  'share capital':
    'Share subscriptions and payments, transfers between members, redemptions on exit and the capital ledger. ' +
    'Kept by the treasurer.',
  assemblies: 'General assemblies: notice, agenda, attendance and quorum.',
  ballots: 'One-member-one-vote ballots: drafts, opening, secret or open voting, closing and results.',
  proxies: 'Proxies: a member gives another member their vote at an assembly, within the bylaws’ limits.',
  'governance self-service': 'What a member sees and does themself: their ballots, their vote, their proxies.',
  surplus:
    'Fiscal years, patronage records and the distribution of a surplus among reserves, interest on capital and ' +
    'patronage refunds, with each member’s statement.',
  'credit-fund': 'The solidarity credit fund: contributions, its ledger and its balance.',
  loans: 'Loans from the credit fund: applications, guarantors, committee decisions, schedules, repayments, arrears.',
};
