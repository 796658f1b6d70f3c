import * as pulumi from "@pulumi/pulumi";
import { memberIdentityProvider } from "./dynamic-providers.js";
import { MEMBER_IDENTITY_SECRET_OUTPUTS } from "./secret-outputs.js";
/**
 * A member's EC key pair and self-signed certificate (as CCF's keygenerator.sh makes them), optionally with
 * a recovery encryption key pair, generated once and kept in the stack state. The private keys are secret
 * outputs. Any input change makes a new identity (a new member id).
 */
export class MemberIdentity extends pulumi.dynamic.Resource {
    constructor(name, args, opts) {
        const props = {
            ...args,
            memberId: undefined,
            certificate: undefined,
            privateKey: undefined,
            encryptionPublicKey: undefined,
            encryptionPrivateKey: undefined,
            curve: args.curve,
        };
        const additionalSecretOutputs = [...new Set([...(opts?.additionalSecretOutputs ?? []), ...MEMBER_IDENTITY_SECRET_OUTPUTS])];
        super(memberIdentityProvider, name, props, { ...opts, additionalSecretOutputs }, "ccf", "MemberIdentity");
    }
}
