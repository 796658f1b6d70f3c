import { isAbsolute, resolve } from "node:path";
import { isAlias, parseDocument, visit, type Node as YamlNode } from "yaml";
import type { RecoveryRole } from "../client/model.js";
import { CcfConsortiumError, InputError, typedError } from "../errors.js";
import { MAX_INPUT_FILE_BYTES, readInputFile, sizeText } from "../files/read-input-file.js";
import { inputWithValue, looksLikePath, notAFileProblem, quoteValue, typeName } from "../text/input-value.js";
import { certificatePem, loadCertificate, loadEncryptionPublicKey, memberIdOf } from "../identity/index.js";

/**
 * A desired membership, as JSON or YAML:
 *
 * ```yaml
 * recovery_threshold: 2            # optional
 * members:
 *   - name: alice                  # unique; matched against live member_data.name for key rotations
 *     certificate: certs/alice_cert.pem      # a path (relative to the manifest) or the PEM itself
 *     encryption_public_key: certs/alice_enc_pubk.pem   # optional: makes alice a recovery member
 *     member_data: { name: alice, role: operator }       # optional JSON object
 *     recovery_role: Participant    # optional (CCF 6.x+): NonParticipant | Participant | Owner
 * ```
 * A bare list of members is accepted too.
 */
export interface ManifestMember {
  name: string;
  certificatePem: string;
  memberId: string;
  encryptionPublicKeyPem?: string;
  memberData: Record<string, unknown> | null;
  recoveryRole?: RecoveryRole;
}

export interface Manifest {
  members: ManifestMember[];
  recoveryThreshold?: number;
}

const MEMBER_FIELDS = new Set(["name", "certificate", "encryption_public_key", "member_data", "recovery_role"]);
const TOP_FIELDS = new Set(["members", "recovery_threshold"]);
const ROLES: readonly RecoveryRole[] = ["NonParticipant", "Participant", "Owner"];

/** Largest manifest parsed (bytes of UTF-8); a larger one is refused before parsing. */
export const MAX_MANIFEST_BYTES = MAX_INPUT_FILE_BYTES;
/**
 * Most YAML aliases (`*name`) a manifest may hold, and the cap handed to the yaml package's
 * `maxAliasCount` (which bounds how far aliases expand). Counted before anything is resolved.
 */
export const MAX_MANIFEST_ALIASES = 50;
/** Deepest nesting of collections a manifest may use (it needs 4); checked by a linear scan before parsing. */
export const MAX_MANIFEST_DEPTH = 64;

export interface ParseManifestOptions {
  /** Folder that relative certificate/key paths are resolved against. */
  baseDir?: string;
  /** Names the manifest in errors (default "manifest"). */
  source?: string;
  /** Reads a file the manifest names (default: a regular file of at most 1 MiB, see readInputFile). */
  readFile?: (path: string) => string;
}

/**
 * Parses a manifest (JSON or YAML). Untrusted: it may come from a pull request. Bounded: over
 * MAX_MANIFEST_BYTES it is refused unparsed, more than MAX_MANIFEST_ALIASES aliases (or an alias inside
 * the node it names) are refused before any is resolved, and files it names are capped regular files.
 * Every failure is an InputError naming the manifest and the entry.
 */
export function parseManifest(text: string, options: ParseManifestOptions = {}): Manifest {
  const source = typeof options?.source === "string" && options.source ? options.source : "manifest";
  try {
    return parseManifestText(text, options ?? {}, source);
  } catch (err) {
    throw typedError(err, source, "could not be read as a manifest (malformed or too deeply nested)");
  }
}

