import { InputError } from "../../core/errors.js";
import { localSigner } from "../../core/cose/local-signer.js";
import type { Signer } from "../../core/cose/signer.js";
import { optional, type OptionSpec } from "../args.js";
import type { Io } from "../io.js";
import { readFlagFile, flagInput } from "../files.js";
import { looksLikePath, looksLikePem } from "../../core/text/input-value.js";

/** The member who signs: its private key and certificate files. */
export const SIGNER_FLAGS = {
  "signing-key": { type: "string" },
  "signing-cert": { type: "string" },
} as const satisfies OptionSpec;

/** Proposals that need ballots: who votes, and whether to wait for the commit. */
export const VOTING_FLAGS = {
  voter: { type: "string", multiple: true },
  "wait-for-commit": { type: "boolean" },
} as const satisfies OptionSpec;

export const SIGNER_USAGE = `Signing member:
  --signing-key KEY        the member's private key (PEM)
  --signing-cert CERT      the member's certificate (PEM)`;

export const VOTING_USAGE = `Voting:
  --voter KEY,CERT         a member who votes for the proposal (repeatable; without any, the signing
                           member votes alone). Ballots are sent in parallel until it is Accepted.
  --wait-for-commit        wait until the accepting transaction is committed`;

/** The signer named by --signing-key / --signing-cert (both required). */
export function signerFromFlags(values: Record<string, unknown>, io: Io): Signer {
  const keyPath = optional(values, "signing-key");
  const certPath = optional(values, "signing-cert");
  if (!keyPath) throw new InputError("--signing-key", "is required (the signing member's private key, PEM)");
  if (!certPath) throw new InputError("--signing-cert", "is required (the signing member's certificate, PEM)");
  return signerFromFiles("--signing-key", keyPath, "--signing-cert", certPath, io);
}

/** The voters named by each `--voter KEY,CERT`; the signer alone when there are none. */
export function votersFromFlags(values: Record<string, unknown>, io: Io, signer: Signer): Signer[] {
  const specs = (values.voter as string[] | undefined) ?? [];
  if (specs.length === 0) return [signer];
  return specs.map((spec) => {
    const parts = spec.split(",");
    if (parts.length !== 2 || !parts[0]!.trim() || !parts[1]!.trim()) {
      const shown = looksLikePath(spec) ? `'${spec}' is not KEY,CERT` : looksLikePem(spec) ? "the value given looks like PEM, not KEY,CERT" : "the value given is not KEY,CERT";
      throw new InputError("--voter", `${shown} (the paths of a member's private key and certificate, separated by a comma)`);
    }
    return signerFromFiles("--voter", parts[0]!.trim(), "--voter", parts[1]!.trim(), io);
  });
}

function signerFromFiles(keyFlag: string, keyPath: string, certFlag: string, certPath: string, io: Io): Signer {
  return localSigner(readFlagFile(keyFlag, keyPath, io), readFlagFile(certFlag, certPath, io), {
    keyInput: flagInput(keyFlag, keyPath),
    certInput: flagInput(certFlag, certPath),
  });
}
