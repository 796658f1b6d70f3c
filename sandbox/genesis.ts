/**
 * A new service: service identity (secp384r1, self-signed, "CN=CCF Network"), node certificates endorsed by
 * it (SANs IP:127.0.0.1, DNS:localhost), the initial members and the genesis transaction.
 *
 * Genesis members start `Accepted` (they must update + ack their state digest, as at CCF genesis) unless
 * `activate`. The service starts `Open` by default — convenient for tools and the demo; pass
 * `open: false` to start `Opening` like a real CCF network before `transition_service_to_open`.
 */
import { createHash, generateKeyPair as generateKeyPairCb } from "node:crypto";
import { promisify } from "node:util";
import { createCertificate } from "../core/identity/index.js";
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
