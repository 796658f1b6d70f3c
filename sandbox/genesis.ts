/**
 * A new service: service identity (secp384r1, self-signed, "CN=CCF Network"), node certificates endorsed by
 * it (SANs IP:127.0.0.1, DNS:localhost), the initial members and the genesis transaction.
 *
 * Genesis members start `Accepted` (they must update + ack their state digest, as at CCF genesis) unless
 * `activate`. The service starts `Open` by default — convenient for tools and the demo; pass
 * `open: false` to start `Opening` like a real CCF network before `transition_service_to_open`.
 *
 * Starting Open stands for "the consortium has opened the service": `checkGenesis` refuses options no
 * `transition_service_to_open` could have passed (no recovery member, or fewer than the threshold), so
 * the sandbox never serves an Open service CCF could not be in.
 */
import { createHash, generateKeyPair as generateKeyPairCb } from "node:crypto";
import { promisify } from "node:util";
import { createCertificate } from "../core/identity/index.js";
import { InputError } from "../core/errors.js";
import { CONSTITUTION_SOURCE } from "./constitution/index.js";
import { initialLedger } from "./ledger.js";
import type { Profile } from "./profile.js";
import type { SandboxService } from "./service.js";
import { activeRecoveryMemberCount, DEFAULT_SERVICE_CONFIG, type MemberRecord, type NodeRecord, type SandboxState } from "./state.js";

const generateKeyPair = promisify(generateKeyPairCb);

export interface GenesisMember {
  certificatePem: string;
  encryptionPublicKeyPem?: string;
  memberData?: unknown;
  recoveryRole?: MemberRecord["recoveryRole"];
}

export interface ServiceIdentity {
  certificatePem: string;
  privateKeyPem: string;
}

/** A fresh service identity: secp384r1 key, self-signed CA certificate "CN=CCF Network". */
export async function createServiceIdentity(days = 365): Promise<ServiceIdentity> {
  const { privateKey, publicKey } = await generateKeyPair("ec", { namedCurve: "secp384r1" });
  const certificatePem = await createCertificate({ subject: "CN=CCF Network", publicKey, privateKey, days, isCa: true });
  return { certificatePem, privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString() };
}

/** A node identity endorsed by the service identity, for TLS on loopback. Node id = SHA-256 of the node's public key DER. */
export async function createNodeRecord(service: ServiceIdentity, days = 365): Promise<NodeRecord> {
  const { privateKey, publicKey } = await generateKeyPair("ec", { namedCurve: "secp384r1" });
  const certificatePem = await createCertificate({
    subject: "CN=CCF Node",
    publicKey,
    issuer: { privateKey: service.privateKeyPem, certificatePem: service.certificatePem },
    days,
    sans: { ip: ["127.0.0.1"], dns: ["localhost"] },
  });
  const nodeId = createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
  return {
    nodeId,
    status: "Trusted",
    certificatePem,
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    nodeData: null,
    retiredCommitted: false,
  };
}

/** The state before the genesis transaction: identities and nodes, no members, status Opening. */
export async function baseState(profile: Profile, nodes: number): Promise<SandboxState> {
  const identity = await createServiceIdentity();
  const nodeRecords: NodeRecord[] = [];
  for (let i = 0; i < nodes; i++) nodeRecords.push(await createNodeRecord(identity));
  return {
    formatVersion: 1,
    ccfVersion: profile.ccfVersion,
    service: {
      status: "Opening",
      certificatePem: identity.certificatePem,
      privateKeyPem: identity.privateKeyPem,
      recoveryCount: 0,
      serviceData: null,
      config: { ...DEFAULT_SERVICE_CONFIG },
    },
    constitution: CONSTITUTION_SOURCE,
    members: {},
    acks: {},
    proposals: {},
    recentProposals: {},
    nodes: nodeRecords,
    primaryNodeIndex: 0,
    recovery: { encryptedShares: {}, submittedShares: {} },
    ledger: initialLedger(),
  };
}

export interface GenesisCheck {
  recoveryCount: number;
  recoveryThreshold: number;
  open: boolean;
  activate: boolean;
}

/**
 * Refuses a genesis CCF could not produce. Open is only reachable through `transition_service_to_open`,
 * which issues recovery shares first (microsoft/CCF src/node/node_state.h: "Failed to issue recovery
 * shares: ...", share_manager.h `shuffle_recovery_shares`) and then opens
 * (src/service/internal_tables_access.h `open_service`: "Cannot open network as number of active
 * recovery members ({}) is less than recovery threshold ({})").
 */
export function checkGenesis(profile: Profile, g: GenesisCheck): void {
  if (g.open && g.recoveryCount === 0) {
    throw new InputError(
      "recoveryMembers",
      "is 0 but the service starts Open: CCF opens a service only through transition_service_to_open, which needs a recovery member " +
        '("Failed to issue recovery shares: There should be at least one active recovery member to issue recovery shares"); ' +
        "give the initial members encryption keys or start Opening",
    );
  }
  if (g.open && g.recoveryThreshold > g.recoveryCount) {
    throw new InputError(
      "recoveryThreshold",
      `is ${g.recoveryThreshold} but the service starts Open with ${g.recoveryCount} recovery member(s): ` +
        `"Cannot open network as number of active recovery members (${g.recoveryCount}) is less than recovery threshold (${g.recoveryThreshold})"; ` +
        "lower the threshold, add recovery members or start Opening",
    );
  }
  const cap = profile.maxActiveRecoveryMembers;
  if (g.activate && cap !== undefined && g.recoveryCount > cap) {
    throw new InputError("recoveryMembers", `CCF ${profile.ccfVersion}.x activates at most ${cap} recovery members (got ${g.recoveryCount} to start Active)`);
  }
}

export interface GenesisOptions {
  members: GenesisMember[];
  activate: boolean;
  open: boolean;
  recoveryThreshold: number;
}

/**
 * The genesis transaction: members (acks empty: there is no signature yet), the recovery threshold, the
 * creation txid, and — when `open` — status Open with recovery shares issued for any Active recovery
 * members (through the hooks). The first signature follows when the caller persists.
 */
export function runGenesis(service: SandboxService, options: GenesisOptions, memberIdOf: (pem: string) => string): void {
  service.transact((tx) => {
    const state = tx.state;
    for (const m of options.members) {
      const id = memberIdOf(m.certificatePem);
      const record: MemberRecord = { certificatePem: m.certificatePem, status: options.activate ? "Active" : "Accepted", memberData: m.memberData ?? null };
      if (m.encryptionPublicKeyPem) record.encryptionPublicKeyPem = m.encryptionPublicKeyPem;
      if (m.recoveryRole && service.profile.recoveryRole) record.recoveryRole = m.recoveryRole;
      state.members[id] = record;
      state.acks[id] = { stateDigest: state.ledger.root };
    }
    state.service.config.recoveryThreshold = options.recoveryThreshold;
    state.service.creationTransactionId = tx.txId;
    if (options.open) {
      state.service.status = "Open";
      if (activeRecoveryMemberCount(state) > 0) service.hooks.onRecoveryMembersChanged(tx, "service_opened");
    }
  });
}
