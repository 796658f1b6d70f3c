import { createPublicKey } from "node:crypto";
import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, ProposalAction, ProposalBody, RecoveryRole } from "../client/model.js";
import { proposalBody, removeMemberAction, setMemberAction, setMemberDataAction, setRecoveryThresholdAction } from "../proposals/actions.js";
import { sameJson, sameProposal } from "../proposals/compare.js";
import { RefusedError } from "./errors.js";
import { checkMembershipChange } from "./guards.js";
import { memberName } from "./member-name.js";
import { readLiveState, type LiveState } from "./live-state.js";
import type { Manifest, ManifestMember } from "./manifest.js";
import { passProposal, type VotingOptions } from "./pass-proposal.js";
import { reporter, type ProgressListener } from "./progress.js";
import { resultOf, type ChangeResult } from "./remove-member.js";
import { validateProposalLocally } from "./validate-proposal.js";

export interface PlannedMember {
  name: string;
  memberId: string;
}

/** The difference between a manifest and the live service, and the ONE proposal that closes it. */
export interface Plan {
  manifest: Manifest;
  /** Members to register (set_member). */
  adds: PlannedMember[];
  /** Live members not in the manifest (remove_member). */
  removals: { memberId: string; name?: string }[];
  /** Same member, new member_data (set_member_data; set_member when the data becomes null). */
  dataChanges: (PlannedMember & { from: unknown; to: unknown })[];
  /** Same name, new certificate: remove the old member and add the new one. */
  keyRotations: { name: string; oldMemberId: string; newMemberId: string }[];
  /** Same certificate, encryption key or recovery role changed: set_member again (the member must re-ack). */
  encryptionKeyChanges: PlannedMember[];
  recoveryThresholdChange?: { from?: number; to: number };
  unchanged: PlannedMember[];
  /** All actions, in the order they are proposed (one atomic proposal). */
  actions: ProposalAction[];
  body: ProposalBody;
  /** True when the service already matches the manifest. */
  empty: boolean;
  /** CCF major version the plan was made for, when known (decides recovery_role). */
  ccfVersion?: number;
  /** The live constitution's verdict on the proposal (`plan(..., { validate: true })`, non-empty plans). */
  validation?: { valid: boolean; description: string };
}

/**
 * Compares `manifest` with the live service (two GETs: members — which also detects the API flavour —
 * and service info) and plans one proposal. Refuses (REFUSED) what the service would reject. With
 * `validate`, a non-empty plan also carries the live constitution's verdict on its proposal
 * (`validateProposalLocally`: the constitution, the node's version and the tables validate() reads).
 */
export async function plan(client: GovernanceClient, manifest: Manifest, options: { ccfVersion?: number; validate?: boolean } = {}): Promise<Plan> {
  const needsVersion = options.ccfVersion === undefined && manifest.members.some((m) => m.recoveryRole && m.recoveryRole !== "Participant");
  const live = await readLiveState(client, { version: needsVersion });
  const planned = planAgainst(manifest, live, options.ccfVersion ?? live.ccfVersion);
  if (options.validate && !planned.empty) {
    const { valid, description } = await validateProposalLocally(client, planned.body);
    planned.validation = { valid, description };
  }
  return planned;
}

/** The pure part of `plan`: manifest vs. a snapshot of the live state. */
export function planAgainst(manifest: Manifest, live: Pick<LiveState, "members" | "service">, ccfVersion?: number): Plan {
  const liveById = new Map(live.members.map((m) => [m.memberId, m]));
  const wanted = new Set(manifest.members.map((m) => m.memberId));
  const adds: PlannedMember[] = [];
  const dataChanges: Plan["dataChanges"] = [];
  const encryptionKeyChanges: PlannedMember[] = [];
  const keyRotations: Plan["keyRotations"] = [];
  const unchanged: PlannedMember[] = [];
  const setMembers: ManifestMember[] = [];
  const dataActions: ProposalAction[] = [];

  const roleFor = (m: ManifestMember): RecoveryRole | undefined => {
    if (!m.recoveryRole) return undefined;
    // Participant is what an encryption key means anyway: only sent where the version is known to take it.
    if (m.recoveryRole === "Participant" && !(ccfVersion !== undefined && ccfVersion >= 6)) return undefined;
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
      if (old) keyRotations.push({ name: m.name, oldMemberId: old.memberId, newMemberId: m.memberId });
      else adds.push({ name: m.name, memberId: m.memberId });
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
      if (dataChanged) dataChanges.push({ name: m.name, memberId: m.memberId, from: current.memberData, to: m.memberData });
      setMembers.push({ ...m, recoveryRole: role });
    } else if (dataChanged) {
      dataChanges.push({ name: m.name, memberId: m.memberId, from: current.memberData, to: m.memberData });
      dataActions.push(setMemberDataAction(m.memberId, m.memberData));
    } else {
      unchanged.push({ name: m.name, memberId: m.memberId });
    }
  }
  const rotatedOut = new Set(keyRotations.map((r) => r.oldMemberId));
  const removals = leaving.filter((l) => !rotatedOut.has(l.memberId)).map((l) => ({ memberId: l.memberId, ...(memberName(l.memberData) ? { name: memberName(l.memberData) } : {}) }));
  const removeIds = leaving.map((l) => l.memberId);

  const thresholdFrom = live.service.recoveryThreshold;
  const recoveryThresholdChange = manifest.recoveryThreshold !== undefined && manifest.recoveryThreshold !== thresholdFrom ? { ...(thresholdFrom !== undefined ? { from: thresholdFrom } : {}), to: manifest.recoveryThreshold } : undefined;

  const actions: ProposalAction[] = [
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
    } else if (live.service.status === "Recovering" || live.service.status === "WaitingForRecoveryShares") {
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

/** What a plan changes, as plain data (no manifest, no proposal body): what the faces show and output. */
export type PlanChanges = Pick<Plan, "empty" | "adds" | "removals" | "dataChanges" | "keyRotations" | "encryptionKeyChanges" | "recoveryThresholdChange" | "unchanged">;

export function planChanges(plan: Plan): PlanChanges {
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

export interface ApplyOptions extends VotingOptions {
  onProgress?: ProgressListener;
  /** Run the live constitution's validate() on the proposal before signing it (default true). */
  localValidation?: boolean;
}

/**
 * Applies a plan as ONE proposal (atomic). Plans again against the live service first: nothing left to
 * do → nothing proposed (a re-run changes nothing); a different set of actions → REFUSED (plan again).
 */
export async function apply(client: GovernanceClient, planned: Plan, options: ApplyOptions): Promise<ChangeResult & { plan: Plan }> {
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
  if (options.localValidation !== false) {
    const verdict = await validateProposalLocally(client, planned.body);
    if (!verdict.valid) throw new RefusedError(`the live constitution's validate() refuses this proposal (nothing signed): ${verdict.description.trimEnd()}`);
  }
  const isDone = async () => planAgainst(planned.manifest, await readLiveState(client), planned.ccfVersion).empty;
  const passed = await passProposal(client, planned.body, { members: live.members, openProposals: live.openProposals, emit, isDone }, options);
  return { ...resultOf(passed), plan: planned };
}

function sameKey(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return !a && !b;
  try {
    const der = (pem: string) => createPublicKey(pem).export({ type: "spki", format: "der" });
    return der(a).equals(der(b));
  } catch {
    return a.trim() === b.trim();
  }
}
