import type { Signer } from "../cose/index.js";
import type { GovernanceClient } from "../client/governance-client.js";
import type { RecoveryShareResult, ServiceStatus } from "../client/model.js";
import { type ProgressListener } from "./progress.js";
export interface SubmitRecoveryShareOptions {
    signer: Signer;
    /** The member's RSA encryption private key (PEM). Used in memory only. */
    encryptionPrivateKeyPem: string;
    /** How errors name the key: the flag or input it came from (default "encryption private key"). */
    encryptionKeyInput?: string;
    onProgress?: ProgressListener;
}
export interface SubmitRecoveryShareResult {
    memberId: string;
    /** False when the service was not waiting for shares (nothing sent). */
    submitted: boolean;
    serviceStatus: ServiceStatus;
    result?: RecoveryShareResult;
}
/**
 * Fetches this member's encrypted recovery share, decrypts it in memory (RSA-OAEP, SHA-256 for OAEP and
 * MGF1, no label) and submits it. The plaintext never touches disk and is zeroed after sending.
 */
export declare function submitRecoveryShare(client: GovernanceClient, options: SubmitRecoveryShareOptions): Promise<SubmitRecoveryShareResult>;
