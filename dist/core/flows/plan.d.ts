import type { GovernanceClient } from "../client/governance-client.js";
import type { ProposalAction, ProposalBody } from "../client/model.js";
import { type LiveState } from "./live-state.js";
import type { Manifest } from "./manifest.js";
import { type VotingOptions } from "./pass-proposal.js";
import { type ProgressListener } from "./progress.js";
import { type ChangeResult } from "./remove-member.js";
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
    removals: {
        memberId: string;
        name?: string;
    }[];
    /** Same member, new member_data (set_member_data; set_member when the data becomes null). */
    dataChanges: (PlannedMember & {
        from: unknown;
        to: unknown;
    })[];
    /** Same name, new certificate: remove the old member and add the new one. */
    keyRotations: {
        name: string;
        oldMemberId: string;
        newMemberId: string;
    }[];
    /** Same certificate, encryption key or recovery role changed: set_member again (the member must re-ack). */
    encryptionKeyChanges: PlannedMember[];
    recoveryThresholdChange?: {
        from?: number;
        to: number;
    };
    unchanged: PlannedMember[];
    /** All actions, in the order they are proposed (one atomic proposal). */
    actions: ProposalAction[];
    body: ProposalBody;
    /** True when the service already matches the manifest. */
    empty: boolean;
    /** CCF major version the plan was made for, when known (decides recovery_role). */
    ccfVersion?: number;
}
/**
 * Compares `manifest` with the live service (two GETs: members — which also detects the API flavour —
 * and service info) and plans one proposal. Refuses (REFUSED) what the service would reject.
 */
export declare function plan(client: GovernanceClient, manifest: Manifest, options?: {
    ccfVersion?: number;
}): Promise<Plan>;
/** The pure part of `plan`: manifest vs. a snapshot of the live state. */
export declare function planAgainst(manifest: Manifest, live: Pick<LiveState, "members" | "service">, ccfVersion?: number): Plan;
/** What a plan changes, as plain data (no manifest, no proposal body): what the faces show and output. */
export type PlanChanges = Pick<Plan, "empty" | "adds" | "removals" | "dataChanges" | "keyRotations" | "encryptionKeyChanges" | "recoveryThresholdChange" | "unchanged">;
export declare function planChanges(plan: Plan): PlanChanges;
export interface ApplyOptions extends VotingOptions {
    onProgress?: ProgressListener;
}
/**
 * Applies a plan as ONE proposal (atomic). Plans again against the live service first: nothing left to
 * do → nothing proposed (a re-run changes nothing); a different set of actions → REFUSED (plan again).
 */
export declare function apply(client: GovernanceClient, planned: Plan, options: ApplyOptions): Promise<ChangeResult & {
    plan: Plan;
}>;
