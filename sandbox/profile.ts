/**
 * What a CCF release line serves and how (reference §0 and §8). One profile per `--ccf-version`, each
 * the LATEST PATCH of its line: 4 = 4.0.x, 5 = 5.0.x, 6 = 6.0.9, 7 = 7.0.12. A rule CCF added in a patch
 * release is on when that patch is at or before the profile's (docs/fidelity.md lists each with its
 * source). The constitution-level ones are in the default constitution's JavaScript
 * (sandbox/constitution/default.ts), which reads them from the `ccfConsortium.rules` global.
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
  /**
   * `max_active_recovery_members` (255, the old sss library's limit) checked at activation: ≤5.x
   * (InternalTablesAccess::activate_member). Removed in 6.0 with the library (#6574); the 6.x/7.x
   * sharing (src/crypto/sharing.h, 32-bit share index) has no cap. undefined = no cap.
   */
  maxActiveRecoveryMembers?: number;
  /** Secret sharing of the ledger-secret wrapping key: the sss library over GF(2^8) (≤5.x) or CCF's own prime-field sharing (6.x+, src/crypto/sharing.{h,cpp}). */
  sharing: "gf256" | "prime31";
  /** Proposal objects carry `ballotSubmitters` (7.0.2, #7840). */
  ballotSubmitters: boolean;
  /** Default constitution checks `set_member.encryption_pub_key` is an RSA key of ≥ 2048 bits (7.0.5, #7924). */
  rsaEncryptionKeyCheck: boolean;
  /** Default constitution refuses recovery-member/threshold/share/rekey changes while recovering (7.0.7, #7980). */
  recoveryChangesRefused: boolean;
}

/** 4.0.x and 5.0.x: the sss library and its 255 cap; none of the 7.0.x rules. */
const LEGACY_RULES = { maxActiveRecoveryMembers: 255, sharing: "gf256", ballotSubmitters: false, rsaEncryptionKeyCheck: false, recoveryChangesRefused: false } as const;
/** 6.0.9: CCF's own sharing, no cap (#6574); none of the 7.0.x rules. */
const SIX_RULES = { sharing: "prime31", ballotSubmitters: false, rsaEncryptionKeyCheck: false, recoveryChangesRefused: false } as const;
/** 7.0.12: 6.x plus ballotSubmitters (7.0.2), the RSA key check (7.0.5) and the recovery-time refusals (7.0.7). */
const SEVEN_RULES = { sharing: "prime31", ballotSubmitters: true, rsaEncryptionKeyCheck: true, recoveryChangesRefused: true } as const;

export function profileFor(ccfVersion: number): Profile {
  switch (ccfVersion) {
    case 4:
      return { ccfVersion: 4, classic: true, apiVersions: [API_VERSION_PREVIEW], recoveryRole: false, recoverChecksSigner: false, strictCurveAlg: false, backupWrites: "forward", ...LEGACY_RULES };
    case 5:
      return { ccfVersion: 5, classic: true, apiVersions: [API_VERSION_PREVIEW, API_VERSION_V1], recoveryRole: false, recoverChecksSigner: false, strictCurveAlg: false, backupWrites: "forward", ...LEGACY_RULES };
    case 6:
      return { ccfVersion: 6, classic: true, apiVersions: [API_VERSION_PREVIEW, API_VERSION_V1], recoveryRole: true, recoverChecksSigner: true, strictCurveAlg: true, backupWrites: "redirect", ...SIX_RULES };
    case 7:
      return { ccfVersion: 7, classic: false, apiVersions: [API_VERSION_PREVIEW, API_VERSION_V1], recoveryRole: true, recoverChecksSigner: true, strictCurveAlg: true, backupWrites: "redirect", ...SEVEN_RULES };
    default:
      throw new RangeError(`ccfVersion must be 4, 5, 6 or 7 (got ${ccfVersion})`);
  }
}
