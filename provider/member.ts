import * as pulumi from "@pulumi/pulumi";
import { memberProvider } from "./dynamic-providers.js";
import { MEMBER_SECRET_OUTPUTS } from "./secret-outputs.js";

/** Where the service is and how to trust it. Changing only this never proposes anything. */
export interface ConnectionArgs {
  /** `https://host:port` of one or more nodes (tried in order). */
  nodeUrls: pulumi.Input<pulumi.Input<string>[]>;
  /** The service identity certificate (PEM) every node's TLS certificate must chain to. */
  serviceCertificate: pulumi.Input<string>;
  /** `auto` (default), `2024-07-01`, `2023-06-01-preview` or `classic`. */
  apiVersion?: pulumi.Input<string>;
  /** Give up on a node request after this many seconds, retries included (default 60). */
  timeoutSeconds?: pulumi.Input<number>;
}

/**
 * An Active member's signing key: its certificate and either its private key (made secret if it is not
 * already) or its key in Azure Key Vault / Managed HSM (`keyVaultKeyId`: only digests leave, no secret in
 * state; the provider authenticates through @azure/identity, `azureCredential` default `default`).
 */
export type SigningCredentialsArgs = { certificate: pulumi.Input<string> } & KeyArgs;

/** A private key, or a Key Vault / Managed HSM key id (https://<vault>.vault.azure.net/keys/<name>[/<version>]). */
export type KeyArgs =
  | { privateKey: pulumi.Input<string>; keyVaultKeyId?: undefined }
  | { keyVaultKeyId: pulumi.Input<string>; azureCredential?: pulumi.Input<"default" | "cli" | "workload" | "managed" | "env">; privateKey?: undefined };

export interface MemberArgs {
  connection: pulumi.Input<ConnectionArgs>;
  /** The new member's certificate (PEM, EC key on P-256/P-384/P-521). Changing it replaces the member. */
  certificate: pulumi.Input<string>;
  /** RSA (>= 2048 bits) SPKI PEM: makes a recovery member. Changing it replaces the member. */
  encryptionPublicKey?: pulumi.Input<string | undefined>;
  /** Free-form JSON object; changes are applied in place (`set_member_data`). */
  memberData?: pulumi.Input<Record<string, unknown>>;
  /** `Participant` (default for recovery members) or `Owner` (CCF 6+); needs `encryptionPublicKey`. */
  recoveryRole?: pulumi.Input<string>;
  /** The Active member who submits the proposals. */
  proposer: pulumi.Input<SigningCredentialsArgs>;
  /** Active members whose ballots accept the proposals (default: the proposer alone). */
  voters?: pulumi.Input<pulumi.Input<SigningCredentialsArgs>[]>;
  /** The new member's own key (private key or Key Vault key id): acks the state digest in the same update (-> Active). */
  activation?: pulumi.Input<KeyArgs>;
  /** Wait until the member is Active (acked by itself or out of band). Default: true when `activation` is set. */
  waitForActive?: pulumi.Input<boolean>;
  /** Take over a member that already exists (dynamic resources cannot be imported). */
  adopt?: pulumi.Input<boolean>;
  /**
   * Fetch the receipts of the acceptance and the ack, verify them against the service certificate and keep
   * them in `acceptanceReceipt` / `ackReceipt` (default false: a receipt costs a wait for the commit).
   */
  keepReceipts?: pulumi.Input<boolean>;
}

/**
 * A consortium member of a CCF network. Adding it proposes `set_member` (ballots from `voters`) and, with
 * `activation`, acks it; changing `memberData` proposes `set_member_data`; removing it proposes
 * `remove_member`; `pulumi refresh` reports the live member and drops it when it was removed by hand.
 */
export class Member extends pulumi.dynamic.Resource {
  declare readonly memberId: pulumi.Output<string>;
  /** `Accepted` or `Active`. */
  declare readonly status: pulumi.Output<string>;
  /** The proposal that added the member (absent when adopted or already present). */
  declare readonly proposalId: pulumi.Output<string | undefined>;
  declare readonly isRecoveryMember: pulumi.Output<boolean>;
  /** Transaction id (`view.seqno`) of the last change the provider made. */
  declare readonly transactionId: pulumi.Output<string | undefined>;
  /** Transaction id of the proposal acceptance that added the member (set_member). */
  declare readonly acceptanceTransactionId: pulumi.Output<string | undefined>;
  /** Transaction id of the member's ack (the provider's `activation`). */
  declare readonly ackTransactionId: pulumi.Output<string | undefined>;
  /** With `keepReceipts`: the verified receipt (CCF's JSON) of the acceptance. */
  declare readonly acceptanceReceipt: pulumi.Output<string | undefined>;
  /** With `keepReceipts`: the verified receipt (CCF's JSON) of the ack. */
  declare readonly ackReceipt: pulumi.Output<string | undefined>;
  declare readonly memberData: pulumi.Output<Record<string, unknown> | undefined>;
  declare readonly recoveryRole: pulumi.Output<string>;

  constructor(name: string, args: MemberArgs, opts?: pulumi.CustomResourceOptions) {
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
