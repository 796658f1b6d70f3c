/** Outputs of a Member that hold private keys (the engine encrypts them in the state). */
export declare const MEMBER_SECRET_OUTPUTS: readonly string[];
/** Outputs of a MemberIdentity that hold private keys. */
export declare const MEMBER_IDENTITY_SECRET_OUTPUTS: readonly string[];
