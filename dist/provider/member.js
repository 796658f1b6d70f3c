import * as pulumi from "@pulumi/pulumi";
import { memberProvider } from "./dynamic-providers.js";
import { MEMBER_SECRET_OUTPUTS } from "./secret-outputs.js";
/**
 * A consortium member of a CCF network. Adding it proposes `set_member` (ballots from `voters`) and, with
 * `activation`, acks it; changing `memberData` proposes `set_member_data`; removing it proposes
 * `remove_member`; `pulumi refresh` reports the live member and drops it when it was removed by hand.
 */
export class Member extends pulumi.dynamic.Resource {
    constructor(name, args, opts) {
        const props = {
            ...args,
            proposer: pulumi.secret(args.proposer),
            voters: args.voters === undefined ? undefined : pulumi.secret(args.voters),
            activation: args.activation === undefined ? undefined : pulumi.secret(args.activation),
            memberId: undefined,
            status: undefined,
            proposalId: undefined,
            isRecoveryMember: undefined,
            transactionId: undefined,
            acceptanceTransactionId: undefined,
            ackTransactionId: undefined,
            acceptanceReceipt: undefined,
            ackReceipt: undefined,
            recoveryRole: args.recoveryRole,
        };
        const additionalSecretOutputs = [...new Set([...(opts?.additionalSecretOutputs ?? []), ...MEMBER_SECRET_OUTPUTS])];
        super(memberProvider, name, props, { ...opts, additionalSecretOutputs }, "ccf", "Member");
    }
}
