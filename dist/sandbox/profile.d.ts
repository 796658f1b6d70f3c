/**
 * What a CCF release line serves and how (reference §0 and §8). One profile per `--ccf-version`.
 */
export type CcfVersion = 4 | 5 | 6 | 7;
export declare const API_VERSION_PREVIEW = "2023-06-01-preview";
export declare const API_VERSION_V1 = "2024-07-01";
export interface Profile {
    ccfVersion: CcfVersion;
    /** Classic `/gov/proposals`-style endpoints (4.x–6.x; removed in 7.0). */
    classic: boolean;
    /** Dated api-versions the new API accepts, oldest first (CCF lists them in this order). */
    apiVersions: string[];
    /** `recovery_role` in set_member, Owner, `fullKeySubmitted` (6.x+). */
    recoveryRole: boolean;
    /** `:recover` rejects signer ≠ path member id (6.x+). */
    recoverChecksSigner: boolean;
    /** Strict curve↔alg pairing in the COSE verifier (6.x+, UNCONFIRMED start). */
    strictCurveAlg: boolean;
    /** Writes received by a backup: forwarded to the primary (≤5) or 307 to the primary (6+). */
    backupWrites: "forward" | "redirect";
}
export declare function profileFor(ccfVersion: number): Profile;
