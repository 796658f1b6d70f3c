/**
 * What a CCF release line serves and how (reference §0 and §8). One profile per `--ccf-version`.
 */
export type CcfVersion = 4 | 5 | 6 | 7;

export const API_VERSION_PREVIEW = "2023-06-01-preview";
export const API_VERSION_V1 = "2024-07-01";

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

export function profileFor(ccfVersion: number): Profile {
  switch (ccfVersion) {
    case 4:
      return { ccfVersion: 4, classic: true, apiVersions: [API_VERSION_PREVIEW], recoveryRole: false, recoverChecksSigner: false, strictCurveAlg: false, backupWrites: "forward" };
    case 5:
      return { ccfVersion: 5, classic: true, apiVersions: [API_VERSION_PREVIEW, API_VERSION_V1], recoveryRole: false, recoverChecksSigner: false, strictCurveAlg: false, backupWrites: "forward" };
    case 6:
      return { ccfVersion: 6, classic: true, apiVersions: [API_VERSION_PREVIEW, API_VERSION_V1], recoveryRole: true, recoverChecksSigner: true, strictCurveAlg: true, backupWrites: "redirect" };
    case 7:
      return { ccfVersion: 7, classic: false, apiVersions: [API_VERSION_PREVIEW, API_VERSION_V1], recoveryRole: true, recoverChecksSigner: true, strictCurveAlg: true, backupWrites: "redirect" };
    default:
      throw new RangeError(`ccfVersion must be 4, 5, 6 or 7 (got ${ccfVersion})`);
  }
}
