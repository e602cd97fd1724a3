// Generated from openapi.yaml by `npm run openapi` (openapi-typescript); do not edit: change the code and rerun.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password
         * @description Rate-limited per email and per client address.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session the refresh token belongs to */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new token pair (the old refresh token stops working) */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every cooperative on the platform (superadmin); others see theirs in /v1/me */
        get: operations["listCooperatives"];
        put?: never;
        /** Create a cooperative with its bylaws (platform superadmin) */
        post: operations["createCooperative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a cooperative */
        get: operations["getCooperative"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the cooperative's API clients (never their keys) */
        get: operations["listApiClients"];
        put?: never;
        /** Create an API key for an external app (the key is shown only in this response) */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/api-clients/{apiClientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API client: its key stops working at once */
        delete: operations["revokeApiClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/assemblies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assemblies, latest meeting first */
        get: operations["listAssemblies"];
        put?: never;
        /** Convene a general assembly (notice, agenda, record date) */
        post: operations["createAssembly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/assemblies/{assemblyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assembly, with its meeting quorum once in session */
        get: operations["getAssembly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a planned assembly */
        patch: operations["updateAssembly"];
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/assemblies/{assemblyId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendance register, by member number */
        get: operations["listAttendance"];
        put?: never;
        /** Record a member present in person, or represented by a present proxy holder */
        post: operations["recordAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/assemblies/{assemblyId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the session with its minutes (final); its ballots must be closed */
        post: operations["closeAssembly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/assemblies/{assemblyId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the session: count the electorate on the record date */
        post: operations["openAssembly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the cooperative's audit log, newest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ballots, newest first (keyset pagination) */
        get: operations["listBallots"];
        put?: never;
        /** Draft a ballot (quorum and majority default to the bylaws) */
        post: operations["createBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ballot (its definition, status, electorate size and fingerprint) */
        get: operations["getBallot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft (kind, mode and secrecy are fixed at creation) */
        patch: operations["updateBallot"];
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/anonymous-choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Secret ballot, after closing: every counted choice, shuffled, for anyone to recount */
        get: operations["listAnonymousChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close voting and tally (not before closesAt) */
        post: operations["closeBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** In-assembly ballot (method counts): record the counts; replaced until published */
        post: operations["recordBallotCounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/electorate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The frozen roll, by member id (the fingerprint order) */
        get: operations["getBallotElectorate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open: freeze the electorate (register as of the record date + voting conditions) and its fingerprint */
        post: operations["openBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the result: final and immutable */
        post: operations["publishBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Secret ballot, after closing: the counted receipt codes, sorted (find yours) */
        get: operations["listBallotReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result (after closing; final once published) */
        get: operations["getBallotResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/roll-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** In-assembly ballot (method roll_call): record a present or represented member's vote */
        post: operations["recordRollCallVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/roll-call-votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open ballot, after closing: who voted what, by member number */
        get: operations["listRollCallVotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/ballots/{ballotId}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote (a member, for themself or as proxy holder with onBehalfOfMemberId)
         * @description One counted vote per member per ballot. Open ballots: voting again by the same route changes the vote (history kept). Secret ballots: the response carries a receipt code, once; an Idempotency-Key replay returns the first response without it (the server keeps no link between voter and receipt), and the selection is left out of the key fingerprint.
         */
        post: operations["castVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/bylaws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the cooperative's bylaws */
        get: operations["getBylaws"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change bylaws (admins); every change is audited */
        patch: operations["updateBylaws"];
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/capital-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one capital entry (and the reversal that undid it, if any) */
        get: operations["getCapitalEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/capital-entries/{entryId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a mistaken subscription, payment or allocation with a linked entry (nothing is edited) */
        post: operations["reverseCapitalEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/capital/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Month by month: the movements by entry kind and the totals at each month end */
        get: operations["getCapitalMonthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/capital/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cooperative's shares and capital on a date (default: today, UTC) */
        get: operations["getCapitalTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund: balance available to lend, principal outstanding, totals by kind of entry */
        get: operations["getCreditFund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loans in arrears on a day: days past due and overdue amounts (keyset by loan id) */
        get: operations["listLoanArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/contribution-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recurring contribution plans (keyset pagination), optionally of one member */
        get: operations["listContributionPlans"];
        put?: never;
        /** Record a member’s recurring contribution commitment (amount and frequency); audited */
        post: operations["createContributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/contribution-plans/{planId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a recurring plan on a day (or bring its end forward); audited */
        post: operations["endContributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions by date (keyset pagination), optionally of one member */
        get: operations["listContributions"];
        put?: never;
        /**
         * Post a member’s contribution (one-off, or under their recurring plan); audited
         * @description The member must be active or suspended. An officer may not post their own contribution.
         */
        post: operations["postContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a donation received by the fund; audited */
        post: operations["postDonation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund’s ledger in posting order (append-only; keyset pagination) */
        get: operations["listCreditFundEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/me/contribution-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My contribution statement: total to a day and each recurring plan’s standing */
        get: operations["getOwnContributionStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/me/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My contributions to the fund, by date */
        get: operations["listOwnContributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/me/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My loans and applications */
        get: operations["listOwnLoans"];
        put?: never;
        /** Apply for a loan (today), checked against the bylaws: ceiling, term, loans per member, guarantee */
        post: operations["applyForOwnLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/members/{memberId}/contribution-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s contributions to a day: total, and each recurring plan’s due, paid, outstanding */
        get: operations["getContributionStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Loan portfolio on a day: outstanding principal, overdue amounts, PAR30 and PAR90
         * @description PARx: the whole outstanding principal of the loans more than x days past due, and its share of the outstanding principal. Exact for past days too (repayments recorded later are left out).
         */
        get: operations["getLoanPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/credit-fund/schedule-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The repayment schedule a loan on these terms would have, at the bylaws’ rate (nothing stored) */
        get: operations["previewLoanSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan: parameters, funds, pools and status */
        get: operations["getDistributionPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the assembly's approval of a proposed plan; audited
         * @description A plan linked to a ballot is approved only when that ballot passed (409 BALLOT_NOT_PASSED otherwise; 404 BALLOT_NOT_FOUND when governance does not know it).
         */
        post: operations["approveDistributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute an approved plan in one transaction: refunds, capital credits and fund allocations; audited
         * @description Each member's line (interest + patronage refund) becomes a cash payable or a share-capital allocation, per the member's choice or the bylaws; the funds are allocated and the community fund feeds the credit fund when the plan says so. A second execution is 409 ILLEGAL_TRANSITION and posts nothing.
         */
        post: operations["executeDistributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's member lines in member-number order (keyset pagination) */
        get: operations["listDistributionPlanLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/lines.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan's member lines as CSV (RFC 4180, UTF-8), streamed
         * @description Columns: member_number, name, capital_days, patronage_weight, patronage_eligible, interest, patronage_refund, total, refund_mode.
         */
        get: operations["exportDistributionPlanLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze a draft and put it to the assembly: linked to a ballot and/or an assembly resolution; audited
         * @description The fiscal year must be over, the draft computed from the year's current inputs (else 409 PLAN_STALE) and no other plan of the year proposed, approved or executed. The year's surplus and patronage are then frozen.
         */
        post: operations["proposeDistributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute a draft from the year's current inputs; parameters given replace the plan's; audited */
        post: operations["recomputeDistributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-plans/{planId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a draft or a proposed plan (final); the year is open again; audited */
        post: operations["rejectDistributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-statements/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My distribution statement: my interest and patronage refund per fiscal year */
        get: operations["getOwnDistributionStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/distribution-statements/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's distribution statement (a member may read only their own) */
        get: operations["getMemberDistributionStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fiscal years, newest first (keyset pagination) */
        get: operations["listFiscalYears"];
        put?: never;
        /** Open a fiscal year (first and last day; years never overlap); audited */
        post: operations["createFiscalYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fiscal year */
        get: operations["getFiscalYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/distribution-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's distribution plans, newest first (keyset pagination) */
        get: operations["listDistributionPlans"];
        put?: never;
        /**
         * Compute a draft distribution plan for the year; audited
         * @description Reserve, education and community funds (surplus x % rounded half-up), limited interest on paid-up capital prorated by days held, then patronage refunds; every pool split by largest remainder. A zero or negative surplus is 422 NON_POSITIVE_SURPLUS.
         */
        post: operations["createDistributionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/net-surplus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter or correct the year's net surplus from the accounts; audited
         * @description Refused (409 FISCAL_YEAR_LOCKED) while a plan of the year is proposed, approved or executed.
         */
        put: operations["enterNetSurplus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/patronage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's patronage records in member-number order (keyset pagination) */
        get: operations["listPatronage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/patronage/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import patronage records as JSON, all or nothing; audited
         * @description Every row is checked (format, member number on the register, admitted by the year end, once in the file, not already recorded unless mode is 'replace'); one bad row rejects the import (422 PATRONAGE_IMPORT_INVALID, `errors` naming each row as 'row N' or 'row N.column', N counted from 1) and nothing is written.
         */
        post: operations["importPatronage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/patronage/import.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import patronage records as CSV (text/csv, UTF-8, up to 32 MB), all or nothing; audited
         * @description Header: member_number and quantity and/or value, in any order. Checked like the JSON import; row N is the file's line N (the header is row 1), as a spreadsheet numbers it.
         */
        post: operations["importPatronageCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/fiscal-years/{fiscalYearId}/patronage/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record or correct a member's patronage for the year (quantity and/or value); audited
         * @description The member must have been admitted on or before the year's last day.
         */
        put: operations["recordPatronage"];
        post?: never;
        /** Remove a member's patronage record for the year (recorded by mistake); audited */
        delete: operations["deletePatronage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loans and applications (keyset pagination), by status or member */
        get: operations["listLoans"];
        put?: never;
        /**
         * Record a member’s loan application, checked against the bylaws
         * @description Refused with LOAN_ABOVE_CEILING (ceiling = multiple x (paid-up capital + fund contributions)), TERM_TOO_LONG, TOO_MANY_LOANS (open applications and loans count) or GUARANTEE_REQUIRED; `violations` lists them all. The rate is the bylaws’ rate of the day, frozen on the loan.
         */
        post: operations["createLoanApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One loan (a member may read only their own) */
        get: operations["getLoan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The credit committee approves an application (the bylaws are checked again on the decision day) */
        post: operations["approveLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days past due and overdue amounts of the loan on a day */
        get: operations["getLoanArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/disburse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay out an approved loan from the fund and fix its schedule
         * @description INSUFFICIENT_FUND_BALANCE when the fund does not hold the amount; nothing is posted then.
         */
        post: operations["disburseLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/instalments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The repayment schedule and what was paid on each instalment (empty before disbursement) */
        get: operations["getLoanSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The credit committee rejects an application (or an approved, undisbursed loan), with a reason */
        post: operations["rejectLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Repayments of the loan by value date, with their allocation to instalments */
        get: operations["listLoanRepayments"];
        put?: never;
        /**
         * Post a repayment: overdue interest, then overdue principal, then current and later instalments
         * @description More than the whole balance owed is refused (REPAYMENT_EXCEEDS_BALANCE); money going to instalments not yet due is shown as `prepaid`. The repayment that clears the schedule closes the loan. For an early full repayment without the later interest, use /settle.
         */
        post: operations["postLoanRepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Early full repayment at the day’s settlement quote; later interest is waived and the loan closes */
        post: operations["settleLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/settlement-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What repays the loan in full early on a day: principal, interest earned to that day, interest waived */
        get: operations["getSettlementQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/loans/{loanId}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The credit committee writes a disbursed loan off, with a reason; pledges stay as they are */
        post: operations["writeOffLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/me/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My ballots: every ballot past draft, whether I may vote and whether I voted */
        get: operations["listMyBallots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/me/ballots/{ballotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My standing on one ballot; on an open ballot, my vote and its history */
        get: operations["getMyBallot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/me/proxies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proxies I gave and proxies I hold */
        get: operations["listMyProxies"];
        put?: never;
        /** Appoint a proxy holder (by member id or number) for a ballot or an assembly */
        post: operations["appointMyProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/me/proxies/{proxyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a proxy I gave (until it is used) */
        post: operations["revokeMyProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/member-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: set a password (or link an existing account) and become the member’s user */
        post: operations["acceptMemberInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search the register (keyset pagination) */
        get: operations["listMembers"];
        put?: never;
        /** Record an application for membership (status applicant; the number comes at admission) */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the register as CSV (RFC 4180, UTF-8), streamed
         * @description Columns: member_number, name, status, admission_date, cessation_date, cessation_reason, shares_held, paid_up_capital (the last two from share capital; empty for a record that never had capital).
         */
        get: operations["exportMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My member record */
        get: operations["getOwnMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my contact data (email, phone, address); audited */
        patch: operations["updateOwnContact"];
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/me/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every audit entry about me, newest first */
        get: operations["listOwnAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/me/capital": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My capital on a date
         * @description Shares held, subscribed and paid-up capital from the entries effective on or before asOf (default: today, UTC).
         */
        get: operations["getOwnCapital"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/me/capital/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entries behind my capital, oldest first, with my balances after each */
        get: operations["listOwnCapitalEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/me/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My lifecycle transitions, oldest first */
        get: operations["listOwnHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register as of a date: who was a member that day, and whether active or suspended
         * @description A record is a member on day D when admitted with effect on or before D and not ceased with effect on or before D since; active unless a suspension covers D. Same-day transitions apply in recorded order.
         */
        get: operations["getRegisterAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one member (a member may read only their own record) */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a member's identity or contact data (not status or number); audited */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit an applicant: status active; the first admission assigns the member number */
        post: operations["admitMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every audit entry about the member (changes, transitions, invitations), newest first */
        get: operations["listMemberAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/capital": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's capital on a date
         * @description Shares held, subscribed and paid-up capital from the entries effective on or before asOf (default: today, UTC).
         */
        get: operations["getMemberCapital"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/capital/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entries behind a member's capital, oldest first, with the balances after each */
        get: operations["listMemberCapitalEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/cease": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a membership (withdrawn, expelled, deceased, dissolved); the record stays on the register
         * @description An expulsion needs the board decision reference and records the right of appeal to the general assembly.
         */
        post: operations["ceaseMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member's lifecycle transitions, oldest first */
        get: operations["listMemberHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite the member to the API (self-service); the one-time token is shown only in this response
         * @description Not idempotent by key on purpose: a stored replay would keep the token in clear. A retry creates a new invitation and revokes the previous one.
         */
        post: operations["inviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended member */
        post: operations["reinstateMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse an application: status rejected (the record is kept) */
        post: operations["rejectMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/rejoin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A former member or refused applicant applies again: status applicant, on the same record
         * @description A later admission keeps the member number of the first one.
         */
        post: operations["rejoinMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an active member */
        post: operations["suspendMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/members/{memberId}/withdraw-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the applicant withdrew the application: status rejected (kept, never deleted) */
        post: operations["withdrawMemberApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/proxies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List proxies, newest first */
        get: operations["listProxies"];
        put?: never;
        /** Record a proxy (for a ballot outside any assembly, or for an assembly) */
        post: operations["createProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/proxies/{proxyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One proxy */
        get: operations["getProxy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/proxies/{proxyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a proxy (until it is used) */
        post: operations["revokeProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Credit capital from surplus: pays up unpaid shares first, then new shares at par */
        post: operations["createShareAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a payment towards subscribed shares
         * @description Paid-up capital never exceeds subscribed capital (PAID_UP_EXCEEDS_SUBSCRIBED).
         */
        post: operations["createSharePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List redemption requests in the order recorded, or the queue in payment order */
        get: operations["listShareRedemptions"];
        put?: never;
        /**
         * Record a redemption request: some fully paid shares, or all the (former) member's shares
         * @description Payable from requestedOn + the bylaws' notice period. A member keeps the minimum shares.
         */
        post: operations["requestShareRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-redemptions/process-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay queued redemptions in order while the year's cap leaves room
         * @description Run when room appears: in a new year, after the cap is raised, or once the capital grew. Stops at the first redemption that does not fit, so none overtakes an earlier one.
         */
        post: operations["processRedemptionQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-redemptions/{redemptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one redemption request */
        get: operations["getShareRedemption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-redemptions/{redemptionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The board approves a requested redemption (decision reference required) */
        post: operations["approveShareRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-redemptions/{redemptionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open redemption request (reason required); the shares are freed */
        post: operations["cancelShareRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-redemptions/{redemptionId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an approved redemption on the effective date, or queue it when over the annual cap
         * @description Not before the notice period ends (REDEMPTION_NOT_PAYABLE_YET). Answers the request: completed, or still approved with queued=true when the year's cap has no room or earlier redemptions wait.
         */
        post: operations["completeShareRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-redemptions/{redemptionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The board rejects a requested redemption (reason required); the shares are freed */
        post: operations["rejectShareRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a subscription: shares pledged at par (an applicant's initial subscription comes before admission)
         * @description Refused above the per-member maximum (SHARE_CAP_EXCEEDED).
         */
        post: operations["createShareSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transfer requests in the order recorded (keyset pagination) */
        get: operations["listShareTransfers"];
        put?: never;
        /** Record a transfer request (fully paid shares, giver keeps the minimum) */
        post: operations["requestShareTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one transfer request */
        get: operations["getShareTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-transfers/{transferId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The board approves a requested transfer (decision reference required) */
        post: operations["approveShareTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-transfers/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open transfer request (reason required); the shares are freed */
        post: operations["cancelShareTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-transfers/{transferId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an approved transfer: transfer_out and transfer_in entries at par, on the effective date
         * @description The receiver must be active and stay under the per-member maximum (SHARE_CAP_EXCEEDED).
         */
        post: operations["completeShareTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/share-transfers/{transferId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The board rejects a requested transfer (reason required); the shares are freed */
        post: operations["rejectShareTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/surplus-refund-preferences/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How my surplus refunds are paid */
        get: operations["getOwnRefundPreference"];
        /** Choose how my surplus refunds are paid (cash or capital); audited */
        put: operations["setOwnRefundPreference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/surplus-refund-preferences/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a member's surplus refunds are paid (a member may read only their own) */
        get: operations["getRefundPreference"];
        /** Record a member's written choice of refund form; audited */
        put: operations["setRefundPreference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users holding roles in the cooperative */
        get: operations["listUsers"];
        put?: never;
        /** Add a user (new or existing account) with roles */
        post: operations["addUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/users/{userId}/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grant a role to a user of the cooperative (granting a held role changes nothing) */
        put: operations["grantRole"];
        post?: never;
        /** Revoke a role */
        delete: operations["revokeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: the caller, its cooperatives and roles (or an API key’s cooperative and scopes) */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgendaItemDto: {
            description: string | null;
            number: number;
            title: string;
        };
        AgendaItemInputDto: {
            description?: string | null;
            /** @example Approval of the annual accounts */
            title: string;
        };
        AllocationCreateDto: {
            /**
             * @description Capital credited from surplus: it first pays up any unpaid subscription, then buys new shares at par (the last one partly paid if need be). A decimal string with at most the currency's minor-unit decimals.
             * @example 150.00
             */
            amount: string;
            /**
             * Format: date
             * @description The day it is credited: not before the member's previous entry, not in the future.
             * @example 2024-05-10
             */
            effectiveDate: string;
            /**
             * Format: uuid
             * @description The member credited.
             */
            memberId: string;
            /** @description Free text. */
            note?: string;
            /**
             * @description The surplus distribution plan or resolution.
             * @example Receipt 2024-0113
             */
            reference?: string;
        };
        AnonymousChoiceDto: {
            selection: (string | null) | string[];
        };
        AnonymousChoicePageDto: {
            /** @description Every counted secret ballot, in a random order fixed at closing, without voter or receipt. */
            items: components["schemas"]["AnonymousChoiceDto"][];
            nextCursor: string | null;
        };
        ApiClientCreateDto: {
            /** @example Accounting sync */
            name: string;
            /**
             * @example [
             *       "members:read"
             *     ]
             */
            scopes: ("cooperative:read" | "bylaws:read" | "audit:read" | "members:read" | "members:write" | "capital:read" | "capital:write" | "governance:read" | "governance:write" | "surplus:read" | "surplus:write" | "credit:read" | "credit:write")[];
        };
        ApiClientCreatedDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Send as `X-API-Key`. Shown only in this response: store it now. */
            key: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            scopes: ("cooperative:read" | "bylaws:read" | "audit:read" | "members:read" | "members:write" | "capital:read" | "capital:write" | "governance:read" | "governance:write" | "surplus:read" | "surplus:write" | "credit:read" | "credit:write")[];
        };
        ApiClientResponseDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            scopes: ("cooperative:read" | "bylaws:read" | "audit:read" | "members:read" | "members:write" | "capital:read" | "capital:write" | "governance:read" | "governance:write" | "surplus:read" | "surplus:write" | "credit:read" | "credit:write")[];
        };
        AssemblyCloseDto: {
            /** @description The minutes; they never change afterwards. */
            minutes: string;
        };
        AssemblyCreateDto: {
            /** @description Numbered 1, 2, 3... in this order. */
            agenda?: components["schemas"]["AgendaItemInputDto"][];
            /** @enum {string} */
            kind: "annual" | "extraordinary";
            /** @example Community hall, El Rosario */
            location?: string | null;
            /**
             * Format: date
             * @example 2025-05-10
             */
            meetingDate: string;
            /** @description The notice (convocation) sent to members. */
            notice: string;
            /**
             * Format: date
             * @description Who may attend and vote: the members eligible on this day.
             */
            recordDate: string;
            /** @example Annual general assembly 2025 */
            title: string;
        };
        AssemblyPageDto: {
            items: components["schemas"]["AssemblyResponseDto"][];
            nextCursor: string | null;
        };
        AssemblyResponseDto: {
            agenda: components["schemas"]["AgendaItemDto"][];
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "annual" | "extraordinary";
            location: string | null;
            /** Format: date */
            meetingDate: string;
            minutes: string | null;
            notice: string;
            /** Format: date-time */
            openedAt: string | null;
            /** @description From opening on. */
            quorum: components["schemas"]["MeetingQuorumDto"] | null;
            /** Format: date */
            recordDate: string;
            /** @enum {string} */
            status: "planned" | "in_session" | "closed";
            title: string;
        };
        AssemblyUpdateDto: {
            /** @description Numbered 1, 2, 3... in this order. */
            agenda?: components["schemas"]["AgendaItemInputDto"][];
            /** @example Community hall, El Rosario */
            location?: string | null;
            /** Format: date */
            meetingDate?: string;
            notice?: string;
            /** Format: date */
            recordDate?: string;
            title?: string;
        };
        AttendanceEntryDto: {
            /**
             * Format: uuid
             * @description mode proxy: who represents them.
             */
            holderMemberId: string | null;
            /** Format: uuid */
            memberId: string;
            memberNumber: number;
            /** @enum {string} */
            mode: "in_person" | "proxy";
            name: string;
            /** Format: uuid */
            proxyId: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        AttendancePageDto: {
            items: components["schemas"]["AttendanceEntryDto"][];
            nextCursor: string | null;
        };
        AttendanceRecordDto: {
            /** Format: uuid */
            memberId: string;
            /**
             * @description in_person, or proxy: represented by a present holder.
             * @enum {string}
             */
            mode: "in_person" | "proxy";
            /**
             * Format: uuid
             * @description mode proxy: the member's proxy for this assembly.
             */
            proxyId?: string;
        };
        AuditEntryResponseDto: {
            /** @example bylaws.updated */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /** @enum {string} */
            actorType: "user" | "api_client" | "system";
            /** Format: date-time */
            createdAt: string;
            /** @example 42 */
            id: string;
            requestId: string | null;
            summary: {
                [key: string]: unknown;
            };
            targetId: string | null;
            /** @example bylaws */
            targetType: string;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryResponseDto"][];
            nextCursor: string | null;
        };
        BallotCreateDto: {
            /** @description The number of the assembly's agenda item. */
            agendaItem?: number | null;
            /**
             * Format: uuid
             * @description The assembly this ballot belongs to (required in_assembly).
             */
            assemblyId?: string;
            /**
             * Format: date-time
             * @description Electronic: votes until (excluded); the ballot cannot be closed before.
             */
            closesAt?: string | null;
            description?: string | null;
            /**
             * @description in_assembly only: the secretary records aggregate counts, or each present member (roll-call).
             * @enum {string}
             */
            inAssemblyMethod?: "counts" | "roll_call";
            /**
             * @description motion (yes/no/abstain), choice (one of N), election (k of N).
             * @enum {string}
             */
            kind: "motion" | "choice" | "election";
            /**
             * @description Motion only; default: the bylaws' default majority.
             * @enum {string}
             */
            majority?: "simple" | "two_thirds" | "absolute";
            /** @enum {string} */
            mode: "electronic" | "in_assembly";
            /**
             * Format: date-time
             * @description Electronic: votes from.
             */
            opensAt?: string | null;
            /** @description Choice options or election candidates, in ballot order; none for a motion. */
            options?: string[];
            /** @description Default: the bylaws' quorum (absolute number if set, else %). */
            quorum?: components["schemas"]["QuorumDto"];
            /**
             * Format: date
             * @description The electorate is the register as of this day.
             */
            recordDate: string;
            /** @description Election: k, the seats to fill. */
            seats?: number | null;
            /** @description Secret ballot (no link between voter and vote), or open roll-call. */
            secret: boolean;
            /** @example Approve the 2024 accounts */
            title: string;
        };
        BallotPageDto: {
            items: components["schemas"]["BallotResponseDto"][];
            nextCursor: string | null;
        };
        BallotResponseDto: {
            agendaItem: number | null;
            /** Format: uuid */
            assemblyId: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            closesAt: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description sha256 of the frozen roll: the member ids (UUID text) sorted bytewise, joined by "\n", UTF-8, lowercase hex. */
            electorateFingerprint: string | null;
            /** @description Size of the frozen roll (from opening). */
            electorateSize: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            inAssemblyMethod: "counts" | "roll_call" | null;
            /** @enum {string} */
            kind: "motion" | "choice" | "election";
            /** @enum {string|null} */
            majority: "simple" | "two_thirds" | "absolute" | null;
            /** @enum {string} */
            mode: "electronic" | "in_assembly";
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date-time */
            opensAt: string | null;
            options: string[];
            /** Format: date-time */
            publishedAt: string | null;
            quorum: components["schemas"]["QuorumResponseDto"];
            /** Format: date */
            recordDate: string;
            seats: number | null;
            secret: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: string;
        };
        BallotResultDto: {
            /** @description choice: explicit abstentions. */
            abstentions: number | null;
            /** Format: uuid */
            ballotId: string;
            /** @description motion only. */
            counts: components["schemas"]["MotionCountsDto"] | null;
            /** @description election: elected without doubt. */
            elected: string[];
            /** @description Size of the frozen electorate. */
            electorate: number;
            /** @description Fingerprint of the frozen roll, published with the result. */
            electorateFingerprint: string;
            /** @description True once published: final and immutable. */
            final: boolean;
            /** @enum {string} */
            kind: "motion" | "choice" | "election";
            /** @enum {string|null} */
            majority: "simple" | "two_thirds" | "absolute" | null;
            /** @description motion: whether the votes meet the majority. */
            majorityMet: boolean | null;
            /**
             * @description motion: passed | rejected; choice: decided | tie | no_votes; election: decided | tie; or failed_quorum.
             * @enum {string}
             */
            outcome: "passed" | "rejected" | "decided" | "tie" | "no_votes" | "failed_quorum";
            /** @description Ballots counted, abstentions and blank ballots included. */
            participants: number;
            /** Format: date-time */
            publishedAt: string | null;
            quorumMet: boolean;
            /** @description The fewest participants that meet the quorum. */
            quorumThreshold: number;
            /** @description choice/election: votes descending, then ballot order. */
            ranking: components["schemas"]["OptionVotesDto"][];
            /** @description election: seats left to fill from `tied`. */
            seatsInTie: number;
            /** @description The options or candidates tied at the boundary (never broken). */
            tied: string[];
            /** @description election: seats nobody won. */
            vacantSeats: number;
            /** @description choice: the winning option. */
            winner: string | null;
        };
        BallotUpdateDto: {
            /** @description The number of the assembly's agenda item. */
            agendaItem?: number | null;
            /**
             * Format: date-time
             * @description Electronic: votes until (excluded); the ballot cannot be closed before.
             */
            closesAt?: string | null;
            description?: string | null;
            /**
             * @description Motion only; default: the bylaws' default majority.
             * @enum {string}
             */
            majority?: "simple" | "two_thirds" | "absolute";
            /**
             * Format: date-time
             * @description Electronic: votes from.
             */
            opensAt?: string | null;
            /** @description Choice options or election candidates, in ballot order; none for a motion. */
            options?: string[];
            /** @description Default: the bylaws' quorum (absolute number if set, else %). */
            quorum?: components["schemas"]["QuorumDto"];
            /**
             * Format: date
             * @description The electorate is the register as of this day.
             */
            recordDate?: string;
            /** @description Election: k, the seats to fill. */
            seats?: number | null;
            /** @example Approve the 2024 accounts */
            title?: string;
        };
        BylawsCreateDto: {
            /**
             * @description Admission needs the minimum shares paid, not only subscribed.
             * @default false
             */
            admissionRequiresPaidShares?: boolean;
            /**
             * @description % of capital redeemable per year.
             * @default 10
             * @example 10
             */
            annualRedemptionCapPercent?: string;
            /**
             * @default 0
             * @example 0
             */
            communityFundPercent?: string;
            /**
             * @description ISO 4217 code. Fixed at creation.
             * @default EUR
             * @example EUR
             */
            currency?: string;
            /**
             * @default simple
             * @enum {string}
             */
            defaultMajority?: "simple" | "two_thirds" | "absolute";
            /**
             * @default 5
             * @example 5
             */
            educationFundPercent?: string;
            /**
             * @description Loan ceiling = multiple x (paid-up capital + fund contributions).
             * @default 3
             * @example 3
             */
            loanCeilingMultiple?: string;
            /**
             * @description Share of the loan guarantors must pledge.
             * @default 100
             * @example 100
             */
            loanGuaranteePercent?: string;
            /** @default false */
            loanGuaranteeRequired?: boolean;
            /**
             * @description Yearly rate.
             * @default 0
             * @example 0
             */
            loanInterestRatePercent?: string;
            /** @default 24 */
            loanMaxTermMonths?: number;
            /**
             * @description Null: no cap.
             * @default null
             * @example 10
             */
            maxCapitalPercentPerMember?: string | null;
            /** @default 1 */
            maxLoansPerMember?: number;
            /** @default 1 */
            maxProxiesPerMember?: number;
            /**
             * @description Cap on the yearly interest paid on share capital.
             * @default 5
             * @example 5
             */
            maxShareInterestRatePercent?: string;
            /**
             * @description Null: no cap.
             * @default null
             */
            maxSharesPerMember?: number | null;
            /**
             * @default 20
             * @example 20
             */
            minReservePercent?: string;
            /** @default 1 */
            minSharesForMembership?: number;
            /**
             * @description Decimals of the minor unit. Fixed at creation.
             * @default 2
             */
            minorUnitScale?: number;
            /** @default false */
            patronageRefundsForCeasedMembers?: boolean;
            /**
             * @description When set, replaces the % quorum.
             * @default null
             */
            quorumAbsolute?: number | null;
            /**
             * @description Default quorum, % of the electorate.
             * @default 50
             * @example 50
             */
            quorumPercent?: string;
            /** @default 90 */
            redemptionNoticeDays?: number;
            /**
             * @description Par value of one share.
             * @default 10.00
             * @example 10.00
             */
            shareParValue?: string;
            /**
             * @default cash
             * @enum {string}
             */
            surplusRefundMode?: "cash" | "capital";
            /**
             * @description Voting condition: days of membership on the record date.
             * @default 0
             */
            votingMinMembershipDays?: number;
            /**
             * @description Voting condition: minimum shares fully paid.
             * @default false
             */
            votingRequiresPaidShares?: boolean;
        };
        BylawsResponseDto: {
            /**
             * @description Admission needs the minimum shares paid, not only subscribed.
             * @default false
             */
            admissionRequiresPaidShares: boolean;
            /**
             * @description % of capital redeemable per year.
             * @default 10
             * @example 10
             */
            annualRedemptionCapPercent: string;
            /**
             * @default 0
             * @example 0
             */
            communityFundPercent: string;
            /**
             * @description ISO 4217 code. Fixed at creation.
             * @default EUR
             * @example EUR
             */
            currency: string;
            /**
             * @default simple
             * @enum {string}
             */
            defaultMajority: "simple" | "two_thirds" | "absolute";
            /**
             * @default 5
             * @example 5
             */
            educationFundPercent: string;
            /**
             * @description Loan ceiling = multiple x (paid-up capital + fund contributions).
             * @default 3
             * @example 3
             */
            loanCeilingMultiple: string;
            /**
             * @description Share of the loan guarantors must pledge.
             * @default 100
             * @example 100
             */
            loanGuaranteePercent: string;
            /** @default false */
            loanGuaranteeRequired: boolean;
            /**
             * @description Yearly rate.
             * @default 0
             * @example 0
             */
            loanInterestRatePercent: string;
            /** @default 24 */
            loanMaxTermMonths: number;
            /**
             * @description Null: no cap.
             * @default null
             * @example 10
             */
            maxCapitalPercentPerMember: string | null;
            /** @default 1 */
            maxLoansPerMember: number;
            /** @default 1 */
            maxProxiesPerMember: number;
            /**
             * @description Cap on the yearly interest paid on share capital.
             * @default 5
             * @example 5
             */
            maxShareInterestRatePercent: string;
            /**
             * @description Null: no cap.
             * @default null
             */
            maxSharesPerMember: number | null;
            /**
             * @default 20
             * @example 20
             */
            minReservePercent: string;
            /** @default 1 */
            minSharesForMembership: number;
            /**
             * @description Decimals of the minor unit. Fixed at creation.
             * @default 2
             */
            minorUnitScale: number;
            /** @default false */
            patronageRefundsForCeasedMembers: boolean;
            /**
             * @description When set, replaces the % quorum.
             * @default null
             */
            quorumAbsolute: number | null;
            /**
             * @description Default quorum, % of the electorate.
             * @default 50
             * @example 50
             */
            quorumPercent: string;
            /** @default 90 */
            redemptionNoticeDays: number;
            /**
             * @description Par value of one share.
             * @default 10.00
             * @example 10.00
             */
            shareParValue: string;
            /**
             * @default cash
             * @enum {string}
             */
            surplusRefundMode: "cash" | "capital";
            /** Format: date-time */
            updatedAt: string;
            /** @description Increases with every change. */
            version: number;
            /**
             * @description Voting condition: days of membership on the record date.
             * @default 0
             */
            votingMinMembershipDays: number;
            /**
             * @description Voting condition: minimum shares fully paid.
             * @default false
             */
            votingRequiresPaidShares: boolean;
        };
        BylawsUpdateDto: {
            /**
             * @description Admission needs the minimum shares paid, not only subscribed.
             * @default false
             */
            admissionRequiresPaidShares?: boolean;
            /**
             * @description % of capital redeemable per year.
             * @default 10
             * @example 10
             */
            annualRedemptionCapPercent?: string;
            /**
             * @default 0
             * @example 0
             */
            communityFundPercent?: string;
            /**
             * @description ISO 4217 code. Fixed at creation.
             * @default EUR
             * @example EUR
             */
            currency?: string;
            /**
             * @default simple
             * @enum {string}
             */
            defaultMajority?: "simple" | "two_thirds" | "absolute";
            /**
             * @default 5
             * @example 5
             */
            educationFundPercent?: string;
            /**
             * @description Loan ceiling = multiple x (paid-up capital + fund contributions).
             * @default 3
             * @example 3
             */
            loanCeilingMultiple?: string;
            /**
             * @description Share of the loan guarantors must pledge.
             * @default 100
             * @example 100
             */
            loanGuaranteePercent?: string;
            /** @default false */
            loanGuaranteeRequired?: boolean;
            /**
             * @description Yearly rate.
             * @default 0
             * @example 0
             */
            loanInterestRatePercent?: string;
            /** @default 24 */
            loanMaxTermMonths?: number;
            /**
             * @description Null: no cap.
             * @default null
             * @example 10
             */
            maxCapitalPercentPerMember?: string | null;
            /** @default 1 */
            maxLoansPerMember?: number;
            /** @default 1 */
            maxProxiesPerMember?: number;
            /**
             * @description Cap on the yearly interest paid on share capital.
             * @default 5
             * @example 5
             */
            maxShareInterestRatePercent?: string;
            /**
             * @description Null: no cap.
             * @default null
             */
            maxSharesPerMember?: number | null;
            /**
             * @default 20
             * @example 20
             */
            minReservePercent?: string;
            /** @default 1 */
            minSharesForMembership?: number;
            /**
             * @description Decimals of the minor unit. Fixed at creation.
             * @default 2
             */
            minorUnitScale?: number;
            /** @default false */
            patronageRefundsForCeasedMembers?: boolean;
            /**
             * @description When set, replaces the % quorum.
             * @default null
             */
            quorumAbsolute?: number | null;
            /**
             * @description Default quorum, % of the electorate.
             * @default 50
             * @example 50
             */
            quorumPercent?: string;
            /** @default 90 */
            redemptionNoticeDays?: number;
            /**
             * @description Par value of one share.
             * @default 10.00
             * @example 10.00
             */
            shareParValue?: string;
            /**
             * @default cash
             * @enum {string}
             */
            surplusRefundMode?: "cash" | "capital";
            /**
             * @description Voting condition: days of membership on the record date.
             * @default 0
             */
            votingMinMembershipDays?: number;
            /**
             * @description Voting condition: minimum shares fully paid.
             * @default false
             */
            votingRequiresPaidShares?: boolean;
        };
        CapitalBalanceDto: {
            /** Format: uuid */
            memberId: string;
            /** @example 30.00 */
            paidUpCapital: string;
            /** @description Shares promised to open transfer and redemption requests. */
            sharesCommitted: number;
            /** @example 5 */
            sharesHeld: number;
            /**
             * @description Par value of the shares held.
             * @example 50.00
             */
            subscribedCapital: string;
            /**
             * @description Subscribed capital not yet paid.
             * @example 20.00
             */
            unpaidCapital: string;
        };
        CapitalEntryDetailDto: {
            /**
             * Format: uuid
             * @description A transfer: the other member.
             */
            counterpartyMemberId: string | null;
            /** Format: date */
            effectiveDate: string;
            /**
             * @description Increases in recorded order.
             * @example 42
             */
            id: string;
            /** @enum {string} */
            kind: "subscription" | "payment" | "transfer_out" | "transfer_in" | "redemption" | "allocation" | "reversal";
            /** Format: uuid */
            memberId: string;
            note: string | null;
            /**
             * @description Change in paid-up capital (signed).
             * @example 0.00
             */
            paidUpChange: string;
            /**
             * @description Par value of one share when posted.
             * @example 10.00
             */
            parValue: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            /** @enum {string} */
            recordedByType: "user" | "api_client" | "system";
            reference: string | null;
            /**
             * Format: uuid
             * @description The transfer or redemption.
             */
            requestId: string | null;
            /** @description The reversal that undid this entry, if any. */
            reversedByEntryId: string | null;
            /** @description A reversal: the entry it undoes. */
            reversesEntryId: string | null;
            /**
             * @description Change in shares held (signed).
             * @example 5
             */
            sharesChange: number;
            /**
             * @description Change in subscribed capital (signed).
             * @example 50.00
             */
            subscribedChange: string;
        };
        CapitalEntryResponseDto: {
            /**
             * Format: uuid
             * @description A transfer: the other member.
             */
            counterpartyMemberId: string | null;
            /** Format: date */
            effectiveDate: string;
            /**
             * @description Increases in recorded order.
             * @example 42
             */
            id: string;
            /** @enum {string} */
            kind: "subscription" | "payment" | "transfer_out" | "transfer_in" | "redemption" | "allocation" | "reversal";
            /** Format: uuid */
            memberId: string;
            note: string | null;
            /**
             * @description Change in paid-up capital (signed).
             * @example 0.00
             */
            paidUpChange: string;
            /**
             * @description Par value of one share when posted.
             * @example 10.00
             */
            parValue: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            /** @enum {string} */
            recordedByType: "user" | "api_client" | "system";
            reference: string | null;
            /**
             * Format: uuid
             * @description The transfer or redemption.
             */
            requestId: string | null;
            /** @description A reversal: the entry it undoes. */
            reversesEntryId: string | null;
            /**
             * @description Change in shares held (signed).
             * @example 5
             */
            sharesChange: number;
            /**
             * @description Change in subscribed capital (signed).
             * @example 50.00
             */
            subscribedChange: string;
        };
        CapitalMonthDto: {
            /** @example 2024-01 */
            month: string;
            /** @description Entries effective in the month, by kind. */
            movements: components["schemas"]["CapitalMovementDto"][];
            paidUpCapital: string;
            /** @description At the end of the month. */
            sharesOutstanding: number;
            subscribedCapital: string;
            unpaidCapital: string;
        };
        CapitalMonthlyDto: {
            /** @example EUR */
            currency: string;
            months: components["schemas"]["CapitalMonthDto"][];
            /** @description Totals on the day before the first month. */
            opening: components["schemas"]["CapitalTotalsDto"];
        };
        CapitalMovementDto: {
            entries: number;
            /** @enum {string} */
            kind: "subscription" | "payment" | "transfer_out" | "transfer_in" | "redemption" | "allocation" | "reversal";
            paidUpChange: string;
            sharesChange: number;
            subscribedChange: string;
        };
        CapitalPostingResponseDto: {
            balance: components["schemas"]["CapitalBalanceDto"];
            entry: components["schemas"]["CapitalEntryResponseDto"];
        };
        CapitalRequestPageDto: {
            items: components["schemas"]["CapitalRequestResponseDto"][];
            nextCursor: string | null;
        };
        CapitalRequestResponseDto: {
            /** @description Redemption of all the member's shares. */
            allShares: boolean;
            /**
             * @description Value transferred, or repaid.
             * @example 50.00
             */
            amount: string | null;
            cancellationReason: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: uuid */
            cancelledBy: string | null;
            /** Format: uuid */
            completedBy: string | null;
            /** Format: date */
            completedOn: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /**
             * Format: uuid
             * @description Who approved or rejected.
             */
            decidedBy: string | null;
            decisionReason: string | null;
            decisionReference: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "transfer" | "redemption";
            /**
             * Format: uuid
             * @description The member giving the shares, or having them redeemed.
             */
            memberId: string;
            /**
             * @description 'withdrawal': opened by the member's withdrawal.
             * @enum {string}
             */
            origin: "request" | "withdrawal";
            /**
             * Format: date
             * @description Redemption: end of the notice period.
             */
            payableFrom: string | null;
            /** @description An approved redemption waiting for room under the annual cap. */
            queued: boolean;
            /** Format: date-time */
            queuedAt: string | null;
            reason: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestedBy: string | null;
            /** @enum {string} */
            requestedByType: "user" | "api_client" | "system";
            /** Format: date */
            requestedOn: string;
            /** @description Shares committed by the request. */
            shares: number;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "completed" | "cancelled";
            /**
             * Format: uuid
             * @description Transfer: the receiving member.
             */
            toMemberId: string | null;
        };
        CapitalStatementDto: {
            /** Format: date */
            asOf: string;
            /** @example EUR */
            currency: string;
            /** @description Entries effective on or before asOf (listed by the entries route). */
            entryCount: number;
            /** Format: date */
            lastEntryDate: string | null;
            /** Format: uuid */
            memberId: string;
            memberNumber: number | null;
            /** @example 30.00 */
            paidUpCapital: string;
            /** @example 5 */
            sharesHeld: number;
            /**
             * @description Par value of the shares held.
             * @example 50.00
             */
            subscribedCapital: string;
            /**
             * @description Subscribed capital not yet paid.
             * @example 20.00
             */
            unpaidCapital: string;
        };
        CapitalStatementLineDto: {
            /**
             * Format: uuid
             * @description A transfer: the other member.
             */
            counterpartyMemberId: string | null;
            /** Format: date */
            effectiveDate: string;
            /**
             * @description Increases in recorded order.
             * @example 42
             */
            id: string;
            /** @enum {string} */
            kind: "subscription" | "payment" | "transfer_out" | "transfer_in" | "redemption" | "allocation" | "reversal";
            /** Format: uuid */
            memberId: string;
            note: string | null;
            /** @example 30.00 */
            paidUpAfter: string;
            /**
             * @description Change in paid-up capital (signed).
             * @example 0.00
             */
            paidUpChange: string;
            /**
             * @description Par value of one share when posted.
             * @example 10.00
             */
            parValue: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            /** @enum {string} */
            recordedByType: "user" | "api_client" | "system";
            reference: string | null;
            /**
             * Format: uuid
             * @description The transfer or redemption.
             */
            requestId: string | null;
            /** @description A reversal: the entry it undoes. */
            reversesEntryId: string | null;
            sharesAfter: number;
            /**
             * @description Change in shares held (signed).
             * @example 5
             */
            sharesChange: number;
            /** @example 50.00 */
            subscribedAfter: string;
            /**
             * @description Change in subscribed capital (signed).
             * @example 50.00
             */
            subscribedChange: string;
        };
        CapitalStatementLinePageDto: {
            items: components["schemas"]["CapitalStatementLineDto"][];
            nextCursor: string | null;
        };
        CapitalTotalsDto: {
            /** Format: date */
            asOf: string;
            /** @example EUR */
            currency: string;
            /** @example 98000.00 */
            paidUpCapital: string;
            sharesOutstanding: number;
            /** @example 125000.00 */
            subscribedCapital: string;
            /** @example 27000.00 */
            unpaidCapital: string;
        };
        ContributionCreateDto: {
            /**
             * @description Decimal string, at most the currency’s minor-unit decimals.
             * @example 10.00
             */
            amount: string;
            /**
             * Format: date
             * @description The day the money was received (not in the future).
             */
            contributedOn: string;
            /** Format: uuid */
            memberId: string;
            /**
             * Format: uuid
             * @description The member’s recurring plan this payment belongs to.
             */
            planId?: string;
            reference?: string;
        };
        ContributionPageDto: {
            items: components["schemas"]["ContributionResponseDto"][];
            nextCursor: string | null;
        };
        ContributionPlanCreateDto: {
            /**
             * @description Decimal string, at most the currency’s minor-unit decimals.
             * @example 10.00
             */
            amount: string;
            /**
             * Format: date
             * @description The last day of the commitment; none while it runs.
             */
            endsOn?: string;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "yearly";
            /** Format: uuid */
            memberId: string;
            /**
             * Format: date
             * @description The first contribution’s date.
             */
            startsOn: string;
        };
        ContributionPlanEndDto: {
            /**
             * Format: date
             * @description The last day of the commitment (not before its start).
             */
            endsOn: string;
        };
        ContributionPlanPageDto: {
            items: components["schemas"]["ContributionPlanResponseDto"][];
            nextCursor: string | null;
        };
        ContributionPlanResponseDto: {
            /** @example 10.00 */
            amount: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endsOn: string | null;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "yearly";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: date */
            startsOn: string;
        };
        ContributionResponseDto: {
            /** @example 10.00 */
            amount: string;
            /** Format: date */
            contributedOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            planId: string | null;
            /** Format: date-time */
            recordedAt: string;
            reference: string | null;
        };
        ContributionStatementDto: {
            /** Format: date */
            asOf: string;
            /** @description How many contributions make the total. */
            count: number;
            /** @example EUR */
            currency: string;
            /** Format: date */
            lastContributionOn: string | null;
            /** Format: uuid */
            memberId: string;
            /** @description Recurring plans started by the as-of date. */
            plans: components["schemas"]["PlanStandingDto"][];
            /**
             * @description All contributions on or before the as-of date.
             * @example 120.00
             */
            total: string;
        };
        CooperativeCreateDto: {
            /** @description Bylaws to start with; unset fields take their defaults. */
            bylaws?: components["schemas"]["BylawsCreateDto"];
            /**
             * @description ISO 3166-1 alpha-2.
             * @example HN
             */
            country?: string;
            /** @example Cooperativa Cafetalera La Esperanza */
            name: string;
            /** @example RC-2001-0042 */
            registrationNumber?: string;
        };
        CooperativePageDto: {
            items: components["schemas"]["CooperativeResponseDto"][];
            nextCursor: string | null;
        };
        CooperativeResponseDto: {
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            registrationNumber: string | null;
        };
        CooperativeRolesDto: {
            /** Format: uuid */
            id: string;
            name: string;
            roles: ("admin" | "secretary" | "treasurer" | "board" | "credit_committee" | "member")[];
        };
        CreditFundResponseDto: {
            /**
             * @description Money available to lend.
             * @example 12000.00
             */
            balance: string;
            /** @example EUR */
            currency: string;
            /**
             * @description Principal lent and not yet repaid or written off.
             * @example 3000.00
             */
            loansOutstanding: string;
            /** @description Sum of the ledger entries of each kind. */
            totals: components["schemas"]["FundTotalsDto"];
        };
        DonationCreateDto: {
            /**
             * @description Decimal string, at most the currency’s minor-unit decimals.
             * @example 250.00
             */
            amount: string;
            /** @example Fundación Café Solidario */
            donor: string;
            /**
             * Format: date
             * @description The day the money was received (not in the future).
             */
            receivedOn: string;
            /**
             * @description Receipt or bank reference.
             * @example REC-2025-0042
             */
            reference?: string;
        };
        ElectorEntryDto: {
            /** Format: uuid */
            memberId: string;
            memberNumber: number;
            name: string;
        };
        ElectoratePageDto: {
            electorateFingerprint: string;
            electorateSize: number;
            /** @description By member id (the fingerprint order). */
            items: components["schemas"]["ElectorEntryDto"][];
            nextCursor: string | null;
        };
        FieldErrorDto: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        FiscalYearCreateDto: {
            /**
             * Format: date
             * @description Last day (included); at most 731 days after the first. Years of a cooperative never overlap.
             * @example 2024-12-31
             */
            endDate: string;
            /**
             * @description Default: the calendar year ('2024') or 'start/end'. Unique in the cooperative.
             * @example 2024
             */
            label?: string;
            /**
             * Format: date
             * @description First day of the year (included).
             * @example 2024-01-01
             */
            startDate: string;
        };
        FiscalYearPageDto: {
            items: components["schemas"]["FiscalYearResponseDto"][];
            nextCursor: string | null;
        };
        FiscalYearResponseDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Days of the twelve months ending on the last day (interest basis).
             * @enum {number}
             */
            daysInYear: 365 | 366;
            /** Format: date */
            endDate: string;
            /** Format: uuid */
            id: string;
            /** @description True while a plan of the year is proposed, approved or executed: the surplus and patronage are frozen. */
            inputsLocked: boolean;
            /** @example 2024 */
            label: string;
            /** @example 12500.00 */
            netSurplus: string | null;
            /** Format: date-time */
            netSurplusEnteredAt: string | null;
            netSurplusReference: string | null;
            /** Format: date */
            startDate: string;
        };
        FundEntryPageDto: {
            items: components["schemas"]["FundEntryResponseDto"][];
            nextCursor: string | null;
        };
        FundEntryResponseDto: {
            /**
             * @description Always positive; the kind says which way the money went.
             * @example 250.00
             */
            amount: string;
            /**
             * @description Fund balance once posted (a write-off moves no cash).
             * @example 12000.00
             */
            balanceAfter: string;
            /** Format: uuid */
            contributionId: string | null;
            description: string | null;
            /** @description Surplus distribution or receipt reference. */
            externalRef: string | null;
            /**
             * @description Increases in posting order.
             * @example 42
             */
            id: string;
            /** @enum {string} */
            kind: "contribution" | "surplus_allocation" | "donation" | "disbursement" | "repayment_principal" | "repayment_interest" | "write_off";
            /** Format: uuid */
            loanId: string | null;
            /** Format: uuid */
            memberId: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            repaymentId: string | null;
            /** Format: date */
            valueDate: string;
        };
        FundTotalsDto: {
            /**
             * @description Member contributions.
             * @example 1200.00
             */
            contributions: string;
            /** @example 1000.00 */
            disbursements: string;
            /** @example 0.00 */
            donations: string;
            /** @example 10.00 */
            interestReceived: string;
            /** @example 78.85 */
            principalRepaid: string;
            /**
             * @description Allocations from the surplus.
             * @example 0.00
             */
            surplusAllocations: string;
            /** @example 0.00 */
            writtenOff: string;
        };
        GuarantorPledgeDto: {
            /**
             * @description The part of the loan pledged. Decimal string, at most the currency’s minor-unit decimals.
             * @example 500.00
             */
            amount: string;
            /**
             * Format: uuid
             * @description Another active member of the cooperative.
             */
            memberId: string;
        };
        GuarantorResponseDto: {
            /** Format: uuid */
            memberId: string;
            /** @example 500.00 */
            pledged: string;
            /**
             * @description Released as principal came back.
             * @example 39.42
             */
            released: string;
            /** @example 460.58 */
            stillPledged: string;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok";
        };
        InstalmentResponseDto: {
            /** Format: date */
            dueOn: string;
            /** @example 10.00 */
            interest: string;
            /** @example 0.00 */
            interestPaid: string;
            /** @example 0.00 */
            interestWaived: string;
            number: number;
            /**
             * @description Principal outstanding at the start of the period.
             * @example 1000.00
             */
            openingPrincipal: string;
            /** @example 78.85 */
            principal: string;
            /** @example 0.00 */
            principalPaid: string;
            /** @enum {string} */
            status: "unpaid" | "partly_paid" | "paid";
            /** @example 88.85 */
            total: string;
        };
        LoanApplicationDto: {
            /**
             * @description Decimal string, at most the currency’s minor-unit decimals.
             * @example 1000.00
             */
            amount: string;
            /**
             * Format: date
             * @description The day the member applied. Default: today (UTC).
             */
            appliedOn?: string;
            /** @description Needed when the bylaws require a guarantee. */
            guarantors?: components["schemas"]["GuarantorPledgeDto"][];
            /**
             * Format: uuid
             * @description The borrower: an active member.
             */
            memberId: string;
            /**
             * @description annuity: equal instalments; equal_principal: declining instalments; flat: interest on the original amount.
             * @enum {string}
             */
            method: "annuity" | "equal_principal" | "flat";
            /** @example Coffee drying equipment */
            purpose: string;
            /**
             * @description Months; the bylaws set the maximum.
             * @example 12
             */
            termMonths: number;
        };
        LoanApprovalDto: {
            /**
             * Format: date
             * @description The committee’s decision date. Default: today (UTC).
             */
            decidedOn?: string;
            /** @example Credit committee minute 2025-07 */
            decisionReference?: string;
            reason?: string;
        };
        LoanArrearsDto: {
            /** Format: date */
            asOf: string;
            /** @description Days from the oldest unpaid instalment’s due date (0 when none is late). */
            daysPastDue: number;
            /** Format: uuid */
            loanId: string;
            /** Format: uuid */
            memberId: string;
            /** Format: date */
            oldestUnpaidDueOn: string | null;
            /** @description Disbursed by that day and not yet repaid or written off. */
            onBooks: boolean;
            /** @example 1000.00 */
            outstandingPrincipal: string;
            /** @example 10.00 */
            overdueInterest: string;
            /** @example 78.85 */
            overduePrincipal: string;
            /** @example 88.85 */
            overdueTotal: string;
        };
        LoanArrearsPageDto: {
            /** Format: date */
            asOf: string;
            items: components["schemas"]["LoanArrearsDto"][];
            nextCursor: string | null;
        };
        LoanDisbursementDto: {
            /**
             * Format: date
             * @description Instalment k falls due k months after this day.
             */
            disbursedOn: string;
            reference?: string;
        };
        LoanPageDto: {
            items: components["schemas"]["LoanResponseDto"][];
            nextCursor: string | null;
        };
        LoanRejectionDto: {
            /**
             * Format: date
             * @description The committee’s decision date. Default: today (UTC).
             */
            decidedOn?: string;
            /** @example Credit committee minute 2025-07 */
            decisionReference?: string;
            /** @example The purpose is outside the fund’s rules. */
            reason: string;
        };
        LoanResponseDto: {
            allowedActions: ("approve" | "reject" | "disburse" | "repay" | "repay_in_full" | "write_off")[];
            /**
             * @description Yearly rate in percent, from the bylaws on the application day.
             * @example 12
             */
            annualRatePercent: string;
            /** Format: date */
            appliedOn: string;
            /**
             * @description Null when paid-up capital was unknown.
             * @example 1500.00
             */
            ceiling: string | null;
            /**
             * Format: date
             * @description Repaid in full or written off on.
             */
            closedOn: string | null;
            /**
             * @description Fund contributions the ceiling used.
             * @example 100.00
             */
            contributions: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            decidedOn: string | null;
            decisionReason: string | null;
            decisionReference: string | null;
            /** Format: date */
            disbursedOn: string | null;
            guarantors: components["schemas"]["GuarantorResponseDto"][];
            /** Format: uuid */
            id: string;
            /** @example 0.00 */
            interestPaid: string;
            /**
             * @description Interest given up at an early settlement.
             * @example 0.00
             */
            interestWaived: string;
            /** Format: date */
            lastPaidOn: string | null;
            /** Format: uuid */
            memberId: string;
            /** @enum {string} */
            method: "annuity" | "equal_principal" | "flat";
            /** @description Paid-up capital the ceiling used; null when unknown. */
            paidUpCapital: string | null;
            /** @example 1000.00 */
            principal: string;
            /**
             * @description Disbursed principal not repaid or written off (0 before disbursement).
             * @example 1000.00
             */
            principalOutstanding: string;
            /** @example 0.00 */
            principalRepaid: string;
            /** @example 0.00 */
            principalWrittenOff: string;
            purpose: string;
            /** @enum {string} */
            status: "applied" | "approved" | "rejected" | "disbursed" | "repaid" | "written_off";
            termMonths: number;
            /** Format: date-time */
            updatedAt: string;
            writeOffReason: string | null;
        };
        LoanWriteOffDto: {
            decisionReference?: string;
            /** @example Member deceased; no estate. */
            reason: string;
            /**
             * Format: date
             * @description Not before the disbursement or the latest repayment.
             */
            writtenOffOn: string;
        };
        LoginDto: {
            /** @example admin@example.org */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        MeDto: {
            /** @description Cooperatives where the caller holds a role. */
            cooperatives: components["schemas"]["CooperativeRolesDto"][];
            /** @description Users only. */
            email?: string;
            /** Format: uuid */
            id: string;
            isSuperadmin: boolean;
            /** @enum {string} */
            kind: "user" | "api_client";
            /** @description API clients only. */
            scopes?: ("cooperative:read" | "bylaws:read" | "audit:read" | "members:read" | "members:write" | "capital:read" | "capital:write" | "governance:read" | "governance:write" | "surplus:read" | "surplus:write" | "credit:read" | "credit:write")[];
        };
        MeetingQuorumDto: {
            /** @description Members eligible on the record date, counted when the assembly opened. */
            electorate: number;
            present: number;
            /** @description present + represented >= quorumThreshold. */
            quorumMet: boolean;
            quorumThreshold: number;
            represented: number;
        };
        MemberAccountDto: {
            /** Format: uuid */
            cooperativeId: string;
            /** @description Log in with this email at POST /v1/auth/login. */
            email: string;
            /** Format: uuid */
            memberId: string;
            /** @description False when an existing account was linked. */
            newAccount: boolean;
            /** Format: uuid */
            userId: string;
        };
        MemberCessationDto: {
            /**
             * @description 'deceased' for natural persons only, 'dissolved' for legal entities only; 'expelled' needs decisionReference.
             * @enum {string}
             */
            cessationReason: "withdrawn" | "expelled" | "deceased" | "dissolved";
            /**
             * @description The decision behind the transition; required for an expulsion.
             * @example Board minute 2024-07, item 3
             */
            decisionReference?: string;
            /**
             * Format: date
             * @description The legal date it takes effect: not before the previous transition, not in the future.
             * @example 2024-05-10
             */
            effectiveDate: string;
            /** @description Why, in words. */
            reason?: string;
        };
        MemberContactUpdateDto: {
            /**
             * @description May span several lines.
             * @example Aldea El Rosario
             *     Santa Bárbara
             */
            address?: string | null;
            /** @example maria.nunez@example.org */
            email?: string | null;
            /** @example +504 9988 7766 */
            phone?: string | null;
        };
        MemberCreateDto: {
            /**
             * @description May span several lines.
             * @example Aldea El Rosario
             *     Santa Bárbara
             */
            address?: string | null;
            /**
             * Format: date
             * @description The day the application was made (default: today, UTC). No transition may take effect before it.
             */
            appliedOn?: string;
            /**
             * @description Community or village.
             * @example El Rosario
             */
            community?: string | null;
            /**
             * Format: date
             * @description Natural persons only.
             */
            dateOfBirth?: string | null;
            /** @example maria.nunez@example.org */
            email?: string | null;
            /**
             * @description Natural persons only. Null: not stated.
             * @enum {string|null}
             */
            gender?: "female" | "male" | "other" | null;
            /**
             * @description A natural person, or a legal entity (e.g. another cooperative).
             * @enum {string}
             */
            kind: "natural_person" | "legal_entity";
            /**
             * @description Full name, or legal name.
             * @example María José Núñez
             */
            name: string;
            /** @example coffee grower */
            occupation?: string | null;
            /** @example +504 9988 7766 */
            phone?: string | null;
        };
        MemberDecisionDto: {
            /**
             * @description The decision behind the transition; required for an expulsion.
             * @example Board minute 2024-07, item 3
             */
            decisionReference?: string;
            /**
             * Format: date
             * @description The legal date it takes effect: not before the previous transition, not in the future.
             * @example 2024-05-10
             */
            effectiveDate: string;
            /** @description Why, in words. */
            reason?: string;
        };
        MemberInvitationAcceptDto: {
            /** @description The password of the new account. When an account with the invitation email already exists, its current password: the account is linked, never changed. */
            password: string;
            /** @description The token of the invitation. */
            token: string;
        };
        MemberInvitationCreateDto: {
            /**
             * @description The account's email; default: the member's email on the record.
             * @example maria.nunez@example.org
             */
            email?: string;
            /** @default 7 */
            expiresInDays?: number;
        };
        MemberInvitationCreatedDto: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** @description One-time token for POST .../member-invitations/accept. Shown only in this response (only its hash is kept): send it to the member. */
            token: string;
        };
        MemberPageDto: {
            items: components["schemas"]["MemberResponseDto"][];
            nextCursor: string | null;
        };
        MemberResponseDto: {
            address: string | null;
            /**
             * Format: date
             * @description Latest admission.
             */
            admittedOn: string | null;
            /** @description The transitions allowed from the current status. */
            allowedActions: ("admit" | "reject" | "withdraw_application" | "suspend" | "reinstate" | "cease" | "rejoin")[];
            /** Format: date */
            appliedOn: string;
            /**
             * Format: date
             * @description End of the last membership period.
             */
            ceasedOn: string | null;
            /** @enum {string|null} */
            cessationReason: "withdrawn" | "expelled" | "deceased" | "dissolved" | null;
            community: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            dateOfBirth: string | null;
            email: string | null;
            /**
             * Format: date
             * @description First admission (seniority).
             */
            firstAdmittedOn: string | null;
            /** @enum {string|null} */
            gender: "female" | "male" | "other" | null;
            /** @description The member has an API account (self-service). */
            hasAccount: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "natural_person" | "legal_entity";
            /** @description Null until the first admission; kept for life. */
            memberNumber: number | null;
            name: string;
            occupation: string | null;
            phone: string | null;
            /** @enum {string} */
            status: "applicant" | "active" | "suspended" | "ceased" | "rejected";
            /**
             * Format: date
             * @description Effective date of the current status.
             */
            statusSince: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MemberTransitionPageDto: {
            items: components["schemas"]["MemberTransitionResponseDto"][];
            nextCursor: string | null;
        };
        MemberTransitionResponseDto: {
            /** @enum {string} */
            action: "admit" | "reject" | "withdraw_application" | "suspend" | "reinstate" | "cease" | "rejoin";
            /** @enum {string|null} */
            cessationReason: "withdrawn" | "expelled" | "deceased" | "dissolved" | null;
            decisionReference: string | null;
            /** Format: date */
            effectiveDate: string;
            /** @enum {string} */
            fromStatus: "applicant" | "active" | "suspended" | "ceased" | "rejected";
            /**
             * @description Increases in recorded order.
             * @example 42
             */
            id: string;
            memberNumber: number | null;
            reason: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            /** @enum {string} */
            recordedByType: "user" | "api_client" | "system";
            /** @enum {string|null} */
            rejectionReason: "rejected" | "withdrawn" | null;
            /** @description An expulsion: the member may appeal to the general assembly. */
            rightOfAppeal: boolean;
            /** @enum {string} */
            toStatus: "applicant" | "active" | "suspended" | "ceased" | "rejected";
        };
        MemberUpdateDto: {
            /**
             * @description May span several lines.
             * @example Aldea El Rosario
             *     Santa Bárbara
             */
            address?: string | null;
            /**
             * @description Community or village.
             * @example El Rosario
             */
            community?: string | null;
            /**
             * Format: date
             * @description Natural persons only.
             */
            dateOfBirth?: string | null;
            /** @example maria.nunez@example.org */
            email?: string | null;
            /**
             * @description Natural persons only. Null: not stated.
             * @enum {string|null}
             */
            gender?: "female" | "male" | "other" | null;
            /** @example María José Núñez */
            name?: string;
            /** @example coffee grower */
            occupation?: string | null;
            /** @example +504 9988 7766 */
            phone?: string | null;
        };
        MotionCountsDto: {
            abstain: number;
            no: number;
            yes: number;
        };
        MyBallotDto: {
            ballot: components["schemas"]["BallotResponseDto"];
            /** Format: uuid */
            castByMemberId: string | null;
            /** @description On the frozen roll (false while the ballot is a draft). */
            eligible: boolean;
            /** @description Open ballots: every vote and change, oldest first. */
            history: components["schemas"]["VoteHistoryEntryDto"][];
            /** @description Open ballots: my current vote. Secret ballots: always null. */
            selection: (string | null) | string[];
            /** @enum {string|null} */
            via: "self" | "proxy" | "roll_call" | null;
            voted: boolean;
        };
        MyBallotPageDto: {
            items: components["schemas"]["MyBallotDto"][];
            nextCursor: string | null;
        };
        MyProxiesDto: {
            /** @description Proxies I gave, newest first. */
            given: components["schemas"]["ProxyResponseDto"][];
            /** @description Proxies I hold, newest first. */
            held: components["schemas"]["ProxyResponseDto"][];
        };
        NetSurplusDto: {
            /**
             * @description The year's net surplus from the accounts, a decimal string with at most the currency's decimals; negative for a loss (which distributes nothing).
             * @example 12500.00
             */
            netSurplus: string;
            /**
             * @description Where the figure comes from.
             * @example Audited accounts 2024, statement of income
             */
            reference?: string;
        };
        OptionVotesDto: {
            option: string;
            votes: number;
        };
        OwnLoanApplicationDto: {
            /**
             * @description Decimal string, at most the currency’s minor-unit decimals.
             * @example 1000.00
             */
            amount: string;
            /** @description Needed when the bylaws require a guarantee. */
            guarantors?: components["schemas"]["GuarantorPledgeDto"][];
            /**
             * @description annuity: equal instalments; equal_principal: declining instalments; flat: interest on the original amount.
             * @enum {string}
             */
            method: "annuity" | "equal_principal" | "flat";
            /** @example Coffee drying equipment */
            purpose: string;
            /**
             * @description Months; the bylaws set the maximum.
             * @example 12
             */
            termMonths: number;
        };
        PatronageImportDto: {
            /**
             * @description 'add': members already recorded for the year are errors. 'replace': the year's records are replaced.
             * @default add
             * @enum {string}
             */
            mode?: "add" | "replace";
            /** @description Row N is the Nth element. Each row is checked; one bad row rejects the whole import. */
            records: {
                memberNumber: number;
                /** @example 1200.5 */
                quantity?: string | null;
                /** @example 3100.00 */
                value?: string | null;
            }[];
        };
        PatronageImportResultDto: {
            /** @description Records written. */
            imported: number;
            /**
             * @description Sum of the imported quantities.
             * @example 15400.5
             */
            quantityTotal: string;
            /** @description Records removed first ('replace'). */
            replaced: number;
            /**
             * @description Sum of the imported values.
             * @example 48210.00
             */
            valueTotal: string;
        };
        PatronagePageDto: {
            items: components["schemas"]["PatronageRecordResponseDto"][];
            nextCursor: string | null;
        };
        PatronageRecordDto: {
            /**
             * @description Quantity (kg delivered, hours worked...), at most 4 decimals.
             * @example 1200.5
             */
            quantity?: string | null;
            /**
             * @description Value in money, at most the currency's decimals.
             * @example 3100.00
             */
            value?: string | null;
        };
        PatronageRecordResponseDto: {
            /** Format: uuid */
            memberId: string;
            memberNumber: number;
            quantity: string | null;
            /** Format: date-time */
            recordedAt: string;
            value: string | null;
        };
        PaymentCreateDto: {
            /**
             * @description Money paid; paid-up capital may not exceed subscribed capital. A decimal string with at most the currency's minor-unit decimals.
             * @example 150.00
             */
            amount: string;
            /**
             * Format: date
             * @description The day the money was received: not before the member's previous entry, not in the future.
             * @example 2024-05-10
             */
            effectiveDate: string;
            /**
             * Format: uuid
             * @description The member paying towards their subscribed shares.
             */
            memberId: string;
            /** @description Free text. */
            note?: string;
            /**
             * @description Receipt or bank reference.
             * @example Receipt 2024-0113
             */
            reference?: string;
        };
        PlanApproveDto: {
            /** @description A note kept in the audit log. */
            note?: string;
        };
        PlanCreateDto: {
            /** @description At execution, post the community fund's allocation to the solidarity credit fund. Default true. */
            communityFundToCreditFund?: boolean;
            /**
             * @description Community fund %; at least the bylaws' communityFundPercent (the default).
             * @example 5
             */
            communityPercent?: string;
            /**
             * @description Education and training fund %; at least the bylaws' educationFundPercent (the default).
             * @example 5
             */
            educationPercent?: string;
            /**
             * @description Annual interest rate on paid-up capital, %; at most the bylaws' maxShareInterestRatePercent.
             * @example 4
             */
            interestRatePercent: string;
            /**
             * @description Indivisible reserve, % of the surplus; at least the bylaws' minReservePercent (the default).
             * @example 30
             */
            reservePercent?: string;
        };
        PlanExecuteDto: {
            /**
             * Format: date
             * @description The postings' effective date: after the fiscal year's end, not in the future. Default: today (UTC).
             */
            executedOn?: string;
        };
        PlanLineDto: {
            /**
             * @description Sum of paid-up amount x days held in the year: the member's weight in the interest pool.
             * @example 366000
             */
            capitalDays: string;
            /** @example 50.00 */
            interest: string;
            /** Format: uuid */
            memberId: string;
            memberNumber: number;
            name: string;
            /** @description A member at the year end (or the bylaws refund ceased members). */
            patronageEligible: boolean;
            /** @example 3548.37 */
            patronageRefund: string;
            /**
             * @description The patronage the refund is weighted by (0 when not eligible).
             * @example 3000
             */
            patronageWeight: string;
            /** @enum {string} */
            refundMode: "cash" | "capital";
            /**
             * @description interest + patronageRefund.
             * @example 3598.37
             */
            total: string;
        };
        PlanLinePageDto: {
            items: components["schemas"]["PlanLineDto"][];
            nextCursor: string | null;
        };
        PlanPageDto: {
            items: components["schemas"]["PlanResponseDto"][];
            nextCursor: string | null;
        };
        PlanProposeDto: {
            /**
             * Format: uuid
             * @description The ballot that will decide the plan; approval then needs that ballot to have passed.
             */
            ballotId?: string;
            /**
             * @description An assembly resolution recorded outside the ballots (paper minutes). Give a ballotId, this, or both.
             * @example General assembly 2025-03-15, resolution 4
             */
            resolutionReference?: string;
        };
        PlanRecomputeDto: {
            /** @description At execution, post the community fund's allocation to the solidarity credit fund. Default true. */
            communityFundToCreditFund?: boolean;
            /**
             * @description Community fund %; at least the bylaws' communityFundPercent (the default).
             * @example 5
             */
            communityPercent?: string;
            /**
             * @description Education and training fund %; at least the bylaws' educationFundPercent (the default).
             * @example 5
             */
            educationPercent?: string;
            /**
             * @description Annual interest rate on paid-up capital, %; at most the bylaws' maxShareInterestRatePercent.
             * @example 4
             */
            interestRatePercent?: string;
            /**
             * @description Indivisible reserve, % of the surplus; at least the bylaws' minReservePercent (the default).
             * @example 30
             */
            reservePercent?: string;
        };
        PlanRejectDto: {
            /** @example The assembly voted against the plan (ballot failed). */
            reason: string;
        };
        PlanResponseDto: {
            allowedActions: ("recompute" | "propose" | "approve" | "execute" | "reject")[];
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            ballotId: string | null;
            /** @example 500.00 */
            community: string;
            communityFundToCreditFund: boolean;
            /** @example 5.00 */
            communityPercent: string;
            /** Format: date-time */
            computedAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {number} */
            daysInYear: 365 | 366;
            /**
             * @description Refund form for members without a standing choice.
             * @enum {string}
             */
            defaultRefundMode: "cash" | "capital";
            /** @example 500.00 */
            education: string;
            /** @example 5.00 */
            educationPercent: string;
            /** Format: date-time */
            executedAt: string | null;
            /** Format: date */
            executedOn: string | null;
            /** Format: uuid */
            fiscalYearId: string;
            /**
             * @description reserve + education + community.
             * @example 4000.00
             */
            fundsTotal: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The members' interest: the weights' sum rounded half-up.
             * @example 86.05
             */
            interestEntitlement: string;
            /**
             * @description Interest distributed: the entitlement, or what the funds leave.
             * @example 86.05
             */
            interestPool: string;
            /** @example 4.00 */
            interestRatePercent: string;
            /** @description The interest pool is smaller than the entitlement: every member scaled down alike. */
            interestScaledDown: boolean;
            /** @description Member lines; each pool is split exactly among them. */
            lineCount: number;
            /** @enum {string|null} */
            patronageBasis: "value" | "quantity" | null;
            /** @description Bylaws: ceased members still get a patronage refund. */
            patronageForCeasedMembers: boolean;
            /**
             * @description surplus - funds - interest pool, exactly.
             * @example 5913.95
             */
            patronagePool: string;
            /** Format: date-time */
            proposedAt: string | null;
            /** Format: date-time */
            rejectedAt: string | null;
            rejectionReason: string | null;
            /** @example 3000.00 */
            reserve: string;
            /** @example 30.00 */
            reservePercent: string;
            resolutionReference: string | null;
            /** @description A draft computed before the year's surplus or patronage last changed: recompute it before proposing. */
            stale: boolean;
            /** @enum {string} */
            status: "draft" | "proposed" | "approved" | "executed" | "rejected";
            /** @example 10000.00 */
            surplus: string;
        };
        PlanStandingDto: {
            /** @example 10.00 */
            amount: string;
            /** Format: date-time */
            createdAt: string;
            /** @example 40.00 */
            dueAmount: string;
            /** @description Contributions fallen due by the as-of date. */
            dueCount: number;
            /** Format: date */
            endsOn: string | null;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "yearly";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: date */
            nextDueOn: string | null;
            /**
             * @description Due minus paid, never below zero.
             * @example 10.00
             */
            outstanding: string;
            /**
             * @description Contributions posted under this plan by the as-of date.
             * @example 30.00
             */
            paidAmount: string;
            /** Format: date */
            startsOn: string;
        };
        PortfolioResponseDto: {
            /** Format: date */
            asOf: string;
            /** @example EUR */
            currency: string;
            /** @description Loans on the books that day: disbursed, not yet repaid or written off. */
            loanCount: number;
            /** @example 5000.00 */
            outstandingPrincipal: string;
            /** @description Loans more than 30 days past due. */
            par30LoanCount: number;
            /**
             * @description Their whole outstanding principal.
             * @example 1000.00
             */
            par30Principal: string;
            /**
             * @description par30Principal / outstandingPrincipal, 4 decimals.
             * @example 0.2000
             */
            par30Ratio: string;
            par90LoanCount: number;
            /** @example 0.00 */
            par90Principal: string;
            /** @example 0.0000 */
            par90Ratio: string;
        };
        ProblemDto: {
            /**
             * @description Stable machine code; the list grows, clients should handle unknown codes by status.
             * @enum {string}
             */
            code: "ALREADY_ATTENDING" | "ALREADY_VOTED" | "API_CLIENT_NOT_FOUND" | "ASSEMBLY_NOT_FOUND" | "ASSEMBLY_NOT_IN_SESSION" | "BALLOT_ALREADY_LINKED" | "BALLOT_CLOSED" | "BALLOT_NOT_FOUND" | "BALLOT_NOT_OPEN" | "BALLOT_NOT_PASSED" | "BALLOT_STILL_RUNNING" | "BYLAWS_INVALID" | "BYLAW_IMMUTABLE" | "CAPITAL_ENTRY_NOT_FOUND" | "CONFLICT" | "CONFLICT_OF_INTEREST" | "CONTRIBUTION_PLAN_NOT_FOUND" | "COOPERATIVE_NOT_FOUND" | "COUNTS_EXCEED_ATTENDANCE" | "COUNTS_REQUIRED" | "DECISION_REFERENCE_REQUIRED" | "DUPLICATE_KEY" | "EFFECTIVE_DATE_OUT_OF_ORDER" | "EFFECTIVE_DATE_REQUIRED" | "EMAIL_TAKEN" | "ENTRY_ALREADY_REVERSED" | "ENTRY_NOT_REVERSIBLE" | "FISCAL_YEAR_LOCKED" | "FISCAL_YEAR_NOT_ENDED" | "FISCAL_YEAR_NOT_FOUND" | "FISCAL_YEAR_OVERLAP" | "FORBIDDEN" | "FUNDS_EXCEED_SURPLUS" | "FUND_PERCENTS_OVER_100" | "GUARANTEE_REQUIRED" | "GUARANTOR_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_IN_USE" | "IDEMPOTENCY_KEY_REUSED" | "ILLEGAL_TRANSITION" | "INSUFFICIENT_FUND_BALANCE" | "INSUFFICIENT_SHARES" | "INTERNAL_ERROR" | "INVALID_AMOUNT" | "INVALID_BALLOT_DEFINITION" | "INVALID_CESSATION_REASON" | "INVALID_CHOICE" | "INVALID_COUNT" | "INVALID_CREDENTIALS" | "INVALID_CURSOR" | "INVALID_DATE" | "INVALID_ELECTORATE" | "INVALID_FISCAL_YEAR" | "INVALID_HISTORY" | "INVALID_HOLDING" | "INVALID_INTEREST_RATE" | "INVALID_MEMBER" | "INVALID_METHOD" | "INVALID_PATRONAGE" | "INVALID_PERCENT" | "INVALID_POLICY" | "INVALID_POOL" | "INVALID_PRINCIPAL" | "INVALID_PROXY" | "INVALID_QUORUM" | "INVALID_RATE" | "INVALID_SCALE" | "INVALID_SCHEDULE" | "INVALID_TALLY_INPUT" | "INVALID_TERM" | "INVALID_TIE_RANK" | "INVALID_WEIGHT" | "INVITATION_INVALID" | "LOAN_ABOVE_CEILING" | "LOAN_NOT_FOUND" | "MEMBER_ALREADY_LINKED" | "MEMBER_NOT_ACTIVE" | "MEMBER_NOT_ELIGIBLE" | "MEMBER_NOT_FOUND" | "MINIMUM_SHARES_NOT_PAID" | "MINIMUM_SHARES_REQUIRED" | "MIXED_PATRONAGE_BASIS" | "NEGATIVE_WEIGHT" | "NON_POSITIVE_SURPLUS" | "NOT_ATTENDING" | "NOT_FOUND" | "NOT_IN_ELECTORATE" | "NO_PATRONAGE" | "OPEN_REQUESTS_PENDING" | "PAID_UP_EXCEEDS_SUBSCRIBED" | "PATRONAGE_IMPORT_INVALID" | "PATRONAGE_MEMBER_INELIGIBLE" | "PAYLOAD_TOO_LARGE" | "PLAN_ALREADY_ACTIVE" | "PLAN_NOT_FOUND" | "PLAN_OUTSIDE_BYLAWS" | "PLAN_STALE" | "PROXY_ALREADY_APPOINTED" | "PROXY_ALREADY_USED" | "PROXY_LIMIT_REACHED" | "PROXY_NOT_FOUND" | "RATE_LIMITED" | "RECORD_DATE_NOT_REACHED" | "REDEMPTION_NOT_FOUND" | "REDEMPTION_NOT_PAYABLE_YET" | "REFRESH_TOKEN_INVALID" | "REFRESH_TOKEN_REUSED" | "REPAYMENT_EXCEEDS_BALANCE" | "RESULTS_NOT_AVAILABLE" | "ROUTE_NOT_FOUND" | "SERVICE_UNAVAILABLE" | "SETTLEMENT_AMOUNT_MISMATCH" | "SHARES_COMMITTED" | "SHARES_NOT_PAID_UP" | "SHARE_CAP_EXCEEDED" | "SURPLUS_NOT_ENTERED" | "TERM_TOO_LONG" | "TOKEN_EXPIRED" | "TOO_MANY_LOANS" | "TRANSFER_NOT_FOUND" | "UNAUTHENTICATED" | "UNSUPPORTED_MEDIA_TYPE" | "USER_ALREADY_MEMBER" | "USER_NOT_FOUND" | "VALIDATION_FAILED" | "VALUE_DATE_OUT_OF_ORDER" | "WRONG_VOTING_MODE" | "ZERO_TOTAL_WEIGHT";
            /** @example The request is invalid. */
            detail: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @example /v1/cooperatives */
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Validation failed */
            title: string;
            /** @example /problems/validation-failed */
            type: string;
        };
        ProxyAppointDto: {
            /**
             * Format: uuid
             * @description An assembly: every ballot of it, and its attendance.
             */
            assemblyId?: string;
            /**
             * Format: uuid
             * @description A ballot that is not part of an assembly.
             */
            ballotId?: string;
            /** Format: uuid */
            holderMemberId?: string;
            /** @description The holder by member number (as on the membership card). */
            holderMemberNumber?: number;
        };
        ProxyCreateDto: {
            /**
             * Format: uuid
             * @description An assembly: every ballot of it, and its attendance.
             */
            assemblyId?: string;
            /**
             * Format: uuid
             * @description A ballot that is not part of an assembly.
             */
            ballotId?: string;
            /**
             * Format: uuid
             * @description The member who gives the proxy.
             */
            grantorMemberId: string;
            /**
             * Format: uuid
             * @description The member who will vote for them.
             */
            holderMemberId: string;
        };
        ProxyPageDto: {
            items: components["schemas"]["ProxyResponseDto"][];
            nextCursor: string | null;
        };
        ProxyResponseDto: {
            /** Format: uuid */
            assemblyId: string | null;
            /** Format: uuid */
            ballotId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            grantorMemberId: string;
            /** Format: uuid */
            holderMemberId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * @description active (revocable), used (no longer revocable) or revoked.
             * @enum {string}
             */
            state: "active" | "used" | "revoked";
        };
        QuorumDto: {
            /** @description absolute: at least this many participants. */
            count?: number;
            /**
             * @description percent: participants >= this % of the electorate ('33.33').
             * @example 50
             */
            percent?: string;
            /** @enum {string} */
            type: "none" | "percent" | "absolute";
        };
        QuorumResponseDto: {
            count: number | null;
            /** @example 50 */
            percent: string | null;
            /** @enum {string} */
            type: "none" | "percent" | "absolute";
        };
        ReceiptPageDto: {
            /** @description Counted receipt codes, sorted: each voter finds theirs. */
            items: string[];
            nextCursor: string | null;
        };
        RecordedCountsDto: {
            /** @description choice: explicit abstentions. */
            abstentions?: number;
            /** @description election: ballots cast, blank ones included (required). */
            ballots?: number;
            /**
             * @description motion: yes/no/abstain; choice: votes per option; election: marks per candidate.
             * @example {
             *       "abstain": 3,
             *       "no": 12,
             *       "yes": 41
             *     }
             */
            counts: {
                [key: string]: number;
            };
        };
        RedemptionCreateDto: {
            /**
             * @description All the member's remaining shares: repays all paid-up capital and cancels the unpaid rest of the subscription.
             * @enum {boolean}
             */
            allShares?: true;
            /**
             * Format: uuid
             * @description The member whose shares are redeemed.
             */
            memberId: string;
            /** @description Why, in words. */
            reason?: string;
            /**
             * Format: date
             * @description The day the member asked (default: today, UTC); the notice period runs from it.
             * @example 2024-05-10
             */
            requestedOn?: string;
            /** @description Fully paid shares to redeem. Give either shares or allShares. */
            shares?: number;
        };
        RedemptionQueueProcessDto: {
            /**
             * Format: date
             * @description The payment date of the redemptions paid now; the annual cap of its year applies.
             * @example 2024-05-10
             */
            effectiveDate: string;
        };
        RedemptionQueueResultDto: {
            /**
             * @description The year's redemption cap.
             * @example 1200.00
             */
            annualCap: string;
            /** @description Paid now, in queue order. */
            completed: components["schemas"]["CapitalRequestResponseDto"][];
            /** Format: date */
            effectiveDate: string;
            /**
             * @description Redeemed in that year, after this run.
             * @example 900.00
             */
            redeemedInYear: string;
            /** @description Redemptions still waiting. */
            stillQueued: number;
        };
        RefreshDto: {
            /** @description The refresh token from login or the previous refresh. */
            refreshToken: string;
        };
        RefundPreferenceDto: {
            /**
             * @description Cash payable, or credited to the member as share capital.
             * @enum {string}
             */
            mode: "cash" | "capital";
        };
        RefundPreferenceResponseDto: {
            /** Format: uuid */
            memberId: string;
            /** @enum {string} */
            mode: "cash" | "capital";
            /**
             * @description The member's own choice, or the bylaws' default.
             * @enum {string}
             */
            source: "member" | "bylaws";
        };
        RegisterEntryDto: {
            /**
             * Format: date
             * @description Admission that opened the membership period covering that day.
             */
            admittedOn: string;
            community: string | null;
            /** @enum {string} */
            kind: "natural_person" | "legal_entity";
            /** Format: uuid */
            memberId: string;
            memberNumber: number;
            name: string;
            /**
             * @description Status on the day asked.
             * @enum {string}
             */
            status: "active" | "suspended";
        };
        RegisterPageDto: {
            /** Format: date */
            asOf: string;
            items: components["schemas"]["RegisterEntryDto"][];
            nextCursor: string | null;
        };
        RepaymentCreateDto: {
            /**
             * @description Decimal string, at most the currency’s minor-unit decimals. Never more than the whole balance owed.
             * @example 88.85
             */
            amount: string;
            /**
             * Format: date
             * @description Value date; repayments of a loan are recorded in value-date order.
             */
            paidOn: string;
            reference?: string;
        };
        RepaymentLineDto: {
            instalmentNumber: number;
            /** @example 10.00 */
            interest: string;
            /** @example 0.00 */
            interestWaived: string;
            /** @example 78.85 */
            principal: string;
        };
        RepaymentPageDto: {
            items: components["schemas"]["RepaymentResponseDto"][];
            nextCursor: string | null;
        };
        RepaymentResponseDto: {
            /** @example 88.85 */
            amount: string;
            /** Format: uuid */
            id: string;
            /** @example 10.00 */
            interest: string;
            /** @example 0.00 */
            interestWaived: string;
            /**
             * @description settlement: an early full repayment.
             * @enum {string}
             */
            kind: "repayment" | "settlement";
            lines: components["schemas"]["RepaymentLineDto"][];
            /** Format: uuid */
            loanId: string;
            /** @description 1, 2, 3... per loan, in recorded (and value-date) order. */
            number: number;
            /** Format: date */
            paidOn: string;
            /**
             * @description The part paid on instalments not yet due: paid ahead.
             * @example 0.00
             */
            prepaid: string;
            /** @example 78.85 */
            principal: string;
            /** Format: date-time */
            recordedAt: string;
            reference: string | null;
        };
        RepaymentResultDto: {
            /** @description The loan after the repayment. */
            loan: components["schemas"]["LoanResponseDto"];
            repayment: components["schemas"]["RepaymentResponseDto"];
        };
        RequestApprovalDto: {
            /** @example Board minute 2024-07, item 3 */
            decisionReference: string;
            /** @description Why, in words. */
            reason?: string;
        };
        RequestCancellationDto: {
            /** @description Why the request is withdrawn (e.g. the member changed their mind). */
            reason: string;
        };
        RequestCompletionDto: {
            /**
             * Format: date
             * @description The day the shares change hands or are repaid: not before the request, the notice period, or either member's previous entry.
             * @example 2024-05-10
             */
            effectiveDate: string;
            /**
             * @description Payment reference of the repayment, or of the transfer deed.
             * @example Receipt 2024-0113
             */
            reference?: string;
        };
        RequestRejectionDto: {
            /** @example Board minute 2024-07, item 4 */
            decisionReference?: string;
            /** @description Why the board refused. */
            reason: string;
        };
        ReversalCreateDto: {
            /**
             * Format: date
             * @description The reversal's effective date (default: the reversed entry's own date). Not before the member's previous entry.
             * @example 2024-05-10
             */
            effectiveDate?: string;
            /** @description Why the entry was a mistake. */
            reason: string;
        };
        RollCallEntryDto: {
            /**
             * Format: uuid
             * @description A member on the attendance register (present, or represented).
             */
            memberId: string;
            selection: (string | null) | string[];
        };
        RollCallVoteDto: {
            /**
             * Format: uuid
             * @description The voter, or the proxy holder who voted for them.
             */
            castByMemberId: string;
            /** Format: uuid */
            memberId: string;
            memberNumber: number;
            name: string;
            selection: (string | null) | string[];
            /** @enum {string} */
            via: "self" | "proxy" | "roll_call";
        };
        RollCallVotePageDto: {
            items: components["schemas"]["RollCallVoteDto"][];
            nextCursor: string | null;
        };
        ScheduleResponseDto: {
            items: components["schemas"]["InstalmentResponseDto"][];
            /** @example 1000.00 */
            principal: string;
            /** @example 1066.19 */
            total: string;
            /** @example 66.19 */
            totalInterest: string;
        };
        SettlementCreateDto: {
            /**
             * @description Must equal the settlement quote for that day.
             * @example 925.76
             */
            amount: string;
            reference?: string;
            /** Format: date */
            settledOn: string;
        };
        SettlementQuoteDto: {
            /** Format: date */
            asOf: string;
            /**
             * @description Interest earned and unpaid (the running period pro rata).
             * @example 4.61
             */
            interest: string;
            /**
             * @description Scheduled interest given up.
             * @example 51.58
             */
            interestWaived: string;
            lines: components["schemas"]["SettlementQuoteLineDto"][];
            /** Format: uuid */
            loanId: string;
            /** @example 921.15 */
            principal: string;
            /**
             * @description What closes the loan on that day.
             * @example 925.76
             */
            total: string;
        };
        SettlementQuoteLineDto: {
            /** Format: date */
            dueOn: string;
            instalmentNumber: number;
            /** @example 10.00 */
            interest: string;
            /** @example 0.00 */
            interestWaived: string;
            /** @example 78.85 */
            principal: string;
        };
        StatementLineDto: {
            capitalDays: string;
            /** Format: date */
            endDate: string;
            /** Format: date */
            executedOn: string | null;
            /** Format: uuid */
            fiscalYearId: string;
            fiscalYearLabel: string;
            interest: string;
            /** @example 4.00 */
            interestRatePercent: string;
            /** @enum {string|null} */
            patronageBasis: "value" | "quantity" | null;
            patronageEligible: boolean;
            patronageRefund: string;
            patronageWeight: string;
            /** Format: uuid */
            planId: string;
            /** @enum {string} */
            planStatus: "proposed" | "approved" | "executed";
            /** @enum {string} */
            refundMode: "cash" | "capital";
            /** Format: date */
            startDate: string;
            total: string;
        };
        StatementPageDto: {
            /** @description Newest fiscal year first. */
            items: components["schemas"]["StatementLineDto"][];
            /** Format: uuid */
            memberId: string;
            /** @description Null for a record never admitted. */
            memberNumber: number | null;
            nextCursor: string | null;
        };
        SubscriptionCreateDto: {
            /**
             * Format: date
             * @description The day the shares were pledged: not before the member's previous entry, not in the future.
             * @example 2024-05-10
             */
            effectiveDate: string;
            /**
             * Format: uuid
             * @description The member (or applicant: the initial subscription comes before admission).
             */
            memberId: string;
            /** @description Free text. */
            note?: string;
            /**
             * @description Subscription form or other reference.
             * @example Receipt 2024-0113
             */
            reference?: string;
            /**
             * @description Shares subscribed; their value is shares x the par value.
             * @example 5
             */
            shares: number;
        };
        TokenPairDto: {
            /** @description Send as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            /** @description Single use: each refresh returns a new one. Reusing an old one revokes the session. */
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        TransferCreateDto: {
            /**
             * Format: uuid
             * @description The member giving the shares (active or suspended).
             */
            fromMemberId: string;
            /** @description Why, in words. */
            reason?: string;
            /**
             * Format: date
             * @description The day the members asked (default: today, UTC).
             * @example 2024-05-10
             */
            requestedOn?: string;
            /**
             * @description Fully paid shares to transfer, at par.
             * @example 5
             */
            shares: number;
            /**
             * Format: uuid
             * @description The member receiving them (active).
             */
            toMemberId: string;
        };
        UserCreateDto: {
            /** @example Ana Pérez */
            displayName?: string;
            /** @example secretary@example.org */
            email: string;
            /** @description Required when the email has no account yet; ignored (never changed) for an existing account. */
            password?: string;
            /**
             * @example [
             *       "secretary"
             *     ]
             */
            roles: ("admin" | "secretary" | "treasurer" | "board" | "credit_committee" | "member")[];
        };
        UserRolesDto: {
            email: string;
            roles: ("admin" | "secretary" | "treasurer" | "board" | "credit_committee" | "member")[];
            /** Format: uuid */
            userId: string;
        };
        VoteCastDto: {
            /**
             * Format: uuid
             * @description Vote as proxy holder for this member.
             */
            onBehalfOfMemberId?: string;
            /** @description motion: 'yes' | 'no' | 'abstain'; choice: one option, or null to abstain; election: up to k candidates ([] blank). */
            selection: (string | null) | string[];
        };
        VoteCastResponseDto: {
            /** Format: uuid */
            ballotId: string;
            /**
             * Format: uuid
             * @description The member whose vote this is.
             */
            memberId: string;
            /** @description Secret ballots: a random receipt code, shown once. The server keeps it only with the anonymous choice, never with the voter, so an Idempotency-Key replay does not repeat it. */
            receiptCode?: string;
            secret: boolean;
            /** @description Open ballots: the vote now counted. Secret ballots: null. */
            selection: (string | null) | string[];
            /** @description Open ballots: 1 for the first vote, +1 per change. Secret ballots: 1. */
            version: number;
            /** @enum {string} */
            via: "self" | "proxy" | "roll_call";
        };
        VoteHistoryEntryDto: {
            /** Format: uuid */
            castByMemberId: string;
            /** Format: date-time */
            recordedAt: string;
            selection: (string | null) | string[];
            /** @enum {string} */
            via: "self" | "proxy" | "roll_call";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AgendaItemDto = components['schemas']['AgendaItemDto'];
export type AgendaItemInputDto = components['schemas']['AgendaItemInputDto'];
export type AllocationCreateDto = components['schemas']['AllocationCreateDto'];
export type AnonymousChoiceDto = components['schemas']['AnonymousChoiceDto'];
export type AnonymousChoicePageDto = components['schemas']['AnonymousChoicePageDto'];
export type ApiClientCreateDto = components['schemas']['ApiClientCreateDto'];
export type ApiClientCreatedDto = components['schemas']['ApiClientCreatedDto'];
export type ApiClientResponseDto = components['schemas']['ApiClientResponseDto'];
export type AssemblyCloseDto = components['schemas']['AssemblyCloseDto'];
export type AssemblyCreateDto = components['schemas']['AssemblyCreateDto'];
export type AssemblyPageDto = components['schemas']['AssemblyPageDto'];
export type AssemblyResponseDto = components['schemas']['AssemblyResponseDto'];
export type AssemblyUpdateDto = components['schemas']['AssemblyUpdateDto'];
export type AttendanceEntryDto = components['schemas']['AttendanceEntryDto'];
export type AttendancePageDto = components['schemas']['AttendancePageDto'];
export type AttendanceRecordDto = components['schemas']['AttendanceRecordDto'];
export type AuditEntryResponseDto = components['schemas']['AuditEntryResponseDto'];
export type AuditPageDto = components['schemas']['AuditPageDto'];
export type BallotCreateDto = components['schemas']['BallotCreateDto'];
export type BallotPageDto = components['schemas']['BallotPageDto'];
export type BallotResponseDto = components['schemas']['BallotResponseDto'];
export type BallotResultDto = components['schemas']['BallotResultDto'];
export type BallotUpdateDto = components['schemas']['BallotUpdateDto'];
export type BylawsCreateDto = components['schemas']['BylawsCreateDto'];
export type BylawsResponseDto = components['schemas']['BylawsResponseDto'];
export type BylawsUpdateDto = components['schemas']['BylawsUpdateDto'];
export type CapitalBalanceDto = components['schemas']['CapitalBalanceDto'];
export type CapitalEntryDetailDto = components['schemas']['CapitalEntryDetailDto'];
export type CapitalEntryResponseDto = components['schemas']['CapitalEntryResponseDto'];
export type CapitalMonthDto = components['schemas']['CapitalMonthDto'];
export type CapitalMonthlyDto = components['schemas']['CapitalMonthlyDto'];
export type CapitalMovementDto = components['schemas']['CapitalMovementDto'];
export type CapitalPostingResponseDto = components['schemas']['CapitalPostingResponseDto'];
export type CapitalRequestPageDto = components['schemas']['CapitalRequestPageDto'];
export type CapitalRequestResponseDto = components['schemas']['CapitalRequestResponseDto'];
export type CapitalStatementDto = components['schemas']['CapitalStatementDto'];
export type CapitalStatementLineDto = components['schemas']['CapitalStatementLineDto'];
export type CapitalStatementLinePageDto = components['schemas']['CapitalStatementLinePageDto'];
export type CapitalTotalsDto = components['schemas']['CapitalTotalsDto'];
export type ContributionCreateDto = components['schemas']['ContributionCreateDto'];
export type ContributionPageDto = components['schemas']['ContributionPageDto'];
export type ContributionPlanCreateDto = components['schemas']['ContributionPlanCreateDto'];
export type ContributionPlanEndDto = components['schemas']['ContributionPlanEndDto'];
export type ContributionPlanPageDto = components['schemas']['ContributionPlanPageDto'];
export type ContributionPlanResponseDto = components['schemas']['ContributionPlanResponseDto'];
export type ContributionResponseDto = components['schemas']['ContributionResponseDto'];
export type ContributionStatementDto = components['schemas']['ContributionStatementDto'];
export type CooperativeCreateDto = components['schemas']['CooperativeCreateDto'];
export type CooperativePageDto = components['schemas']['CooperativePageDto'];
export type CooperativeResponseDto = components['schemas']['CooperativeResponseDto'];
export type CooperativeRolesDto = components['schemas']['CooperativeRolesDto'];
export type CreditFundResponseDto = components['schemas']['CreditFundResponseDto'];
export type DonationCreateDto = components['schemas']['DonationCreateDto'];
export type ElectorEntryDto = components['schemas']['ElectorEntryDto'];
export type ElectoratePageDto = components['schemas']['ElectoratePageDto'];
export type FieldErrorDto = components['schemas']['FieldErrorDto'];
export type FiscalYearCreateDto = components['schemas']['FiscalYearCreateDto'];
export type FiscalYearPageDto = components['schemas']['FiscalYearPageDto'];
export type FiscalYearResponseDto = components['schemas']['FiscalYearResponseDto'];
export type FundEntryPageDto = components['schemas']['FundEntryPageDto'];
export type FundEntryResponseDto = components['schemas']['FundEntryResponseDto'];
export type FundTotalsDto = components['schemas']['FundTotalsDto'];
export type GuarantorPledgeDto = components['schemas']['GuarantorPledgeDto'];
export type GuarantorResponseDto = components['schemas']['GuarantorResponseDto'];
export type HealthDto = components['schemas']['HealthDto'];
export type InstalmentResponseDto = components['schemas']['InstalmentResponseDto'];
export type LoanApplicationDto = components['schemas']['LoanApplicationDto'];
export type LoanApprovalDto = components['schemas']['LoanApprovalDto'];
export type LoanArrearsDto = components['schemas']['LoanArrearsDto'];
export type LoanArrearsPageDto = components['schemas']['LoanArrearsPageDto'];
export type LoanDisbursementDto = components['schemas']['LoanDisbursementDto'];
export type LoanPageDto = components['schemas']['LoanPageDto'];
export type LoanRejectionDto = components['schemas']['LoanRejectionDto'];
export type LoanResponseDto = components['schemas']['LoanResponseDto'];
export type LoanWriteOffDto = components['schemas']['LoanWriteOffDto'];
export type LoginDto = components['schemas']['LoginDto'];
export type MeDto = components['schemas']['MeDto'];
export type MeetingQuorumDto = components['schemas']['MeetingQuorumDto'];
export type MemberAccountDto = components['schemas']['MemberAccountDto'];
export type MemberCessationDto = components['schemas']['MemberCessationDto'];
export type MemberContactUpdateDto = components['schemas']['MemberContactUpdateDto'];
export type MemberCreateDto = components['schemas']['MemberCreateDto'];
export type MemberDecisionDto = components['schemas']['MemberDecisionDto'];
export type MemberInvitationAcceptDto = components['schemas']['MemberInvitationAcceptDto'];
export type MemberInvitationCreateDto = components['schemas']['MemberInvitationCreateDto'];
export type MemberInvitationCreatedDto = components['schemas']['MemberInvitationCreatedDto'];
export type MemberPageDto = components['schemas']['MemberPageDto'];
export type MemberResponseDto = components['schemas']['MemberResponseDto'];
export type MemberTransitionPageDto = components['schemas']['MemberTransitionPageDto'];
export type MemberTransitionResponseDto = components['schemas']['MemberTransitionResponseDto'];
export type MemberUpdateDto = components['schemas']['MemberUpdateDto'];
export type MotionCountsDto = components['schemas']['MotionCountsDto'];
export type MyBallotDto = components['schemas']['MyBallotDto'];
export type MyBallotPageDto = components['schemas']['MyBallotPageDto'];
export type MyProxiesDto = components['schemas']['MyProxiesDto'];
export type NetSurplusDto = components['schemas']['NetSurplusDto'];
export type OptionVotesDto = components['schemas']['OptionVotesDto'];
export type OwnLoanApplicationDto = components['schemas']['OwnLoanApplicationDto'];
export type PatronageImportDto = components['schemas']['PatronageImportDto'];
export type PatronageImportResultDto = components['schemas']['PatronageImportResultDto'];
export type PatronagePageDto = components['schemas']['PatronagePageDto'];
export type PatronageRecordDto = components['schemas']['PatronageRecordDto'];
export type PatronageRecordResponseDto = components['schemas']['PatronageRecordResponseDto'];
export type PaymentCreateDto = components['schemas']['PaymentCreateDto'];
export type PlanApproveDto = components['schemas']['PlanApproveDto'];
export type PlanCreateDto = components['schemas']['PlanCreateDto'];
export type PlanExecuteDto = components['schemas']['PlanExecuteDto'];
export type PlanLineDto = components['schemas']['PlanLineDto'];
export type PlanLinePageDto = components['schemas']['PlanLinePageDto'];
export type PlanPageDto = components['schemas']['PlanPageDto'];
export type PlanProposeDto = components['schemas']['PlanProposeDto'];
export type PlanRecomputeDto = components['schemas']['PlanRecomputeDto'];
export type PlanRejectDto = components['schemas']['PlanRejectDto'];
export type PlanResponseDto = components['schemas']['PlanResponseDto'];
export type PlanStandingDto = components['schemas']['PlanStandingDto'];
export type PortfolioResponseDto = components['schemas']['PortfolioResponseDto'];
export type ProblemDto = components['schemas']['ProblemDto'];
export type ProxyAppointDto = components['schemas']['ProxyAppointDto'];
export type ProxyCreateDto = components['schemas']['ProxyCreateDto'];
export type ProxyPageDto = components['schemas']['ProxyPageDto'];
export type ProxyResponseDto = components['schemas']['ProxyResponseDto'];
export type QuorumDto = components['schemas']['QuorumDto'];
export type QuorumResponseDto = components['schemas']['QuorumResponseDto'];
export type ReceiptPageDto = components['schemas']['ReceiptPageDto'];
export type RecordedCountsDto = components['schemas']['RecordedCountsDto'];
export type RedemptionCreateDto = components['schemas']['RedemptionCreateDto'];
export type RedemptionQueueProcessDto = components['schemas']['RedemptionQueueProcessDto'];
export type RedemptionQueueResultDto = components['schemas']['RedemptionQueueResultDto'];
export type RefreshDto = components['schemas']['RefreshDto'];
export type RefundPreferenceDto = components['schemas']['RefundPreferenceDto'];
export type RefundPreferenceResponseDto = components['schemas']['RefundPreferenceResponseDto'];
export type RegisterEntryDto = components['schemas']['RegisterEntryDto'];
export type RegisterPageDto = components['schemas']['RegisterPageDto'];
export type RepaymentCreateDto = components['schemas']['RepaymentCreateDto'];
export type RepaymentLineDto = components['schemas']['RepaymentLineDto'];
export type RepaymentPageDto = components['schemas']['RepaymentPageDto'];
export type RepaymentResponseDto = components['schemas']['RepaymentResponseDto'];
export type RepaymentResultDto = components['schemas']['RepaymentResultDto'];
export type RequestApprovalDto = components['schemas']['RequestApprovalDto'];
export type RequestCancellationDto = components['schemas']['RequestCancellationDto'];
export type RequestCompletionDto = components['schemas']['RequestCompletionDto'];
export type RequestRejectionDto = components['schemas']['RequestRejectionDto'];
export type ReversalCreateDto = components['schemas']['ReversalCreateDto'];
export type RollCallEntryDto = components['schemas']['RollCallEntryDto'];
export type RollCallVoteDto = components['schemas']['RollCallVoteDto'];
export type RollCallVotePageDto = components['schemas']['RollCallVotePageDto'];
export type ScheduleResponseDto = components['schemas']['ScheduleResponseDto'];
export type SettlementCreateDto = components['schemas']['SettlementCreateDto'];
export type SettlementQuoteDto = components['schemas']['SettlementQuoteDto'];
export type SettlementQuoteLineDto = components['schemas']['SettlementQuoteLineDto'];
export type StatementLineDto = components['schemas']['StatementLineDto'];
export type StatementPageDto = components['schemas']['StatementPageDto'];
export type SubscriptionCreateDto = components['schemas']['SubscriptionCreateDto'];
export type TokenPairDto = components['schemas']['TokenPairDto'];
export type TransferCreateDto = components['schemas']['TransferCreateDto'];
export type UserCreateDto = components['schemas']['UserCreateDto'];
export type UserRolesDto = components['schemas']['UserRolesDto'];
export type VoteCastDto = components['schemas']['VoteCastDto'];
export type VoteCastResponseDto = components['schemas']['VoteCastResponseDto'];
export type VoteHistoryEntryDto = components['schemas']['VoteHistoryEntryDto'];
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description A dependency (the database) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listCooperatives: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperativePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createCooperative: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperativeCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperativeResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCooperative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperativeResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listApiClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientResponseDto"][];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiClientCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCreatedDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                apiClientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAssemblies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssemblyCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getAssembly: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                assemblyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                assemblyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssemblyUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAttendance: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                assemblyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendancePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                assemblyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceRecordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceEntryDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The caller may not use this route.
             *
             *     The caller may not use this route.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    closeAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                assemblyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssemblyCloseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    openAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                assemblyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description The user or API client that made the change. */
                actorId?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                /** @description Entries at or after this time. */
                from?: string;
                /** @description Entries before this time. */
                to?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listBallots: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "draft" | "open" | "closed" | "published";
                assemblyId?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BallotCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getBallot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BallotUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAnonymousChoices: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymousChoicePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    closeBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordBallotCounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordedCountsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getBallotElectorate: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectoratePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    openBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    publishBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResultDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listBallotReceipts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getBallotResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResultDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordRollCallVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollCallEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteCastResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The caller may not use this route.
             *
             *     The caller may not use this route.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listRollCallVotes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollCallVotePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    castVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteCastDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteCastResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The caller may not use this route.
             *
             *     The caller may not use this route.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getBylaws: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BylawsResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateBylaws: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BylawsUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BylawsResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCapitalEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalEntryDetailDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reverseCapitalEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCapitalMonthly: {
        parameters: {
            query: {
                /** @description First month, YYYY-MM. */
                from: string;
                /** @description Last month, YYYY-MM (at most 120 months). */
                to: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalMonthlyDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCapitalTotals: {
        parameters: {
            query?: {
                /** @description The day (default: today, UTC). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalTotalsDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCreditFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFundResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listLoanArrears: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Default: today (UTC). */
                asOf?: string;
                /** @description Only loans at least this many days past due. */
                minDaysPastDue?: number;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanArrearsPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listContributionPlans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                memberId?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPlanPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createContributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContributionPlanCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    endContributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContributionPlanEndDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listContributions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                memberId?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    postContribution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContributionCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    postDonation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DonationCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundEntryResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listCreditFundEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                kind?: "contribution" | "surplus_allocation" | "donation" | "disbursement" | "repayment_principal" | "repayment_interest" | "write_off";
                loanId?: string;
                memberId?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundEntryPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOwnContributionStatement: {
        parameters: {
            query?: {
                /** @description Default: today (UTC). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionStatementDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listOwnContributions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listOwnLoans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    applyForOwnLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnLoanApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getContributionStatement: {
        parameters: {
            query?: {
                /** @description Default: today (UTC). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionStatementDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getLoanPortfolio: {
        parameters: {
            query?: {
                /** @description Default: today (UTC). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    previewLoanSchedule: {
        parameters: {
            query: {
                amount: string;
                termMonths: number;
                method: "annuity" | "equal_principal" | "flat";
                disbursedOn: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getDistributionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    approveDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanApproveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    executeDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanExecuteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listDistributionPlanLines: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanLinePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportDistributionPlanLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    proposeDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanProposeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recomputeDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanRecomputeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rejectDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanRejectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOwnDistributionStatement: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMemberDistributionStatement: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listFiscalYears: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createFiscalYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FiscalYearCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getFiscalYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listDistributionPlans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    enterNetSurplus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetSurplusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listPatronage: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronagePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    importPatronage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatronageImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronageImportResultDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    importPatronageCsv: {
        parameters: {
            query?: {
                mode?: "add" | "replace";
            };
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronageImportResultDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordPatronage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatronageRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronageRecordResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deletePatronage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                fiscalYearId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listLoans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "applied" | "approved" | "rejected" | "disbursed" | "repaid" | "written_off";
                memberId?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createLoanApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    approveLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getLoanArrears: {
        parameters: {
            query?: {
                /** @description Default: today (UTC). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanArrearsDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    disburseLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanDisbursementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getLoanSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rejectLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanRejectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listLoanRepayments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    postLoanRepayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepaymentCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentResultDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    settleLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlementCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentResultDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getSettlementQuote: {
        parameters: {
            query: {
                /** @description The settlement day. */
                asOf: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementQuoteDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    writeOffLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanWriteOffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listMyBallots: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBallotPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMyBallot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                ballotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBallotDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listMyProxies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyProxiesDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    appointMyProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProxyAppointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The caller may not use this route.
             *
             *     The caller may not use this route.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeMyProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                proxyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    acceptMemberInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInvitationAcceptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAccountDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description One or more statuses. */
                status?: ("applicant" | "active" | "suspended" | "ceased" | "rejected")[];
                kind?: "natural_person" | "legal_entity";
                /** @description Exact community or village. */
                community?: string;
                /** @description Latest admission on or after this day. */
                admittedFrom?: string;
                /** @description Latest admission on or before this day. */
                admittedTo?: string;
                /** @description Part of the name (case and accents ignored), or an exact member number. */
                q?: string;
                /** @description 'number': by member number. 'admission': by latest admission date, then number (the fast order with admittedFrom/admittedTo). 'name': by name. In the first two, records never admitted come last, by application date. */
                sort?: "number" | "admission" | "name";
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportMembers: {
        parameters: {
            query?: {
                /** @description One or more statuses (default: all). */
                status?: ("applicant" | "active" | "suspended" | "ceased" | "rejected")[];
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOwnMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateOwnContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberContactUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listOwnAuditLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOwnCapital: {
        parameters: {
            query?: {
                /** @description The day (default: today, UTC). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatementDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listOwnCapitalEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only entries effective on or before this day (default: all). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatementLinePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listOwnHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberTransitionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getRegisterAsOf: {
        parameters: {
            query: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description The day the register is read for. */
                asOf: string;
                /** @description Status on that day. */
                status?: "active" | "suspended";
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    admitMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listMemberAuditLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMemberCapital: {
        parameters: {
            query?: {
                /** @description The day (default: today, UTC). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatementDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listMemberCapitalEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only entries effective on or before this day (default: all). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatementLinePageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ceaseMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCessationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listMemberHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberTransitionPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    inviteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInvitationCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberInvitationCreatedDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reinstateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rejectMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rejoinMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    suspendMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    withdrawMemberApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listProxies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                ballotId?: string;
                assemblyId?: string;
                state?: "active" | "used" | "revoked";
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProxyCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The caller may not use this route.
             *
             *     The caller may not use this route.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                proxyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                proxyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createShareAllocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createSharePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listShareRedemptions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "requested" | "approved" | "rejected" | "completed" | "cancelled";
                /** @description Requests where this member gives or receives shares. */
                memberId?: string;
                /** @description true: only the queue, in payment order. */
                queued?: boolean;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    requestShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    processRedemptionQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionQueueProcessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionQueueResultDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getShareRedemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    approveShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    cancelShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCancellationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    completeShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCompletionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rejectShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestRejectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createShareSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listShareTransfers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "requested" | "approved" | "rejected" | "completed" | "cancelled";
                /** @description Requests where this member gives or receives shares. */
                memberId?: string;
            };
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestPageDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    requestShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getShareTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    approveShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    cancelShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCancellationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    completeShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCompletionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Well-formed but refused by a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rejectShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestRejectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOwnRefundPreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    setOwnRefundPreference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundPreferenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getRefundPreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    setRefundPreference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundPreferenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponseDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRolesDto"][];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    addUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response and changes nothing; the same key with a different body is a 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRolesDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    grantRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                userId: string;
                role: "admin" | "secretary" | "treasurer" | "board" | "credit_committee" | "member";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRolesDto"];
                };
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                userId: string;
                role: "admin" | "secretary" | "treasurer" | "board" | "credit_committee" | "member";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller may not use this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
