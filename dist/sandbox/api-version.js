/**
 * `api-version` handling for the new governance API (microsoft/CCF src/node/gov/api_version.h, 5.x/6.x
 * generation): missing → 400 MissingApiVersionParameter, unknown or below the endpoint's minimum →
 * 400 UnsupportedApiVersionValue; both list the accepted versions, oldest first, comma-separated.
 */
import { ApiError } from "./http.js";
export function acceptedApiVersions(profile, minApiVersion) {
    const all = profile.apiVersions;
    if (!minApiVersion)
        return [...all];
    const i = all.indexOf(minApiVersion);
    return i < 0 ? [] : all.slice(i);
}
/** Returns the api-version named by the query, or throws CCF's 400. */
export function checkApiVersion(profile, query, minApiVersion) {
    const accepted = acceptedApiVersions(profile, minApiVersion);
    const suffix = `The supported api-versions are: ${accepted.join(", ")}`;
    const value = query.get("api-version");
    if (value === null) {
        throw new ApiError(400, "MissingApiVersionParameter", `The api-version query parameter (?api-version=) is required for all requests. ${suffix}`);
    }
    if (!accepted.includes(value)) {
        throw new ApiError(400, "UnsupportedApiVersionValue", `Unsupported api-version '${value}'. ${suffix}`);
    }
    return value;
}
