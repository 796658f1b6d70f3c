// What the serialized dynamic providers (dynamic-providers.ts) load in the provider host.
import { identityOperations } from "./identity-operations.js";
import { memberOperations } from "./member-operations.js";
export const providerOperations = { member: memberOperations, identity: identityOperations };