function parseManifestText(text: string, options: ParseManifestOptions, source: string): Manifest {
  if (typeof text !== "string") throw new InputError(source, `must be JSON or YAML text (got ${typeName(text)})`);
  const baseDir = typeof options.baseDir === "string" ? options.baseDir : process.cwd();
  const read = typeof options.readFile === "function" ? options.readFile : (p: string) => readInputFile(p, { input: "file" }).toString("utf8");
  if (text.length > MAX_MANIFEST_BYTES || Buffer.byteLength(text, "utf8") > MAX_MANIFEST_BYTES) {
    throw new InputError(source, `is larger than ${sizeText(MAX_MANIFEST_BYTES)}, the limit for a manifest`);
  }
  if (nestingDepth(text) > MAX_MANIFEST_DEPTH) throw new InputError(source, `nests collections deeper than ${MAX_MANIFEST_DEPTH} levels`);
  const doc = parseYamlBounded(text, source);
  let list: unknown;
  let recoveryThreshold: number | undefined;
  if (Array.isArray(doc)) list = doc;
  else if (doc && typeof doc === "object") {
    const top = doc as Record<string, unknown>;
    for (const k of Object.keys(top)) if (!TOP_FIELDS.has(k)) throw new InputError(source, `unknown field ${quoteValue(k, 60)} (expected: ${[...TOP_FIELDS].join(", ")})`);
    list = top.members;
    if (top.recovery_threshold !== undefined) {
      const t = top.recovery_threshold;
      if (typeof t !== "number" || !Number.isInteger(t) || t < 1 || t > 254) throw new InputError(`${source} recovery_threshold`, `must be an integer from 1 to 254 (got ${JSON.stringify(t)})`);
      recoveryThreshold = t;
    }
  } else throw new InputError(source, "must be a list of members or an object with a 'members' list");
  if (!Array.isArray(list)) throw new InputError(`${source} members`, "must be a list");

  const members: ManifestMember[] = [];
  const names = new Map<string, number>();
  const ids = new Map<string, string>();
  list.forEach((raw, i) => {
    const where = (field?: string) => {
      // The entry's name is shown only when it looks like a name (a key pasted as `name:` is never echoed).
      const given = raw && typeof raw === "object" ? (raw as Record<string, unknown>).name : undefined;
      const name = looksLikePath(given) && given.length <= 64 ? ` (${given})` : "";
      return `${source} members[${i}]${name}${field ? ` ${field}` : ""}`;
    };
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new InputError(where(), "must be an object with name and certificate");
    const entry = raw as Record<string, unknown>;
    for (const k of Object.keys(entry)) if (!MEMBER_FIELDS.has(k)) throw new InputError(where(), `unknown field ${quoteValue(k, 60)} (expected: ${[...MEMBER_FIELDS].join(", ")})`);
    if (typeof entry.name !== "string" || !entry.name.trim()) throw new InputError(where("name"), "is required (a non-empty string)");
    const name = entry.name.trim();
    if (names.has(name)) throw new InputError(where("name"), `${quoteValue(name)} is used twice (also members[${names.get(name)}])`);
    names.set(name, i);

    if (typeof entry.certificate !== "string" || !entry.certificate.trim()) throw new InputError(where("certificate"), "is required (a PEM or a path to a PEM file)");
    const certText = pemOrFile(entry.certificate, where("certificate"), baseDir, read);
    const cert = loadCertificate(certText, where("certificate"));
    const memberId = memberIdOf(cert);
    if (ids.has(memberId)) throw new InputError(where("certificate"), `is the same certificate as member '${ids.get(memberId)}'`);
    ids.set(memberId, name);

    let encryptionPublicKeyPem: string | undefined;
    if (entry.encryption_public_key !== undefined && entry.encryption_public_key !== null) {
      if (typeof entry.encryption_public_key !== "string") throw new InputError(where("encryption_public_key"), "must be a PEM or a path to a PEM file");
      const keyText = pemOrFile(entry.encryption_public_key, where("encryption_public_key"), baseDir, read);
      encryptionPublicKeyPem = loadEncryptionPublicKey(keyText, where("encryption_public_key")).publicKeyPem;
    }
    const data = entry.member_data;
    if (data !== undefined && data !== null && (typeof data !== "object" || Array.isArray(data))) {
      throw new InputError(where("member_data"), "must be a JSON object");
    }
    let recoveryRole: RecoveryRole | undefined;
    if (entry.recovery_role !== undefined && entry.recovery_role !== null) {
      if (!ROLES.includes(entry.recovery_role as RecoveryRole)) throw new InputError(where("recovery_role"), `must be one of ${ROLES.join(", ")} (got ${JSON.stringify(entry.recovery_role)})`);
      recoveryRole = entry.recovery_role as RecoveryRole;
    }
    members.push({
      name,
      certificatePem: certificatePem(cert),
      memberId,
      ...(encryptionPublicKeyPem ? { encryptionPublicKeyPem } : {}),
      memberData: (data as Record<string, unknown> | undefined) ?? null,
      ...(recoveryRole ? { recoveryRole } : {}),
    });
  });
  return { members, ...(recoveryThreshold !== undefined ? { recoveryThreshold } : {}) };
}

