export { Member } from "./member.js";
export { MemberIdentity } from "./member-identity.js";
export { memberProvider, memberIdentityProvider } from "./dynamic-providers.js";
/** @internal What the serialized providers load in the provider host. */
export { providerOperations } from "./operations.js";
export { MEMBER_SECRET_OUTPUTS, MEMBER_IDENTITY_SECRET_OUTPUTS } from "./secret-outputs.js";
