import { type SandboxRequest } from "./http.js";
import { type NodeServer } from "./server.js";
import type { SandboxService } from "./service.js";
import type { SandboxState } from "./state.js";
export declare function isForwarded(req: SandboxRequest): boolean;
/** The backup that received a forwarded request (undefined when the request was not forwarded). */
export declare function receivingNodeOf(req: SandboxRequest): number | undefined;
export declare const NODE_SANS: {
    ip: string[];
    dns: string[];
};
/** A node certificate ("CCF Node", SANs 127.0.0.1/localhost) for the node's key, issued by the service identity. */
export declare function issueNodeCertificate(nodePrivateKeyPem: string, service: {
    certificatePem: string;
    privateKeyPem: string;
}, days?: number): Promise<string>;
/** URL of node `index` as recorded in the state (the port its listener last bound). */
export declare function nodeUrl(state: SandboxState, index: number, host?: string): string | undefined;
/**
 * Installs the backup-write routing in the service's pipeline, right after the fault hook (faults act
 * at the node that receives a request) and before anything else. Idempotent.
 */
export declare function installBackupRouting(service: SandboxService, options?: {
    host?: string;
    isRunning?: (index: number) => boolean;
}): void;
/**
 * Keeps a running primary when a majority can elect one: if the primary's listener is down and more than
 * half of the nodes are running, the next running node after it (by index, wrapping) becomes primary in
 * a new view. Returns the new primary's index, or undefined when nothing changed (primary running, or no
 * majority: the service has no primary until more nodes are back).
 */
export declare function ensureRunningPrimary(service: SandboxService, isRunning: (index: number) => boolean): Promise<number | undefined>;
/** Makes each running listener present its node's current key and certificate to new connections. */
export declare function refreshCertificates(servers: readonly (NodeServer | undefined)[], state: SandboxState): void;
