import { loadEncryptionPublicKey, memberIdOf } from "../identity/index.js";
import { proposalBody, setMemberAction } from "../proposals/actions.js";
import { RefusedError } from "./errors.js";
import { checkMembershipChange } from "./guards.js";
import { readLiveState } from "./live-state.js";
import { passProposal } from "./pass-proposal.js";
import { reporter } from "./progress.js";
import { resultOf } from "./remove-member.js";
/**
 * Registers a member by proposal and ballots. Already present (same certificate) → reports its status
 * and proposes nothing. Else reuses an identical Open proposal or proposes set_member once, and votes.
 */
export async function addMember(client, options) {
    const emit = reporter(options.onProgress);
    const memberId = memberIdOf(options.certificatePem, "certificate");
    if (options.encryptionPublicKeyPem)
        loadEncryptionPublicKey(options.encryptionPublicKeyPem, "encryption public key");
    if (options.recoveryRole && !options.encryptionPublicKeyPem) {
        throw new RefusedError(`recovery_role ${options.recoveryRole} needs an encryption public key (CCF: "Cannot specify a recovery_role value when encryption_pub_key is not specified")`);
    }
    const explicitRole = options.recoveryRole && options.recoveryRole !== "Participant";
    const state = options.state;
    // The oldest read a decision to propose may rest on (see StateReaderOptions.maxStaleMs).
    const since = state ? state.now() - state.maxStaleMs : 0;
    let live;
    if (state) {
        live = await state.snapshot();
        if (options.recoveryRole) {
            const ccfVersion = await client.ccfVersion();
            if (ccfVersion !== undefined)
                live = { ...live, ccfVersion };
        }
    }
    else {
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
    if (recoveryRole === "Participant" && !(live.ccfVersion !== undefined && live.ccfVersion >= 6))
        recoveryRole = undefined;
    checkMembershipChange(live.members, live.service, {
        set: [{ memberId, label: `member ${memberId}`, hasEncryptionKey: Boolean(options.encryptionPublicKeyPem), recoveryRole }],
        remove: [],
    });
    const body = proposalBody(setMemberAction({ certificatePem: options.certificatePem, encryptionPublicKeyPem: options.encryptionPublicKeyPem, memberData: options.memberData, recoveryRole }));
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
    const passed = await passProposal(client, body, {
        members: live.members,
        openProposals: live.openProposals,
        emit,
        ...(state ? { onProposal: (p) => state.noteProposal(p), onCreateFailed: () => state.invalidate() } : {}),
        isDone: async () => (await client.getMember(memberId)) !== undefined,
    }, options);
    if (passed.state === "pending")
        return { memberId, status: "Proposed", created: false, ...resultOf(passed) };
    if (state)
        state.noteMember(memberId, declaredMember(memberId, options, recoveryRole));
    return { memberId, status: "Accepted", created: true, ...resultOf(passed) };
}
/** The member as set_member just registered it. */
function declaredMember(memberId, options, recoveryRole) {
    return {
        memberId,
        status: "Accepted",
        certificatePem: options.certificatePem,
        ...(options.encryptionPublicKeyPem ? { encryptionPublicKeyPem: options.encryptionPublicKeyPem } : {}),
        memberData: options.memberData ?? null,
        recoveryRole: recoveryRole ?? (options.encryptionPublicKeyPem ? "Participant" : "NonParticipant"),
    };
}
