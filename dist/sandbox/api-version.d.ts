import type { Profile } from "./profile.js";
export declare function acceptedApiVersions(profile: Profile, minApiVersion?: string): string[];
/** Returns the api-version named by the query, or throws CCF's 400. */
export declare function checkApiVersion(profile: Profile, query: URLSearchParams, minApiVersion?: string): string;
