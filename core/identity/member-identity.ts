import { quoteValue } from "../text/input-value.js";
import { generateKeyPair } from "node:crypto";
import { promisify } from "node:util";
import { InputError } from "../errors.js";
import { CURVES, isCurve, type Curve } from "./curves.js";
import { createCertificate } from "./certificate-generator.js";
import { memberIdOf } from "./member-id.js";

export interface MemberIdentity {
  /** PKCS#8 PEM. */
  privateKeyPem: string;
  /** Self-signed certificate, subject = issuer = `CN=<name>`. */
  certificatePem: string;
  memberId: string;
  curve: Curve;
}

export interface GenerateMemberIdentityOptions {
  name: string;
  curve?: Curve;
  /** Validity in days (default 365, as keygenerator.sh). */
  days?: number;
  now?: Date;
}

/**
 * A new member identity, as CCF's keygenerator.sh makes one: an EC key (secp384r1 by default) and a
 * self-signed certificate `CN=<name>` signed with the curve's hash, valid 365 days.
 */
export async function generateMemberIdentity(options: GenerateMemberIdentityOptions): Promise<MemberIdentity> {
  const curve = options.curve ?? "secp384r1";
  if (!isCurve(curve)) {
    throw new InputError("curve", `${quoteValue(curve, 40)} is not supported; use one of ${CURVES.join(", ")}`, "UNSUPPORTED_KEY");
  }
  assertMemberName(options.name, "name");
  const { privateKey, publicKey } = await promisify(generateKeyPair)("ec", { namedCurve: curve === "secp256r1" ? "prime256v1" : curve });
  const certificatePem = await createCertificate({
    subject: [{ CN: [options.name] }],
    publicKey,
    privateKey,
    days: options.days ?? 365,
    now: options.now,
  });
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    certificatePem,
    memberId: memberIdOf(certificatePem),
    curve,
  };
}

/** A member name usable as a certificate CN (1-64 characters, no control characters). */
export function assertMemberName(name: unknown, input: string): asserts name is string {
  if (typeof name !== "string" || name.length === 0) throw new InputError(input, "is required");
  if (name.length > 64) throw new InputError(input, `is ${name.length} characters long; a certificate CN holds at most 64`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new InputError(input, "must not contain control characters");
}
