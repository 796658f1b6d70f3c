// A Member's properties as the provider host hands them over (plain JSON, secrets already unwrapped by the
// engine): validated with the core's loaders (their InputErrors become check failures) and turned into a
// typed spec. Nothing here talks to the network.
import { quoteValue } from "../core/text/input-value.js";
import {
  InputError,
  azureKeyVaultSigner,
  curveOf,
  loadCertificate,
  loadEncryptionPublicKey,
  localSigner,
  memberIdOf,
  nodeOrigin,
  parseApiChoice,
  parseAzureCredentialName,
  parseKeyVaultKeyId,
  type ApiChoice,
  type AzureCredentialName,
  type RecoveryRole,
  type Signer,
} from "../core/index.js";
import { Failures } from "./check-failures.js";

export interface Connection {
  nodeUrls: string[];
  serviceCertificate: string;
  apiVersion: ApiChoice;
  /** Operation deadline for each node request, retries included (seconds; default 60). */
  timeoutSeconds?: number;
}

/** A key in Azure Key Vault / Managed HSM, reached through @azure/identity (no secret: only the key's id). */
export interface VaultKey {
  keyVaultKeyId: string;
  /** default (DefaultAzureCredential), cli, workload, managed or env. */
  azureCredential?: AzureCredentialName;
}

/** An Active member's signing key: a private key (secret), or a Key Vault key id. */
export type SigningCredentials = { certificate: string } & ({ privateKey: string } | VaultKey);

/** The new member's own key: a private key (secret), or a Key Vault key id. */
export type ActivationCredentials = { privateKey: string } | VaultKey;

export interface MemberSpec {
  connection: Connection;
  certificate: string;
  memberId: string;
  /** SPKI PEM as CCF stores it (normalized), for recovery members. */
  encryptionPublicKey?: string;
  memberData?: Record<string, unknown>;
  recoveryRole?: RecoveryRole;
  proposer: SigningCredentials;
  voters?: SigningCredentials[];
  activation?: ActivationCredentials;
  waitForActive: boolean;
  adopt: boolean;
  /** Seconds a change that cannot pass with the voters given waits for other members' ballots. */
  waitForAcceptance: number;
  keepReceipts: boolean;
}

/** The longest `waitForAcceptance` (a day): longer belongs to a later `pulumi up`. */
export const MAX_WAIT_FOR_ACCEPTANCE_S = 86_400;

const RECOVERY_ROLES: RecoveryRole[] = ["Participant", "Owner", "NonParticipant"];

type Props = Record<string, unknown>;

/** Validates a Member's inputs, property by property; unknown (preview) values are skipped. */
export function checkMemberInputs(news: Props): { inputs: Props; failures: Failures["list"] } {
  if (!isObject(news)) news = {};
  const inputs: Props = { ...news };
  const connection = isObject(news.connection) ? { ...news.connection } : news.connection;
  if (isObject(connection) && connection.apiVersion === undefined) connection.apiVersion = "auto";
  inputs.connection = connection;
  inputs.adopt = news.adopt ?? false;
  inputs.keepReceipts = news.keepReceipts ?? false;
  inputs.waitForActive = news.waitForActive ?? news.activation !== undefined;
  inputs.waitForAcceptance = news.waitForAcceptance ?? 0;

  const f = new Failures();
  f.run("connection", connection, () => parseConnection(connection));
  f.run("certificate", news.certificate, () => parseCertificate(news.certificate));
  if (news.encryptionPublicKey !== undefined) {
    f.run("encryptionPublicKey", news.encryptionPublicKey, () => loadEncryptionPublicKey(str(news.encryptionPublicKey, "encryptionPublicKey"), "encryptionPublicKey"));
  }
  if (news.memberData !== undefined) f.run("memberData", news.memberData, () => parseMemberData(news.memberData));
  if (news.recoveryRole !== undefined) {
    f.run("recoveryRole", [news.recoveryRole, news.encryptionPublicKey], () => parseRecoveryRole(news.recoveryRole, news.encryptionPublicKey));
  }
  f.run("proposer", news.proposer, () => signerOf(news.proposer, "proposer"));
  if (news.voters !== undefined) {
    f.run("voters", news.voters, () => {
      if (!Array.isArray(news.voters) || news.voters.length === 0) throw new InputError("voters", "must be a non-empty list of { certificate, privateKey } or { certificate, keyVaultKeyId }");
    });
    if (Array.isArray(news.voters)) news.voters.forEach((v, i) => f.run(`voters[${i}]`, v, () => signerOf(v, `voters[${i}]`)));
  }
  if (news.activation !== undefined) {
    f.run("activation", [news.activation, news.certificate], () => activationSigner(news.activation, news.certificate));
  }
  f.run("waitForAcceptance", inputs.waitForAcceptance, () => waitForAcceptanceOf(inputs.waitForAcceptance));
  for (const flag of ["adopt", "waitForActive", "keepReceipts"] as const) {
    f.run(flag, inputs[flag], () => {
      if (typeof inputs[flag] !== "boolean") throw new InputError(flag, "must be true or false");
    });
  }
  return { inputs, failures: f.list };
}

/** The typed spec of checked inputs (or of the outputs in state, which echo them). Throws InputError. */
export function parseMember(props: Props): MemberSpec {
  const { memberId, pem } = parseCertificate(props.certificate);
  const encryptionPublicKey =
    props.encryptionPublicKey === undefined || props.encryptionPublicKey === null
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
    activation: isObject(props.activation) ? keyOf(props.activation, "activation") : undefined,
    waitForActive: props.waitForActive === true,
    adopt: props.adopt === true,
    waitForAcceptance: props.waitForAcceptance === undefined || props.waitForAcceptance === null ? 0 : waitForAcceptanceOf(props.waitForAcceptance),
    keepReceipts: props.keepReceipts === true,
  };
}