/**
 * An upper estimate of how deep `text` nests collections, in one pass: flow brackets (`[`, `{`) outside
 * quotes and comments, and block indicators (`- `, `? `) opening a line. The yaml parser is slow on deep
 * nesting (seconds for a megabyte of `[`), so deep input is refused before it gets there.
 */
function nestingDepth(text: string): number {
  let max = 0;
  let flow = 0;
  let quote = "";
  let lineStart = true;
  let lineIndicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = "";
      else if (c === "\n") lineStart = true;
      continue;
    }
    if (c === "\n") {
      lineStart = true;
      lineIndicators = 0;
      continue;
    }
    if (lineStart) {
      if (c === " " || c === "\t") continue;
      if ((c === "-" || c === "?") && (text[i + 1] === " " || text[i + 1] === "\t")) {
        lineIndicators++;
        if (lineIndicators > max) max = lineIndicators;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t")) {
      const eol = text.indexOf("\n", i);
      if (eol === -1) break;
      i = eol - 1;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") {
      flow++;
      if (flow > max) max = flow;
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
  }
  return max;
}

/** YAML (JSON is YAML) to plain data, with the alias and error handling described at parseManifest. */
function parseYamlBounded(text: string, source: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) throw new InputError(source, `is not valid JSON or YAML: ${yamlProblem(problem)}`);
  let aliases = 0;
  visit(doc, {
    Alias(_key, node, path) {
      aliases++;
      if (aliases > MAX_MANIFEST_ALIASES) throw new InputError(source, `uses more than ${MAX_MANIFEST_ALIASES} YAML aliases (*name); write the values out`);
      for (const ancestor of path) {
        if (isAnchored(ancestor) && ancestor.anchor === node.source) {
          throw new InputError(source, `has a YAML alias (*${shortName(node.source)}) inside the node it refers to (a self-referencing alias)`);
        }
      }
    },
  });
  try {
    return doc.toJS({ maxAliasCount: MAX_MANIFEST_ALIASES });
  } catch (err) {
    if (err instanceof CcfConsortiumError) throw err;
    const msg = err instanceof Error ? err.message : "";
    if (msg.includes("Excessive alias count")) throw new InputError(source, `expands YAML aliases beyond the limit of ${MAX_MANIFEST_ALIASES}`);
    if (msg.startsWith("Unresolved alias")) throw new InputError(source, "uses a YAML alias before its anchor is set");
    throw typedError(err, source, "is not valid JSON or YAML");
  }
}

function isAnchored(node: unknown): node is YamlNode & { anchor: string } {
  return !!node && typeof node === "object" && typeof (node as { anchor?: unknown }).anchor === "string" && !isAlias(node);
}

function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

/** The yaml package's error, as a short line: its code and position, not the quoted source. */
function yamlProblem(err: { code?: string; message?: string; linePos?: [{ line: number; col: number }, ...unknown[]] }): string {
  const at = err.linePos?.[0] ? ` at line ${err.linePos[0].line}, column ${err.linePos[0].col}` : "";
  const first = String(err.message ?? "").split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return `${first.length > 200 ? `${first.slice(0, 200)}…` : first}${at}`;
}

/**
 * A manifest value that is either PEM text or a path (relative to the manifest) to a PEM file. A value
 * that is neither is never echoed unless it looks like a path.
 */
function pemOrFile(value: string, input: string, baseDir: string, read: (p: string) => string): string {
  if (value.includes("-----BEGIN ")) return value;
  if (!looksLikePath(value)) throw new InputError(input, notAFileProblem(value, "no such file", "a PEM or the path of a PEM file"));
  const path = isAbsolute(value) ? value : resolve(baseDir, value);
  try {
    return read(path);
  } catch (err) {
    if (err instanceof InputError) {
      const problem = err.message.slice(err.input.length + 2);
      if (problem === "no such file") throw new InputError(input, `file '${value}' not found (resolved to ${path})`);
      throw new InputError(inputWithValue(input, value), problem, err.code);
    }
    const code = (err as { code?: string }).code;
    throw new InputError(input, code === "ENOENT" ? `file '${value}' not found (resolved to ${path})` : `cannot read '${value}' (${code ?? "error"})`);
  }
}
