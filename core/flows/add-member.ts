import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, MemberStatus, RecoveryRole } from "../client/model.js";
import { loadEncryptionPublicKey, memberIdOf } from "../identity/index.js";
import { proposalBody, setMemberAction } from "../proposals/actions.js";
import { RefusedError } from "./errors.js";
import { checkMembershipChange } from "./guards.js";
import { readLiveState, type LiveState } from "./live-state.js";
import { passProposal, type VotingOptions } from "./pass-proposal.js";
import { reporter, type ProgressListener } from "./progress.js";
import type { StateReader } from "./state-reader.js";
import { resultOf, type ChangeResult } from "./remove-member.js";

export interface AddMemberOptions extends VotingOptions {
  certificatePem: string;
  encryptionPublicKeyPem?: string;
  memberData?: unknown;
  /** CCF 6.x+; Participant (the default with an encryption key) is left implicit on older versions. */
  recoveryRole?: RecoveryRole;
  onProgress?: ProgressListener;
  /**
   * A shared view of the live state (one process, many flows): decides on it instead of reading the
   * service afresh, and records this call's writes in it. Absence is confirmed by a read begun after
   * this call started (shared by concurrent callers) before anything is proposed. Default: read fresh.
   */
  state?: StateReader;
}

/**
 * `done` with the member's status, or `pending` ("Proposed": its proposal is Open, waiting for other
 * members' ballots; who has not voted and how many ballots are still needed are in the outcome).
 */
export type AddMemberResult = ChangeResult & {
  memberId: string;
  /** The member's status, or "Proposed" while the proposal is Open waiting for more ballots. */
  status: MemberStatus | "Proposed";
  /** A set_member proposal was passed by this call (false: the member was already there, or pending). */
  created: boolean;
};

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
  const state = options.state;
  // The oldest read a decision to propose may rest on (see StateReaderOptions.maxStaleMs).
  const since = state ? state.now() - state.maxStaleMs : 0;
  let live: LiveState & { readAt?: number };
  if (state) {
    live = await state.snapshot();
    if (options.recoveryRole) {
      const ccfVersion = await client.ccfVersion();
      if (ccfVersion !== undefined) live = { ...live, ccfVersion };
    }
  } else {
    live = await readLiveState(client, { proposals: true, version: Boolean(options.recoveryRole) });
  }
  emit({ step: "read-state", message: `${live.members.length} members, service ${live.service.status}` });

  const present = live.members.find((m) => m.memberId === memberId);
  if (present) {
    emit({ step: "member-present", message: `member ${memberId} is already ${present.status}; nothing proposed`, memberId });
    return { memberId, state: "done", status: present.status, created: false, changed: false };
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
  if (state && live.readAt !== undefined && live.readAt < since) {
    // The shared view predates this call: before proposing, confirm on a read begun since (one for all
    // concurrent callers) that nobody added the member or proposed it meanwhile.
    const [found] = await client.findOpenProposals(body, { among: live.openProposals });
    if (!found) {
      const confirmed = await state.fresh(since);
      live = { ...confirmed, ...(live.ccfVersion !== undefined ? { ccfVersion: live.ccfVersion } : {}) };
      const now = live.members.find((m) => m.memberId === memberId);
      if (now) {
        emit({ step: "member-present", message: `member ${memberId} is already ${now.status}; nothing proposed`, memberId });
        return { memberId, state: "done", status: now.status, created: false, changed: false };
      }
      checkMembershipChange(live.members, live.service, {
        set: [{ memberId, label: `member ${memberId}`, hasEncryptionKey: Boolean(options.encryptionPublicKeyPem), recoveryRole }],
        remove: [],
      });
    }
  }
  const passed = await passProposal(
    client,
    body,
    {
      members: live.members,
      openProposals: live.openProposals,
      emit,
      ...(state ? { onProposal: (p) => state.noteProposal(p), onCreateFailed: () => state.invalidate() } : {}),
      isDone: async () => (await client.getMember(memberId)) !== undefined,
    },
    options,
  );
  if (passed.state === "pending") return { memberId, status: "Proposed", created: false, ...resultOf(passed) };
  if (state) state.noteMember(memberId, declaredMember(memberId, options, recoveryRole));
  return { memberId, status: "Accepted", created: true, ...resultOf(passed) };
}

/** The member as set_member just registered it. */
function declaredMember(memberId: string, options: AddMemberOptions, recoveryRole: RecoveryRole | undefined): Member {
  return {
    memberId,
    status: "Accepted",
    certificatePem: options.certificatePem,
    ...(options.encryptionPublicKeyPem ? { encryptionPublicKeyPem: options.encryptionPublicKeyPem } : {}),
    memberData: options.memberData ?? null,
    recoveryRole: recoveryRole ?? (options.encryptionPublicKeyPem ? "Participant" : "NonParticipant"),
  };
}
