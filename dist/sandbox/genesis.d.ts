import type { Profile } from "./profile.js";
import type { SandboxService } from "./service.js";
import { type MemberRecord, type NodeRecord, type SandboxState } from "./state.js";
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
export declare function createServiceIdentity(days?: number): Promise<ServiceIdentity>;
/** A node identity endorsed by the service identity, for TLS on loopback. Node id = SHA-256 of the node's public key DER. */
export declare function createNodeRecord(service: ServiceIdentity, days?: number): Promise<NodeRecord>;
/** The state before the genesis transaction: identities and nodes, no members, status Opening. */
export declare function baseState(profile: Profile, nodes: number): Promise<SandboxState>;
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
export declare function runGenesis(service: SandboxService, options: GenesisOptions, memberIdOf: (pem: string) => string): void;
