/** Outputs of a Member that hold private keys (the engine encrypts them in the state). */
export const MEMBER_SECRET_OUTPUTS = ["proposer", "voters", "activation"];
/** Outputs of a MemberIdentity that hold private keys. */
export const MEMBER_IDENTITY_SECRET_OUTPUTS = ["privateKey", "encryptionPrivateKey"];
