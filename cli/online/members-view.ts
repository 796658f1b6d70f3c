import type { GovernanceClient } from "../../core/client/governance-client.js";
import type { ApiFlavour, MemberStatus, RecoveryRole, ServiceInfo } from "../../core/client/model.js";
import { listMembersWithShares, type MemberWithShare, type RecoveryShareState } from "../../core/flows/member-shares.js";
import { memberName } from "../../core/flows/member-name.js";
import { renderTable, shortId } from "./table.js";

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
export async function readMembersView(client: GovernanceClient): Promise<MembersView> {
  // The members list settles the API flavour (its reply is the list): ask for the flavour after it.
  const [members, service] = await Promise.all([listMembersWithShares(client), client.getServiceInfo()]);
  const api = await client.api();
  return {
    api,
    service: { status: service.status, recoveryCount: service.recoveryCount, ...(service.recoveryThreshold !== undefined ? { recoveryThreshold: service.recoveryThreshold } : {}) },
    members: members.sort(byName).map(toView),
  };
}

function toView(m: MemberWithShare): MemberView {
  const name = memberName(m.memberData);
  return {
    memberId: m.memberId,
    ...(name ? { name } : {}),
    status: m.status,
    recoveryRole: m.recoveryRole,
    recoveryShare: m.recoveryShare,
    memberData: m.memberData,
    certificatePem: m.certificatePem,
    ...(m.encryptionPublicKeyPem ? { encryptionPublicKeyPem: m.encryptionPublicKeyPem } : {}),
  };
}

function byName(a: MemberWithShare, b: MemberWithShare): number {
  const an = memberName(a.memberData) ?? "\uffff";
  const bn = memberName(b.memberData) ?? "\uffff";
  return an === bn ? a.memberId.localeCompare(b.memberId) : an.localeCompare(bn);
}

/** The service line and the members table. `short` shortens ids (the demo); the command shows them whole. */
export function renderMembers(view: MembersView, options: { short?: boolean } = {}): string {
  const threshold = view.service.recoveryThreshold !== undefined ? `, recovery threshold ${view.service.recoveryThreshold}` : "";
  const head = `Service ${view.service.status} (API ${view.api}${threshold}): ${view.members.length} member${view.members.length === 1 ? "" : "s"}`;
  const rows = view.members.map((m) => [
    options.short ? shortId(m.memberId) : m.memberId,
    m.name ?? "-",
    m.status,
    m.recoveryRole,
    m.recoveryShare === "n/a" ? "-" : m.recoveryShare,
  ]);
  return `${head}\n${renderTable(["MEMBER ID", "NAME", "STATUS", "RECOVERY ROLE", "RECOVERY SHARE"], rows)}`;
}
