// A Member's properties as the provider host hands them over (plain JSON, secrets already unwrapped by the
// engine): validated with the core's loaders (their InputErrors become check failures) and turned into a
// typed spec. Nothing here talks to the network.
import { InputError, curveOf, loadCertificate, loadEncryptionPublicKey, localSigner, memberIdOf, nodeOrigin, parseApiChoice, } from "../core/index.js";
import { Failures } from "./check-failures.js";
const RECOVERY_ROLES = ["Participant", "Owner", "NonParticipant"];
/** Validates a Member's inputs, property by property; unknown (preview) values are skipped. */
export function checkMemberInputs(news) {
    const inputs = { ...news };
    const connection = isObject(news.connection) ? { ...news.connection } : news.connection;
    if (isObject(connection) && connection.apiVersion === undefined)
        connection.apiVersion = "auto";
    inputs.connection = connection;
    inputs.adopt = news.adopt ?? false;
    inputs.keepReceipts = news.keepReceipts ?? false;
    inputs.waitForActive = news.waitForActive ?? news.activation !== undefined;
    const f = new Failures();
    f.run("connection", connection, () => parseConnection(connection));
    f.run("certificate", news.certificate, () => parseCertificate(news.certificate));
    if (news.encryptionPublicKey !== undefined) {
        f.run("encryptionPublicKey", news.encryptionPublicKey, () => loadEncryptionPublicKey(str(news.encryptionPublicKey, "encryptionPublicKey"), "encryptionPublicKey"));
    }
    if (news.memberData !== undefined)
        f.run("memberData", news.memberData, () => parseMemberData(news.memberData));
    if (news.recoveryRole !== undefined) {
        f.run("recoveryRole", [news.recoveryRole, news.encryptionPublicKey], () => parseRecoveryRole(news.recoveryRole, news.encryptionPublicKey));
    }
    f.run("proposer", news.proposer, () => signerOf(news.proposer, "proposer"));
    if (news.voters !== undefined) {
        f.run("voters", news.voters, () => {
            if (!Array.isArray(news.voters) || news.voters.length === 0)
                throw new InputError("voters", "must be a non-empty list of { certificate, privateKey }");
        });
        if (Array.isArray(news.voters))
            news.voters.forEach((v, i) => f.run(`voters[${i}]`, v, () => signerOf(v, `voters[${i}]`)));
    }
    if (news.activation !== undefined) {
        f.run("activation", [news.activation, news.certificate], () => activationSigner(news.activation, news.certificate));
    }
    for (const flag of ["adopt", "waitForActive", "keepReceipts"]) {
        f.run(flag, inputs[flag], () => {
            if (typeof inputs[flag] !== "boolean")
                throw new InputError(flag, "must be true or false");
        });
    }
    return { inputs, failures: f.list };
}
/** The typed spec of checked inputs (or of the outputs in state, which echo them). Throws InputError. */
export function parseMember(props) {
    const { memberId, pem } = parseCertificate(props.certificate);
    const encryptionPublicKey = props.encryptionPublicKey === undefined || props.encryptionPublicKey === null
        ? undefined
        : loadEncryptionPublicKey(str(props.encryptionPublicKey, "encryptionPublicKey"), "encryptionPublicKey").publicKeyPem;
    return {
        connection: parseConnection(props.connection),
        certificate: pem,
        memberId,
        encryptionPublicKey,
        memberData: props.memberData === undefined || props.memberData === null ? undefined : parseMemberData(props.memberData),
        recoveryRole: props.recoveryRole === undefined || props.recoveryRole === null ? undefined : parseRecoveryRole(props.recoveryRole, props.encryptionPublicKey),
        proposer: credentials(props.proposer, "proposer"),
        voters: Array.isArray(props.voters) ? props.voters.map((v, i) => credentials(v, `voters[${i}]`)) : undefined,
        activation: isObject(props.activation) ? { privateKey: str(props.activation.privateKey, "activation.privateKey") } : undefined,
        waitForActive: props.waitForActive === true,
        adopt: props.adopt === true,
        keepReceipts: props.keepReceipts === true,
    };
}
export function parseConnection(value) {
    if (!isObject(value))
        throw new InputError("connection", "must be { nodeUrls, serviceCertificate, apiVersion?, timeoutSeconds? }");
    const { nodeUrls, serviceCertificate } = value;
    const apiVersion = value.apiVersion ?? "auto";
    if (!Array.isArray(nodeUrls) || nodeUrls.length === 0 || !nodeUrls.every((u) => typeof u === "string")) {
        throw new InputError("connection.nodeUrls", "must be a non-empty list of https:// URLs");
    }
    const pem = str(serviceCertificate, "connection.serviceCertificate");
    loadCertificate(pem, "connection.serviceCertificate");
    const api = parseApiChoice(String(apiVersion), "connection.apiVersion");
    // Named as the client names them, so a bad URL fails Check exactly as it would fail the first request.
    nodeUrls.forEach((u, i) => nodeOrigin(u, `nodes[${i}]`));
    const { timeoutSeconds } = value;
    if (timeoutSeconds !== undefined && (typeof timeoutSeconds !== "number" || !(timeoutSeconds > 0) || timeoutSeconds > 86_400)) {
        throw new InputError("connection.timeoutSeconds", "must be a number of seconds, more than 0 and at most 86400");
    }
    return { nodeUrls: nodeUrls, serviceCertificate: pem, apiVersion: api, ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) };
}
function parseCertificate(value) {
    const pem = str(value, "certificate");
    const cert = loadCertificate(pem, "certificate");
    curveOf(cert, "certificate");
    return { memberId: memberIdOf(cert), pem };
}
function parseMemberData(value) {
    if (!isObject(value))
        throw new InputError("memberData", "must be a JSON object");
    return value;
}
function parseRecoveryRole(role, encryptionPublicKey) {
    if (typeof role !== "string" || !RECOVERY_ROLES.includes(role)) {
        throw new InputError("recoveryRole", `'${String(role)}' is not one of ${RECOVERY_ROLES.join(", ")}`);
    }
    if (role !== "NonParticipant" && (encryptionPublicKey === undefined || encryptionPublicKey === null)) {
        throw new InputError("recoveryRole", "needs encryptionPublicKey (only recovery members have a recovery role)");
    }
    return role;
}
function credentials(value, input) {
    if (!isObject(value))
        throw new InputError(input, "must be { certificate, privateKey }");
    return { certificate: str(value.certificate, `${input}.certificate`), privateKey: str(value.privateKey, `${input}.privateKey`) };
}
/** A signer for Active-member credentials; refuses a key that is not the certificate's (KEY_MISMATCH). */
export function signerOf(value, input) {
    const c = credentials(value, input);
    return localSigner(c.privateKey, c.certificate, { keyInput: `${input}.privateKey`, certInput: `${input}.certificate` });
}
/** The new member's own signer (its key must match `certificate`). */
export function activationSigner(activation, certificate) {
    if (!isObject(activation))
        throw new InputError("activation", "must be { privateKey }");
    return localSigner(str(activation.privateKey, "activation.privateKey"), str(certificate, "certificate"), {
        keyInput: "activation.privateKey",
        certInput: "certificate",
    });
}
function str(value, input) {
    if (typeof value !== "string" || value.length === 0)
        throw new InputError(input, "is required (a PEM string)");
    return value;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
