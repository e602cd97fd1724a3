/**
 * Governance in the mix: votes on the stage's open ballots (one secret, one roll-call), each voter for themselves and
 * as proxy holder for one member; every vote has its participation, cast by the voter (with the proxy when one is
 * used), and a roll-call vote its named selection.
 */
import { exists, type Check, type MixEntry, type Step } from './journal.js';
import { post } from './http.js';
import { coopPath, type World } from './world.js';

export function governanceMix(world: World): MixEntry[] {
  const vote = (): Step | undefined => {
    const next = world.pools.votes.shift();
    if (!next) return undefined;
    const selection = Math.random() < 0.7 ? 'yes' : 'no';
    const memberId = next.onBehalfOf ?? next.voterId;
    return {
      module: 'governance',
      write: post(next.token, `${coopPath(world)}/ballots/${next.ballotId}/votes`, {
        selection,
        ...(next.onBehalfOf ? { onBehalfOfMemberId: next.onBehalfOf } : {}),
      }),
      acknowledged() {
        const checks: Check[] = [
          exists(
            `the participation (${next.onBehalfOf ? 'by proxy' : 'own'})`,
            'ballot_participations',
            'ballot_id = $1 AND member_id = $2 AND cast_by_member_id = $3 AND (proxy_id IS NOT NULL) = $4',
            [next.ballotId, memberId, next.voterId, next.onBehalfOf !== undefined],
          ),
        ];
        if (!next.secret) {
          checks.push(
            exists(`the roll-call vote "${selection}"`, 'ballot_roll_call_votes', ROLL_CALL, [
              next.ballotId,
              memberId,
              selection,
            ]),
          );
        }
        return checks;
      },
    };
  };
  return [{ weight: 2, next: vote }];
}

const ROLL_CALL = "ballot_id = $1 AND member_id = $2 AND selection #>> '{}' = $3";
