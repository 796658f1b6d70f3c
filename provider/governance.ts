// The core flows the Member resource uses, with the one translation Pulumi needs: a proposal left Open
// (the voters given are not a majority of the Active members, and `waitForAcceptance` ran out) fails the
// step with a message naming the proposal and who must vote; the next `pulumi up` runs the same flow, which
// adopts that Open proposal (the core finds it by its actions) instead of proposing again, and completes
// once it is Accepted: one proposal per change, across runs. Waiting progress goes to the engine's log.
import {
  ProposalPendingError,
  activateMember as activateFlow,
  addMember as addFlow,
  CcfConsortiumError,
  removeMember as removeFlow,
  setMemberData as setDataFlow,
  type ChangeResult,
  type GovernanceClient,
  type Member,
  type ProgressEvent,
  type RecoveryRole,
  type Signer,
  type StateReader,
} from "../core/index.js";

export interface Outcome {
  proposalId?: string;
  transactionId?: string;
}

export interface Voting {
  proposer: Signer;
  voters: Signer[];
  /** How long to wait for other members' ballots (ms); 0: fail at once while the proposal is Open. */
  waitMs?: number;
}

/** Poll interval while waiting for other members' ballots. */
const POLL_MS = 1_000;

const NEXT =
  "Each votes with 'ccf-consortium vote --proposal-id <id>' (or the vote workflow); the next 'pulumi up' adopts this proposal (never a second one) and completes once it is Accepted. Or set waitForAcceptance (seconds) to wait for their ballots.";

function passed(what: string, result: ChangeResult): Outcome {
  if (result.state === "pending") throw new ProposalPendingError(what, result, NEXT.replace("<id>", result.proposalId));
  return { proposalId: result.proposalId, transactionId: result.transactionId };
}

/** Waiting progress through the engine's log (the host's console when no engine is attached). */
function engineLog(event: ProgressEvent): void {
  if (event.step !== "waiting-for-ballots" && event.step !== "awaiting-votes" && event.step !== "proposal-accepted") return;
  void import("@pulumi/pulumi")
    .then((pulumi) => pulumi.log.info(`ccf-consortium: ${event.message}`))
    .catch(() => undefined);
}

function waiting(voting: Voting) {
  return { waitMs: voting.waitMs ?? 0, pollMs: POLL_MS, onProgress: engineLog };
}

export async function addMember(
  client: GovernanceClient,
  options: Voting & { certificate: string; encryptionPublicKey?: string; memberData?: Record<string, unknown>; recoveryRole?: RecoveryRole; state?: StateReader },
): Promise<Outcome> {
  const result = await addFlow(client, {
    certificatePem: options.certificate,
    encryptionPublicKeyPem: options.encryptionPublicKey,
    memberData: options.memberData,
    recoveryRole: options.recoveryRole,
    proposer: options.proposer,
    voters: options.voters,
    state: options.state,
    ...waiting(options),
  });
  return passed(`adding member ${result.memberId}`, result);
}

export async function setMemberData(client: GovernanceClient, options: Voting & { memberId: string; memberData: Record<string, unknown> }): Promise<Outcome> {
  return passed(`setting the data of member ${options.memberId}`, await setDataFlow(client, { ...options, ...waiting(options) }));
}

export async function removeMember(client: GovernanceClient, options: Voting & { memberId: string }): Promise<Outcome> {
  return passed(`removing member ${options.memberId}`, await removeFlow(client, { ...options, ...waiting(options) }));
}

export async function activateMember(client: GovernanceClient, signer: Signer): Promise<Outcome> {
  const { transactionId } = await activateFlow(client, signer);
  return { transactionId };
}

/** Polls until the member is Active (acked by itself or out of band). */
export async function waitForActive(client: GovernanceClient, memberId: string, timeoutMs = 120_000): Promise<Member> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const member = await client.getMember(memberId);
    if (member?.status === "Active") return member;
    if (Date.now() >= deadline) {
      throw new CcfConsortiumError("TIMEOUT", `member ${memberId} is not Active after ${timeoutMs / 1000} s (status ${member?.status ?? "absent"}); it must ack the state digest`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
