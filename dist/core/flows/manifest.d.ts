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
/** Largest manifest parsed (bytes of UTF-8); a larger one is refused before parsing. */
export declare const MAX_MANIFEST_BYTES: number;
/**
 * Most YAML aliases (`*name`) a manifest may hold, and the cap handed to the yaml package's
 * `maxAliasCount` (which bounds how far aliases expand). Counted before anything is resolved.
 */
export declare const MAX_MANIFEST_ALIASES = 50;
/** Deepest nesting of collections a manifest may use (it needs 4); checked by a linear scan before parsing. */
export declare const MAX_MANIFEST_DEPTH = 64;
export interface ParseManifestOptions {
    /** Folder that relative certificate/key paths are resolved against. */
    baseDir?: string;
    /** Names the manifest in errors (default "manifest"). */
    source?: string;
    /** Reads a file the manifest names (default: a regular file of at most 1 MiB, see readInputFile). */
    readFile?: (path: string) => string;
}
/**
 * Parses a manifest (JSON or YAML). Untrusted: it may come from a pull request. Bounded: over
 * MAX_MANIFEST_BYTES it is refused unparsed, more than MAX_MANIFEST_ALIASES aliases (or an alias inside
 * the node it names) are refused before any is resolved, and files it names are capped regular files.
 * Every failure is an InputError naming the manifest and the entry.
 */
export declare function parseManifest(text: string, options?: ParseManifestOptions): Manifest;
