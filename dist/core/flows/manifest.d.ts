import type { RecoveryRole } from "../client/model.js";
/**
 * A desired membership, as JSON or YAML:
 *
 * ```yaml
 * recovery_threshold: 2            # optional
 * members:
 *   - name: alice                  # unique; matched against live member_data.name for key rotations
 *     certificate: certs/alice_cert.pem      # a path (relative to the manifest) or the PEM itself
 *     encryption_public_key: certs/alice_enc_pubk.pem   # optional: makes alice a recovery member
 *     member_data: { name: alice, role: operator }       # optional JSON object
 *     recovery_role: Participant    # optional (CCF 6.x+): NonParticipant | Participant | Owner
 * ```
 * A bare list of members is accepted too.
 */
export interface ManifestMember {
    name: string;
    certificatePem: string;
    memberId: string;
    encryptionPublicKeyPem?: string;
    memberData: Record<string, unknown> | null;
    recoveryRole?: RecoveryRole;
}
export interface Manifest {
    members: ManifestMember[];
    recoveryThreshold?: number;
}
export interface ParseManifestOptions {
    /** Folder that relative certificate/key paths are resolved against. */
    baseDir?: string;
    /** Names the manifest in errors (default "manifest"). */
    source?: string;
    readFile?: (path: string) => string;
}
export declare function parseManifest(text: string, options?: ParseManifestOptions): Manifest;
