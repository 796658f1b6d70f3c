export const API_VERSION_PREVIEW = "2023-06-01-preview";
export const API_VERSION_V1 = "2024-07-01";
export function profileFor(ccfVersion) {
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
