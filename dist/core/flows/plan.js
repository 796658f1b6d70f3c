import { createPublicKey } from "node:crypto";
import { proposalBody, removeMemberAction, setMemberAction, setMemberDataAction, setRecoveryThresholdAction } from "../proposals/actions.js";
import { sameJson, sameProposal } from "../proposals/compare.js";
import { RefusedError } from "./errors.js";
import { checkMembershipChange } from "./guards.js";
import { memberName } from "./member-name.js";
import { readLiveState } from "./live-state.js";
import { passProposal } from "./pass-proposal.js";
import { reporter } from "./progress.js";
import { resultOf } from "./remove-member.js";
/**
 * Compares `manifest` with the live service (two GETs: members — which also detects the API flavour —
 * and service info) and plans one proposal. Refuses (REFUSED) what the service would reject.
 */
export async function plan(client, manifest, options = {}) {
    const needsVersion = options.ccfVersion === undefined && manifest.members.some((m) => m.recoveryRole && m.recoveryRole !== "Participant");
    const live = await readLiveState(client, { version: needsVersion });
    return planAgainst(manifest, live, options.ccfVersion ?? live.ccfVersion);
}
/** The pure part of `plan`: manifest vs. a snapshot of the live state. */
export function planAgainst(manifest, live, ccfVersion) {
    const liveById = new Map(live.members.map((m) => [m.memberId, m]));
    const wanted = new Set(manifest.members.map((m) => m.memberId));
    const adds = [];
    const dataChanges = [];
    const encryptionKeyChanges = [];
    const keyRotations = [];
    const unchanged = [];
    const setMembers = [];
    const dataActions = [];
    const roleFor = (m) => {
        if (!m.recoveryRole)
            return undefined;
        // Participant is what an encryption key means anyway: only sent where the version is known to take it.
        if (m.recoveryRole === "Participant" && !(ccfVersion !== undefined && ccfVersion >= 6))
            return undefined;
        if (ccfVersion !== undefined && ccfVersion < 6) {
            throw new RefusedError(`manifest member '${m.name}': recovery_role ${m.recoveryRole} needs CCF 6.x or later (the service runs ${ccfVersion}.x)`);
        }
        return m.recoveryRole;
    };
    const leaving = live.members.filter((m) => !wanted.has(m.memberId));
    for (const m of manifest.members) {
        const current = liveById.get(m.memberId);
        const role = roleFor(m);
        if (!current) {
            const old = leaving.find((l) => memberName(l.memberData) === m.name);
            if (old)
                keyRotations.push({ name: m.name, oldMemberId: old.memberId, newMemberId: m.memberId });
            else
                adds.push({ name: m.name, memberId: m.memberId });
            setMembers.push({ ...m, recoveryRole: role });
            continue;
        }
        const liveRole = current.recoveryRole;
        const wantRole = role ?? (m.encryptionPublicKeyPem ? "Participant" : "NonParticipant");
        const keyChanged = !sameKey(current.encryptionPublicKeyPem, m.encryptionPublicKeyPem) || (Boolean(m.encryptionPublicKeyPem) && liveRole !== wantRole);
        const dataChanged = !sameJson(current.memberData, m.memberData);
        if (keyChanged || (dataChanged && m.memberData === null)) {
            // set_member again: the encryption key (and data, role) replaced; status back to Accepted.
            encryptionKeyChanges.push({ name: m.name, memberId: m.memberId });
            if (dataChanged)
                dataChanges.push({ name: m.name, memberId: m.memberId, from: current.memberData, to: m.memberData });
            setMembers.push({ ...m, recoveryRole: role });
        }
        else if (dataChanged) {
            dataChanges.push({ name: m.name, memberId: m.memberId, from: current.memberData, to: m.memberData });
            dataActions.push(setMemberDataAction(m.memberId, m.memberData));
        }
        else {
            unchanged.push({ name: m.name, memberId: m.memberId });
        }
    }
    const rotatedOut = new Set(keyRotations.map((r) => r.oldMemberId));
    const removals = leaving.filter((l) => !rotatedOut.has(l.memberId)).map((l) => ({ memberId: l.memberId, ...(memberName(l.memberData) ? { name: memberName(l.memberData) } : {}) }));
    const removeIds = leaving.map((l) => l.memberId);
    const thresholdFrom = live.service.recoveryThreshold;
    const recoveryThresholdChange = manifest.recoveryThreshold !== undefined && manifest.recoveryThreshold !== thresholdFrom ? { ...(thresholdFrom !== undefined ? { from: thresholdFrom } : {}), to: manifest.recoveryThreshold } : undefined;
    const actions = [
        ...setMembers.map((m) => setMemberAction({ certificatePem: m.certificatePem, encryptionPublicKeyPem: m.encryptionPublicKeyPem, memberData: m.memberData, recoveryRole: m.recoveryRole })),
        ...dataActions,
        ...removeIds.map((id) => removeMemberAction(id)),
        ...(recoveryThresholdChange ? [setRecoveryThresholdAction(recoveryThresholdChange.to)] : []),
    ];
    if (actions.length > 0) {
        const structural = setMembers.length > 0 || removeIds.length > 0 || recoveryThresholdChange;
        if (structural) {
            checkMembershipChange(live.members, live.service, {
                set: setMembers.map((m) => ({ memberId: m.memberId, label: `manifest member '${m.name}'`, hasEncryptionKey: Boolean(m.encryptionPublicKeyPem), recoveryRole: m.recoveryRole })),
                remove: removeIds,
                ...(recoveryThresholdChange ? { recoveryThreshold: recoveryThresholdChange.to } : {}),
            });
        }
        else if (live.service.status === "Recovering" || live.service.status === "WaitingForRecoveryShares") {
            throw new RefusedError(`the service is ${live.service.status}: membership changes are refused until recovery completes (the service reopens)`);
        }
    }
    return {
        manifest,
        adds,
        removals,
        dataChanges,
        keyRotations,
        encryptionKeyChanges,
        ...(recoveryThresholdChange ? { recoveryThresholdChange } : {}),
        unchanged,
        actions,
        body: proposalBody(...actions),
        empty: actions.length === 0,
        ...(ccfVersion !== undefined ? { ccfVersion } : {}),
    };
}
export function planChanges(plan) {
    return {
        empty: plan.empty,
        adds: plan.adds,
        removals: plan.removals,
        dataChanges: plan.dataChanges,
        keyRotations: plan.keyRotations,
        encryptionKeyChanges: plan.encryptionKeyChanges,
        ...(plan.recoveryThresholdChange ? { recoveryThresholdChange: plan.recoveryThresholdChange } : {}),
        unchanged: plan.unchanged,
    };
}
/**
 * Applies a plan as ONE proposal (atomic). Plans again against the live service first: nothing left to
 * do → nothing proposed (a re-run changes nothing); a different set of actions → REFUSED (plan again).
 */
export async function apply(client, planned, options) {
    const emit = reporter(options.onProgress);
    if (planned.empty) {
        emit({ step: "nothing-to-do", message: "the service already matches the manifest; nothing proposed" });
        return { state: "done", changed: false, plan: planned };
    }
    const live = await readLiveState(client, { proposals: true });
    const current = planAgainst(planned.manifest, live, planned.ccfVersion);
    if (current.empty) {
        emit({ step: "nothing-to-do", message: "the service already matches the manifest; nothing proposed" });
        return { state: "done", changed: false, plan: current };
    }
    if (!sameProposal(current.body, planned.body)) {
        throw new RefusedError("the service changed since this plan was made; run plan again and review it before applying");
    }
    const isDone = async () => planAgainst(planned.manifest, await readLiveState(client), planned.ccfVersion).empty;
    const passed = await passProposal(client, planned.body, { members: live.members, openProposals: live.openProposals, emit, isDone }, options);
    return { ...resultOf(passed), plan: planned };
}
function sameKey(a, b) {
    if (!a || !b)
        return !a && !b;
    try {
        const der = (pem) => createPublicKey(pem).export({ type: "spki", format: "der" });
        return der(a).equals(der(b));
    }
    catch {
        return a.trim() === b.trim();
    }
}
