/**
 * Disaster simulation and the end of a recovery.
 *
 * `simulateDisaster` models what operators see after losing every node and starting a recovery
 * network from the ledger: a NEW service identity (new secp384r1 key, previous identity recorded),
 * node certificates re-issued under it (the TLS listeners switch: clients must re-pin), service status
 * `Recovering`, `recoveryCount` + 1 (CCF counts it when the recovering service is created), the
 * creation transaction ids rolled (previous ← current), a new view, and the ledger secret forgotten
 * (only the wrapped secret and the encrypted shares, which live in the public ledger, remain).
 *
 * Members then pass `transition_service_to_open` with `previous_service_identity` and
 * `next_service_identity` (→ `WaitingForRecoveryShares`, hooks.ts), decrypt their shares and submit
 * them (routes.ts). When the submitted shares unwrap the ledger secret, `completePrivateRecovery`
 * opens the service again and issues fresh shares.
 */
import { generateKeyPairSync, X509Certificate } from "node:crypto";
import { writeFileAtomic } from "../persistence.js";
import { join } from "node:path";
import { createCertificate } from "../../core/identity/index.js";
import { issueNodeCertificate } from "../cluster.js";
import type { SandboxService } from "../service.js";
import { txId } from "../state.js";
import { issueRecoveryShares, shareSchemeOf } from "./shares.js";

export interface DisasterResult {
  /** The new service identity clients must pin. */
  serviceCertificatePem: string;
  /** The identity before the disaster (what `previous_service_identity` must carry). */
  previousServiceCertificatePem: string;
}

export interface DisasterOptions {
  /** Re-present the node certificates on the running listeners (Cluster.refreshCertificates). */
  refreshCertificates?: () => void;
  /** Validity of the new identity and node certificates (days). */
  days?: number;
}

export async function simulateDisaster(service: SandboxService, options: DisasterOptions = {}): Promise<DisasterResult> {
  const before = service.state;
  if (before.service.status !== "Open") {
    throw new Error(`a disaster can only be simulated on an Open service (status is ${before.service.status})`);
  }
  if (typeof before.recovery.wrappedLedgerSecret !== "string") {
    throw new Error("no recovery shares were ever issued: the service could not be recovered (add an Active recovery member first)");
  }
  await service.flush();

  const previousServiceCertificatePem = before.service.certificatePem;
  const subject = new X509Certificate(previousServiceCertificatePem).subject.split("\n").join(", ") || "CN=CCF Network";
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "secp384r1" });
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const days = options.days ?? before.service.config.maximumServiceCertificateValidityDays ?? 365;
  const serviceCertificatePem = await createCertificate({ subject, publicKey: privateKey, privateKey, isCa: true, days });
  const identity = { certificatePem: serviceCertificatePem, privateKeyPem };
  const nodeCerts = await Promise.all(before.nodes.map((n) => issueNodeCertificate(n.privateKeyPem, identity)));

  const next = structuredClone(service.state);
  const ledger = next.ledger;
  ledger.viewHistory.push({ view: ledger.view, lastSeqno: ledger.seqno });
  ledger.view += 1;
  ledger.seqno += 1;
  const createTxId = txId(ledger.view, ledger.seqno);
  next.service.previousServiceIdentityPem = previousServiceCertificatePem;
  next.service.certificatePem = serviceCertificatePem;
  next.service.privateKeyPem = privateKeyPem;
  next.service.status = "Recovering";
  next.service.recoveryCount = (next.service.recoveryCount ?? 0) + 1;
  if (next.service.creationTransactionId !== undefined) {
    next.service.previousServiceCreationTransactionId = next.service.creationTransactionId;
  }
  next.service.creationTransactionId = createTxId;
  next.nodes.forEach((n, i) => (n.certificatePem = nodeCerts[i]!));
  delete next.recovery.ledgerSecret;
  next.recovery.submittedShares = {};
  next.recovery.privateRecoveryInProgress = false;
  service.replaceState(next);
  service.emitSignature();
  await service.flush();
  await writeFileAtomic(join(service.dir, "service_cert.pem"), serviceCertificatePem, 0o644);
  options.refreshCertificates?.();
  return { serviceCertificatePem, previousServiceCertificatePem };
}

/**
 * The end of private recovery: the service opens, the submitted shares are cleared and every Active
 * recovery member gets a fresh share (CCF issues shares after a completed recovery). If issuance fails
 * the service still opens (CCF would have opened already) and the failure is returned.
 */
export function completePrivateRecovery(service: SandboxService): Error | undefined {
  const state = service.state;
  if (state.service.status !== "WaitingForRecoveryShares" || state.recovery.privateRecoveryInProgress !== true) return undefined;
  let failure: Error | undefined;
  service.transact((tx) => {
    tx.state.service.status = "Open";
    tx.state.recovery.submittedShares = {};
    tx.state.recovery.privateRecoveryInProgress = false;
    try {
      issueRecoveryShares(tx.state, service.random, shareSchemeOf(service.profile.sharing));
    } catch (err) {
      failure = err as Error;
    }
  });
  return failure;
}
