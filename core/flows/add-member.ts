import type { Signer } from "../cose/index.js";
import type { GovernanceClient } from "../client/governance-client.js";
import type { MemberStatus, RecoveryRole } from "../client/model.js";
import { loadEncryptionPublicKey, memberIdOf } from "../identity/index.js";
import { proposalBody, setMemberAction } from "../proposals/actions.js";
import { RefusedError } from "./errors.js";
import { checkMembershipChange } from "./guards.js";
import { readLiveState } from "./live-state.js";
import { passProposal } from "./pass-proposal.js";
import { reporter, type ProgressListener } from "./progress.js";

export interface AddMemberOptions {
  certificatePem: string;
  encryptionPublicKeyPem?: string;
  memberData?: unknown;
  /** CCF 6.x+; Participant (the default with an encryption key) is left implicit on older versions. */
  recoveryRole?: RecoveryRole;
  proposer: Signer;
  voters: Signer[];
  waitForCommit?: boolean;
  commitTimeoutMs?: number;
  onProgress?: ProgressListener;
}

export interface AddMemberResult {
  memberId: string;
  /** The member's status, or "Proposed" while the proposal is Open waiting for more ballots. */
  status: MemberStatus | "Proposed";
  proposalId?: string;
  transactionId?: string;
  /** A set_member proposal was passed by this call (false: the member was already there). */
  created: boolean;
}

/**
 * Registers a member by proposal and ballots. Already present (same certificate) → reports its status
 * and proposes nothing. Else reuses an identical Open proposal or proposes set_member once, and votes.
 */
export async function addMember(client: GovernanceClient, options: AddMemberOptions): Promise<AddMemberResult> {
  const emit = reporter(options.onProgress);
  const memberId = memberIdOf(options.certificatePem, "certificate");
  if (options.encryptionPublicKeyPem) loadEncryptionPublicKey(options.encryptionPublicKeyPem, "encryption public key");
  if (options.recoveryRole && !options.encryptionPublicKeyPem) {
    throw new RefusedError(`recovery_role ${options.recoveryRole} needs an encryption public key (CCF: "Cannot specify a recovery_role value when encryption_pub_key is not specified")`);
  }
  const explicitRole = options.recoveryRole && options.recoveryRole !== "Participant";
  const live = await readLiveState(client, { proposals: true, version: Boolean(options.recoveryRole) });
  emit({ step: "read-state", message: `${live.members.length} members, service ${live.service.status}` });

  const present = live.members.find((m) => m.memberId === memberId);
  if (present) {
    emit({ step: "member-present", message: `member ${memberId} is already ${present.status}; nothing proposed`, memberId });
    return { memberId, status: present.status, created: false };
  }

  let recoveryRole = options.recoveryRole;
  if (recoveryRole && live.ccfVersion !== undefined && live.ccfVersion < 6 && explicitRole) {
    throw new RefusedError(`recovery_role ${recoveryRole} needs CCF 6.x or later (the service runs ${live.ccfVersion}.x)`);
  }
  // Participant is what an encryption key means anyway: only sent where the version is known to take it.
  if (recoveryRole === "Participant" && !(live.ccfVersion !== undefined && live.ccfVersion >= 6)) recoveryRole = undefined;
  checkMembershipChange(live.members, live.service, {
    set: [{ memberId, label: `member ${memberId}`, hasEncryptionKey: Boolean(options.encryptionPublicKeyPem), recoveryRole }],
    remove: [],
  });

  const body = proposalBody(
    setMemberAction({ certificatePem: options.certificatePem, encryptionPublicKeyPem: options.encryptionPublicKeyPem, memberData: options.memberData, recoveryRole }),
  );
  const passed = await passProposal(client, body, { members: live.members, openProposals: live.openProposals, emit }, options);
  return {
    memberId,
    status: passed.state === "Accepted" ? "Accepted" : "Proposed",
    proposalId: passed.proposalId,
    ...(passed.transactionId ? { transactionId: passed.transactionId } : {}),
    created: passed.state === "Accepted",
  };
}
