import type * as pulumi from "@pulumi/pulumi";
/** Serialized into each `Member`'s state; delegates to `providerOperations.member`. */
export declare const memberProvider: pulumi.dynamic.ResourceProvider;
/** Serialized into each `MemberIdentity`'s state; delegates to `providerOperations.identity`. */
export declare const memberIdentityProvider: pulumi.dynamic.ResourceProvider;
