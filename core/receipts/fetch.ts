/**
 * Fetching a receipt: `GET /node/receipt?transaction_id=V.S` (CCF registers `/receipt` on every frontend:
 * src/endpoints/common_endpoint_registry.cpp, a historical query through `read_only_adapter_v3`).
 *
 * What the node answers (src/node/historical_queries_adapter.cpp `default_error_handler`):
 *   200  the JSON receipt;
 *   202  + `Retry-After: 3`: the historical state is being fetched — ask again;
 *   404  TransactionPendingOrUnknown: not committed yet (just written, or not yet signed) — ask again;
 *   404  TransactionInvalid: rolled back, or from before a recovery that is not complete — final.
 * Waiting is bounded by `timeoutMs`; each wait honours Retry-After but never exceeds `maxWaitMs` (CCF's
 * Retry-After is a constant 3 s, while the fetch usually completes in milliseconds).
 */
import { CcfConsortiumError, InputError } from "../errors.js";
import type { GovernanceClient } from "../client/governance-client.js";
import { GovernanceError, parseErrorBody } from "../client/errors.js";
import { parseRetryAfter } from "../client/retry.js";
import { parseReceiptJson, type Receipt } from "./model.js";
import { quoteValue, safeText } from "../text/index.js";

export interface FetchReceiptOptions {
  /** Overall bound on waiting for the receipt, in ms (default 30 000). */
  timeoutMs?: number;
  /** Longest single wait between attempts, in ms (default 500). */
  maxWaitMs?: number;
  /** Frontend prefix: "node" (default), "gov" or "app". */
  frontend?: "node" | "gov" | "app";
}

const TX_ID = /^\d{1,15}\.\d{1,15}$/;

export function checkTransactionId(value: string, input: string): string {
  if (!TX_ID.test(value)) throw new InputError(input, `${quoteValue(value, 40)} is not a transaction id (expected <view>.<seqno>, e.g. 2.15)`);
  return value;
}

/** Fetches the receipt of `transactionId` (not verified: see `verifyReceipt`). */
export async function fetchReceipt(client: GovernanceClient, transactionId: string, options: FetchReceiptOptions = {}): Promise<Receipt> {
  checkTransactionId(transactionId, "transaction id");
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxWaitMs = options.maxWaitMs ?? 500;
  const path = `/${options.frontend ?? "node"}/receipt?transaction_id=${transactionId}`;
  const { now, sleep } = client.retry;
  const deadline = now() + timeoutMs;
  let last = "";
  for (;;) {
    const response = await client.transport.send({ method: "GET", path, idempotent: true });
    if (response.status === 200) return parseReceiptJson(response.body.toString("utf8"), `receipt of ${transactionId} from ${response.node}`);
    let waitMs: number;
    if (response.status === 202) {
      last = `202 ${safeText(response.body.toString("utf8"), { max: 200 })}`;
      waitMs = parseRetryAfter(response.headers["retry-after"], now()) ?? maxWaitMs;
    } else {
      const { ccfCode, ccfMessage } = parseErrorBody(response.body);
      if (!(response.status === 404 && ccfCode === "TransactionPendingOrUnknown")) {
        throw new GovernanceError({ status: response.status, ccfCode, ccfMessage, method: "GET", path, node: response.node });
      }
      last = `${ccfCode}: ${ccfMessage ?? ""}`;
      waitMs = maxWaitMs;
    }
    const remaining = deadline - now();
    if (remaining <= 0) {
      throw new CcfConsortiumError("TIMEOUT", `no receipt for transaction ${transactionId} within ${Math.round(timeoutMs / 1000)} s (last answer: ${last})`);
    }
    await sleep(Math.max(1, Math.min(waitMs, maxWaitMs, remaining)));
  }
}
