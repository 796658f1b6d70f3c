import { quoteValue } from "../../core/text/input-value.js";
import type { Io } from "../io.js";
import { optional, parseFlags, required, type OptionSpec } from "../args.js";
import { InputError } from "../../core/errors.js";
import { readFlagFile, flagInput } from "../files.js";
// File by file, not core/index.js: this command loads only what it uses.
import { localSigner } from "../../core/cose/local-signer.js";
import { signGovernanceMessage } from "../../core/cose/sign1.js";
import { GOV_MESSAGE_TYPES } from "../../core/cose/message-types.js";
import { MAX_CREATED_AT } from "../../core/cose/protected-header.js";
import type { InputNames } from "../../core/cose/prepare.js";

export const usage = `Usage: ccf-consortium sign --content FILE|- --signing-key KEY --signing-cert CERT
                          --ccf-gov-msg-type TYPE [--ccf-gov-msg-proposal-id ID]
                          [--ccf-gov-msg-created-at ISO8601]
       ccf-consortium sign --content FILE|- --key-vault-key-id URL [--azure-credential NAME]
                          --signing-cert CERT --ccf-gov-msg-type TYPE ...

Signs a governance message as CCF's ccf_cose_sign1 does and writes the binary COSE_Sign1 to standard output,
e.g.  ccf-consortium sign ... | curl https://node/gov/... -H 'Content-Type: application/cose' --data-binary @-

Options (named as ccf_cose_sign1 names them):
  --content FILE|-              message body (JSON proposal, ballot, ...), '-' for standard input
  --signing-key KEY             member private key, PEM (PKCS#8, or SEC1 as openssl ecparam writes it)
  --signing-cert CERT           member certificate, PEM
  --key-vault-key-id URL        instead of --signing-key: the member's key in Azure Key Vault or Managed HSM
                                (https://<vault>.vault.azure.net/keys/<name>[/<version>]); only the digest
                                is sent to the vault
  --azure-credential NAME       default (DefaultAzureCredential), cli, workload, managed or env
  --ccf-gov-msg-type TYPE       ${GOV_MESSAGE_TYPES.join(", ")}
  --ccf-gov-msg-proposal-id ID  proposal id (64 hex); required for ballot and withdrawal
  --ccf-gov-msg-created-at T    ISO 8601 time, e.g. 2024-05-01T12:00:00Z (without an offset: UTC);
                                default: now
The underscore spellings --ccf-gov-msg-proposal_id and --ccf-gov-msg-created_at are accepted too.
alg follows the key's curve: P-256 ES256, P-384 ES384, P-521 ES512.`;

/** Flags shared by sign, prepare and finish (CCF's _common_parser). */
export const GOV_MESSAGE_FLAGS = {
  content: { type: "string" },
  "signing-cert": { type: "string" },
  "ccf-gov-msg-type": { type: "string" },
  "ccf-gov-msg-proposal-id": { type: "string" },
  "ccf-gov-msg-created-at": { type: "string" },
} as const satisfies OptionSpec;

/** CCF's argparse aliases. */
export const GOV_MESSAGE_ALIASES: Record<string, string> = {
  "ccf-gov-msg-proposal_id": "ccf-gov-msg-proposal-id",
  "ccf-gov-msg-created_at": "ccf-gov-msg-created-at",
};

/** How the core names inputs in errors, for these commands: the flags. */
export const GOV_MESSAGE_INPUT_NAMES: InputNames = {
  type: "--ccf-gov-msg-type",
  proposalId: "--ccf-gov-msg-proposal-id",
  createdAt: "--ccf-gov-msg-created-at",
  payload: "--content",
};

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(
    argv,
    { ...GOV_MESSAGE_FLAGS, "signing-key": { type: "string" }, "key-vault-key-id": { type: "string" }, "azure-credential": { type: "string" } },
    GOV_MESSAGE_ALIASES,
  );
  const keyId = optional(values, "key-vault-key-id");
  if (keyId && optional(values, "signing-key")) throw new InputError("--key-vault-key-id", "give either --signing-key or --key-vault-key-id, not both");
  const keyPath = keyId ? "" : required(values, "signing-key");
  const certPath = required(values, "signing-cert");
  const message = await readGovMessageFlags(values, io);
  const signer = keyId
    ? await vaultSignerOf(keyId, certPath, values, io)
    : localSigner(readFlagFile("--signing-key", keyPath, io), readFlagFile("--signing-cert", certPath, io), {
        keyInput: flagInput("--signing-key", keyPath),
        certInput: flagInput("--signing-cert", certPath),
      });
  const cose = await signGovernanceMessage(signer, { ...message, names: GOV_MESSAGE_INPUT_NAMES });
  await writeBinary(io.stdout, cose);
  return 0;
}

