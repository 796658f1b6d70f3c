// The governance steps the Member resource needs, as one small seam over the core (so the operations read
// as Pulumi translation only).
import { CcfConsortiumError, type GovernanceClient, type Member, type ProposalBody, type RecoveryRole, type Signer } from "../core/index.js";

const BALLOT_YES = "export function vote (proposal, proposerId) { return true }";

export interface Outcome {
  proposalId?: string;
  transactionId?: string;
}

export interface Voting {
  proposer: Signer;
  voters: Signer[];
}

export async function addMember(
  client: GovernanceClient,
  options: Voting & { certificate: string; encryptionPublicKey?: string; memberData?: Record<string, unknown>; recoveryRole?: RecoveryRole },
): Promise<Outcome> {
  const args: Record<string, unknown> = { cert: options.certificate };
  if (options.encryptionPublicKey) args.encryption_pub_key = options.encryptionPublicKey;
  if (options.memberData !== undefined) args.member_data = options.memberData;
  if (options.recoveryRole !== undefined) args.recovery_role = options.recoveryRole;
  return propose(client, { actions: [{ name: "set_member", args }] }, options);
}

export async function setMemberData(client: GovernanceClient, options: Voting & { memberId: string; memberData: Record<string, unknown> }): Promise<Outcome> {
  return propose(client, { actions: [{ name: "set_member_data", args: { member_id: options.memberId, member_data: options.memberData } }] }, options);
}

export async function removeMember(client: GovernanceClient, options: Voting & { memberId: string }): Promise<Outcome> {
  return propose(client, { actions: [{ name: "remove_member", args: { member_id: options.memberId } }] }, options);
}

async function propose(client: GovernanceClient, body: ProposalBody, { proposer, voters }: Voting): Promise<Outcome> {
  const created = await client.createProposal(proposer, body);
  let proposal = created.proposal;
  let transactionId = created.transactionId;
  for (const voter of voters) {
    if (proposal.state !== "Open") break;
    const ballot = await client.submitBallot(voter, proposal.proposalId, BALLOT_YES);
    proposal = ballot.value;
    transactionId = ballot.transactionId ?? transactionId;
  }
  if (proposal.state !== "Accepted") {
    const why = proposal.failure?.reason ? `: ${proposal.failure.reason}` : proposal.state === "Open" ? " (not enough ballots from the voters)" : "";
    throw new CcfConsortiumError("PROPOSAL_FAILED", `proposal ${proposal.proposalId} is ${proposal.state}${why}`);
  }
  return { proposalId: proposal.proposalId, transactionId };
}

/** update state digest + ack, repeated when the digest moved in between. */
export async function activateMember(client: GovernanceClient, signer: Signer): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    const { value } = await client.updateStateDigest(signer);
    try {
      const { transactionId } = await client.ackStateDigest(signer, value.stateDigest);
      return { transactionId };
    } catch (err) {
      if ((err as { ccfCode?: string }).ccfCode !== "StateDigestMismatch" || attempt >= 3) throw err;
    }
  }
}

export async function waitForActive(client: GovernanceClient, memberId: string, timeoutMs = 60_000): Promise<Member> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const member = await client.getMember(memberId);
    if (member?.status === "Active") return member;
    if (Date.now() >= deadline) throw new CcfConsortiumError("TIMEOUT", `member ${memberId} is not Active after ${timeoutMs / 1000} s (status ${member?.status ?? "absent"})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