/** `waitForAcceptance`: whole seconds from 0 to a day. */
function waitForAcceptanceOf(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_WAIT_FOR_ACCEPTANCE_S) {
    throw new InputError("waitForAcceptance", `must be a whole number of seconds from 0 to ${MAX_WAIT_FOR_ACCEPTANCE_S} (got ${JSON.stringify(value)?.slice(0, 40)})`);
  }
  return value;
}

export function parseConnection(value: unknown): Connection {
  if (!isObject(value)) throw new InputError("connection", "must be { nodeUrls, serviceCertificate, apiVersion?, timeoutSeconds? }");
  const { nodeUrls, serviceCertificate } = value;
  const apiVersion = value.apiVersion ?? "auto";
  if (!Array.isArray(nodeUrls) || nodeUrls.length === 0 || !nodeUrls.every((u) => typeof u === "string")) {
    throw new InputError("connection.nodeUrls", "must be a non-empty list of https:// URLs");
  }
  const pem = str(serviceCertificate, "connection.serviceCertificate");
  loadCertificate(pem, "connection.serviceCertificate");
  const api = parseApiChoice(apiVersion as string, "connection.apiVersion");
  // Named as the client names them, so a bad URL fails Check exactly as it would fail the first request.
  nodeUrls.forEach((u: string, i) => nodeOrigin(u, `nodes[${i}]`));
  const { timeoutSeconds } = value;
  if (timeoutSeconds !== undefined && (typeof timeoutSeconds !== "number" || !(timeoutSeconds > 0) || timeoutSeconds > 86_400)) {
    throw new InputError("connection.timeoutSeconds", "must be a number of seconds, more than 0 and at most 86400");
  }
  return { nodeUrls: nodeUrls as string[], serviceCertificate: pem, apiVersion: api, ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) };
}

function parseCertificate(value: unknown): { memberId: string; pem: string } {
  const pem = str(value, "certificate");
  const cert = loadCertificate(pem, "certificate");
  curveOf(cert, "certificate");
  return { memberId: memberIdOf(cert), pem };
}

function parseMemberData(value: unknown): Record<string, unknown> {
  if (!isObject(value)) throw new InputError("memberData", "must be a JSON object");
  return value;
}

function parseRecoveryRole(role: unknown, encryptionPublicKey: unknown): RecoveryRole {
  if (typeof role !== "string" || !RECOVERY_ROLES.includes(role as RecoveryRole)) {
    throw new InputError("recoveryRole", `${quoteValue(role, 40)} is not one of ${RECOVERY_ROLES.join(", ")}`);
  }
  if (role !== "NonParticipant" && (encryptionPublicKey === undefined || encryptionPublicKey === null)) {
    throw new InputError("recoveryRole", "needs encryptionPublicKey (only recovery members have a recovery role)");
  }
  return role as RecoveryRole;
}

function credentials(value: unknown, input: string): SigningCredentials {
  if (!isObject(value)) throw new InputError(input, "must be { certificate, privateKey } or { certificate, keyVaultKeyId }");
  return { certificate: str(value.certificate, `${input}.certificate`), ...keyOf(value, input) };
}

/** `privateKey`, or `keyVaultKeyId` (+ `azureCredential`): exactly one. */
function keyOf(value: Record<string, unknown>, input: string): ActivationCredentials {
  const hasVault = value.keyVaultKeyId !== undefined && value.keyVaultKeyId !== null;
  if (hasVault && value.privateKey !== undefined && value.privateKey !== null) {
    throw new InputError(input, "give either privateKey or keyVaultKeyId, not both");
  }
  if (!hasVault) return { privateKey: str(value.privateKey, `${input}.privateKey`) };
  if (typeof value.keyVaultKeyId !== "string") throw new InputError(`${input}.keyVaultKeyId`, "must be a Key Vault key identifier (https://...)");
  const keyVaultKeyId = parseKeyVaultKeyId(value.keyVaultKeyId, `${input}.keyVaultKeyId`);
  const cred = value.azureCredential;
  if (cred !== undefined && cred !== null && typeof cred !== "string") throw new InputError(`${input}.azureCredential`, "must be a string");
  return cred ? { keyVaultKeyId, azureCredential: parseAzureCredentialName(cred, `${input}.azureCredential`) } : { keyVaultKeyId };
}

function signerFor(key: ActivationCredentials, certificate: string, input: string, certInput: string): Signer {
  if ("keyVaultKeyId" in key) {
    return azureKeyVaultSigner({
      keyId: key.keyVaultKeyId,
      certificatePem: certificate,
      credential: key.azureCredential ?? "default",
      names: { keyId: `${input}.keyVaultKeyId`, certificate: certInput },
    });
  }
  return localSigner(key.privateKey, certificate, { keyInput: `${input}.privateKey`, certInput });
}

/** A signer for Active-member credentials; refuses a key that is not the certificate's (KEY_MISMATCH). */
export function signerOf(value: unknown, input: string): Signer {
  const c = credentials(value, input);
  return signerFor(c, c.certificate, input, `${input}.certificate`);
}

/** The new member's own signer (its key must match `certificate`). */
export function activationSigner(activation: unknown, certificate: unknown): Signer {
  if (!isObject(activation)) throw new InputError("activation", "must be { privateKey } or { keyVaultKeyId }");
  return signerFor(keyOf(activation, "activation"), str(certificate, "certificate"), "activation", "certificate");
}

function str(value: unknown, input: string): string {
  if (typeof value !== "string" || value.length === 0) throw new InputError(input, "is required (a PEM string)");
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
