import type { GovernanceClient } from "../../core/client/governance-client.js";
import type { ApiFlavour, MemberStatus, RecoveryRole, ServiceInfo } from "../../core/client/model.js";
import { type RecoveryShareState } from "../../core/flows/member-shares.js";
/** One member as the `members` command (and the demo) shows it. */
export interface MemberView {
    memberId: string;
    name?: string;
    status: MemberStatus;
    recoveryRole: RecoveryRole;
    /** For members with an encryption key: whether the service holds an encrypted recovery share for it. */
    recoveryShare: RecoveryShareState;
    memberData: unknown;
    certificatePem: string;
    encryptionPublicKeyPem?: string;
}
export interface MembersView {
    api: ApiFlavour;
    service: Pick<ServiceInfo, "status" | "recoveryThreshold" | "recoveryCount">;
    members: MemberView[];
}
/** Members, service status and, for each member with an encryption key, whether its share is issued. */
export declare function readMembersView(client: GovernanceClient): Promise<MembersView>;
/** The service line and the members table. `short` shortens ids (the demo); the command shows them whole. */
export declare function renderMembers(view: MembersView, options?: {
    short?: boolean;
}): string;
