import type { GovernanceClient } from "../../core/client/governance-client.js";
import type { ApiFlavour, Member, MemberStatus, RecoveryRole, ServiceInfo } from "../../core/client/model.js";
import { renderTable, shortId } from "./table.js";

/** One member as the `members` command (and the demo) shows it. */
export interface MemberView {
  memberId: string;
  name?: string;
  status: MemberStatus;
  recoveryRole: RecoveryRole;
  /** For members with an encryption key: whether the service holds an encrypted recovery share for it. */
  recoveryShare: "issued" | "none" | "n/a";
  memberData: unknown;
  certificatePem: string;
  encryptionPublicKeyPem?: string;
}

export interface MembersView {
  api: ApiFlavour;
  service: Pick<ServiceInfo, "status" | "recoveryThreshold" | "recoveryCount">;
  members: MemberView[];
}

const SHARE_READS_IN_FLIGHT = 16;

/** Members, service status and, for each member with an encryption key, whether its share is issued. */
export async function readMembersView(client: GovernanceClient): Promise<MembersView> {
  const api = await client.api();
  const [members, service] = await Promise.all([client.listMembers(), client.getServiceInfo()]);
  const withKey = members.filter((m) => m.encryptionPublicKeyPem);
  const issued = new Set<string>();
  for (let i = 0; i < withKey.length; i += SHARE_READS_IN_FLIGHT) {
    const batch = withKey.slice(i, i + SHARE_READS_IN_FLIGHT);
    const shares = await Promise.all(batch.map((m) => client.getEncryptedShare(m.memberId)));
    shares.forEach((s, j) => s && issued.add(batch[j]!.memberId));
  }
  return {
    api,
    service: { status: service.status, recoveryCount: service.recoveryCount, ...(service.recoveryThreshold !== undefined ? { recoveryThreshold: service.recoveryThreshold } : {}) },
    members: members.sort(byName).map((m) => toView(m, issued)),
  };
}

function toView(m: Member, issued: Set<string>): MemberView {
  const name = nameOf(m.memberData);
  return {
    memberId: m.memberId,
    ...(name ? { name } : {}),
    status: m.status,
    recoveryRole: m.recoveryRole,
    recoveryShare: m.encryptionPublicKeyPem ? (issued.has(m.memberId) ? "issued" : "none") : "n/a",
    memberData: m.memberData,
    certificatePem: m.certificatePem,
    ...(m.encryptionPublicKeyPem ? { encryptionPublicKeyPem: m.encryptionPublicKeyPem } : {}),
  };
}

function byName(a: Member, b: Member): number {
  const an = nameOf(a.memberData) ?? "\uffff";
  const bn = nameOf(b.memberData) ?? "\uffff";
  return an === bn ? a.memberId.localeCompare(b.memberId) : an.localeCompare(bn);
}

function nameOf(data: unknown): string | undefined {
  return data && typeof data === "object" && typeof (data as { name?: unknown }).name === "string" ? (data as { name: string }).name : undefined;
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
