import { quoteValue } from "../../core/text/input-value.js";
import { InputError } from "../../core/errors.js";
import type { RecoveryRole } from "../../core/client/model.js";
import { normalizeMemberId, normalizeProposalId } from "../../core/cose/protected-header.js";
import { loadCertificate, certificatePem } from "../../core/identity/certificate.js";
import { loadEncryptionPublicKey } from "../../core/identity/encryption-key.js";
import { optional } from "../args.js";
import type { Io } from "../io.js";
import { inlineOrFile, readFlagFile, flagInput } from "../files.js";

const ROLES: readonly RecoveryRole[] = ["NonParticipant", "Participant", "Owner"];

/** `--member-data JSON|@file`: a JSON object. */
export function memberDataFlag(values: Record<string, unknown>, io: Io, required = false): Record<string, unknown> | undefined {
  const raw = optional(values, "member-data");
  if (raw === undefined) {
    if (required) throw new InputError("--member-data", "is required (a JSON object, or @file holding one)");
    return undefined;
  }
  const { text, input } = inlineOrFile("--member-data", raw, io);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(input, `is not valid JSON (${(err as Error).message.split("\n")[0]})`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new InputError(input, "must be a JSON object, e.g. '{\"name\": \"alice\"}'");
  return value as Record<string, unknown>;
}

export function recoveryRoleFlag(values: Record<string, unknown>): RecoveryRole | undefined {
  const raw = optional(values, "recovery-role");
  if (raw === undefined) return undefined;
  if (!(ROLES as readonly string[]).includes(raw)) throw new InputError("--recovery-role", `${quoteValue(raw, 40)} is not one of ${ROLES.join(", ")}`);
  return raw as RecoveryRole;
}

/** A certificate file flag, as normalized PEM. */
export function certificateFlag(values: Record<string, unknown>, flag: string, io: Io): string | undefined {
  const path = optional(values, flag);
  if (path === undefined) return undefined;
  return certificatePem(loadCertificate(readFlagFile(`--${flag}`, path, io), flagInput(`--${flag}`, path)));
}

/** An RSA encryption public key file flag (≥ 2048 bits), as SPKI PEM. */
export function encryptionKeyFlag(values: Record<string, unknown>, flag: string, io: Io): string | undefined {
  const path = optional(values, flag);
  if (path === undefined) return undefined;
  return loadEncryptionPublicKey(readFlagFile(`--${flag}`, path, io), flagInput(`--${flag}`, path)).publicKeyPem;
}

export function proposalIdFlag(values: Record<string, unknown>): string {
  const raw = optional(values, "proposal-id");
  if (raw === undefined) throw new InputError("--proposal-id", "is required (64 hexadecimal characters)");
  return normalizeProposalId(raw, "--proposal-id");
}

export function memberIdFlag(values: Record<string, unknown>): string | undefined {
  const raw = optional(values, "member-id");
  return raw === undefined ? undefined : normalizeMemberId(raw, "--member-id");
}

/** `--member-id ID` or `--cert CERT`, exactly one: the member a command acts on (`which` says what for). */
export function memberFlags(values: Record<string, unknown>, io: Io, which: string): { memberId: string } | { certificatePem: string } {
  const memberId = memberIdFlag(values);
  const certificatePem = certificateFlag(values, "cert", io);
  if (memberId && certificatePem) throw new InputError("--member-id", "give either --member-id or --cert, not both");
  if (memberId) return { memberId };
  if (certificatePem) return { certificatePem };
  throw new InputError("--member-id", `is required (or --cert: ${which})`);
}
