import type { SandboxService } from "../service.js";
export interface DisasterResult {
    /** The new service identity clients must pin. */
    serviceCertificatePem: string;
    /** The identity before the disaster (what `previous_service_identity` must carry). */
    previousServiceCertificatePem: string;
}
export interface DisasterOptions {
    /** Re-present the node certificates on the running listeners (Cluster.refreshCertificates). */
    refreshCertificates?: () => void;
    /** Validity of the new identity and node certificates (days). */
    days?: number;
}
export declare function simulateDisaster(service: SandboxService, options?: DisasterOptions): Promise<DisasterResult>;
/**
 * The end of private recovery: the service opens, the submitted shares are cleared and every Active
 * recovery member gets a fresh share (CCF issues shares after a completed recovery). If issuance fails
 * the service still opens (CCF would have opened already) and the failure is returned.
 */
export declare function completePrivateRecovery(service: SandboxService): Error | undefined;