/** Loaded only when a vault key signs. */
async function vaultSignerOf(keyId: string, certPath: string, values: Record<string, unknown>, io: Io) {
  const { vaultSigner, credentialFromFlags } = await import("../online/signers.js");
  return vaultSigner("--key-vault-key-id", keyId, "--signing-cert", certPath, credentialFromFlags(values), io);
}

export interface GovMessageFlags {
  type: string;
  payload: Uint8Array;
  proposalId?: string;
  createdAt?: number;
}

/** Reads --content, --ccf-gov-msg-type, the proposal id and created_at (parsed; omitted = now). */
export async function readGovMessageFlags(values: Record<string, unknown>, io: Io, options: { createdAtRequired?: boolean } = {}): Promise<GovMessageFlags> {
  const type = required(values, "ccf-gov-msg-type");
  if (!(GOV_MESSAGE_TYPES as readonly string[]).includes(type)) {
    throw new InputError("--ccf-gov-msg-type", `unknown message type ${quoteValue(type, 40)} (expected one of: ${GOV_MESSAGE_TYPES.join(", ")})`);
  }
  const contentPath = required(values, "content");
  const createdAtText = optional(values, "ccf-gov-msg-created-at");
  if (createdAtText === undefined && options.createdAtRequired) {
    throw new InputError("--ccf-gov-msg-created-at", "is required (the same time that was used to prepare the message)");
  }
  const proposalId = optional(values, "ccf-gov-msg-proposal-id");
  const payload = contentPath === "-" ? await readAll(io.stdin) : readFlagFile("--content", contentPath, io);
  return {
    type,
    payload: new Uint8Array(payload),
    ...(proposalId !== undefined ? { proposalId } : {}),
    ...(createdAtText !== undefined ? { createdAt: parseCreatedAt(createdAtText, "--ccf-gov-msg-created-at") } : {}),
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/i;

/**
 * created_at from an ISO 8601 time, as CCF's tool reads it (`int(datetime.fromisoformat(t).timestamp())`:
 * whole seconds, fractions dropped), except that a time without an offset is UTC (CCF's tool takes the
 * machine's local zone, which makes the same script sign different times on different machines).
 * Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH[:MM[:SS[.fff]]]` (T or a space), then `Z`, `±HH`, `±HHMM` or `±HH:MM`.
 */
export function parseCreatedAt(text: string, input: string): number {
  const m = ISO.exec(text.trim());
  const bad = (why: string) => new InputError(input, `${quoteValue(text, 40)} ${why}`);
  if (!m) throw bad("is not an ISO 8601 time (e.g. 2024-05-01T12:00:00Z; without an offset it is UTC)");
  const [, y, mo, d, h = "0", mi = "0", s = "0", , z, sign, oh = "0", om = "0"] = m;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) throw bad("is not a valid date");
  if (hour > 23 || minute > 59 || second > 59) throw bad("is not a valid time of day");
  if (Number(oh) > 23 || Number(om) > 59) throw bad("has an invalid UTC offset");
  if (year < 1970) throw bad("is before 1970-01-01T00:00:00Z; created_at cannot be negative");
  let seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  if (!z && sign) seconds -= (sign === "-" ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60);
  if (seconds < 0) throw bad("is before 1970-01-01T00:00:00Z; created_at cannot be negative");
  if (seconds > MAX_CREATED_AT) throw bad(`is too late (created_at would exceed ${MAX_CREATED_AT}, which CCF refuses)`);
  return seconds;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export function writeBinary(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (err) => (err ? reject(err) : resolve()));
  });
}
