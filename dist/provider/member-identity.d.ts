import * as pulumi from "@pulumi/pulumi";
export interface MemberIdentityArgs {
    /** The certificate's CN (1-64 characters). */
    name: pulumi.Input<string>;
    /** `secp384r1` (default), `secp256r1` or `secp521r1`. */
    curve?: pulumi.Input<string>;
    /** Certificate validity in days (default 365). CCF does not check it for governance signing. */
    validityDays?: pulumi.Input<number>;
    /** Also make an RSA encryption key pair: the member will be a recovery member. */
    encryptionKey?: pulumi.Input<boolean>;
    /** Size of the encryption key (default 2048, the minimum CCF accepts). */
    encryptionKeyBits?: pulumi.Input<number>;
}
/**
 * A member's EC key pair and self-signed certificate (as CCF's keygenerator.sh makes them), optionally with
 * a recovery encryption key pair, generated once and kept in the stack state. The private keys are secret
 * outputs. Any input change makes a new identity (a new member id).
 */
export declare class MemberIdentity extends pulumi.dynamic.Resource {
    /** Lowercase hex SHA-256 of the certificate's DER. */
    readonly memberId: pulumi.Output<string>;
    /** PEM certificate. */
    readonly certificate: pulumi.Output<string>;
    /** PKCS#8 PEM private key (secret). */
    readonly privateKey: pulumi.Output<string>;
    readonly curve: pulumi.Output<string>;
    /** SPKI PEM, when `encryptionKey` is true. */
    readonly encryptionPublicKey: pulumi.Output<string | undefined>;
    /** PKCS#8 PEM (secret), when `encryptionKey` is true. */
    readonly encryptionPrivateKey: pulumi.Output<string | undefined>;
    constructor(name: string, args: MemberIdentityArgs, opts?: pulumi.CustomResourceOptions);
}
