import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { InputError } from "../errors.js";
import { certificatePem, loadCertificate, loadEncryptionPublicKey, memberIdOf } from "../identity/index.js";
const MEMBER_FIELDS = new Set(["name", "certificate", "encryption_public_key", "member_data", "recovery_role"]);
const TOP_FIELDS = new Set(["members", "recovery_threshold"]);
const ROLES = ["NonParticipant", "Participant", "Owner"];
export function parseManifest(text, options = {}) {
    const source = options.source ?? "manifest";
    const baseDir = options.baseDir ?? process.cwd();
    const read = options.readFile ?? ((p) => readFileSync(p, "utf8"));
    let doc;
    try {
        doc = parseYaml(text, { prettyErrors: true });
    }
    catch (err) {
        throw new InputError(source, `is not valid JSON or YAML: ${err.message.split("\n")[0]}`);
    }
    let list;
    let recoveryThreshold;
    if (Array.isArray(doc))
        list = doc;
    else if (doc && typeof doc === "object") {
        const top = doc;
        for (const k of Object.keys(top))
            if (!TOP_FIELDS.has(k))
                throw new InputError(source, `unknown field '${k}' (expected: ${[...TOP_FIELDS].join(", ")})`);
        list = top.members;
        if (top.recovery_threshold !== undefined) {
            const t = top.recovery_threshold;
            if (typeof t !== "number" || !Number.isInteger(t) || t < 1 || t > 254)
                throw new InputError(`${source} recovery_threshold`, `must be an integer from 1 to 254 (got ${JSON.stringify(t)})`);
            recoveryThreshold = t;
        }
    }
    else
        throw new InputError(source, "must be a list of members or an object with a 'members' list");
    if (!Array.isArray(list))
        throw new InputError(`${source} members`, "must be a list");
    const members = [];
    const names = new Map();
    const ids = new Map();
    list.forEach((raw, i) => {
        const where = (field) => {
            const name = raw && typeof raw === "object" && typeof raw.name === "string" ? ` (${raw.name})` : "";
            return `${source} members[${i}]${name}${field ? ` ${field}` : ""}`;
        };
        if (!raw || typeof raw !== "object" || Array.isArray(raw))
            throw new InputError(where(), "must be an object with name and certificate");
        const entry = raw;
        for (const k of Object.keys(entry))
            if (!MEMBER_FIELDS.has(k))
                throw new InputError(where(), `unknown field '${k}' (expected: ${[...MEMBER_FIELDS].join(", ")})`);
        if (typeof entry.name !== "string" || !entry.name.trim())
            throw new InputError(where("name"), "is required (a non-empty string)");
        const name = entry.name.trim();
        if (names.has(name))
            throw new InputError(where("name"), `'${name}' is used twice (also members[${names.get(name)}])`);
        names.set(name, i);
        if (typeof entry.certificate !== "string" || !entry.certificate.trim())
            throw new InputError(where("certificate"), "is required (a PEM or a path to a PEM file)");
        const certText = pemOrFile(entry.certificate, where("certificate"), baseDir, read);
        const cert = loadCertificate(certText, where("certificate"));
        const memberId = memberIdOf(cert);
        if (ids.has(memberId))
            throw new InputError(where("certificate"), `is the same certificate as member '${ids.get(memberId)}'`);
        ids.set(memberId, name);
        let encryptionPublicKeyPem;
        if (entry.encryption_public_key !== undefined && entry.encryption_public_key !== null) {
            if (typeof entry.encryption_public_key !== "string")
                throw new InputError(where("encryption_public_key"), "must be a PEM or a path to a PEM file");
            const keyText = pemOrFile(entry.encryption_public_key, where("encryption_public_key"), baseDir, read);
            encryptionPublicKeyPem = loadEncryptionPublicKey(keyText, where("encryption_public_key")).publicKeyPem;
        }
        const data = entry.member_data;
        if (data !== undefined && data !== null && (typeof data !== "object" || Array.isArray(data))) {
            throw new InputError(where("member_data"), "must be a JSON object");
        }
        let recoveryRole;
        if (entry.recovery_role !== undefined && entry.recovery_role !== null) {
            if (!ROLES.includes(entry.recovery_role))
                throw new InputError(where("recovery_role"), `must be one of ${ROLES.join(", ")} (got ${JSON.stringify(entry.recovery_role)})`);
            recoveryRole = entry.recovery_role;
        }
        members.push({
            name,
            certificatePem: certificatePem(cert),
            memberId,
            ...(encryptionPublicKeyPem ? { encryptionPublicKeyPem } : {}),
            memberData: data ?? null,
            ...(recoveryRole ? { recoveryRole } : {}),
        });
    });
    return { members, ...(recoveryThreshold !== undefined ? { recoveryThreshold } : {}) };
}
function pemOrFile(value, input, baseDir, read) {
    if (value.includes("-----BEGIN "))
        return value;
    const path = isAbsolute(value) ? value : resolve(baseDir, value);
    try {
        return read(path);
    }
    catch (err) {
        const code = err.code;
        throw new InputError(input, code === "ENOENT" ? `file '${value}' not found (resolved to ${path})` : `cannot read '${value}' (${code ?? err.message})`);
    }
}
