import { type Curve } from "../core/identity/index.js";
import { type CcfVersion } from "./profile.js";
import { SandboxService } from "./service.js";
import { type NodeServer } from "./server.js";
import { type OperationsControl } from "./control-api.js";
/** A module that plugs into a service before it serves (hooks, routes, pipeline stages). */
export type SandboxExtension = (service: SandboxService, options: StartSandboxOptions) => void | Promise<void>;
/**
 * Extensions every sandbox installs (recovery, cluster, faults register themselves here).
 */
export declare const BUILTIN_EXTENSIONS: SandboxExtension[];
export interface StartSandboxOptions {
    /** State directory; a temporary one (removed at close) when absent. */
    dir?: string;
    /** Port of node 0 (default: the port recorded in DIR, else ephemeral). */
    port?: number;
    /** Number of initial members (default 1). */
    members?: number;
    /** How many of the initial members are recovery members (default 0). Raises `members` if larger. */
    recoveryMembers?: number;
    ccfVersion?: CcfVersion;
    /** Number of nodes (listeners) sharing the state (default 1). */
    nodes?: number;
    /** Initial members start Active instead of Accepted. */
    activate?: boolean;
    /** Start Open (default true) or Opening. */
    open?: boolean;
    /** Recovery threshold at genesis (default 1 with recovery members, else 0). */
    recoveryThreshold?: number;
    /** Curve of generated member identities (default secp384r1). */
    memberCurve?: Curve;
    /** Delay before the signature that commits a write (ms, default 10). */
    signatureIntervalMs?: number;
    /** Time limit per ballot evaluation (ms, default 1000). */
    ballotTimeoutMs?: number;
    /** Extra extensions for this sandbox (after BUILTIN_EXTENSIONS). */
    extensions?: SandboxExtension[];
}
export interface SandboxMember {
    name: string;
    memberId: string;
    certificatePem: string;
    privateKeyPem: string;
    certPath: string;
    keyPath: string;
    encryptionPrivateKeyPem?: string;
    encryptionPublicKeyPem?: string;
    encryptionPrivateKeyPath?: string;
    encryptionPublicKeyPath?: string;
}
export interface SandboxMetrics {
    requests: number;
    verifyCount: number;
    verifyMs: number;
    handleMs: number;
    /** Share of pipeline time spent verifying COSE signatures (0..1). */
    verifyShare: number;
}
export interface SandboxControl extends OperationsControl {
    /** The live service (replaced by `restart`). */
    readonly service: SandboxService;
    readonly servers: readonly NodeServer[];
    metrics(): SandboxMetrics;
    resetMetrics(): void;
    /** Commits (signature + durable write) everything written so far. */
    flush(): Promise<void>;
    /** Appends a signature now: a new state-digest root. Returns its txid. */
    emitSignature(): string;
    /** Stops every node and the service (state flushed), reloads DIR and serves again on the same ports. */
    restart(): Promise<void>;
    /** Stops / starts one node's listener (same port when restarted). */
    stopNode(index: number): Promise<void>;
    startNode(index: number): Promise<void>;
}
export interface Sandbox {
    readonly url: string;
    readonly urls: string[];
    readonly dir: string;
    readonly serviceCertificatePem: string;
    readonly members: SandboxMember[];
    readonly control: SandboxControl;
    readonly service: SandboxService;
    close(): Promise<void>;
}
export declare function startSandbox(options?: StartSandboxOptions): Promise<Sandbox>;
