import { constants, mkdirSync, openSync, closeSync, writeSync, statSync, unlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Io } from "../io.js";
import { println } from "../io.js";
import { optional, parseFlags, required } from "../args.js";
import { InputError } from "../../core/errors.js";
import { looksLikePath, quoteValue } from "../../core/text/input-value.js";
import { CURVES, isCurve, type Curve } from "../../core/identity/curves.js";
import { assertMemberName, generateMemberIdentity } from "../../core/identity/member-identity.js";
import { generateEncryptionKeyPair, MIN_ENCRYPTION_KEY_BITS } from "../../core/identity/encryption-key.js";

export const usage = `Usage: ccf-consortium keygen --name NAME [--curve secp384r1|secp256r1|secp521r1] [--gen-enc-key]
                            [--out DIR] [--force]

Generates a member identity the way CCF's keygenerator.sh does (same flags, same file names):
  NAME_privk.pem      EC private key (PKCS#8, mode 0600)
  NAME_cert.pem       self-signed certificate, subject CN=NAME, 365 days, signed with the curve's hash
and with --gen-enc-key, for a recovery member:
  NAME_enc_privk.pem  RSA private key (PKCS#8, mode 0600)
  NAME_enc_pubk.pem   RSA public key (SPKI)
Prints the files written and the member id.

Options:
  -n, --name NAME          member name (certificate CN and file prefix)
  -c, --curve CURVE        secp384r1 (default), secp256r1 or secp521r1
  -g, --gen-enc-key        also generate an RSA encryption key pair
      --enc-key-bits BITS  RSA modulus size (default ${MIN_ENCRYPTION_KEY_BITS}; smaller is refused)
  -o, --out DIR            directory to write to (default: current directory; created if missing)
      --force              overwrite existing files`;

const OPTIONS = {
  name: { type: "string", short: "n" },
  curve: { type: "string", short: "c" },
  "gen-enc-key": { type: "boolean", short: "g" },
  "enc-key-bits": { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
} as const;

interface OutputFile {
  name: string;
  contents: string;
  secret: boolean;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...OPTIONS });
  const name = required(values, "name");
  assertMemberName(name, "--name");
  if (name === "." || name === ".." || /[/\\]/.test(name)) {
    throw new InputError("--name", "must not contain '/' or '\\' (it is used as a file name prefix)");
  }
  const curve = parseCurve(optional(values, "curve"));
  const genEncKey = values["gen-enc-key"] === true;
  const encBitsFlag = optional(values, "enc-key-bits");
  if (encBitsFlag !== undefined && !genEncKey) throw new InputError("--enc-key-bits", "only applies with --gen-enc-key");
  const encBits = encBitsFlag === undefined ? MIN_ENCRYPTION_KEY_BITS : parseBits(encBitsFlag);
  const force = values.force === true;
  const outFlag = optional(values, "out");
  if (outFlag !== undefined && !looksLikePath(outFlag)) throw new InputError("--out", "the value given is not a plausible directory path (it is not shown)");
  const dir = resolve(io.cwd, outFlag ?? ".");
  const shown = (file: string) => (outFlag === undefined ? file : join(outFlag, file));

  const names = [`${name}_privk.pem`, `${name}_cert.pem`, ...(genEncKey ? [`${name}_enc_privk.pem`, `${name}_enc_pubk.pem`] : [])];
  prepareDirectory(dir, outFlag ?? ".");
  if (!force) {
    for (const file of names) {
      if (exists(join(dir, file))) throw new InputError(shown(file), "already exists; pass --force to overwrite it");
    }
  }

  const identity = await generateMemberIdentity({ name, curve });
  const files: OutputFile[] = [
    { name: names[0]!, contents: identity.privateKeyPem, secret: true },
    { name: names[1]!, contents: identity.certificatePem, secret: false },
  ];
  if (genEncKey) {
    const enc = await generateEncryptionKeyPair({ bits: encBits });
    files.push({ name: names[2]!, contents: enc.privateKeyPem, secret: true });
    files.push({ name: names[3]!, contents: enc.publicKeyPem, secret: false });
  }

  const written: string[] = [];
  try {
    for (const file of files) {
      writeOutput(join(dir, file.name), shown(file.name), file, force);
      written.push(join(dir, file.name));
    }
  } catch (err) {
    // Leave no half-made identity behind (e.g. a key without its certificate).
    for (const path of written) unlinkSync(path);
    throw err;
  }
  for (const file of files) println(io.stdout, `Wrote ${shown(file.name)}${file.secret ? " (private key, mode 0600: keep it secret)" : ""}`);
  println(io.stdout, `Member id (${curve}): ${identity.memberId}`);
  return 0;
}

function parseCurve(value: string | undefined): Curve {
  if (value === undefined) return "secp384r1";
  if (isCurve(value)) return value;
  const why = value === "secp256k1" ? " (CCF governance does not accept secp256k1 signatures)" : "";
  throw new InputError("--curve", `${quoteValue(value, 40)} is not supported${why}; use one of ${CURVES.join(", ")}`, "UNSUPPORTED_KEY");
}

function parseBits(value: string): number {
  if (!/^\d+$/.test(value)) throw new InputError("--enc-key-bits", `${quoteValue(value, 40)} is not a number of bits`);
  const bits = Number(value);
  if (bits < MIN_ENCRYPTION_KEY_BITS) {
    throw new InputError("--enc-key-bits", `${bits} is too small; RSA encryption keys must be at least ${MIN_ENCRYPTION_KEY_BITS} bits`, "UNSUPPORTED_KEY");
  }
  if (bits > 16384) throw new InputError("--enc-key-bits", `${bits} is too large (at most 16384)`);
  return bits;
}

function prepareDirectory(dir: string, shown: string): void {
  makeDirectories(dir, shown);
  if (!statSync(dir).isDirectory()) throw new InputError("--out", `${shown} is not a directory`);
}

/**
 * `mkdir -p`, one level at a time. Not `mkdirSync(dir, { recursive: true })`: on Node 20 that loops
 * forever when a parent refuses new entries with ENOENT (e.g. `/proc/nope`), so keygen never returned.
 */
function makeDirectories(dir: string, shown: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    let st;
    try {
      st = statSync(at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOTDIR") throw new InputError("--out", `cannot create directory ${shown} (a file is in the way)`);
      if (code !== "ENOENT") throw new InputError("--out", `cannot create directory ${shown} (${code ?? "error"})`);
      const parent = dirname(at);
      if (parent === at) throw new InputError("--out", `cannot create directory ${shown} (no such file system root)`);
      missing.push(at);
      at = parent;
      continue;
    }
    if (!st.isDirectory()) throw new InputError("--out", `cannot create directory ${shown} (a file is in the way)`);
    break;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && isDirectory(path)) continue;
      throw new InputError("--out", `cannot create directory ${shown} (${code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way" : code === "ENOENT" ? "the parent directory does not accept new entries" : (code ?? "error")})`);
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes one file, creating it exclusively with its final mode (0600 for private keys) so that a key is
 * never readable by others, not even briefly. With --force an existing file is removed first (rather than
 * truncated, which would keep its old mode).
 */
function writeOutput(path: string, shown: string, file: OutputFile, force: boolean): void {
  if (force && exists(path)) {
    try {
      unlinkSync(path);
    } catch (err) {
      throw new InputError(shown, `cannot be replaced (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, file.secret ? 0o600 : 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputError(shown, "already exists; pass --force to overwrite it");
    throw new InputError(shown, `cannot be written (${code ?? "error"})`);
  }
  try {
    writeSync(fd, file.contents);
  } finally {
    closeSync(fd);
  }
}
