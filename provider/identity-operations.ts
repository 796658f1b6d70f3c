// MemberIdentity's provider operations (run inside the dynamic provider host): a member key pair and
// self-signed certificate, optionally with a recovery encryption key pair — made once at create, like a
// TLS provider's private key resource; any input change makes a new identity (replace).
import { quoteValue } from "../core/text/input-value.js";
import type * as pulumi from "@pulumi/pulumi";
import { generateEncryptionKeyPair, generateMemberIdentity, assertMemberName, isCurve, CURVES, InputError, MIN_ENCRYPTION_KEY_BITS } from "../core/index.js";
import { Failures } from "./check-failures.js";

/** The inputs of a MemberIdentity after check (defaults filled). */
export interface MemberIdentityInputs {
  name: string;
  curve: string;
  validityDays: number;
  encryptionKey: boolean;
  encryptionKeyBits: number;
}

const INPUT_NAMES = ["name", "curve", "validityDays", "encryptionKey", "encryptionKeyBits"] as const;

export const identityOperations = {
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult> {
    if (!news || typeof news !== "object") news = {};
    const inputs: Record<string, unknown> = { ...news, curve: news.curve ?? "secp384r1", validityDays: news.validityDays ?? 365, encryptionKey: news.encryptionKey ?? false, encryptionKeyBits: news.encryptionKeyBits ?? MIN_ENCRYPTION_KEY_BITS };
    const f = new Failures();
    f.run("name", inputs.name, () => assertMemberName(inputs.name, "name"));
    f.run("curve", inputs.curve, () => {
      if (typeof inputs.curve !== "string" || !isCurve(inputs.curve)) {
        throw new InputError("curve", `${quoteValue(inputs.curve, 40)} is not supported; use one of ${CURVES.join(", ")}`, "UNSUPPORTED_KEY");
      }
    });
    f.run("validityDays", inputs.validityDays, () => {
      const d = inputs.validityDays;
      if (typeof d !== "number" || !Number.isInteger(d) || d < 1 || d > 36500) throw new InputError("validityDays", `must be a whole number of days from 1 to 36500 (got ${typeof d === "number" && Number.isFinite(d) ? d : quoteValue(d, 40)})`);
    });
    f.run("encryptionKey", inputs.encryptionKey, () => {
      if (typeof inputs.encryptionKey !== "boolean") throw new InputError("encryptionKey", "must be true or false");
    });
    f.run("encryptionKeyBits", inputs.encryptionKeyBits, () => {
      const b = inputs.encryptionKeyBits;
      if (typeof b !== "number" || !Number.isInteger(b) || b < MIN_ENCRYPTION_KEY_BITS || b > 16384) {
        throw new InputError("encryptionKeyBits", `must be an integer from ${MIN_ENCRYPTION_KEY_BITS} to 16384 (got ${typeof b === "number" && Number.isFinite(b) ? b : quoteValue(b, 40)})`, "UNSUPPORTED_KEY");
      }
    });
    return { inputs, failures: f.list };
  },

  async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.DiffResult> {
    const replaces = INPUT_NAMES.filter((k) => JSON.stringify(olds[k]) !== JSON.stringify(news[k]));
    return { changes: replaces.length > 0, replaces, deleteBeforeReplace: false };
  },

  async create(raw: Record<string, unknown>): Promise<pulumi.dynamic.CreateResult> {
    const inputs = raw as unknown as MemberIdentityInputs;
    const identity = await generateMemberIdentity({ name: inputs.name, curve: inputs.curve as never, days: inputs.validityDays });
    const outs: Record<string, unknown> = {
      name: inputs.name,
      curve: identity.curve,
      validityDays: inputs.validityDays,
      encryptionKey: inputs.encryptionKey,
      encryptionKeyBits: inputs.encryptionKeyBits,
      memberId: identity.memberId,
      certificate: identity.certificatePem,
      privateKey: identity.privateKeyPem,
    };
    if (inputs.encryptionKey) {
      const pair = await generateEncryptionKeyPair({ bits: inputs.encryptionKeyBits });
      outs.encryptionPublicKey = pair.publicKeyPem;
      outs.encryptionPrivateKey = pair.privateKeyPem;
    }
    return { id: identity.memberId, outs };
  },

  /** Nothing remote to compare with: the state is the identity. */
  async read(id: string, props: Record<string, unknown>): Promise<pulumi.dynamic.ReadResult> {
    return { id, props };
  },
};
