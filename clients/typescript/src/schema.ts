// Generated from openapi.yaml by `npm run openapi` (openapi-typescript); do not edit: change the code and rerun.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description For a container orchestrator’s liveness probe: answers 200 as long as the process runs, without touching the database, so a database outage does not get healthy API processes restarted. Changes nothing.
         *
         *     **Access:** public; no credentials.
         */
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
        /**
         * Readiness: the database answers
         * @description For a load balancer’s readiness probe: 200 when the database answers a query, 503 with `Retry-After` when it does not, so traffic goes elsewhere until it is back. Changes nothing.
         *
         *     **Access:** public; no credentials.
         */
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
         * @description Anyone with an account (a secretary at the office, a member on their phone) exchanges email and password for a short-lived access token and a single-use refresh token. Attempts are limited per email and per client address: past the limit the answer is 429 with `Retry-After`. A wrong email and a wrong password get the same 401, so accounts cannot be discovered.
         *
         *     **Access:** public; no credentials.
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
        /**
         * Log out: end the session of a refresh token
         * @description Revokes the session the refresh token belongs to, so it cannot be refreshed again; the access token in hand stays valid until it expires (minutes). Refused for a token that is unknown or already revoked.
         *
         *     **Access:** public; no credentials.
         */
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
        /**
         * Exchange a refresh token for a new token pair
         * @description When the access token expires (401 `TOKEN_EXPIRED`), the client sends its refresh token and gets a new pair; the old refresh token stops working. Presenting an already used refresh token is taken as theft: the whole session is revoked (`REFRESH_TOKEN_REUSED`) and the user logs in again.
         *
         *     **Access:** public; no credentials.
         */
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
        /**
         * List every cooperative on the platform
         * @description For the platform superadmin: every cooperative, oldest first, a keyset page at a time. Anyone else finds the cooperatives they belong to, with their roles, in `GET /v1/me`. Changes nothing.
         *
         *     **Access:** the platform superadmin only (a bearer token).
         */
        get: operations["listCooperatives"];
        put?: never;
        /**
         * Create a cooperative with its bylaws
         * @description The platform superadmin registers a new cooperative (a tenant) and, optionally, the bylaws it starts with; unset bylaws take their defaults. Currency and minor-unit scale are fixed from then on. Refused when the bylaws contradict each other (`BYLAWS_INVALID`, each field in `errors`). Audited. The superadmin then grants the cooperative its first admin, secretary and treasurer (users and roles).
         *
         *     **Access:** the platform superadmin only (a bearer token).
         */
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
        /**
         * Read a cooperative
         * @description Its name, country and registration number, for anyone with a role in it (and API keys with `cooperative:read`). Another cooperative’s id is answered 404, as if it did not exist. Changes nothing.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `treasurer`, `board`, `credit_committee` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `cooperative:read`.
         */
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
        /**
         * List the cooperative's API clients
         * @description Every key an admin created, oldest first, active and revoked, with scopes and last use: never the keys themselves. Changes nothing.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
        get: operations["listApiClients"];
        put?: never;
        /**
         * Create an API key for an external app
         * @description An admin gives an integration (an accounting sync, a federation’s reporting) a key of this cooperative with only the scopes it needs; each operation names the scope it requires. The key is in this answer only (it is stored hashed): store it now. Audited.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
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
        /**
         * Read one API client
         * @description Its name, scopes, creation, last use and revocation: never the key. Changes nothing.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
        get: operations["getApiClient"];
        put?: never;
        post?: never;
        /**
         * Revoke an API client
         * @description Its key stops working at once, on every API process; the client stays listed as revoked. Refused for an unknown or already revoked client. Audited.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
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
        /**
         * List assemblies, latest meeting first
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
        get: operations["listAssemblies"];
        put?: never;
        /**
         * Convene a general assembly (notice, agenda, record date)
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * One assembly, with its meeting quorum once in session
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
        get: operations["getAssembly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a planned assembly
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * The attendance register, by member number
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `governance:read`.
         */
        get: operations["listAttendance"];
        put?: never;
        /**
         * Record a member present in person, or represented by a present proxy holder
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Close the session with its minutes (final); its ballots must be closed
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Open the session: count the electorate on the record date
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Read the cooperative's audit log, newest first
         * @description Every change to the register, the capital, the decisions, the fund and the access rights, with who made it (user, API key or the system), when, the request id, and what changed. For the board, the secretary, an external auditor’s key with `audit:read`. Filter by actor, action, target and time. Entries are never changed or deleted. Changes nothing.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `audit:read`.
         */
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
        /**
         * List ballots, newest first (keyset pagination)
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
        get: operations["listBallots"];
        put?: never;
        /**
         * Draft a ballot (quorum and majority default to the bylaws)
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * One ballot (its definition, status, electorate size and fingerprint)
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
        get: operations["getBallot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft (kind, mode and secrecy are fixed at creation)
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Secret ballot, after closing: every counted choice, shuffled, for anyone to recount
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
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
        /**
         * Close voting and tally (not before closesAt)
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * In-assembly ballot (method counts): record the counts; replaced until published
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * The frozen roll, by member id (the fingerprint order)
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `governance:read`.
         */
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
        /**
         * Open: freeze the electorate (register as of the record date + voting conditions) and its fingerprint
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Publish the result: final and immutable
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Secret ballot, after closing: the counted receipt codes, sorted (find yours)
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
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
        /**
         * The result (after closing; final once published)
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
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
        /**
         * In-assembly ballot (method roll_call): record a present or represented member's vote
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Open ballot, after closing: who voted what, by member number
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `governance:read`.
         */
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
         *
         *     **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
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
        /**
         * Read the cooperative's bylaws
         * @description The rules every module applies: share par value and minimum holding, quorum and majority, reserve and fund percentages, redemption notice and cap, loan limits. Any role may read them; an accounting sync with `bylaws:read`. The `ETag` is the bylaws’ version: send it as `If-Match` when changing them.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `treasurer`, `board`, `credit_committee` in this cooperative (a platform superadmin counts as its admin); any `member`; API keys of this cooperative with the scope `bylaws:read`.
         */
        get: operations["getBylaws"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change bylaws
         * @description An admin records a change the general assembly decided: only the fields sent change, and only real changes are saved and audited (with the values before and after). Refused: the currency and the minor-unit scale, which the ledgers are kept in (`BYLAW_IMMUTABLE`); a set of bylaws that contradict each other (`BYLAWS_INVALID`); with `If-Match`, bylaws changed since they were read (412).
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
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
        /**
         * Read a capital entry
         * @description Staff and read-only integrations read one entry of the ledger as it was posted, and the reversal that undid it, if any (entries are never edited).
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `capital:read`.
         */
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
        /**
         * Reverse a mistaken capital entry
         * @description The treasurer (or an accounting sync) undoes a mistaken subscription, payment or allocation with a linked entry of the opposite sign, saying why; nothing is edited. Transfers and redemptions are undone by a new request, and a reversal is not itself reversed. Each entry is reversed at most once. Refused when the member’s holding would go negative, paid-up would exceed subscribed, or shares committed to open requests would no longer be held and fully paid; and when dated before the entry or the latest capital entry. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
        /**
         * Read the cooperative's capital month by month
         * @description Staff and read-only integrations read, for each month from `from` to `to` (at most 120 months), the movements by entry kind and the totals at the month’s end, after the opening totals on the day before the first month. For reports to the board and the assembly.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `capital:read`.
         */
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
        /**
         * Read the cooperative's capital totals on a date
         * @description Staff and read-only integrations (e.g. an accounting sync) read the shares outstanding and the subscribed, paid-up and unpaid capital from every entry effective on or before `asOf` (default: today, UTC): the books as they stood that day, a mistake counted until the day of its reversal.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `capital:read`.
         */
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
        /**
         * The fund: balance available to lend, principal outstanding, totals by kind of entry
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
         */
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
        /**
         * Loans in arrears on a day: days past due and overdue amounts (keyset by loan id)
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
         */
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
        /**
         * Recurring contribution plans (keyset pagination), optionally of one member
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
         */
        get: operations["listContributionPlans"];
        put?: never;
        /**
         * Record a member’s recurring contribution commitment (amount and frequency); audited
         * @description **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
         */
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
        /**
         * End a recurring plan on a day (or bring its end forward); audited
         * @description **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
         */
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
        /**
         * Contributions by date (keyset pagination), optionally of one member
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
         */
        get: operations["listContributions"];
        put?: never;
        /**
         * Post a member’s contribution (one-off, or under their recurring plan); audited
         * @description The member must be active or suspended. An officer may not post their own contribution.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
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
        /**
         * Post a donation received by the fund; audited
         * @description **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
         */
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
        /**
         * The fund’s ledger in posting order (append-only; keyset pagination)
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
         */
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
        /**
         * My contribution statement: total to a day and each recurring plan’s standing
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * My contributions to the fund, by date
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * My loans and applications
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
        get: operations["listOwnLoans"];
        put?: never;
        /**
         * Apply for a loan (today), checked against the bylaws: ceiling, term, loans per member, guarantee
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * A member’s contributions to a day: total, and each recurring plan’s due, paid, outstanding
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
         */
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
         *
         *     **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
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
        /**
         * The repayment schedule a loan on these terms would have, at the bylaws’ rate (nothing stored)
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `credit:read`.
         */
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
        /**
         * Read a distribution plan
         * @description Its parameters, funds, interest and patronage pools, status, what may be done with it now (`allowedActions`) and whether a draft is stale. The `ETag` is its version: send it as `If-Match` when recomputing, so a treasurer does not overwrite a colleague’s figures unseen. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:read`.
         */
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
         * Record the assembly's approval of a proposed plan
         * @description The board (or the secretary) records the decision. A plan linked to a ballot is approved only once that ballot’s result is published and it passed (`BALLOT_NOT_PASSED` otherwise); a plan decided by a paper resolution is approved on record. Audited, with how it was decided.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
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
         * Execute an approved plan
         * @description The treasurer carries out the assembly’s decision, all in one transaction: each member’s line (interest + patronage refund) becomes a cash payable or a share-capital allocation, per the member’s choice or the bylaws; the funds are allocated, and the community fund feeds the credit fund when the plan says so. A second execution is `ILLEGAL_TRANSITION` and posts nothing; an execution date before the year’s end or in the future is 400. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
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
        /**
         * List the plan's member lines
         * @description Each member’s capital-days, patronage weight, interest, patronage refund and how it is paid, in member-number order, a keyset page at a time. The pools split exactly among the lines. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:read`.
         */
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
         * Download the plan's member lines as CSV
         * @description For the assembly’s papers or a spreadsheet: RFC 4180, UTF-8, streamed, cells that a spreadsheet would run as formulas escaped. Columns: member_number, name, capital_days, patronage_weight, patronage_eligible, interest, patronage_refund, total, refund_mode. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:read`.
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
         * Propose a draft plan to the general assembly
         * @description The treasurer freezes a draft and links it to the ballot that will decide it and/or an assembly resolution. The year’s surplus and patronage are frozen from then on. Refused before the year has ended (`FISCAL_YEAR_NOT_ENDED`), for a draft computed from older inputs (`PLAN_STALE`: recompute it), when another plan of the year is proposed, approved or executed (`PLAN_ALREADY_ACTIVE`) and when the ballot already decides another plan (`BALLOT_ALREADY_LINKED`). Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
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
        /**
         * Recompute a draft plan
         * @description The treasurer edits a draft: parameters given replace the plan’s, the rest are kept, and every figure is computed again from the year’s current surplus and patronage (which also clears `stale`). Refused for a plan past draft (`ILLEGAL_TRANSITION`), with a stale `If-Match` (412), and for the same reasons as computing a new plan. Audited with the figures before and after.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
         */
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
        /**
         * Reject a draft or a proposed plan
         * @description Final: a rejected plan stays on record with its reason, and the year’s inputs are open again for a new draft. Refused for an approved or executed plan (`ILLEGAL_TRANSITION`). Audited.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
         */
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
        /**
         * My distribution statement
         * @description A member, from their phone: their interest on capital and patronage refund in each plan proposed, approved or executed (never drafts), newest year first, and how each is paid. Refused (404) for an account not linked to a member of this cooperative. Changes nothing.
         *
         *     **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * A member's distribution statement
         * @description The treasurer or the board answering a member’s question: that member’s lines in plans proposed, approved or executed, newest year first. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `surplus:read`.
         */
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
        /**
         * List the fiscal years
         * @description Newest first, a keyset page at a time, each with its net surplus (once entered) and whether a plan has frozen its inputs. For the treasurer, the board and an accounting sync. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:read`.
         */
        get: operations["listFiscalYears"];
        put?: never;
        /**
         * Open a fiscal year
         * @description The treasurer opens the year the accounts cover, by its first and last day (at most 731 days), before entering its net surplus and the members’ patronage. Refused when it would overlap another year or repeat its label (`FISCAL_YEAR_OVERLAP`) or ends before it starts (`INVALID_FISCAL_YEAR`). Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
         */
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
        /**
         * Read a fiscal year
         * @description Its dates, days (the interest basis), net surplus and whether its inputs are frozen. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:read`.
         */
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
        /**
         * List the year's distribution plans
         * @description Drafts, proposed, approved, executed and rejected plans of the year, newest first, a keyset page at a time. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:read`.
         */
        get: operations["listDistributionPlans"];
        put?: never;
        /**
         * Compute a draft distribution plan for the year
         * @description The treasurer drafts how the surplus is shared: reserve, education and community funds (surplus x %, rounded half-up, at least the bylaws’ minimums), limited interest on paid-up capital prorated by days held (at most the bylaws’ rate), then patronage refunds; every pool split exactly by largest remainder. Nothing is paid until the plan is approved and executed. Refused without a net surplus (`SURPLUS_NOT_ENTERED`), for a zero or negative one (`NON_POSITIVE_SURPLUS`), outside the bylaws (`PLAN_OUTSIDE_BYLAWS`), and when patronage cannot be weighed. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
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
         * Enter or correct the year's net surplus
         * @description The treasurer (or the accounting sync, with `surplus:write`) enters the net surplus of the approved accounts, with where it comes from; a negative figure is a loss, which distributes nothing. Draft plans computed before become stale. Refused while a plan of the year is proposed, approved or executed (`FISCAL_YEAR_LOCKED`: its inputs are frozen), and with more decimals than the currency has. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
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
        /**
         * List the year's patronage records
         * @description What each member did with the cooperative during the year (kg delivered, hours worked, or its value), in member-number order, a keyset page at a time: the weights of the patronage refunds. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:read`.
         */
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
         * Import patronage records as JSON, all or nothing
         * @description For an accounting or weighing system that sends the whole year at once. Every row is checked (format, member number on the register, admitted by the year end, once in the file, not already recorded unless mode is 'replace'); one bad row rejects the import (`PATRONAGE_IMPORT_INVALID`, `errors` naming each row as 'row N' or 'row N.column', N counted from 1) and nothing is written. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
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
         * Import patronage records as CSV, all or nothing
         * @description A spreadsheet export (text/csv, UTF-8, up to 32 MB). Header: member_number and quantity and/or value, in any order. Checked like the JSON import; row N is the file’s line N (the header is row 1), as a spreadsheet numbers it. Another media type is 415, a larger file 413. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
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
         * Record or correct a member's patronage for the year
         * @description The treasurer records a quantity and/or a value for one member; recording the same figures again changes nothing. Draft plans become stale. Refused for a member not admitted by the year’s last day (`PATRONAGE_MEMBER_INELIGIBLE`) and while the year’s inputs are frozen (`FISCAL_YEAR_LOCKED`). Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
         */
        put: operations["recordPatronage"];
        post?: never;
        /**
         * Remove a member's patronage record for the year
         * @description For a record entered by mistake. Draft plans become stale. Refused (404 `NOT_FOUND`) when the member has no record for the year, and while the year’s inputs are frozen. Audited, with the figures removed.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
         */
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
        /**
         * Loans and applications (keyset pagination), by status or member
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:read`.
         */
        get: operations["listLoans"];
        put?: never;
        /**
         * Record a member’s loan application, checked against the bylaws
         * @description Refused with LOAN_ABOVE_CEILING (ceiling = multiple x (paid-up capital + fund contributions)), TERM_TOO_LONG, TOO_MANY_LOANS (open applications and loans count) or GUARANTEE_REQUIRED; `violations` lists them all. The rate is the bylaws’ rate of the day, frozen on the loan.
         *
         *     **Access:** users holding one of the roles `treasurer`, `credit_committee` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
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
        /**
         * One loan (a member may read only their own)
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `credit:read`.
         */
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
        /**
         * The credit committee approves an application (the bylaws are checked again on the decision day)
         * @description **Access:** users holding the role `credit_committee` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
         */
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
        /**
         * Days past due and overdue amounts of the loan on a day
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `credit:read`.
         */
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
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
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
        /**
         * The repayment schedule and what was paid on each instalment (empty before disbursement)
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `credit:read`.
         */
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
        /**
         * The credit committee rejects an application (or an approved, undisbursed loan), with a reason
         * @description **Access:** users holding the role `credit_committee` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
         */
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
        /**
         * Repayments of the loan by value date, with their allocation to instalments
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `credit:read`.
         */
        get: operations["listLoanRepayments"];
        put?: never;
        /**
         * Post a repayment: overdue interest, then overdue principal, then current and later instalments
         * @description More than the whole balance owed is refused (REPAYMENT_EXCEEDS_BALANCE); money going to instalments not yet due is shown as `prepaid`. The repayment that clears the schedule closes the loan. For an early full repayment without the later interest, use /settle.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
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
        /**
         * Early full repayment at the day’s settlement quote; later interest is waived and the loan closes
         * @description **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
         */
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
        /**
         * What repays the loan in full early on a day: principal, interest earned to that day, interest waived
         * @description **Access:** users holding one of the roles `treasurer`, `credit_committee`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `credit:read`.
         */
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
        /**
         * The credit committee writes a disbursed loan off, with a reason; pledges stay as they are
         * @description **Access:** users holding the role `credit_committee` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `credit:write`.
         */
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
        /**
         * My ballots: every ballot past draft, whether I may vote and whether I voted
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * My standing on one ballot; on an open ballot, my vote and its history
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * Proxies I gave and proxies I hold
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
        get: operations["listMyProxies"];
        put?: never;
        /**
         * Appoint a proxy holder (by member id or number) for a ballot or an assembly
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * Revoke a proxy I gave (until it is used)
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * Accept an invitation: set a password (or link an existing account) and become the member’s user
         * @description **Access:** public; no credentials.
         */
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
        /**
         * List and search the register (keyset pagination)
         * @description **Access:** users holding one of the roles `admin`, `secretary`, `board` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:read`.
         */
        get: operations["listMembers"];
        put?: never;
        /**
         * Record an application for membership (status applicant; the number comes at admission)
         * @description **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
         */
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
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:read`.
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
        /**
         * My member record
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
        get: operations["getOwnMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my contact data (email, phone, address); audited
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * Every audit entry about me, newest first
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
         * Read my capital on a date
         * @description A member, from their phone or the members’ portal, reads their own capital. Shares held, subscribed, paid-up and unpaid capital from the entries effective on or before `asOf` (default: today, UTC), with how many entries that is and the date of the latest.
         *
         *     **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
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
        /**
         * List the entries behind my capital
         * @description A member reads the entries of their own capital account. Each entry (subscription, payment, transfer, redemption, allocation, reversal) oldest first, with the balances right after it; with `asOf`, only those effective on or before it. Pages are keyset pages: pass the previous page’s `nextCursor` as `cursor`.
         *
         *     **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * My lifecycle transitions, oldest first
         * @description **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:read`.
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
        /**
         * Read one member (a member may read only their own record)
         * @description **Access:** users holding one of the roles `admin`, `secretary`, `board` in this cooperative (a platform superadmin counts as its admin); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `members:read`.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a member's identity or contact data (not status or number); audited
         * @description **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
         */
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
        /**
         * Admit an applicant: status active; the first admission assigns the member number
         * @description **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
         */
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
        /**
         * Every audit entry about the member (changes, transitions, invitations), newest first
         * @description **Access:** users holding one of the roles `admin`, `secretary`, `board` in this cooperative (a platform superadmin counts as its admin); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `audit:read`.
         */
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
         * Read a member's capital on a date
         * @description Staff and read-only integrations read any member’s capital statement; a member may read their own here too (any other member id is answered 404, as one that does not exist). Shares held, subscribed, paid-up and unpaid capital from the entries effective on or before `asOf` (default: today, UTC), with how many entries that is and the date of the latest.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `capital:read`.
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
        /**
         * List the entries behind a member's capital
         * @description Staff and read-only integrations read the entries of any member’s capital account; a member only their own (any other member id is 404). Each entry (subscription, payment, transfer, redemption, allocation, reversal) oldest first, with the balances right after it; with `asOf`, only those effective on or before it. Pages are keyset pages: pass the previous page’s `nextCursor` as `cursor`.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `capital:read`.
         */
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
         *
         *     **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
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
        /**
         * The member's lifecycle transitions, oldest first
         * @description **Access:** users holding one of the roles `admin`, `secretary`, `board` in this cooperative (a platform superadmin counts as its admin); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `members:read`.
         */
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
         *
         *     **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
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
        /**
         * Reinstate a suspended member
         * @description **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
         */
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
        /**
         * Refuse an application: status rejected (the record is kept)
         * @description **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
         */
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
         *
         *     **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
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
        /**
         * Suspend an active member
         * @description **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
         */
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
        /**
         * Record that the applicant withdrew the application: status rejected (kept, never deleted)
         * @description **Access:** users holding one of the roles `admin`, `secretary` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `members:write`.
         */
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
        /**
         * List proxies, newest first
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `governance:read`.
         */
        get: operations["listProxies"];
        put?: never;
        /**
         * Record a proxy (for a ballot outside any assembly, or for an assembly)
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * One proxy
         * @description **Access:** users holding one of the roles `secretary`, `board`, `admin` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `governance:read`.
         */
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
        /**
         * Revoke a proxy (until it is used)
         * @description **Access:** users holding the role `secretary` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `governance:write`.
         */
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
        /**
         * Post a capital allocation from surplus
         * @description The treasurer (or an accounting sync) credits a member (active or suspended) with capital from surplus: the amount first pays up any unpaid subscription, then buys new shares at par, the last one partly paid if need be. New shares count against the per-member maximum. Refused before the latest capital entry. Audited. (A distribution plan's refunds are credited by the plan's execution, not here.)
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
         * Post a share payment
         * @description The treasurer (or an accounting sync) records money a member (or an applicant) paid towards their subscribed shares. Paid-up capital never exceeds subscribed capital: a payment above what is unpaid is refused, as is one for a ceased or rejected member, or one dated before the application or the latest capital entry. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
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
        /**
         * List share redemption requests, or the redemption queue
         * @description Staff and read-only integrations page through the redemption requests in the order they were recorded, optionally only those in one status or of one member. With `queued=true`, only the approved redemptions waiting for room under the annual cap, in the order they will be paid (request date, then recording order). Pages are keyset pages: pass the previous page’s `nextCursor` as `cursor`.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `capital:read`.
         */
        get: operations["listShareRedemptions"];
        put?: never;
        /**
         * Record a share redemption request
         * @description The treasurer (or an accounting sync) records that a member asks to have shares cancelled and repaid at par: some fully paid shares (`shares`), or all of them (`allShares`, which repays whatever is paid up and cancels the unpaid rest). A member who stays a member keeps the bylaws' minimum, so redeeming everything is for former members; a withdrawal opens that request by itself. The shares are committed at once; the request is payable from `requestedOn` plus the bylaws' notice period. Refused when the shares are not free or not fully paid, or when a member would keep fewer than the minimum. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
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
         * Pay the queued redemptions that fit under the annual cap
         * @description The treasurer (or an accounting sync) runs the queue when room appears: in a new year, after the bylaws raise the cap, or once the capital grew by the previous year’s end. Redemptions are paid on `effectiveDate` in queue order, first requested, first paid; the run stops at the first one that does not fit or cannot be paid on that day, so none overtakes an earlier one. Each payment is audited; a run that pays nothing changes nothing.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
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
        /**
         * Read a share redemption request
         * @description One redemption request with every step taken so far (recorded, decided, queued, paid or cancelled: who, when, with which reference) and the day it became payable.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `capital:read`.
         */
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
        /**
         * Approve a share redemption
         * @description The board approves a requested redemption, citing its decision (e.g. the minute). The shares stay committed until the treasurer pays or cancels it. Only a redemption in status `requested` can be approved. Audited.
         *
         *     **Access:** users holding the role `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
        /**
         * Cancel a share redemption request
         * @description The treasurer (or an accounting sync) withdraws a redemption that is still `requested` or `approved` (also one waiting in the queue), e.g. because the member changed their mind, saying why; the shares are freed. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
         * Pay an approved share redemption, or queue it
         * @description The treasurer (or an accounting sync) pays an approved redemption on `effectiveDate`: a `redemption` entry cancels the shares at par. When the year’s redemptions would pass the annual cap, or earlier redemptions wait, it joins the queue instead (still `approved`, `queued: true`) and `process-queue` pays it later. Refused before the notice period ends, before the request or the member’s latest capital entry, and for an all-shares redemption while the member has other open requests. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
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
        /**
         * Reject a share redemption
         * @description The board refuses a requested redemption, saying why; the member’s shares are freed. Only a redemption in status `requested` can be rejected. Audited.
         *
         *     **Access:** users holding the role `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
         * Post a share subscription
         * @description The treasurer (or an accounting sync) records shares a member or an applicant pledges, at the par value of the day; nothing is paid yet. An applicant's initial subscription comes before admission (admission needs the bylaws' minimum). Refused for a member who is neither an applicant nor active, before the member's application or latest capital entry, and above the per-member maximum (by count or by share of the paid-up capital). Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
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
        /**
         * List share transfer requests
         * @description Staff and read-only integrations page through the transfer requests in the order they were recorded, optionally only those in one status or those where one member gives or receives shares. Pages are keyset pages: pass the previous page’s `nextCursor` as `cursor`.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `capital:read`.
         */
        get: operations["listShareTransfers"];
        put?: never;
        /**
         * Record a share transfer request
         * @description The treasurer (or an accounting sync) records that one member asks to transfer fully paid shares to another, at par. The shares are committed at once, so no other request can promise them; nothing moves until the board approves and the treasurer completes. Refused when the giver is not a member (active or suspended) or the receiver is not active, when the shares are not free and fully paid, when the giver would keep fewer than the bylaws' minimum, or when the receiver would pass the per-member maximum. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
        /**
         * Read a share transfer request
         * @description One transfer request with every step taken so far: who recorded, decided, completed or cancelled it, when, and with which reference.
         *
         *     **Access:** users holding one of the roles `admin`, `secretary`, `board`, `treasurer` in this cooperative (a platform superadmin counts as its admin); API keys of this cooperative with the scope `capital:read`.
         */
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
        /**
         * Approve a share transfer
         * @description The board approves a requested transfer, citing its decision (e.g. the minute). The shares stay committed until the treasurer completes or cancels it. Only a transfer in status `requested` can be approved. Audited.
         *
         *     **Access:** users holding the role `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
        /**
         * Cancel a share transfer request
         * @description The treasurer (or an accounting sync) withdraws a transfer that is still `requested` or `approved`, e.g. because the members changed their minds, saying why; the giver’s shares are freed. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
         * Complete an approved share transfer
         * @description The treasurer (or an accounting sync) records the day the shares change hands: a `transfer_out` and a `transfer_in` entry post together, at par. Everything is checked again: the receiver must still be active and stay under the per-member maximum, and the date may not precede the request nor either member’s latest capital entry. Only an `approved` transfer can be completed. Audited.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
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
        /**
         * Reject a share transfer
         * @description The board refuses a requested transfer, saying why; the giver’s shares are freed. Only a transfer in status `requested` can be rejected. Audited.
         *
         *     **Access:** users holding the role `board` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `capital:write`.
         */
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
        /**
         * How my surplus refunds are paid
         * @description A member sees whether their refunds come as cash or are credited as share capital, and whether that is their own choice or the bylaws’ default. Changes nothing.
         *
         *     **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
        get: operations["getOwnRefundPreference"];
        /**
         * Choose how my surplus refunds are paid
         * @description A member chooses cash or share capital for their future refunds; plans read the choice when their lines are computed (a draft computed before keeps its figures until recomputed). Audited.
         *
         *     **Access:** a `member` for themself only (anyone else’s is answered 404); no API key.
         */
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
        /**
         * How a member's surplus refunds are paid
         * @description Cash or share capital, and whether it is the member’s choice or the bylaws’ default. Changes nothing.
         *
         *     **Access:** users holding one of the roles `treasurer`, `board` in this cooperative (a platform superadmin needs one of these roles granted, too); a `member` for themself only (anyone else’s is answered 404); API keys of this cooperative with the scope `surplus:read`.
         */
        get: operations["getRefundPreference"];
        /**
         * Record a member's written choice of refund form
         * @description The treasurer records a choice a member made on paper: cash or share capital for their future refunds. Audited, as made by the treasurer for the member.
         *
         *     **Access:** users holding the role `treasurer` in this cooperative (a platform superadmin needs one of these roles granted, too); API keys of this cooperative with the scope `surplus:write`.
         */
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
        /**
         * List the users holding roles in the cooperative
         * @description For an admin: every account with a role here (staff and members who log in), by email, with its roles. Changes nothing.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add a user with roles
         * @description An admin (or the platform superadmin, for a new cooperative’s first staff) gives a person roles here. An email that already has an account is linked, and its password is never changed; a new email needs a password. Each granted role is audited. Members usually join through an invitation instead.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
        post: operations["addUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperatives/{cooperativeId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one user’s roles in the cooperative
         * @description The account’s email and the roles it holds here. A user with no role here is 404. Changes nothing.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
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
        /**
         * Grant a role to a user
         * @description An admin grants one role to an existing account, e.g. the superadmin grants themself `treasurer` before recording share payments. Idempotent by nature: granting a held role changes and records nothing. Audited otherwise.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
        put: operations["grantRole"];
        post?: never;
        /**
         * Revoke a role
         * @description An admin takes one role from a user; the account and its other roles stay. Refused (404) when the user does not hold that role here. Audited.
         *
         *     **Access:** users holding the role `admin` in this cooperative (a platform superadmin counts as its admin); no API key.
         */
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
        /**
         * Who am I: the caller, its cooperatives and roles
         * @description The first call of an app after login: the user, whether they are the platform superadmin, and each cooperative where they hold a role, with those roles; for an API key, its cooperative and scopes. An app shows the screens these roles open. Changes nothing.
         *
         *     **Access:** any signed-in user or API key.
         */
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
        /** @enum {string} */
        ActorType: "user" | "api_client" | "system";
        AgendaItem: {
            description: string | null;
            number: number;
            title: string;
        };
        AgendaItemInput: {
            description?: string | null;
            /** @example Approval of the annual accounts */
            title: string;
        };
        AllocationCreate: {
            /**
             * @description Capital credited from surplus: it first pays up any unpaid subscription, then buys new shares at par (the last one partly paid if need be). At most the currency's minor-unit decimals (more is refused with a 400). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
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
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
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
        AnonymousChoice: {
            selection: (string | null) | string[];
        };
        AnonymousChoicePage: {
            /** @description Every counted secret ballot, in a random order fixed at closing, without voter or receipt. */
            items: components["schemas"]["AnonymousChoice"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        ApiClientCreate: {
            /** @example Accounting sync */
            name: string;
            /**
             * @example [
             *       "members:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
        };
        ApiClientCreated: {
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            /** @description Send as `X-API-Key`. Shown only in this response: store it now. */
            key: string;
            /**
             * Format: date-time
             * @description Written at most once a minute.
             * @example 2026-03-31T09:30:00.000Z
             */
            lastUsedAt: string | null;
            name: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            revokedAt: string | null;
            scopes: components["schemas"]["Scope"][];
        };
        ApiClientResponse: {
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            /**
             * Format: date-time
             * @description Written at most once a minute.
             * @example 2026-03-31T09:30:00.000Z
             */
            lastUsedAt: string | null;
            name: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            revokedAt: string | null;
            scopes: components["schemas"]["Scope"][];
        };
        AssemblyClose: {
            /** @description The minutes; they never change afterwards. */
            minutes: string;
        };
        AssemblyCreate: {
            /** @description Numbered 1, 2, 3... in this order. */
            agenda?: components["schemas"]["AgendaItemInput"][];
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
        AssemblyPage: {
            items: components["schemas"]["AssemblyResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        AssemblyResponse: {
            agenda: components["schemas"]["AgendaItem"][];
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
            quorum: components["schemas"]["MeetingQuorum"] | null;
            /** Format: date */
            recordDate: string;
            /** @enum {string} */
            status: "planned" | "in_session" | "closed";
            title: string;
        };
        AssemblyUpdate: {
            /** @description Numbered 1, 2, 3... in this order. */
            agenda?: components["schemas"]["AgendaItemInput"][];
            /** @example Community hall, El Rosario */
            location?: string | null;
            /** Format: date */
            meetingDate?: string;
            notice?: string;
            /** Format: date */
            recordDate?: string;
            title?: string;
        };
        AttendanceEntry: {
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
        AttendancePage: {
            items: components["schemas"]["AttendanceEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        AttendanceRecord: {
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
        AuditEntryResponse: {
            /** @example bylaws.updated */
            action: string;
            /**
             * Format: uuid
             * @description The user or API client; null for the system.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            actorId: string | null;
            actorType: components["schemas"]["ActorType"];
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description A sequence number (a 64-bit integer as a string).
             * @example 42
             */
            id: string;
            /** @description The X-Request-Id of the request that made the change. */
            requestId: string | null;
            summary: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            targetId: string | null;
            /** @example bylaws */
            targetType: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntryResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        BallotCreate: {
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
            quorum?: components["schemas"]["Quorum"];
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
        BallotPage: {
            items: components["schemas"]["BallotResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        BallotResponse: {
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
            quorum: components["schemas"]["QuorumResponse"];
            /** Format: date */
            recordDate: string;
            seats: number | null;
            secret: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: string;
        };
        BallotResult: {
            /** @description choice: explicit abstentions. */
            abstentions: number | null;
            /** Format: uuid */
            ballotId: string;
            /** @description motion only. */
            counts: components["schemas"]["MotionCounts"] | null;
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
            ranking: components["schemas"]["OptionVotes"][];
            /** @description election: seats left to fill from `tied`. */
            seatsInTie: number;
            /** @description The options or candidates tied at the boundary (never broken). */
            tied: string[];
            /** @description election: seats nobody won. */
            vacantSeats: number;
            /** @description choice: the winning option. */
            winner: string | null;
        };
        BallotUpdate: {
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
            quorum?: components["schemas"]["Quorum"];
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
        BylawsCreate: {
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
            /** @default simple */
            defaultMajority?: components["schemas"]["Majority"];
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
             * @description Par value of one share. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @default 10.00
             * @example 10.00
             */
            shareParValue?: string;
            /** @default cash */
            surplusRefundMode?: components["schemas"]["SurplusRefundMode"];
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
        BylawsResponse: {
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
            /** @default simple */
            defaultMajority: components["schemas"]["Majority"];
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
             * @description Par value of one share. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @default 10.00
             * @example 10.00
             */
            shareParValue: string;
            /** @default cash */
            surplusRefundMode: components["schemas"]["SurplusRefundMode"];
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            updatedAt: string;
            /** @description Increases with every change; the ETag of the bylaws. */
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
        BylawsUpdate: {
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
            /** @default simple */
            defaultMajority?: components["schemas"]["Majority"];
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
             * @description Par value of one share. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @default 10.00
             * @example 10.00
             */
            shareParValue?: string;
            /** @default cash */
            surplusRefundMode?: components["schemas"]["SurplusRefundMode"];
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
        CapitalBalance: {
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 30.00
             */
            paidUpCapital: string;
            /** @description Shares promised to open transfer and redemption requests (never more than sharesHeld). */
            sharesCommitted: number;
            /** @example 5 */
            sharesHeld: number;
            /**
             * @description Par value of the shares held. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            subscribedCapital: string;
            /**
             * @description Subscribed capital not yet paid. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 20.00
             */
            unpaidCapital: string;
        };
        CapitalEntryDetail: {
            /**
             * Format: uuid
             * @description A transfer: the other member.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            counterpartyMemberId: string | null;
            /**
             * Format: date
             * @example 2026-03-31
             */
            effectiveDate: string;
            /**
             * @description Increases in recorded order.
             * @example 42
             */
            id: string;
            kind: components["schemas"]["CapitalEntryKind"];
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            note: string | null;
            /**
             * @description Change in paid-up capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 0.00
             */
            paidUpChange: string;
            /**
             * @description Par value of one share when posted. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 10.00
             */
            parValue: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            recordedAt: string;
            /**
             * Format: uuid
             * @description The user or API client; null for the system.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            recordedBy: string | null;
            recordedByType: components["schemas"]["ActorType"];
            reference: string | null;
            /**
             * Format: uuid
             * @description The transfer or redemption.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            requestId: string | null;
            /**
             * @description The reversal that undid this entry, if any.
             * @example 42
             */
            reversedByEntryId: string | null;
            /**
             * @description A reversal: the entry it undoes.
             * @example 42
             */
            reversesEntryId: string | null;
            /**
             * @description Change in shares held (signed).
             * @example 5
             */
            sharesChange: number;
            /**
             * @description Change in subscribed capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            subscribedChange: string;
        };
        /** @enum {string} */
        CapitalEntryKind: "subscription" | "payment" | "transfer_out" | "transfer_in" | "redemption" | "allocation" | "reversal";
        CapitalEntryResponse: {
            /**
             * Format: uuid
             * @description A transfer: the other member.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            counterpartyMemberId: string | null;
            /**
             * Format: date
             * @example 2026-03-31
             */
            effectiveDate: string;
            /**
             * @description Increases in recorded order.
             * @example 42
             */
            id: string;
            kind: components["schemas"]["CapitalEntryKind"];
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            note: string | null;
            /**
             * @description Change in paid-up capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 0.00
             */
            paidUpChange: string;
            /**
             * @description Par value of one share when posted. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 10.00
             */
            parValue: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            recordedAt: string;
            /**
             * Format: uuid
             * @description The user or API client; null for the system.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            recordedBy: string | null;
            recordedByType: components["schemas"]["ActorType"];
            reference: string | null;
            /**
             * Format: uuid
             * @description The transfer or redemption.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            requestId: string | null;
            /**
             * @description A reversal: the entry it undoes.
             * @example 42
             */
            reversesEntryId: string | null;
            /**
             * @description Change in shares held (signed).
             * @example 5
             */
            sharesChange: number;
            /**
             * @description Change in subscribed capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            subscribedChange: string;
        };
        CapitalMonth: {
            /**
             * @description The month, YYYY-MM.
             * @example 2024-01
             */
            month: string;
            /** @description Entries effective in the month, by kind. */
            movements: components["schemas"]["CapitalMovement"][];
            /**
             * @description At the end of the month. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 125.00
             */
            paidUpCapital: string;
            /** @description At the end of the month. */
            sharesOutstanding: number;
            /**
             * @description At the end of the month. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 125.00
             */
            subscribedCapital: string;
            /**
             * @description At the end of the month. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 125.00
             */
            unpaidCapital: string;
        };
        CapitalMonthly: {
            /** @example EUR */
            currency: string;
            months: components["schemas"]["CapitalMonth"][];
            /** @description Totals on the day before the first month. */
            opening: components["schemas"]["CapitalTotals"];
        };
        CapitalMovement: {
            /** @description Entries of this kind effective in the month. */
            entries: number;
            kind: components["schemas"]["CapitalEntryKind"];
            /**
             * @description Their change in paid-up capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example -12.50
             */
            paidUpChange: string;
            /** @description Their change in shares (signed). */
            sharesChange: number;
            /**
             * @description Their change in subscribed capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example -12.50
             */
            subscribedChange: string;
        };
        CapitalPostingResponse: {
            balance: components["schemas"]["CapitalBalance"];
            entry: components["schemas"]["CapitalEntryResponse"];
        };
        /** @enum {string} */
        CapitalRequestKind: "transfer" | "redemption";
        /**
         * @description How the request was opened: `request` (recorded by the treasurer) or `withdrawal` (by the member's withdrawal).
         * @enum {string}
         */
        CapitalRequestOrigin: "request" | "withdrawal";
        CapitalRequestPage: {
            items: components["schemas"]["CapitalRequestResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        CapitalRequestResponse: {
            /** @description Redemption of all the member's shares. */
            allShares: boolean;
            /**
             * @description Value transferred, or repaid. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            amount: string | null;
            cancellationReason: string | null;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            cancelledAt: string | null;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            cancelledBy: string | null;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            completedBy: string | null;
            /**
             * Format: date
             * @example 2026-03-31
             */
            completedOn: string | null;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            decidedAt: string | null;
            /**
             * Format: uuid
             * @description Who approved or rejected.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            decidedBy: string | null;
            decisionReason: string | null;
            decisionReference: string | null;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            kind: components["schemas"]["CapitalRequestKind"];
            /**
             * Format: uuid
             * @description The member giving the shares, or having them redeemed.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            /** @description How the request was opened: `request` (recorded by the treasurer) or `withdrawal` (by the member's withdrawal). */
            origin: components["schemas"]["CapitalRequestOrigin"];
            /**
             * Format: date
             * @description Redemption: end of the notice period.
             * @example 2026-03-31
             */
            payableFrom: string | null;
            /** @description An approved redemption waiting for room under the annual cap. */
            queued: boolean;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            queuedAt: string | null;
            reason: string | null;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            requestedAt: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            requestedBy: string | null;
            requestedByType: components["schemas"]["ActorType"];
            /**
             * Format: date
             * @example 2026-03-31
             */
            requestedOn: string;
            /** @description Shares committed by the request. */
            shares: number;
            status: components["schemas"]["CapitalRequestStatus"];
            /**
             * Format: uuid
             * @description Transfer: the receiving member.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            toMemberId: string | null;
        };
        /** @enum {string} */
        CapitalRequestStatus: "requested" | "approved" | "rejected" | "completed" | "cancelled";
        CapitalStatement: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            asOf: string;
            /** @example EUR */
            currency: string;
            /** @description Entries effective on or before asOf (listed by the entries route). */
            entryCount: number;
            /**
             * Format: date
             * @example 2026-03-31
             */
            lastEntryDate: string | null;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            /** @description Null until admission. */
            memberNumber: number | null;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 30.00
             */
            paidUpCapital: string;
            /** @example 5 */
            sharesHeld: number;
            /**
             * @description Par value of the shares held. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            subscribedCapital: string;
            /**
             * @description Subscribed capital not yet paid. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 20.00
             */
            unpaidCapital: string;
        };
        CapitalStatementLine: {
            /**
             * Format: uuid
             * @description A transfer: the other member.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            counterpartyMemberId: string | null;
            /**
             * Format: date
             * @example 2026-03-31
             */
            effectiveDate: string;
            /**
             * @description Increases in recorded order.
             * @example 42
             */
            id: string;
            kind: components["schemas"]["CapitalEntryKind"];
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            note: string | null;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 30.00
             */
            paidUpAfter: string;
            /**
             * @description Change in paid-up capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 0.00
             */
            paidUpChange: string;
            /**
             * @description Par value of one share when posted. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 10.00
             */
            parValue: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            recordedAt: string;
            /**
             * Format: uuid
             * @description The user or API client; null for the system.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            recordedBy: string | null;
            recordedByType: components["schemas"]["ActorType"];
            reference: string | null;
            /**
             * Format: uuid
             * @description The transfer or redemption.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            requestId: string | null;
            /**
             * @description A reversal: the entry it undoes.
             * @example 42
             */
            reversesEntryId: string | null;
            sharesAfter: number;
            /**
             * @description Change in shares held (signed).
             * @example 5
             */
            sharesChange: number;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            subscribedAfter: string;
            /**
             * @description Change in subscribed capital (signed). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            subscribedChange: string;
        };
        CapitalStatementLinePage: {
            items: components["schemas"]["CapitalStatementLine"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        CapitalTotals: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            asOf: string;
            /** @example EUR */
            currency: string;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 98000.00
             */
            paidUpCapital: string;
            sharesOutstanding: number;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 125000.00
             */
            subscribedCapital: string;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 27000.00
             */
            unpaidCapital: string;
        };
        ContributionCreate: {
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
        ContributionPage: {
            items: components["schemas"]["ContributionResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        ContributionPlanCreate: {
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
        ContributionPlanEnd: {
            /**
             * Format: date
             * @description The last day of the commitment (not before its start).
             */
            endsOn: string;
        };
        ContributionPlanPage: {
            items: components["schemas"]["ContributionPlanResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        ContributionPlanResponse: {
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
        ContributionResponse: {
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
        ContributionStatement: {
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
            plans: components["schemas"]["PlanStanding"][];
            /**
             * @description All contributions on or before the as-of date.
             * @example 120.00
             */
            total: string;
        };
        CooperativeCreate: {
            /** @description Bylaws to start with; unset fields take their defaults. */
            bylaws?: components["schemas"]["BylawsCreate"];
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
        CooperativePage: {
            items: components["schemas"]["CooperativeResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        CooperativeResponse: {
            country: string | null;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            name: string;
            registrationNumber: string | null;
        };
        CooperativeRoles: {
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            name: string;
            roles: components["schemas"]["Role"][];
        };
        CreditFundResponse: {
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
            totals: components["schemas"]["FundTotals"];
        };
        DonationCreate: {
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
        ElectorEntry: {
            /** Format: uuid */
            memberId: string;
            memberNumber: number;
            name: string;
        };
        ElectoratePage: {
            electorateFingerprint: string;
            electorateSize: number;
            /** @description By member id (the fingerprint order). */
            items: components["schemas"]["ElectorEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        FieldError: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        FiscalYearCreate: {
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
        FiscalYearPage: {
            items: components["schemas"]["FiscalYearResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        FiscalYearResponse: {
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            createdAt: string;
            /** @description Days of the twelve months ending on the last day (interest basis): 365 or 366. */
            daysInYear: number;
            /**
             * Format: date
             * @example 2026-03-31
             */
            endDate: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            /** @description True while a plan of the year is proposed, approved or executed: the surplus and patronage are frozen. */
            inputsLocked: boolean;
            /** @example 2024 */
            label: string;
            /**
             * @description Null until entered. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 12500.00
             */
            netSurplus: string | null;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            netSurplusEnteredAt: string | null;
            netSurplusReference: string | null;
            /**
             * Format: date
             * @example 2026-03-31
             */
            startDate: string;
        };
        FundEntryPage: {
            items: components["schemas"]["FundEntryResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        FundEntryResponse: {
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
        FundTotals: {
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
        GuarantorPledge: {
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
        GuarantorResponse: {
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
        Health: {
            status: components["schemas"]["HealthStatus"];
        };
        /** @enum {string} */
        HealthStatus: "ok";
        InstalmentResponse: {
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
        LoanApplication: {
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
            guarantors?: components["schemas"]["GuarantorPledge"][];
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
        LoanApproval: {
            /**
             * Format: date
             * @description The committee’s decision date. Default: today (UTC).
             */
            decidedOn?: string;
            /** @example Credit committee minute 2025-07 */
            decisionReference?: string;
            reason?: string;
        };
        LoanArrears: {
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
        LoanArrearsPage: {
            /** Format: date */
            asOf: string;
            items: components["schemas"]["LoanArrears"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        LoanDisbursement: {
            /**
             * Format: date
             * @description Instalment k falls due k months after this day.
             */
            disbursedOn: string;
            reference?: string;
        };
        LoanPage: {
            items: components["schemas"]["LoanResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        LoanRejection: {
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
        LoanResponse: {
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
            guarantors: components["schemas"]["GuarantorResponse"][];
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
        LoanWriteOff: {
            decisionReference?: string;
            /** @example Member deceased; no estate. */
            reason: string;
            /**
             * Format: date
             * @description Not before the disbursement or the latest repayment.
             */
            writtenOffOn: string;
        };
        Login: {
            /** @example admin@example.org */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        /** @enum {string} */
        Majority: "simple" | "two_thirds" | "absolute";
        Me: {
            /** @description Cooperatives where the caller holds a role. */
            cooperatives: components["schemas"]["CooperativeRoles"][];
            /** @description Users only. */
            email?: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            isSuperadmin: boolean;
            kind: components["schemas"]["PrincipalKind"];
            /** @description API clients only. */
            scopes?: components["schemas"]["Scope"][];
        };
        MeetingQuorum: {
            /** @description Members eligible on the record date, counted when the assembly opened. */
            electorate: number;
            present: number;
            /** @description present + represented >= quorumThreshold. */
            quorumMet: boolean;
            quorumThreshold: number;
            represented: number;
        };
        MemberAccount: {
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
        MemberCessation: {
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
        MemberContactUpdate: {
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
        MemberCreate: {
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
        MemberDecision: {
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
        MemberInvitationAccept: {
            /** @description The password of the new account. When an account with the invitation email already exists, its current password: the account is linked, never changed. */
            password: string;
            /** @description The token of the invitation. */
            token: string;
        };
        MemberInvitationCreate: {
            /**
             * @description The account's email; default: the member's email on the record.
             * @example maria.nunez@example.org
             */
            email?: string;
            /** @default 7 */
            expiresInDays?: number;
        };
        MemberInvitationCreated: {
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
        MemberPage: {
            items: components["schemas"]["MemberResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        MemberResponse: {
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
        MemberTransitionPage: {
            items: components["schemas"]["MemberTransitionResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        MemberTransitionResponse: {
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
        MemberUpdate: {
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
        MotionCounts: {
            abstain: number;
            no: number;
            yes: number;
        };
        MyBallot: {
            ballot: components["schemas"]["BallotResponse"];
            /** Format: uuid */
            castByMemberId: string | null;
            /** @description On the frozen roll (false while the ballot is a draft). */
            eligible: boolean;
            /** @description Open ballots: every vote and change, oldest first. */
            history: components["schemas"]["VoteHistoryEntry"][];
            /** @description Open ballots: my current vote. Secret ballots: always null. */
            selection: (string | null) | string[];
            /** @enum {string|null} */
            via: "self" | "proxy" | "roll_call" | null;
            voted: boolean;
        };
        MyBallotPage: {
            items: components["schemas"]["MyBallot"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        MyProxies: {
            /** @description Proxies I gave, newest first. */
            given: components["schemas"]["ProxyResponse"][];
            /** @description Proxies I hold, newest first. */
            held: components["schemas"]["ProxyResponse"][];
        };
        NetSurplus: {
            /**
             * @description The year's net surplus from the accounts, with at most the currency's decimals; negative for a loss (which distributes nothing). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 12500.00
             */
            netSurplus: string;
            /**
             * @description Where the figure comes from.
             * @example Audited accounts 2024, statement of income
             */
            reference?: string;
        };
        OptionVotes: {
            option: string;
            votes: number;
        };
        OwnLoanApplication: {
            /**
             * @description Decimal string, at most the currency’s minor-unit decimals.
             * @example 1000.00
             */
            amount: string;
            /** @description Needed when the bylaws require a guarantee. */
            guarantors?: components["schemas"]["GuarantorPledge"][];
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
        /** @enum {string} */
        PatronageBasis: "value" | "quantity";
        PatronageImport: {
            /**
             * @description 'add': members already recorded for the year are errors. 'replace': the year's records are replaced.
             * @default add
             */
            mode?: components["schemas"]["PatronageImportMode"];
            /** @description Row N is the Nth element. Each row is checked; one bad row rejects the whole import. */
            records: {
                memberNumber: number;
                /** @example 1200.5 */
                quantity?: string | null;
                /** @example 3100.00 */
                value?: string | null;
            }[];
        };
        /**
         * @description 'add': members already recorded for the year are errors. 'replace': the year's records are replaced.
         * @enum {string}
         */
        PatronageImportMode: "add" | "replace";
        PatronageImportResult: {
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
             * @description Sum of the imported values. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 48210.00
             */
            valueTotal: string;
        };
        PatronagePage: {
            items: components["schemas"]["PatronageRecordResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        PatronageRecord: {
            /**
             * @description Quantity (kg delivered, hours worked...), at most 4 decimals.
             * @example 1200.5
             */
            quantity?: string | null;
            /**
             * @description Value in money, at most the currency's decimals. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 3100.00
             */
            value?: string | null;
        };
        PatronageRecordResponse: {
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            memberNumber: number;
            /** @example 1200.5 */
            quantity: string | null;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            recordedAt: string;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 3100.00
             */
            value: string | null;
        };
        PaymentCreate: {
            /**
             * @description Money paid; paid-up capital may not exceed subscribed capital. At most the currency's minor-unit decimals (more is refused with a 400). Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
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
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
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
        /**
         * @description What the caller may do to the plan now (e.g. recompute, propose): the buttons a screen shows.
         * @enum {string}
         */
        PlanAction: "recompute" | "propose" | "approve" | "execute" | "reject";
        PlanApprove: {
            /** @description A note kept in the audit log. */
            note?: string;
        };
        PlanCreate: {
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
        PlanExecute: {
            /**
             * Format: date
             * @description The postings' effective date: after the fiscal year's end, not in the future. Default: today (UTC).
             * @example 2026-03-31
             */
            executedOn?: string;
        };
        PlanLine: {
            /**
             * @description Sum of paid-up amount x days held in the year: the member's weight in the interest pool.
             * @example 366000
             */
            capitalDays: string;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 50.00
             */
            interest: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            memberNumber: number;
            name: string;
            /** @description A member at the year end (or the bylaws refund ceased members). */
            patronageEligible: boolean;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 3548.37
             */
            patronageRefund: string;
            /**
             * @description The patronage the refund is weighted by (0 when not eligible).
             * @example 3000
             */
            patronageWeight: string;
            refundMode: components["schemas"]["SurplusRefundMode"];
            /**
             * @description interest + patronageRefund. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 3598.37
             */
            total: string;
        };
        PlanLinePage: {
            items: components["schemas"]["PlanLine"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        PlanPage: {
            items: components["schemas"]["PlanResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        PlanPropose: {
            /**
             * Format: uuid
             * @description The ballot that will decide the plan; approval then needs that ballot to have passed.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            ballotId?: string;
            /**
             * @description An assembly resolution recorded outside the ballots (paper minutes). Give a ballotId, this, or both.
             * @example General assembly 2025-03-15, resolution 4
             */
            resolutionReference?: string;
        };
        PlanRecompute: {
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
        PlanReject: {
            /** @example The assembly voted against the plan (ballot failed). */
            reason: string;
        };
        PlanResponse: {
            /** @description What the caller may do to the plan now (e.g. recompute, propose): the buttons a screen shows. */
            allowedActions: components["schemas"]["PlanAction"][];
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            approvedAt: string | null;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            ballotId: string | null;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 500.00
             */
            community: string;
            communityFundToCreditFund: boolean;
            /** @example 5.00 */
            communityPercent: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            computedAt: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            createdAt: string;
            /** @description Days of the year, the interest basis. */
            daysInYear: number;
            /** @description Refund form for members without a standing choice. */
            defaultRefundMode: components["schemas"]["SurplusRefundMode"];
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 500.00
             */
            education: string;
            /** @example 5.00 */
            educationPercent: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            executedAt: string | null;
            /**
             * Format: date
             * @example 2026-03-31
             */
            executedOn: string | null;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            fiscalYearId: string;
            /**
             * @description reserve + education + community. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 4000.00
             */
            fundsTotal: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            id: string;
            /**
             * @description The members' interest: the weights' sum rounded half-up. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 86.05
             */
            interestEntitlement: string;
            /**
             * @description Interest distributed: the entitlement, or what the funds leave. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 86.05
             */
            interestPool: string;
            /** @example 4.00 */
            interestRatePercent: string;
            /** @description The interest pool is smaller than the entitlement: every member scaled down alike. */
            interestScaledDown: boolean;
            /** @description Member lines; each pool is split exactly among them. */
            lineCount: number;
            patronageBasis: (string & components["schemas"]["PatronageBasis"]) | null;
            /** @description Bylaws: ceased members still get a patronage refund. */
            patronageForCeasedMembers: boolean;
            /**
             * @description surplus - funds - interest pool, exactly. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 5913.95
             */
            patronagePool: string;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            proposedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-03-31T09:30:00.000Z
             */
            rejectedAt: string | null;
            rejectionReason: string | null;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 3000.00
             */
            reserve: string;
            /** @example 30.00 */
            reservePercent: string;
            resolutionReference: string | null;
            /** @description A draft computed before the year's surplus or patronage last changed: recompute it before proposing. */
            stale: boolean;
            status: components["schemas"]["PlanStatus"];
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 10000.00
             */
            surplus: string;
            /** @description One more with every change of the plan; the plan's ETag. */
            version: number;
        };
        PlanStanding: {
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
        /** @enum {string} */
        PlanStatus: "draft" | "proposed" | "approved" | "executed" | "rejected";
        PortfolioResponse: {
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
        /** @enum {string} */
        PrincipalKind: "user" | "api_client";
        Problem: {
            code: components["schemas"]["ProblemCode"];
            /** @example The request is invalid. */
            detail: string;
            errors?: components["schemas"]["FieldError"][];
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
        /**
         * @description A stable machine code. The list grows between versions: handle an unknown code by the HTTP status. Each operation lists the codes it can answer, per status, in `x-problem-codes`.
         * @example VALIDATION_FAILED
         */
        ProblemCode: string;
        ProxyAppoint: {
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
        ProxyCreate: {
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
        ProxyPage: {
            items: components["schemas"]["ProxyResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        ProxyResponse: {
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
        Quorum: {
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
        QuorumResponse: {
            count: number | null;
            /** @example 50 */
            percent: string | null;
            /** @enum {string} */
            type: "none" | "percent" | "absolute";
        };
        ReceiptPage: {
            /** @description Counted receipt codes, sorted: each voter finds theirs. */
            items: string[];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        RecordedCounts: {
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
        RedemptionCreate: {
            /** @description All the member's remaining shares: repays all paid-up capital and cancels the unpaid rest of the subscription. Only `true` is accepted; give either shares or allShares. */
            allShares?: boolean;
            /**
             * Format: uuid
             * @description The member whose shares are redeemed.
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
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
        RedemptionQueueProcess: {
            /**
             * Format: date
             * @description The payment date of the redemptions paid now; the annual cap of its year applies.
             * @example 2024-05-10
             */
            effectiveDate: string;
        };
        RedemptionQueueResult: {
            /**
             * @description The year's redemption cap. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 1200.00
             */
            annualCap: string;
            /** @description Paid now, in queue order. */
            completed: components["schemas"]["CapitalRequestResponse"][];
            /**
             * Format: date
             * @example 2026-03-31
             */
            effectiveDate: string;
            /**
             * @description Redeemed in that year, after this run. Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 900.00
             */
            redeemedInYear: string;
            /** @description Redemptions still waiting. */
            stillQueued: number;
        };
        Refresh: {
            /** @description The refresh token from login or the previous refresh. */
            refreshToken: string;
        };
        RefundPreference: {
            /** @description Cash payable, or credited to the member as share capital. */
            mode: components["schemas"]["SurplusRefundMode"];
        };
        RefundPreferenceResponse: {
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            mode: components["schemas"]["SurplusRefundMode"];
            /** @description The member's own choice, or the bylaws' default. */
            source: components["schemas"]["RefundPreferenceSource"];
        };
        /**
         * @description The member's own choice, or the bylaws' default.
         * @enum {string}
         */
        RefundPreferenceSource: "member" | "bylaws";
        RegisterEntry: {
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
        RegisterPage: {
            /** Format: date */
            asOf: string;
            items: components["schemas"]["RegisterEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        RepaymentCreate: {
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
        RepaymentLine: {
            instalmentNumber: number;
            /** @example 10.00 */
            interest: string;
            /** @example 0.00 */
            interestWaived: string;
            /** @example 78.85 */
            principal: string;
        };
        RepaymentPage: {
            items: components["schemas"]["RepaymentResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        RepaymentResponse: {
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
            lines: components["schemas"]["RepaymentLine"][];
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
        RepaymentResult: {
            /** @description The loan after the repayment. */
            loan: components["schemas"]["LoanResponse"];
            repayment: components["schemas"]["RepaymentResponse"];
        };
        RequestApproval: {
            /** @example Board minute 2024-07, item 3 */
            decisionReference: string;
            /** @description Why, in words. */
            reason?: string;
        };
        RequestCancellation: {
            /** @description Why the request is withdrawn (e.g. the member changed their mind). */
            reason: string;
        };
        RequestCompletion: {
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
        RequestRejection: {
            /** @example Board minute 2024-07, item 4 */
            decisionReference?: string;
            /** @description Why the board refused. */
            reason: string;
        };
        ReversalCreate: {
            /**
             * Format: date
             * @description The reversal's effective date (default: the reversed entry's own date). Not before the member's previous entry.
             * @example 2024-05-10
             */
            effectiveDate?: string;
            /** @description Why the entry was a mistake. */
            reason: string;
        };
        /** @enum {string} */
        Role: "admin" | "secretary" | "treasurer" | "board" | "credit_committee" | "member";
        RollCallEntry: {
            /**
             * Format: uuid
             * @description A member on the attendance register (present, or represented).
             */
            memberId: string;
            selection: (string | null) | string[];
        };
        RollCallVote: {
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
        RollCallVotePage: {
            items: components["schemas"]["RollCallVote"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        ScheduleResponse: {
            items: components["schemas"]["InstalmentResponse"][];
            /** @example 1000.00 */
            principal: string;
            /** @example 1066.19 */
            total: string;
            /** @example 66.19 */
            totalInterest: string;
        };
        /**
         * @description API clients only.
         * @enum {string}
         */
        Scope: "cooperative:read" | "bylaws:read" | "audit:read" | "members:read" | "members:write" | "capital:read" | "capital:write" | "governance:read" | "governance:write" | "surplus:read" | "surplus:write" | "credit:read" | "credit:write";
        SettlementCreate: {
            /**
             * @description Must equal the settlement quote for that day.
             * @example 925.76
             */
            amount: string;
            reference?: string;
            /** Format: date */
            settledOn: string;
        };
        SettlementQuote: {
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
            lines: components["schemas"]["SettlementQuoteLine"][];
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
        SettlementQuoteLine: {
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
        StatementLine: {
            /**
             * @description Paid-up amount x days held in the year.
             * @example 366000
             */
            capitalDays: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            endDate: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            executedOn: string | null;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            fiscalYearId: string;
            fiscalYearLabel: string;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 125.00
             */
            interest: string;
            /** @example 4.00 */
            interestRatePercent: string;
            patronageBasis: (string & components["schemas"]["PatronageBasis"]) | null;
            patronageEligible: boolean;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 125.00
             */
            patronageRefund: string;
            /**
             * @description The patronage the refund is weighted by.
             * @example 3000
             */
            patronageWeight: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            planId: string;
            planStatus: components["schemas"]["StatementPlanStatus"];
            refundMode: components["schemas"]["SurplusRefundMode"];
            /**
             * Format: date
             * @example 2026-03-31
             */
            startDate: string;
            /**
             * @description Money: a decimal string (never a JSON number) in the cooperative’s currency; answers carry exactly the bylaws’ minorUnitScale decimals.
             * @example 125.00
             */
            total: string;
        };
        StatementPage: {
            /** @description Newest fiscal year first. */
            items: components["schemas"]["StatementLine"][];
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            memberId: string;
            /** @description Null for a record never admitted. */
            memberNumber: number | null;
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        StatementPlanStatus: "proposed" | "approved" | "executed";
        SubscriptionCreate: {
            /**
             * Format: date
             * @description The day the shares were pledged: not before the member's previous entry, not in the future.
             * @example 2024-05-10
             */
            effectiveDate: string;
            /**
             * Format: uuid
             * @description The member (or applicant: the initial subscription comes before admission).
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
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
        /** @enum {string} */
        SurplusRefundMode: "cash" | "capital";
        TokenPair: {
            /** @description Send as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            /** @description Single use: each refresh returns a new one. Reusing an old one revokes the session. */
            refreshToken: string;
            tokenType: components["schemas"]["TokenType"];
        };
        /** @enum {string} */
        TokenType: "Bearer";
        TransferCreate: {
            /**
             * Format: uuid
             * @description The member giving the shares (active or suspended).
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
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
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            toMemberId: string;
        };
        UserCreate: {
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
            roles: components["schemas"]["Role"][];
        };
        UserRoles: {
            email: string;
            roles: components["schemas"]["Role"][];
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a0d-4e57-9b1a-2c4d5e6f7a8b
             */
            userId: string;
        };
        VoteCast: {
            /**
             * Format: uuid
             * @description Vote as proxy holder for this member.
             */
            onBehalfOfMemberId?: string;
            /** @description motion: 'yes' | 'no' | 'abstain'; choice: one option, or null to abstain; election: up to k candidates ([] blank). */
            selection: (string | null) | string[];
        };
        VoteCastResponse: {
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
        VoteHistoryEntry: {
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
    headers: {
        /** @description A download: `attachment; filename="…"`. */
        "Content-Disposition": string;
        /** @description The resource’s version as a strong tag (`"4"`); send it back as `If-Match` to update safely. */
        ETag: string;
        /** @description `true` when this is the stored response to an earlier request with the same Idempotency-Key (a replay); absent otherwise. */
        "Idempotent-Replayed": "true";
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description The schemes this operation accepts (RFC 9110 §11.6.1), e.g. `Bearer realm="coop-api"`. */
        "WWW-Authenticate": string;
        /** @description The request’s id, in every answer and in every problem’s `requestId`: the caller’s own X-Request-Id when it is 1–100 characters of `A-Za-z0-9._:-`, else a new UUID. Quote it when reporting a problem. */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type ActorType = components['schemas']['ActorType'];
export type AgendaItem = components['schemas']['AgendaItem'];
export type AgendaItemInput = components['schemas']['AgendaItemInput'];
export type AllocationCreate = components['schemas']['AllocationCreate'];
export type AnonymousChoice = components['schemas']['AnonymousChoice'];
export type AnonymousChoicePage = components['schemas']['AnonymousChoicePage'];
export type ApiClientCreate = components['schemas']['ApiClientCreate'];
export type ApiClientCreated = components['schemas']['ApiClientCreated'];
export type ApiClientResponse = components['schemas']['ApiClientResponse'];
export type AssemblyClose = components['schemas']['AssemblyClose'];
export type AssemblyCreate = components['schemas']['AssemblyCreate'];
export type AssemblyPage = components['schemas']['AssemblyPage'];
export type AssemblyResponse = components['schemas']['AssemblyResponse'];
export type AssemblyUpdate = components['schemas']['AssemblyUpdate'];
export type AttendanceEntry = components['schemas']['AttendanceEntry'];
export type AttendancePage = components['schemas']['AttendancePage'];
export type AttendanceRecord = components['schemas']['AttendanceRecord'];
export type AuditEntryResponse = components['schemas']['AuditEntryResponse'];
export type AuditPage = components['schemas']['AuditPage'];
export type BallotCreate = components['schemas']['BallotCreate'];
export type BallotPage = components['schemas']['BallotPage'];
export type BallotResponse = components['schemas']['BallotResponse'];
export type BallotResult = components['schemas']['BallotResult'];
export type BallotUpdate = components['schemas']['BallotUpdate'];
export type BylawsCreate = components['schemas']['BylawsCreate'];
export type BylawsResponse = components['schemas']['BylawsResponse'];
export type BylawsUpdate = components['schemas']['BylawsUpdate'];
export type CapitalBalance = components['schemas']['CapitalBalance'];
export type CapitalEntryDetail = components['schemas']['CapitalEntryDetail'];
export type CapitalEntryKind = components['schemas']['CapitalEntryKind'];
export type CapitalEntryResponse = components['schemas']['CapitalEntryResponse'];
export type CapitalMonth = components['schemas']['CapitalMonth'];
export type CapitalMonthly = components['schemas']['CapitalMonthly'];
export type CapitalMovement = components['schemas']['CapitalMovement'];
export type CapitalPostingResponse = components['schemas']['CapitalPostingResponse'];
export type CapitalRequestKind = components['schemas']['CapitalRequestKind'];
export type CapitalRequestOrigin = components['schemas']['CapitalRequestOrigin'];
export type CapitalRequestPage = components['schemas']['CapitalRequestPage'];
export type CapitalRequestResponse = components['schemas']['CapitalRequestResponse'];
export type CapitalRequestStatus = components['schemas']['CapitalRequestStatus'];
export type CapitalStatement = components['schemas']['CapitalStatement'];
export type CapitalStatementLine = components['schemas']['CapitalStatementLine'];
export type CapitalStatementLinePage = components['schemas']['CapitalStatementLinePage'];
export type CapitalTotals = components['schemas']['CapitalTotals'];
export type ContributionCreate = components['schemas']['ContributionCreate'];
export type ContributionPage = components['schemas']['ContributionPage'];
export type ContributionPlanCreate = components['schemas']['ContributionPlanCreate'];
export type ContributionPlanEnd = components['schemas']['ContributionPlanEnd'];
export type ContributionPlanPage = components['schemas']['ContributionPlanPage'];
export type ContributionPlanResponse = components['schemas']['ContributionPlanResponse'];
export type ContributionResponse = components['schemas']['ContributionResponse'];
export type ContributionStatement = components['schemas']['ContributionStatement'];
export type CooperativeCreate = components['schemas']['CooperativeCreate'];
export type CooperativePage = components['schemas']['CooperativePage'];
export type CooperativeResponse = components['schemas']['CooperativeResponse'];
export type CooperativeRoles = components['schemas']['CooperativeRoles'];
export type CreditFundResponse = components['schemas']['CreditFundResponse'];
export type DonationCreate = components['schemas']['DonationCreate'];
export type ElectorEntry = components['schemas']['ElectorEntry'];
export type ElectoratePage = components['schemas']['ElectoratePage'];
export type FieldError = components['schemas']['FieldError'];
export type FiscalYearCreate = components['schemas']['FiscalYearCreate'];
export type FiscalYearPage = components['schemas']['FiscalYearPage'];
export type FiscalYearResponse = components['schemas']['FiscalYearResponse'];
export type FundEntryPage = components['schemas']['FundEntryPage'];
export type FundEntryResponse = components['schemas']['FundEntryResponse'];
export type FundTotals = components['schemas']['FundTotals'];
export type GuarantorPledge = components['schemas']['GuarantorPledge'];
export type GuarantorResponse = components['schemas']['GuarantorResponse'];
export type Health = components['schemas']['Health'];
export type HealthStatus = components['schemas']['HealthStatus'];
export type InstalmentResponse = components['schemas']['InstalmentResponse'];
export type LoanApplication = components['schemas']['LoanApplication'];
export type LoanApproval = components['schemas']['LoanApproval'];
export type LoanArrears = components['schemas']['LoanArrears'];
export type LoanArrearsPage = components['schemas']['LoanArrearsPage'];
export type LoanDisbursement = components['schemas']['LoanDisbursement'];
export type LoanPage = components['schemas']['LoanPage'];
export type LoanRejection = components['schemas']['LoanRejection'];
export type LoanResponse = components['schemas']['LoanResponse'];
export type LoanWriteOff = components['schemas']['LoanWriteOff'];
export type Login = components['schemas']['Login'];
export type Majority = components['schemas']['Majority'];
export type Me = components['schemas']['Me'];
export type MeetingQuorum = components['schemas']['MeetingQuorum'];
export type MemberAccount = components['schemas']['MemberAccount'];
export type MemberCessation = components['schemas']['MemberCessation'];
export type MemberContactUpdate = components['schemas']['MemberContactUpdate'];
export type MemberCreate = components['schemas']['MemberCreate'];
export type MemberDecision = components['schemas']['MemberDecision'];
export type MemberInvitationAccept = components['schemas']['MemberInvitationAccept'];
export type MemberInvitationCreate = components['schemas']['MemberInvitationCreate'];
export type MemberInvitationCreated = components['schemas']['MemberInvitationCreated'];
export type MemberPage = components['schemas']['MemberPage'];
export type MemberResponse = components['schemas']['MemberResponse'];
export type MemberTransitionPage = components['schemas']['MemberTransitionPage'];
export type MemberTransitionResponse = components['schemas']['MemberTransitionResponse'];
export type MemberUpdate = components['schemas']['MemberUpdate'];
export type MotionCounts = components['schemas']['MotionCounts'];
export type MyBallot = components['schemas']['MyBallot'];
export type MyBallotPage = components['schemas']['MyBallotPage'];
export type MyProxies = components['schemas']['MyProxies'];
export type NetSurplus = components['schemas']['NetSurplus'];
export type OptionVotes = components['schemas']['OptionVotes'];
export type OwnLoanApplication = components['schemas']['OwnLoanApplication'];
export type PatronageBasis = components['schemas']['PatronageBasis'];
export type PatronageImport = components['schemas']['PatronageImport'];
export type PatronageImportMode = components['schemas']['PatronageImportMode'];
export type PatronageImportResult = components['schemas']['PatronageImportResult'];
export type PatronagePage = components['schemas']['PatronagePage'];
export type PatronageRecord = components['schemas']['PatronageRecord'];
export type PatronageRecordResponse = components['schemas']['PatronageRecordResponse'];
export type PaymentCreate = components['schemas']['PaymentCreate'];
export type PlanAction = components['schemas']['PlanAction'];
export type PlanApprove = components['schemas']['PlanApprove'];
export type PlanCreate = components['schemas']['PlanCreate'];
export type PlanExecute = components['schemas']['PlanExecute'];
export type PlanLine = components['schemas']['PlanLine'];
export type PlanLinePage = components['schemas']['PlanLinePage'];
export type PlanPage = components['schemas']['PlanPage'];
export type PlanPropose = components['schemas']['PlanPropose'];
export type PlanRecompute = components['schemas']['PlanRecompute'];
export type PlanReject = components['schemas']['PlanReject'];
export type PlanResponse = components['schemas']['PlanResponse'];
export type PlanStanding = components['schemas']['PlanStanding'];
export type PlanStatus = components['schemas']['PlanStatus'];
export type PortfolioResponse = components['schemas']['PortfolioResponse'];
export type PrincipalKind = components['schemas']['PrincipalKind'];
export type Problem = components['schemas']['Problem'];
export type ProblemCode = components['schemas']['ProblemCode'];
export type ProxyAppoint = components['schemas']['ProxyAppoint'];
export type ProxyCreate = components['schemas']['ProxyCreate'];
export type ProxyPage = components['schemas']['ProxyPage'];
export type ProxyResponse = components['schemas']['ProxyResponse'];
export type Quorum = components['schemas']['Quorum'];
export type QuorumResponse = components['schemas']['QuorumResponse'];
export type ReceiptPage = components['schemas']['ReceiptPage'];
export type RecordedCounts = components['schemas']['RecordedCounts'];
export type RedemptionCreate = components['schemas']['RedemptionCreate'];
export type RedemptionQueueProcess = components['schemas']['RedemptionQueueProcess'];
export type RedemptionQueueResult = components['schemas']['RedemptionQueueResult'];
export type Refresh = components['schemas']['Refresh'];
export type RefundPreference = components['schemas']['RefundPreference'];
export type RefundPreferenceResponse = components['schemas']['RefundPreferenceResponse'];
export type RefundPreferenceSource = components['schemas']['RefundPreferenceSource'];
export type RegisterEntry = components['schemas']['RegisterEntry'];
export type RegisterPage = components['schemas']['RegisterPage'];
export type RepaymentCreate = components['schemas']['RepaymentCreate'];
export type RepaymentLine = components['schemas']['RepaymentLine'];
export type RepaymentPage = components['schemas']['RepaymentPage'];
export type RepaymentResponse = components['schemas']['RepaymentResponse'];
export type RepaymentResult = components['schemas']['RepaymentResult'];
export type RequestApproval = components['schemas']['RequestApproval'];
export type RequestCancellation = components['schemas']['RequestCancellation'];
export type RequestCompletion = components['schemas']['RequestCompletion'];
export type RequestRejection = components['schemas']['RequestRejection'];
export type ReversalCreate = components['schemas']['ReversalCreate'];
export type Role = components['schemas']['Role'];
export type RollCallEntry = components['schemas']['RollCallEntry'];
export type RollCallVote = components['schemas']['RollCallVote'];
export type RollCallVotePage = components['schemas']['RollCallVotePage'];
export type ScheduleResponse = components['schemas']['ScheduleResponse'];
export type Scope = components['schemas']['Scope'];
export type SettlementCreate = components['schemas']['SettlementCreate'];
export type SettlementQuote = components['schemas']['SettlementQuote'];
export type SettlementQuoteLine = components['schemas']['SettlementQuoteLine'];
export type StatementLine = components['schemas']['StatementLine'];
export type StatementPage = components['schemas']['StatementPage'];
export type StatementPlanStatus = components['schemas']['StatementPlanStatus'];
export type SubscriptionCreate = components['schemas']['SubscriptionCreate'];
export type SurplusRefundMode = components['schemas']['SurplusRefundMode'];
export type TokenPair = components['schemas']['TokenPair'];
export type TokenType = components['schemas']['TokenType'];
export type TransferCreate = components['schemas']['TransferCreate'];
export type UserCreate = components['schemas']['UserCreate'];
export type UserRoles = components['schemas']['UserRoles'];
export type VoteCast = components['schemas']['VoteCast'];
export type VoteCastResponse = components['schemas']['VoteCastResponse'];
export type VoteHistoryEntry = components['schemas']['VoteHistoryEntry'];
export type HeaderContentDisposition = components['headers']['Content-Disposition'];
export type HeaderETag = components['headers']['ETag'];
export type HeaderIdempotentReplayed = components['headers']['Idempotent-Replayed'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type HeaderWwwAuthenticate = components['headers']['WWW-Authenticate'];
export type HeaderXRequestId = components['headers']['X-Request-Id'];
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
            /** @description The process runs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
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
            /** @description Ready to serve. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description The token pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `INVALID_CREDENTIALS`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; wait the seconds `Retry-After` gives. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["Refresh"];
            };
        };
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `REFRESH_TOKEN_INVALID`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["Refresh"];
            };
        };
        responses: {
            /** @description The new token pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `REFRESH_TOKEN_INVALID`, `REFRESH_TOKEN_REUSED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCooperatives: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cooperatives; `nextCursor` is null on the last. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperativePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCooperative: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperativeCreate"];
            };
        };
        responses: {
            /** @description The new cooperative. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperativeResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `BYLAWS_INVALID`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The cooperative. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperativeResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The API clients. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientResponse"][];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["ApiClientCreate"];
            };
        };
        responses: {
            /** @description The client, with its key. */
            201: {
                headers: {
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/api-clients/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCreated"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiClient: {
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
            /** @description The API client. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `API_CLIENT_NOT_FOUND`, `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `API_CLIENT_NOT_FOUND`, `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssemblies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["AssemblyCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["AssemblyUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAttendance: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendancePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["AttendanceRecord"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceEntry"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["AssemblyClose"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssemblyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
                cursor?: string;
                /** @description The user or API client that made the change. */
                actorId?: string;
                action?: string;
                targetType?: string;
                /** @description The id of what changed (a member, a ballot, a loan…). */
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
            /** @description A page of entries, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBallots: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["BallotCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["BallotUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAnonymousChoices: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymousChoicePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordBallotCounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RecordedCounts"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBallotElectorate: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectoratePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishBallot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResult"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBallotReceipts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotResult"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRollCallVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RollCallEntry"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteCastResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRollCallVotes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollCallVotePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    castVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. `selection` is not part of the fingerprint: the same key with another value replays the first response. `receiptCode` is given in the first response only; a replay omits it. */
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
                "application/json": components["schemas"]["VoteCast"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteCastResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The bylaws as they stand, with their version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BylawsResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBylaws: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (`"4"`). A stale tag is a 412 and changes nothing; without it the write applies to whatever is stored now. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BylawsUpdate"];
            };
        };
        responses: {
            /** @description The bylaws after the change, with their new version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BylawsResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `BYLAW_IMMUTABLE`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` tag is not the resource’s current `ETag`: someone changed it since it was read. Codes: `PRECONDITION_FAILED`. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `BYLAWS_INVALID`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                /** @description A capital entry’s id (decimal digits). */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry, with the id of its reversal or null. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalEntryDetail"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `CAPITAL_ENTRY_NOT_FOUND`, `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverseCapitalEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                /** @description A capital entry’s id (decimal digits). */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalCreate"];
            };
        };
        responses: {
            /** @description The reversal entry, and the member’s balance right after it. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/capital-entries/{entry.id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `CAPITAL_ENTRY_NOT_FOUND`, `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `ENTRY_ALREADY_REVERSED`, `ENTRY_NOT_REVERSIBLE`, `IDEMPOTENCY_KEY_IN_USE`, `SHARES_COMMITTED`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `EFFECTIVE_DATE_OUT_OF_ORDER`, `IDEMPOTENCY_KEY_REUSED`, `INSUFFICIENT_SHARES`, `PAID_UP_EXCEEDS_SUBSCRIBED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCapitalMonthly: {
        parameters: {
            query: {
                /** @description First month, YYYY-MM. */
                from: string;
                /** @description Last month, YYYY-MM: at most 120 months in all, from included. */
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
            /** @description The opening totals and one line per month, in the cooperative’s currency. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalMonthly"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The totals on that day, in the cooperative’s currency. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalTotals"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFundResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLoanArrears: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanArrearsPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContributionPlans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPlanPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["ContributionPlanCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endContributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["ContributionPlanEnd"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContributions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postContribution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["ContributionCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDonation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["DonationCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundEntryResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreditFundEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundEntryPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionStatement"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnContributions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnLoans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyForOwnLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["OwnLoanApplication"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionStatement"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The plan. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PlanApprove"];
            };
        };
        responses: {
            /** @description The approved plan. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `BALLOT_NOT_FOUND`, `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `BALLOT_NOT_PASSED`, `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    executeDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PlanExecute"];
            };
        };
        responses: {
            /** @description The executed plan. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDistributionPlanLines: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description A page of member lines. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanLinePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PlanPropose"];
            };
        };
        responses: {
            /** @description The proposed plan. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `BALLOT_ALREADY_LINKED`, `FISCAL_YEAR_NOT_ENDED`, `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`, `PLAN_ALREADY_ACTIVE`, `PLAN_STALE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recomputeDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version you read (`"4"`). A stale tag is a 412 and changes nothing; without it the write applies to whatever is stored now. */
                "If-Match"?: string;
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
                "application/json": components["schemas"]["PlanRecompute"];
            };
        };
        responses: {
            /** @description The recomputed draft, with its new version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`, `SURPLUS_NOT_ENTERED`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` tag is not the resource’s current `ETag`: someone changed it since it was read. Codes: `PRECONDITION_FAILED`. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `FUNDS_EXCEED_SURPLUS`, `FUND_PERCENTS_OVER_100`, `IDEMPOTENCY_KEY_REUSED`, `MIXED_PATRONAGE_BASIS`, `NON_POSITIVE_SURPLUS`, `NO_PATRONAGE`, `PLAN_OUTSIDE_BYLAWS`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PlanReject"];
            };
        };
        responses: {
            /** @description The rejected plan. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `PLAN_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOwnDistributionStatement: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description My lines, newest fiscal year first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMemberDistributionStatement: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description The member’s lines, newest fiscal year first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFiscalYears: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description A page of fiscal years, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFiscalYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["FiscalYearCreate"];
            };
        };
        responses: {
            /** @description The new fiscal year. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/fiscal-years/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `FISCAL_YEAR_OVERLAP`, `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`, `INVALID_FISCAL_YEAR`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The fiscal year. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDistributionPlans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description A page of plans, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDistributionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PlanCreate"];
            };
        };
        responses: {
            /** @description The draft plan. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/distribution-plans/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `SURPLUS_NOT_ENTERED`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `FUNDS_EXCEED_SURPLUS`, `FUND_PERCENTS_OVER_100`, `IDEMPOTENCY_KEY_REUSED`, `MIXED_PATRONAGE_BASIS`, `NON_POSITIVE_SURPLUS`, `NO_PATRONAGE`, `PLAN_OUTSIDE_BYLAWS`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enterNetSurplus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["NetSurplus"];
            };
        };
        responses: {
            /** @description The fiscal year with its net surplus. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `FISCAL_YEAR_LOCKED`, `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPatronage: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description A page of patronage records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronagePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPatronage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PatronageImport"];
            };
        };
        responses: {
            /** @description What was written, with its totals to reconcile. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronageImportResult"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `FISCAL_YEAR_LOCKED`, `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`, `PATRONAGE_IMPORT_INVALID`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPatronageCsv: {
        parameters: {
            query?: {
                mode?: components["schemas"]["PatronageImportMode"];
            };
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
            /** @description What was written, with its totals to reconcile. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronageImportResult"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `FISCAL_YEAR_LOCKED`, `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`, `PATRONAGE_IMPORT_INVALID`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPatronage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PatronageRecord"];
            };
        };
        responses: {
            /** @description The member’s record for the year. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatronageRecordResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `FISCAL_YEAR_LOCKED`, `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`, `PATRONAGE_MEMBER_INELIGIBLE`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePatronage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `FISCAL_YEAR_NOT_FOUND`, `NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `FISCAL_YEAR_LOCKED`, `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLoans: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLoanApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["LoanApplication"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["LoanApproval"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanArrears"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disburseLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["LoanDisbursement"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["LoanRejection"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLoanRepayments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLoanRepayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RepaymentCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentResult"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    settleLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["SettlementCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentResult"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementQuote"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    writeOffLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["LoanWriteOff"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyBallots: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBallotPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBallot"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyProxies"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    appointMyProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["ProxyAppoint"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMyProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["MemberInvitationAccept"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAccount"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOwnContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberContactUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnAuditLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The capital on that day, in the cooperative’s currency. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatement"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnCapitalEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description One page of statement lines, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatementLinePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberTransitionPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegisterAsOf: {
        parameters: {
            query: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    admitMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberDecision"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMemberAuditLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The capital on that day, in the cooperative’s currency. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatement"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMemberCapitalEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
            /** @description One page of statement lines, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalStatementLinePage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ceaseMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberCessation"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMemberHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberTransitionPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["MemberInvitationCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberInvitationCreated"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reinstateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberDecision"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberDecision"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejoinMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberDecision"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberDecision"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawMemberApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["MemberDecision"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProxies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["ProxyCreate"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeProxy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProxyResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createShareAllocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["AllocationCreate"];
            };
        };
        responses: {
            /** @description The allocation entry, and the member’s balance right after it. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/capital-entries/{entry.id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `MEMBER_NOT_ELIGIBLE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `EFFECTIVE_DATE_OUT_OF_ORDER`, `IDEMPOTENCY_KEY_REUSED`, `SHARE_CAP_EXCEEDED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSharePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["PaymentCreate"];
            };
        };
        responses: {
            /** @description The payment entry, and the member’s balance right after it. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/capital-entries/{entry.id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `MEMBER_NOT_ELIGIBLE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `EFFECTIVE_DATE_OUT_OF_ORDER`, `IDEMPOTENCY_KEY_REUSED`, `PAID_UP_EXCEEDS_SUBSCRIBED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listShareRedemptions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
                cursor?: string;
                status?: components["schemas"]["CapitalRequestStatus"];
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
            /** @description One page of redemption requests, oldest first (or in payment order for the queue). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RedemptionCreate"];
            };
        };
        responses: {
            /** @description The new redemption request, in status `requested`, with the day it becomes payable. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/share-redemptions/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`, `INSUFFICIENT_SHARES`, `MINIMUM_SHARES_REQUIRED`, `SHARES_NOT_PAID_UP`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    processRedemptionQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RedemptionQueueProcess"];
            };
        };
        responses: {
            /** @description What was paid now, the year's cap and what it has redeemed, and how many still wait. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionQueueResult"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The redemption request. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `REDEMPTION_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestApproval"];
            };
        };
        responses: {
            /** @description The redemption request as it stands after this step. Status `approved`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `REDEMPTION_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestCancellation"];
            };
        };
        responses: {
            /** @description The redemption request as it stands after this step. Status `cancelled`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `REDEMPTION_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestCompletion"];
            };
        };
        responses: {
            /** @description The redemption request as it stands after this step. Status `completed` with the amount repaid, or `approved` with `queued: true`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `REDEMPTION_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`, `OPEN_REQUESTS_PENDING`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `EFFECTIVE_DATE_OUT_OF_ORDER`, `IDEMPOTENCY_KEY_REUSED`, `REDEMPTION_NOT_PAYABLE_YET`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectShareRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestRejection"];
            };
        };
        responses: {
            /** @description The redemption request as it stands after this step. Status `rejected`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `REDEMPTION_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createShareSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** @description The subscription entry, and the member’s balance right after it. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/capital-entries/{entry.id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalPostingResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `MEMBER_NOT_ELIGIBLE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `EFFECTIVE_DATE_OUT_OF_ORDER`, `IDEMPOTENCY_KEY_REUSED`, `SHARE_CAP_EXCEEDED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listShareTransfers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page (opaque; refused if altered). */
                cursor?: string;
                status?: components["schemas"]["CapitalRequestStatus"];
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
            /** @description One page of transfer requests, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestPage"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `INVALID_CURSOR`, `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["TransferCreate"];
            };
        };
        responses: {
            /** @description The new transfer request, in status `requested`. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/share-transfers/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `MEMBER_NOT_ELIGIBLE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`, `INSUFFICIENT_SHARES`, `MINIMUM_SHARES_REQUIRED`, `SHARES_NOT_PAID_UP`, `SHARE_CAP_EXCEEDED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The transfer request. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `TRANSFER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestApproval"];
            };
        };
        responses: {
            /** @description The transfer request as it stands after this step. Status `approved`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `TRANSFER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestCancellation"];
            };
        };
        responses: {
            /** @description The transfer request as it stands after this step. Status `cancelled`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `TRANSFER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestCompletion"];
            };
        };
        responses: {
            /** @description The transfer request as it stands after this step. Status `completed`, with the amount. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `TRANSFER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`, `MEMBER_NOT_ELIGIBLE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `EFFECTIVE_DATE_OUT_OF_ORDER`, `IDEMPOTENCY_KEY_REUSED`, `SHARE_CAP_EXCEEDED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectShareTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RequestRejection"];
            };
        };
        responses: {
            /** @description The transfer request as it stands after this step. Status `rejected`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapitalRequestResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `TRANSFER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`, `ILLEGAL_TRANSITION`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description My refund form. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOwnRefundPreference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RefundPreference"];
            };
        };
        responses: {
            /** @description My refund form. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The member’s refund form. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRefundPreference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["RefundPreference"];
            };
        };
        responses: {
            /** @description The member’s refund form. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPreferenceResponse"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `MEMBER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The users and their roles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoles"][];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; makes a retry safe. Any unique string (a UUID is a good choice) of 1 to 255 printable ASCII characters, no space; keys are per caller. A request with a key this caller already used, with the same method, path and body (members in any order), is not run again: it gets the first response, with `Idempotent-Replayed: true`, and changes nothing. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while the first request with the key is still running, another is 409 IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After` seconds). Only a successful response is kept: after an error the key is free for a corrected request. A key is remembered for 24 hours (unless the server is configured otherwise); after that it is new again. */
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
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description The user and their roles here. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description Where the new resource is read: /v1/cooperatives/{cooperativeId}/users/{userId}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoles"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state of the resource. Codes: `IDEMPOTENCY_KEY_IN_USE`. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation accepts. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but refused by a rule of the cooperative. Codes: `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cooperative (tenant). */
                cooperativeId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user and their roles here. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoles"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `USER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                role: components["schemas"]["Role"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user and all their roles here. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoles"];
                };
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `USER_NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                role: components["schemas"]["Role"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or a field of the body is invalid (`errors` lists each). Codes: `VALIDATION_FAILED`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is known but lacks the role or the API-key scope this operation needs. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller (another cooperative’s ids are answered the same way). Codes: `COOPERATIVE_NOT_FOUND`, `NOT_FOUND`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The caller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No credentials, or they are invalid or expired. `WWW-Authenticate` says which schemes are accepted. Codes: `TOKEN_EXPIRED`, `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable for the moment; retry after the seconds `Retry-After` gives. Codes: `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
