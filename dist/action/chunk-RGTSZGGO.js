import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  normalizeMemberId,
  signGovernanceMessage
} from "./chunk-2MGYFWBN.js";
import {
  describeBlocks,
  pemBlocks,
  pemText
} from "./chunk-7IY7ICS4.js";
import {
  info,
  input,
  nodeOrigin,
  nodeUrlsInput,
  parseApiChoice,
  parseDuration,
  pemOrPathInput,
  safeText
} from "./chunk-DVVEQ537.js";
import {
  CcfConsortiumError,
  InputError,
  typeName,
  typedError
} from "./chunk-RGBX3ABY.js";

// core/client/errors.ts
var GovernanceError = class extends CcfConsortiumError {
  status;
  ccfCode;
  ccfMessage;
  method;
  path;
  node;
  /** From `Retry-After` (503), when the node sent one. */
  retryAfterMs;
  /** Requests sent for this operation (retries and failover included) and the time they took. */
  attempts;
  elapsedMs;
  constructor(init) {
    const ccfCode = init.ccfCode === void 0 ? void 0 : printable(init.ccfCode, 100);
    const ccfMessage = init.ccfMessage === void 0 ? void 0 : printable(init.ccfMessage);
    const what = ccfCode ? `${ccfCode}: ${ccfMessage ?? ""}`.trim() : ccfMessage ?? "no error body";
    const tried = init.attempts !== void 0 && init.attempts > 1 ? `; gave up ${triedFor(init.attempts, init.elapsedMs ?? 0)}` : "";
    super("CCF_ERROR", `${init.method} ${init.path} on ${init.node} failed with ${init.status} ${what}${tried}`);
    this.status = init.status;
    this.ccfCode = ccfCode;
    this.ccfMessage = ccfMessage;
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
    this.retryAfterMs = init.retryAfterMs;
    this.attempts = init.attempts;
    this.elapsedMs = init.elapsedMs;
  }
};
var TransportError = class _TransportError extends CcfConsortiumError {
  method;
  path;
  node;
  failure;
  causeCode;
  detail;
  /** Requests sent for this operation (retries and failover included) and the time they took, once known. */
  attempts;
  elapsedMs;
  constructor(init) {
    const tried = init.attempts !== void 0 ? `; gave up ${triedFor(init.attempts, init.elapsedMs ?? 0)}${init.note ? ` (${init.note})` : ""}` : "";
    super("TRANSPORT", `${init.method} ${init.path} on ${init.node}: ${init.detail}${tried}`, { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
    this.failure = init.failure;
    this.causeCode = init.causeCode;
    this.detail = init.detail;
    this.attempts = init.attempts;
    this.elapsedMs = init.elapsedMs;
  }
  /** The same failure, saying how many requests the operation sent, how long it took in all, and why it stopped there. */
  after(attempts, elapsedMs, note) {
    const { method, path, node, failure, causeCode, detail } = this;
    return new _TransportError({ method, path, node, failure, causeCode, detail, cause: this.cause, attempts, elapsedMs, note });
  }
};
var NodeReplyError = class _NodeReplyError extends CcfConsortiumError {
  problem;
  method;
  path;
  node;
  constructor(init) {
    const problem = printable(init.problem);
    super("NODE_REPLY", init.node ? `${init.method} ${init.path} on ${init.node}: invalid reply: ${problem}` : `invalid reply from the node: ${problem}`);
    this.problem = problem;
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
  }
  /** This error naming the request whose reply it is about. */
  at(method, path, node) {
    return this.node ? this : new _NodeReplyError({ problem: this.problem, method, path, node });
  }
};
function triedFor(attempts, elapsedMs) {
  return `after ${attempts} attempt${attempts === 1 ? "" : "s"} in ${formatSeconds(elapsedMs)}`;
}
function formatSeconds(ms) {
  const s = ms / 1e3;
  return `${s >= 10 || Number.isInteger(s) ? Math.round(s) : s.toFixed(1)} s`;
}
function printable(text, max = 500) {
  return safeText(text, { max, keepNewlines: true });
}
function parseErrorBody(body) {
  const text = body.toString("utf8");
  try {
    const parsed = JSON.parse(text);
    const code = typeof parsed?.error?.code === "string" ? parsed.error.code : void 0;
    let message = typeof parsed?.error?.message === "string" ? parsed.error.message : void 0;
    const reasons = errorDetails(parsed?.error?.details).filter((r) => r !== message);
    if (reasons.length) message = `${message ?? ""} (${reasons.join("; ")})`.trim();
    if (code || message) return { ...code ? { ccfCode: printable(code, 100) } : {}, ...message ? { ccfMessage: printable(message) } : {} };
  } catch {
  }
  const trimmed = text.trim();
  return trimmed ? { ccfMessage: printable(trimmed) } : {};
}
function errorDetails(details) {
  if (!Array.isArray(details)) return [];
  const out = [];
  for (const d of details.slice(0, 8)) {
    const m = d?.message;
    if (typeof m === "string" && m && !out.includes(m)) out.push(m.length > 200 ? `${m.slice(0, 200)}\u2026` : m);
  }
  return out;
}

// core/proposals/ballots.ts
var APPROVE_BALLOT = "export function vote (proposal, proposerId) { return true }";
var REJECT_BALLOT = "export function vote (proposal, proposerId) { return false }";

// core/proposals/compare.ts
function canonicalProposal(body) {
  let value = body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"));
    } catch {
      throw new InputError("proposal", "is not valid JSON");
    }
  }
  try {
    return JSON.stringify(normalize(value)) ?? "null";
  } catch (err) {
    throw typedError(err, "proposal", "cannot be compared (a value JSON cannot hold, a cycle, or nesting too deep)");
  }
}
function sameProposal(a, b) {
  try {
    return canonicalProposal(a) === canonicalProposal(b);
  } catch {
    return false;
  }
}
function sameJson(a, b) {
  try {
    return JSON.stringify(normalize(a ?? null)) === JSON.stringify(normalize(b ?? null));
  } catch (err) {
    throw typedError(err, "value", "cannot be compared (a value JSON cannot hold, a cycle, or nesting too deep)");
  }
}
function normalize(value) {
  if (typeof value === "string") return value.includes("-----BEGIN ") ? normalizePem(value) : value;
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value).sort().filter((k) => value[k] !== void 0).map((k) => [k, normalize(value[k])])
    );
  }
  return value;
}
function normalizePem(pem) {
  if (typeof pem !== "string") throw new InputError("pem", `must be PEM text (got ${typeName(pem)})`);
  return pem.replace(/\r\n?/g, "\n").trim();
}

// core/client/wire.ts
function parseRecoveryMessage(message) {
  const m = /(?<!\d)(\d+)\s*\/\s*(\d+)\s+recovery shares/.exec(message);
  return {
    message,
    ...m ? { submittedCount: Number(m[1]), recoveryThreshold: Number(m[2]) } : {},
    .../Full recovery key successfully submitted/.test(message) ? { fullKeySubmitted: true } : {},
    recoveryInitiated: /End of recovery procedure initiated/.test(message)
  };
}
function typeName2(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function wrong(where, expected, value) {
  return new NodeReplyError({ problem: value === void 0 ? `${where} is missing (expected ${expected})` : `${where} is ${typeName2(value)} (expected ${expected})` });
}
function asRecord(value, where) {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw wrong(where, "a JSON object", value);
  return value;
}
function asArray(value, where) {
  if (!Array.isArray(value)) throw wrong(where, "an array", value);
  return value;
}
function asString(value, where) {
  if (typeof value !== "string") throw wrong(where, "a string", value);
  return value;
}
function optString(value, where) {
  return value === void 0 || value === null ? void 0 : asString(value, where);
}
function asCount(value, where) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw wrong(where, "a non-negative integer", value);
  return value;
}
function optCount(value, where) {
  return value === void 0 || value === null ? void 0 : asCount(value, where);
}
function optBoolean(value, where) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "boolean") throw wrong(where, "true or false", value);
  return value;
}
function oneOf(value, where, allowed) {
  if (typeof value !== "string") throw wrong(where, `one of ${allowed.join(", ")}`, value);
  if (!allowed.includes(value)) {
    throw new NodeReplyError({ problem: `${where} is '${value.slice(0, 40)}' (expected one of ${allowed.join(", ")})` });
  }
  return value;
}
function asId(value, where) {
  if (typeof value !== "string") throw wrong(where, "a 64-hex-character id", value);
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw new NodeReplyError({ problem: `${where} is not a 64-hex-character id` });
  return value;
}
function asTransactionId(value, where) {
  if (typeof value !== "string") throw wrong(where, "a transaction id <view>.<seqno>", value);
  if (!/^\d{1,20}\.\d{1,20}$/.test(value)) throw new NodeReplyError({ problem: `${where} is not a transaction id <view>.<seqno>` });
  return value;
}
function asMap(value, where, shape) {
  const out = {};
  for (const [k, v] of Object.entries(asRecord(value, where))) out[k] = shape(v, `${where}["${k.slice(0, 70)}"]`);
  return out;
}
var MEMBER_STATUSES = ["Accepted", "Active"];
var RECOVERY_ROLES = ["NonParticipant", "Participant", "Owner"];
var PROPOSAL_STATES = ["Open", "Accepted", "Withdrawn", "Rejected", "Failed", "Dropped"];
var SERVICE_STATUSES = ["Opening", "Open", "WaitingForRecoveryShares", "Recovering"];
var NODE_STATUSES = ["Pending", "Trusted", "Retired"];
var TRANSACTION_STATUSES = ["Unknown", "Pending", "Committed", "Invalid"];
function asVotes(value, where) {
  if (value === void 0 || value === null) return void 0;
  return asMap(value, where, (v, w) => {
    if (typeof v !== "boolean") throw wrong(w, "true or false", v);
    return v;
  });
}
function parseFailure(value, where) {
  if (value === void 0 || value === null) return void 0;
  const f = asRecord(value, where);
  const trace = optString(f.trace, `${where}.trace`);
  return { reason: asString(f.reason, `${where}.reason`), ...trace !== void 0 ? { trace } : {} };
}
function parseFailures(value, where) {
  if (value === void 0 || value === null) return void 0;
  return asMap(value, where, (v, w) => parseFailure(v, w) ?? { reason: "" });
}

// core/client/classic.ts
function classicAdapter() {
  return {
    flavour: "classic",
    async listMembers(http) {
      return (await http.get("/gov/members")).parse((json) => Object.entries(asRecord(json, "reply")).map(([id, m]) => parseMember(id, m)));
    },
    async getMember(http, memberId) {
      return (await this.listMembers(http)).find((m) => m.memberId === memberId);
    },
    async getServiceInfo(http) {
      const [info2, config] = await Promise.all([http.get("/gov/kv/service/info"), http.getOptional("/gov/kv/service/config")]);
      const recoveryThreshold = config?.parse((json) => optCount(asRecord(json, "reply").recovery_threshold, "recovery_threshold"));
      return info2.parse((json) => {
        const s = asRecord(json, "reply");
        const creationTransactionId = optString(s.current_service_create_txid, "current_service_create_txid");
        return {
          status: oneOf(s.status, "status", SERVICE_STATUSES),
          certificatePem: asString(s.cert, "cert"),
          recoveryCount: optCount(s.recovery_count, "recovery_count") ?? 0,
          ...recoveryThreshold !== void 0 ? { recoveryThreshold } : {},
          ...creationTransactionId ? { creationTransactionId } : {},
          ..."service_data" in s ? { serviceData: s.service_data } : {}
        };
      });
    },
    async listProposals(http) {
      return (await http.get("/gov/proposals")).parse((json) => Object.entries(asRecord(json, "reply")).map(([id, p]) => parseProposalInfo(asId(id, "proposal id key"), p, `["${id}"]`)));
    },
    async getProposal(http, proposalId) {
      return (await http.getOptional(`/gov/proposals/${proposalId}`))?.parse((json) => parseProposalInfo(proposalId, json, "reply"));
    },
    async getProposalActions(http, proposalId) {
      return (await http.getOptional(`/gov/proposals/${proposalId}/actions`))?.body;
    },
    async getBallot(http, proposalId, memberId) {
      return (await http.getOptional(`/gov/proposals/${proposalId}/ballots/${memberId}`))?.parse((json) => asString(asRecord(json, "reply").ballot, "ballot"));
    },
    async getStateDigest(http, memberId) {
      return (await http.get("/gov/kv/members/acks")).parse((json) => {
        const ack = asRecord(json, "reply")[memberId];
        if (ack === void 0) return void 0;
        return { memberId, stateDigest: asString(asRecord(ack, `["${memberId}"]`).state_digest, `["${memberId}"].state_digest`) };
      });
    },
    async getEncryptedShare(http, memberId) {
      return (await http.getOptional(`/gov/encrypted_recovery_share/${memberId}`))?.parse((json) => ({ memberId, encryptedShare: asString(asRecord(json, "reply").encrypted_share, "encrypted_share") }));
    },
    async getTransactionStatus(http, transactionId) {
      return (await http.get(`/gov/tx?transaction_id=${encodeURIComponent(transactionId)}`)).parse((json) => {
        const body = asRecord(json, "reply");
        return {
          transactionId: body.transaction_id === void 0 ? transactionId : asTransactionId(body.transaction_id, "transaction_id"),
          status: oneOf(body.status, "status", TRANSACTION_STATUSES)
        };
      });
    },
    async getConstitution(http) {
      return (await http.get("/gov/kv/constitution")).parse((json) => asString(json, "reply"));
    },
    async listNodes(http) {
      const [info2, endorsed] = await Promise.all([http.get("/gov/kv/nodes/info"), http.getOptional("/gov/kv/nodes/endorsed_certificates")]);
      const certs = endorsed?.parse((json) => asMap(json, "reply", asString)) ?? {};
      return info2.parse((json) => Object.entries(asRecord(json, "reply")).map(([id, n]) => parseNodeInfo(id, n, certs[id])));
    },
    createProposalPath: () => "/gov/proposals",
    parseCreatedProposal: (json) => parseSummary(json),
    ballotPath: (proposalId) => `/gov/proposals/${proposalId}/ballots`,
    parseBallotResult: (json, proposalId) => parseSummary(json, proposalId),
    withdrawPath: (proposalId) => `/gov/proposals/${proposalId}/withdraw`,
    parseWithdrawn: (json, proposalId) => parseProposalInfo(proposalId, json, "reply"),
    updateDigestPath: () => "/gov/ack/update_state_digest",
    parseUpdatedDigest: (json, memberId) => ({ memberId, stateDigest: asString(asRecord(json, "reply").state_digest, "state_digest") }),
    ackPath: () => "/gov/ack",
    ackPayload: (stateDigest) => ({ state_digest: stateDigest }),
    recoverPath: () => "/gov/recovery_share",
    parseRecoverResult: (json) => parseRecoveryMessage(asString(asRecord(json, "reply").message, "message"))
  };
}
function parseMember(memberId, json) {
  const where = `["${memberId.slice(0, 70)}"]`;
  const m = asRecord(json, where);
  const key = optString(m.public_encryption_key, `${where}.public_encryption_key`);
  return {
    memberId: asId(memberId, "member id key"),
    status: oneOf(m.status, `${where}.status`, MEMBER_STATUSES),
    certificatePem: asString(m.cert, `${where}.cert`),
    ...key ? { encryptionPublicKeyPem: key } : {},
    memberData: m.member_data ?? null,
    recoveryRole: m.recovery_role === void 0 || m.recovery_role === null ? key ? "Participant" : "NonParticipant" : oneOf(m.recovery_role, `${where}.recovery_role`, RECOVERY_ROLES)
  };
}
function parseNodeInfo(nodeId, json, endorsedCertificatePem) {
  const where = `["${nodeId.slice(0, 70)}"]`;
  const n = asRecord(json, where);
  const quote = n.quote_info === void 0 || n.quote_info === null ? {} : asRecord(n.quote_info, `${where}.quote_info`);
  const format = optString(quote.format, `${where}.quote_info.format`);
  const measurement = optString(quote.measurement, `${where}.quote_info.measurement`);
  const certificatePem2 = endorsedCertificatePem || optString(n.cert, `${where}.cert`) || void 0;
  const retiredCommitted = optBoolean(n.retired_committed, `${where}.retired_committed`);
  return {
    nodeId: asId(nodeId, "node id key"),
    status: oneOf(n.status, `${where}.status`, NODE_STATUSES),
    ...certificatePem2 ? { certificatePem: certificatePem2 } : {},
    ..."node_data" in n ? { nodeData: n.node_data } : {},
    ...retiredCommitted !== void 0 ? { retiredCommitted } : {},
    quoteInfo: { ...format ? { format } : {}, ...measurement ? { measurement } : {} }
  };
}
function parseProposalInfo(proposalId, json, where) {
  const p = asRecord(json, where);
  const ballots = p.ballots === void 0 || p.ballots === null ? [] : Object.keys(asMap(p.ballots, `${where}.ballots`, asString));
  const finalVotes = asVotes(p.final_votes, `${where}.final_votes`);
  const voteFailures = parseFailures(p.vote_failures, `${where}.vote_failures`);
  const failure = parseFailure(p.failure, `${where}.failure`);
  return {
    proposalId,
    proposerId: asId(p.proposer_id, `${where}.proposer_id`),
    state: oneOf(p.state, `${where}.state`, PROPOSAL_STATES),
    ballotCount: ballots.length,
    ballotSubmitters: ballots,
    ...finalVotes ? { finalVotes } : {},
    ...voteFailures ? { voteFailures } : {},
    ...failure ? { failure } : {}
  };
}
function parseSummary(json, proposalId) {
  const p = asRecord(json, "reply");
  const finalVotes = asVotes(p.votes, "votes");
  const voteFailures = parseFailures(p.vote_failures, "vote_failures");
  const failure = parseFailure(p.failure, "failure");
  return {
    proposalId: p.proposal_id === void 0 && proposalId !== void 0 ? proposalId : asId(p.proposal_id, "proposal_id"),
    proposerId: asId(p.proposer_id, "proposer_id"),
    state: oneOf(p.state, "state", PROPOSAL_STATES),
    ballotCount: asCount(p.ballot_count, "ballot_count"),
    ...finalVotes ? { finalVotes } : {},
    ...voteFailures ? { voteFailures } : {},
    ...failure ? { failure } : {}
  };
}

// core/client/new-api.ts
function newApiAdapter(flavour) {
  const q = `api-version=${flavour}`;
  const p = (path) => `/gov/${path}${path.includes("?") ? "&" : "?"}${q}`;
  async function list(http, path, item) {
    const items = [];
    let next = p(path);
    for (let page = 0; next && page < 1e3; page++) {
      const { value, nextLink } = (await http.get(next)).parse((json) => {
        const body = asRecord(json, "reply");
        return { value: asArray(body.value, "value").map((v, i) => item(v, `value[${i}]`)), nextLink: optString(body.nextLink, "nextLink") };
      });
      items.push(...value);
      next = nextLinkPath(nextLink);
    }
    return items;
  }
  return {
    flavour,
    async listMembers(http) {
      return list(http, "service/members", parseMember2);
    },
    async getMember(http, memberId) {
      return (await http.getOptional(p(`service/members/${memberId}`)))?.parse((json) => parseMember2(json, "member"));
    },
    async getServiceInfo(http) {
      return (await http.get(p("service/info"))).parse(parseServiceInfo);
    },
    async listProposals(http) {
      return list(http, "members/proposals", parseProposal);
    },
    async getProposal(http, proposalId) {
      return (await http.getOptional(p(`members/proposals/${proposalId}`)))?.parse((json) => parseProposal(json, "proposal"));
    },
    async getProposalActions(http, proposalId) {
      return (await http.getOptional(p(`members/proposals/${proposalId}/actions`)))?.body;
    },
    async getBallot(http, proposalId, memberId) {
      return (await http.getOptional(p(`members/proposals/${proposalId}/ballots/${memberId}`)))?.body.toString("utf8");
    },
    async getStateDigest(http, memberId) {
      return (await http.getOptional(p(`members/state-digests/${memberId}`)))?.parse((json) => parseStateDigest(json, memberId));
    },
    async getEncryptedShare(http, memberId) {
      return (await http.getOptional(p(`recovery/encrypted-shares/${memberId}`)))?.parse((json) => {
        const body = asRecord(json, "reply");
        return { memberId: optString(body.memberId, "memberId") ?? memberId, encryptedShare: asString(body.encryptedShare, "encryptedShare") };
      });
    },
    async getTransactionStatus(http, transactionId) {
      return (await http.get(p(`service/transactions/${transactionId}`))).parse((json) => {
        const body = asRecord(json, "reply");
        return {
          transactionId: body.transactionId === void 0 ? transactionId : asTransactionId(body.transactionId, "transactionId"),
          status: oneOf(body.status, "status", TRANSACTION_STATUSES)
        };
      });
    },
    async getConstitution(http) {
      return (await http.get(p("service/constitution"))).body.toString("utf8");
    },
    async listNodes(http) {
      return list(http, "service/nodes", parseNode);
    },
    createProposalPath: () => p("members/proposals:create"),
    parseCreatedProposal: (json) => parseProposal(json, "proposal"),
    ballotPath: (proposalId, memberId) => p(`members/proposals/${proposalId}/ballots/${memberId}:submit`),
    parseBallotResult: (json) => parseProposal(json, "proposal"),
    withdrawPath: (proposalId) => p(`members/proposals/${proposalId}:withdraw`),
    parseWithdrawn: (json) => parseProposal(json, "proposal"),
    updateDigestPath: (memberId) => p(`members/state-digests/${memberId}:update`),
    parseUpdatedDigest: (json, memberId) => parseStateDigest(json, memberId),
    ackPath: (memberId) => p(`members/state-digests/${memberId}:ack`),
    ackPayload: (stateDigest) => ({ stateDigest }),
    recoverPath: (memberId) => p(`recovery/members/${memberId}:recover`),
    parseRecoverResult(json) {
      const body = asRecord(json, "reply");
      const parsed = parseRecoveryMessage(asString(body.message, "message"));
      const submittedCount = optCount(body.submittedCount, "submittedCount");
      const recoveryThreshold = optCount(body.recoveryThreshold, "recoveryThreshold");
      const fullKeySubmitted = optBoolean(body.fullKeySubmitted, "fullKeySubmitted");
      return {
        ...parsed,
        ...submittedCount !== void 0 ? { submittedCount } : {},
        ...recoveryThreshold !== void 0 ? { recoveryThreshold } : {},
        ...fullKeySubmitted !== void 0 ? { fullKeySubmitted } : {}
      };
    }
  };
}
function nextLinkPath(link) {
  if (!link) return void 0;
  const url = new URL(link, "https://node.invalid");
  return `${url.pathname}${url.search}`;
}
function parseStateDigest(json, memberId) {
  const body = asRecord(json, "reply");
  return { memberId: optString(body.memberId, "memberId") ?? memberId, stateDigest: asString(body.stateDigest, "stateDigest") };
}
function parseMember2(json, where) {
  const m = asRecord(json, where);
  const key = optString(m.publicEncryptionKey, `${where}.publicEncryptionKey`);
  return {
    memberId: asId(m.memberId, `${where}.memberId`),
    status: oneOf(m.status, `${where}.status`, MEMBER_STATUSES),
    certificatePem: asString(m.certificate, `${where}.certificate`),
    ...key ? { encryptionPublicKeyPem: key } : {},
    memberData: m.memberData ?? null,
    recoveryRole: m.recoveryRole === void 0 ? key ? "Participant" : "NonParticipant" : oneOf(m.recoveryRole, `${where}.recoveryRole`, RECOVERY_ROLES)
  };
}
function parseNode(json, where) {
  const n = asRecord(json, where);
  const quote = n.quoteInfo === void 0 || n.quoteInfo === null ? {} : asRecord(n.quoteInfo, `${where}.quoteInfo`);
  const details = quote.details && typeof quote.details === "object" ? quote.details : {};
  const format = optString(quote.format, `${where}.quoteInfo.format`);
  const measurement = optString(quote.measurement, `${where}.quoteInfo.measurement`) ?? optString(details.measurement, `${where}.quoteInfo.details.measurement`) ?? optString(n.measurement, `${where}.measurement`);
  const certificatePem2 = optString(n.certificate, `${where}.certificate`);
  const retiredCommitted = optBoolean(n.retiredCommitted, `${where}.retiredCommitted`);
  return {
    nodeId: asId(n.nodeId, `${where}.nodeId`),
    status: oneOf(n.status, `${where}.status`, NODE_STATUSES),
    ...certificatePem2 ? { certificatePem: certificatePem2 } : {},
    ..."nodeData" in n ? { nodeData: n.nodeData } : {},
    ...retiredCommitted !== void 0 ? { retiredCommitted } : {},
    quoteInfo: { ...format ? { format } : {}, ...measurement ? { measurement } : {} }
  };
}
function parseProposal(json, where) {
  const p = asRecord(json, where);
  const finalVotes = asVotes(p.finalVotes, `${where}.finalVotes`);
  const voteFailures = parseFailures(p.voteFailures, `${where}.voteFailures`);
  const failure = parseFailure(p.failure, `${where}.failure`);
  return {
    proposalId: asId(p.proposalId, `${where}.proposalId`),
    proposerId: asId(p.proposerId, `${where}.proposerId`),
    state: oneOf(p.proposalState, `${where}.proposalState`, PROPOSAL_STATES),
    ballotCount: asCount(p.ballotCount, `${where}.ballotCount`),
    ...p.ballotSubmitters !== void 0 ? { ballotSubmitters: asArray(p.ballotSubmitters, `${where}.ballotSubmitters`).map((id, i) => asId(id, `${where}.ballotSubmitters[${i}]`)) } : {},
    ...finalVotes ? { finalVotes } : {},
    ...voteFailures ? { voteFailures } : {},
    ...failure ? { failure } : {}
  };
}
function parseServiceInfo(json) {
  const s = asRecord(json, "reply");
  const config = s.configuration === void 0 ? {} : asRecord(s.configuration, "configuration");
  const recoveryThreshold = optCount(config.recoveryThreshold, "configuration.recoveryThreshold");
  const creationTransactionId = optString(s.creationTransactionId, "creationTransactionId");
  const previousServiceCreationTransactionId = optString(s.previousServiceCreationTransactionId, "previousServiceCreationTransactionId");
  return {
    status: oneOf(s.status, "status", SERVICE_STATUSES),
    certificatePem: asString(s.certificate, "certificate"),
    recoveryCount: optCount(s.recoveryCount, "recoveryCount") ?? 0,
    ...recoveryThreshold !== void 0 ? { recoveryThreshold } : {},
    ...creationTransactionId ? { creationTransactionId } : {},
    ...previousServiceCreationTransactionId ? { previousServiceCreationTransactionId } : {},
    ..."serviceData" in s ? { serviceData: s.serviceData } : {}
  };
}

// core/client/retry.ts
function retryPolicy(options = {}) {
  return {
    retries: options.retries ?? 5,
    baseDelayMs: options.baseDelayMs ?? 100,
    maxDelayMs: options.maxDelayMs ?? 1e4,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now
  };
}
function backoffDelay(policy, attempt) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + ceiling / 2 * policy.random());
}
function parseRetryAfter(value, now) {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length > 100) return void 0;
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, at - now);
}

// core/client/transport.ts
import { createSecureContext } from "node:tls";

// core/client/exchange.ts
import { connect as tlsConnect } from "node:tls";

// core/client/http1.ts
var HttpFramingError = class extends Error {
};
var ClosedBeforeReplyError = class extends HttpFramingError {
  constructor() {
    super("the connection closed before a reply");
  }
};
var BodyTooLargeError = class extends Error {
  constructor(declared, bytes, max) {
    super(declared ? `the reply declares ${bytes} bytes, over the ${max}-byte response cap` : `the reply is larger than the ${max}-byte response cap (abandoned after ${bytes} bytes)`);
    this.declared = declared;
    this.bytes = bytes;
    this.max = max;
  }
  declared;
  bytes;
  max;
};
var CRLF = Buffer.from("\r\n");
var CRLF2 = Buffer.from("\r\n\r\n");
var TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/;
var STATUS_LINE = /^HTTP\/1\.([01]) ([1-9][0-9]{2})(?: [^\x00-\x08\x0a-\x1f\x7f]*)?$/;
var CHUNK_SIZE = /^([0-9A-Fa-f]{1,15})(?:[ \t]*;[^\x00-\x08\x0a-\x1f\x7f]*)?$/;
var MAX_HEADERS = 256;
var ByteQueue = class {
  buf = Buffer.alloc(0);
  start = 0;
  end = 0;
  /** Bytes from `start` already searched for the current delimiter. */
  searched = 0;
  get size() {
    return this.end - this.start;
  }
  push(chunk) {
    if (this.end + chunk.length > this.buf.length) {
      const live = this.size;
      const next = Buffer.allocUnsafe(Math.max(live + chunk.length, 2 * this.buf.length, 4096));
      this.buf.copy(next, 0, this.start, this.end);
      this.buf = next;
      this.start = 0;
      this.end = live;
    }
    chunk.copy(this.buf, this.end);
    this.end += chunk.length;
  }
  /** Removes and returns (a copy of) the first `n` bytes, n <= size. */
  take(n) {
    const out = Buffer.from(this.buf.subarray(this.start, this.start + n));
    this.start += n;
    this.searched = Math.max(0, this.searched - n);
    if (this.start === this.end) this.start = this.end = 0;
    return out;
  }
  /** The offset just past the first `delimiter`, or -1 when it has not arrived. */
  indexAfter(delimiter) {
    const live = this.buf.subarray(this.start, this.end);
    const at = live.indexOf(delimiter, Math.max(0, this.searched - delimiter.length + 1));
    if (at < 0) {
      this.searched = live.length;
      return -1;
    }
    this.searched = 0;
    return at + delimiter.length;
  }
};
var ResponseReader = class {
  constructor(limits) {
    this.limits = limits;
  }
  limits;
  state = { kind: "head" };
  queue = new ByteQueue();
  headBytes = 0;
  status = 0;
  headers = {};
  keepAlive = true;
  body = [];
  bodyBytes = 0;
  response;
  started = false;
  /** True once the status line and headers of the final reply have been read. */
  get inBody() {
    return this.state.kind !== "head";
  }
  /** Adds bytes; returns the reply when it is complete. Throws HttpFramingError or BodyTooLargeError. */
  push(chunk) {
    if (chunk.length) this.started = true;
    if (this.state.kind === "done") {
      if (chunk.length && this.response) this.response.reusable = false;
      return this.response;
    }
    this.queue.push(chunk);
    this.advance();
    return this.response;
  }
  /** The connection ended: completes a reply read to the end of the connection; else throws (truncated). */
  end() {
    if (this.state.kind === "until-close") this.finish(false);
    if (this.state.kind === "done") return this.response;
    throw this.started ? new HttpFramingError("the connection closed in the middle of the reply") : new ClosedBeforeReplyError();
  }
  advance() {
    for (; ; ) {
      const s = this.state;
      switch (s.kind) {
        case "head": {
          const block = this.line(CRLF2, this.limits.maxHeaderBytes - this.headBytes, "the reply's status line and headers are larger than");
          if (!block) return;
          this.readHead(block.subarray(0, block.length - 4).toString("latin1"));
          break;
        }
        case "length": {
          if (s.left > 0) {
            if (this.queue.size === 0) return;
            const part = this.queue.take(Math.min(s.left, this.queue.size));
            this.addBody(part);
            s.left -= part.length;
          }
          if (s.left === 0) return this.finish(this.keepAlive);
          break;
        }
        case "until-close": {
          if (this.queue.size === 0) return;
          this.addBody(this.queue.take(this.queue.size));
          break;
        }
        case "chunk-size": {
          const line = this.line(CRLF, 1024, "a chunk-size line is longer than");
          if (!line) return;
          const m = CHUNK_SIZE.exec(line.subarray(0, line.length - 2).toString("latin1"));
          if (!m) throw new HttpFramingError("a malformed chunk-size line");
          const size = parseInt(m[1], 16);
          if (this.bodyBytes + size > this.limits.maxBodyBytes) throw new BodyTooLargeError(false, this.bodyBytes + size, this.limits.maxBodyBytes);
          this.state = size === 0 ? { kind: "trailers" } : { kind: "chunk-data", left: size };
          break;
        }
        case "chunk-data": {
          if (this.queue.size === 0) return;
          const part = this.queue.take(Math.min(s.left, this.queue.size));
          this.addBody(part);
          s.left -= part.length;
          if (s.left === 0) this.state = { kind: "chunk-crlf", seen: 0 };
          break;
        }
        case "chunk-crlf": {
          if (this.queue.size === 0) return;
          if (this.queue.take(1)[0] !== (s.seen === 0 ? 13 : 10)) throw new HttpFramingError("chunk data not followed by CRLF");
          if (++s.seen === 2) this.state = { kind: "chunk-size" };
          break;
        }
        case "trailers": {
          const line = this.line(CRLF, this.limits.maxHeaderBytes - this.headBytes, "the reply's trailers are larger than");
          if (!line) return;
          this.headBytes += line.length;
          if (line.length === 2) return this.finish(this.keepAlive);
          break;
        }
        case "done":
          return;
      }
    }
  }
  /** The bytes through `delimiter`, or undefined while it has not arrived; over `max` bytes without it: an error. */
  line(delimiter, max, tooLong) {
    const end = this.queue.indexAfter(delimiter);
    if ((end < 0 ? this.queue.size : end) > max) throw new HttpFramingError(`${tooLong} ${this.limits.maxHeaderBytes} bytes`);
    return end < 0 ? void 0 : this.queue.take(end);
  }
  readHead(text) {
    const lines = text.split("\r\n");
    const m = STATUS_LINE.exec(lines[0]);
    if (!m) throw new HttpFramingError("a malformed status line");
    if (lines.length - 1 > MAX_HEADERS) throw new HttpFramingError(`more than ${MAX_HEADERS} headers`);
    const status = Number(m[2]);
    const headers = {};
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(":");
      const name = colon > 0 ? line.slice(0, colon) : "";
      if (!TOKEN.test(name)) throw new HttpFramingError(line.startsWith(" ") || line.startsWith("	") ? "a folded header line" : "a malformed header line");
      const value = trimOws(line.slice(colon + 1));
      if (BAD_VALUE.test(value)) throw new HttpFramingError("a control character in a header value");
      const key = name.toLowerCase();
      const prior = headers[key];
      if (prior === void 0) headers[key] = value;
      else if (Array.isArray(prior)) prior.push(value);
      else headers[key] = [prior, value];
    }
    if (status < 200) {
      if (status === 101) throw new HttpFramingError("101 Switching Protocols, never asked for");
      return;
    }
    this.headBytes = text.length + 4;
    this.status = status;
    this.headers = headers;
    const connection = headerList(headers["connection"]);
    this.keepAlive = m[1] === "1" ? !connection.includes("close") : connection.includes("keep-alive");
    const te = headers["transfer-encoding"];
    const cl = headers["content-length"];
    if (status === 204 || status === 304) {
      if (te !== void 0) throw new HttpFramingError(`a ${status} reply with a body`);
      this.state = { kind: "length", left: 0 };
    } else if (te !== void 0) {
      if (cl !== void 0) throw new HttpFramingError("both Transfer-Encoding and Content-Length");
      const codings = headerList(te);
      if (codings.length !== 1 || codings[0] !== "chunked") throw new HttpFramingError("an unsupported Transfer-Encoding");
      this.state = { kind: "chunk-size" };
    } else if (cl !== void 0) {
      const values = headerList(cl);
      if (values.length === 0 || values.some((v) => !/^[0-9]{1,15}$/.test(v)) || new Set(values).size !== 1) throw new HttpFramingError("an invalid Content-Length");
      const length = Number(values[0]);
      if (length > this.limits.maxBodyBytes) throw new BodyTooLargeError(true, length, this.limits.maxBodyBytes);
      this.state = { kind: "length", left: length };
    } else {
      this.keepAlive = false;
      this.state = { kind: "until-close" };
    }
  }
  addBody(part) {
    this.bodyBytes += part.length;
    if (this.bodyBytes > this.limits.maxBodyBytes) throw new BodyTooLargeError(false, this.bodyBytes, this.limits.maxBodyBytes);
    this.body.push(part);
  }
  finish(reusable) {
    this.state = { kind: "done" };
    const body = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body, this.bodyBytes);
    this.response = { status: this.status, headers: this.headers, body, reusable: reusable && this.queue.size === 0 };
  }
};
function trimOws(value) {
  let start = 0;
  let end = value.length;
  while (start < end && (value[start] === " " || value[start] === "	")) start++;
  while (end > start && (value[end - 1] === " " || value[end - 1] === "	")) end--;
  return value.slice(start, end);
}
function headerList(value) {
  if (value === void 0) return [];
  return (Array.isArray(value) ? value.join(",") : value).split(",").map((v) => v.trim().toLowerCase()).filter((v) => v !== "");
}

// core/client/exchange.ts
var MAX_HEADER_BYTES = 64 * 1024;
var NodePool = class {
  constructor(origin, secureContext, servername) {
    this.secureContext = secureContext;
    this.servername = servername;
    const url = new URL(origin);
    this.host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    this.port = Number(url.port || 443);
    this.hostHeader = url.host;
  }
  secureContext;
  servername;
  idle;
  /** A connection opened ahead of the first request (`preconnect`), possibly still in its handshake. */
  warm;
  host;
  port;
  hostHeader;
  /** `Host` header value for this origin. */
  get authority() {
    return this.hostHeader;
  }
  /**
   * Opens the connection the next request will use, now: its TLS handshake runs while the caller does its
   * own work. Nothing is written on it before a request (and then only once the node is verified); it keeps
   * no process alive, and a failure shows on that request, which connects again.
   */
  preconnect() {
    if (this.idle || this.warm) return;
    const socket = this.connect();
    socket.on("error", () => void 0);
    socket.unref();
    this.warm = socket;
  }
  /** The kept connection if it is still open, else a new one (TLS verified before any byte is written). */
  acquire() {
    const idle = this.idle;
    this.idle = void 0;
    if (idle && !idle.destroyed && idle.writable && idle.readable) {
      this.warm?.destroy();
      this.warm = void 0;
      idle.removeAllListeners("data").removeAllListeners("end").removeAllListeners("close");
      return { socket: idle.ref(), reused: true };
    }
    idle?.destroy();
    const warm = this.warm;
    this.warm = void 0;
    if (warm && !warm.destroyed) return { socket: warm.removeAllListeners("error").ref(), reused: false };
    return { socket: this.connect(), reused: false };
  }
  connect() {
    const socket = tlsConnect({ host: this.host, port: this.port, secureContext: this.secureContext, rejectUnauthorized: true, ...this.servername ? { servername: this.servername } : {} });
    socket.setNoDelay(true);
    return socket;
  }
  /** Keeps `socket` for the next request; it keeps no process alive and is dropped if the node closes it. */
  release(socket) {
    this.idle?.destroy();
    this.idle = socket;
    const drop = () => {
      if (this.idle === socket) this.idle = void 0;
      socket.destroy();
    };
    socket.removeAllListeners("data").removeAllListeners("end").removeAllListeners("error").removeAllListeners("close");
    socket.on("data", drop).on("end", drop).on("error", drop).on("close", drop);
    socket.unref();
  }
  destroy() {
    this.idle?.destroy();
    this.warm?.destroy();
    this.idle = this.warm = void 0;
  }
};
var NOT_SENT = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);
var TLS_CODES = /^(ERR_TLS_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_SSL_|HOSTNAME_MISMATCH)/;
var SAFE_TARGET = /^\/[\x21-\x7e]*$/;
var SAFE_HEADER = /^[\x20-\x7e]*$/;
function exchange(pool, origin, request, timeoutMs, maxBytes) {
  const { method, path } = request;
  if (!SAFE_TARGET.test(path)) return Promise.reject(new TypeError("request path has characters HTTP does not allow"));
  const lines = [`${method} ${path} HTTP/1.1`, `host: ${pool.authority}`];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!SAFE_HEADER.test(value)) return Promise.reject(new TypeError(`header ${name} has characters HTTP does not allow`));
    lines.push(`${name}: ${value}`);
  }
  if (request.body) lines.push(`content-length: ${request.body.length}`);
  const head = Buffer.from(`${lines.join("\r\n")}\r
\r
`, "latin1");
  return new Promise((resolve, reject) => {
    const { socket, reused } = pool.acquire();
    let phase = reused || socket.authorized ? "headers" : "connect";
    const reader = new ResponseReader({ maxHeaderBytes: MAX_HEADER_BYTES, maxBodyBytes: maxBytes });
    let settled = false;
    let written = false;
    const transportError = (failure, code, detail, cause) => new TransportError({ method, path, node: origin, failure, causeCode: code, detail, cause });
    const replyError = (problem) => new NodeReplyError({ problem, method, path, node: origin });
    const fail = (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      reject(err);
    };
    const done = (reply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.off("secureConnect", onSecure).off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      if (reply.reusable && written) pool.release(socket);
      else socket.destroy();
      resolve({ status: reply.status, headers: reply.headers, body: reply.body });
    };
    const readerError = (err) => {
      if (err instanceof BodyTooLargeError) return fail(replyError(err.message));
      if (err instanceof ClosedBeforeReplyError) return fail(transportError("maybe-sent", "ECONNRESET", "connection failed (ECONNRESET: the node closed the connection without replying)"));
      if (err instanceof HttpFramingError) return fail(replyError(`not a well-formed HTTP/1.1 reply: ${err.message}`));
      fail(err);
    };
    const timer = setTimeout(() => {
      const within = formatSeconds(timeoutMs);
      if (phase === "connect") fail(transportError("not-sent", "CONNECT_TIMEOUT", `no TLS connection within ${within} (CONNECT_TIMEOUT)`));
      else if (phase === "headers") fail(transportError("maybe-sent", "HEADERS_TIMEOUT", `no reply within ${within} (HEADERS_TIMEOUT)`));
      else fail(transportError("maybe-sent", "BODY_TIMEOUT", `the reply body did not complete within ${within} (BODY_TIMEOUT)`));
    }, timeoutMs);
    const onSecure = () => {
      if (phase === "connect") phase = "headers";
    };
    const onData = (chunk) => {
      try {
        const reply = reader.push(chunk);
        if (reader.inBody) phase = "body";
        if (reply) done(reply);
      } catch (err) {
        readerError(err);
      }
    };
    const onEnd = () => {
      try {
        done(reader.end());
      } catch (err) {
        readerError(err);
      }
    };
    const onError = (err) => fail(classify(err, phase, method, path, origin));
    const onClose = () => onEnd();
    socket.once("secureConnect", onSecure).on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    socket.write(request.body ? Buffer.concat([head, request.body]) : head, () => void (written = true));
  });
}
function classify(err, phase, method, path, node) {
  const codes = errorCodes(err);
  const tls = codes.find((c) => TLS_CODES.test(c));
  const notSent = phase === "connect" || codes.some((c) => NOT_SENT.has(c));
  const failure = tls ? "tls" : notSent ? "not-sent" : "maybe-sent";
  const code = tls ?? codes.find((c) => NOT_SENT.has(c)) ?? codes[0] ?? "error";
  const message = printable(err instanceof Error ? err.message : String(err), 200);
  const detail = failure === "tls" ? `TLS verification against the pinned service certificate failed (${code}: ${message})` : `${failure === "not-sent" ? "could not connect" : "connection failed"} (${code}: ${message})`;
  return new TransportError({ method, path, node, failure, causeCode: code, detail, cause: err });
}
function errorCodes(err) {
  const codes = [];
  let e = err;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const code = e.code;
    if (typeof code === "string") codes.push(code);
    e = e.cause;
  }
  return codes;
}

// core/client/transport.ts
var DEFAULT_LIMITS = {
  maxResponseBytes: 16 * 1024 * 1024,
  requestTimeoutMs: 3e4,
  operationTimeoutMs: 6e4
};
var MAX_REDIRECTS = 3;
var Transport = class {
  nodes;
  pools = /* @__PURE__ */ new Map();
  limits;
  options;
  preferred = 0;
  /** One TLS context for every connection: the pinned CA is parsed once, not per connection. */
  secureContext;
  counts = { total: 0, byMethod: {} };
  constructor(options) {
    if (options.nodes.length === 0) throw new InputError("nodes", "at least one node URL is required");
    if (!/-----BEGIN CERTIFICATE-----/.test(options.serviceCertificatePem)) {
      throw new InputError("service certificate", "is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block)");
    }
    this.options = options;
    this.limits = { ...DEFAULT_LIMITS, ...definedOnly(options.limits) };
    for (const [name, value] of Object.entries(this.limits)) {
      if (!Number.isFinite(value) || value <= 0) throw new InputError(name, `must be a positive number (got ${String(value)})`);
    }
    this.nodes = options.nodes.map((n, i) => ({ url: nodeOrigin(n.url, `nodes[${i}]`), servername: n.servername ?? options.servername }));
  }
  get requests() {
    return { total: this.counts.total, byMethod: { ...this.counts.byMethod } };
  }
  resetRequestCount() {
    this.counts.total = 0;
    this.counts.byMethod = {};
  }
  /**
   * Opens the connection to the node requests go to first, without sending anything, so that its TLS
   * handshake overlaps the caller's own work (reading and checking keys); the first request uses it.
   */
  preconnect() {
    this.poolFor(this.nodes[this.preferred].url).preconnect();
  }
  /** Closes every pooled connection (requests are awaited one by one: none is in flight but abandoned ones). */
  async close() {
    for (const pool of this.pools.values()) pool.destroy();
    this.pools.clear();
  }
  /**
   * Sends `request`, failing over to the next node on connection errors and retrying with backoff (503
   * honouring Retry-After; transport errors once every node was tried). Non-idempotent requests are only
   * re-sent when they certainly never reached a node. Every attempt has the request deadline, the whole
   * operation the operation deadline: a retry that would start after it is not made.
   */
  async send(request) {
    const { retry } = this.options;
    const started = retry.now();
    const deadline = started + this.limits.operationTimeoutMs;
    let attempt = 0;
    let sent = 0;
    let triedThisRound = 0;
    let index = this.preferred;
    const giveUp = (err, note) => err.after(sent, retry.now() - started, note);
    for (; ; ) {
      const node = this.nodes[index % this.nodes.length];
      const timeoutMs = Math.min(this.limits.requestTimeoutMs, deadline - retry.now());
      let response;
      try {
        sent++;
        response = await this.sendFollowingRedirects(node, request, Math.max(1, timeoutMs));
      } catch (err) {
        if (!(err instanceof TransportError)) throw err;
        if (err.failure === "tls" || err.failure === "maybe-sent" && !request.idempotent) throw giveUp(err);
        triedThisRound++;
        index = (index + 1) % this.nodes.length;
        const left = deadline - retry.now();
        if (left <= 0) throw giveUp(err, `the ${formatSeconds(this.limits.operationTimeoutMs)} deadline passed`);
        if (triedThisRound < this.nodes.length) continue;
        if (attempt >= retry.retries) throw giveUp(err);
        const delay = backoffDelay(retry, attempt);
        if (delay >= left) throw giveUp(err, `the next retry, in ${formatSeconds(delay)}, would pass the ${formatSeconds(this.limits.operationTimeoutMs)} deadline`);
        this.options.onRetry?.({ attempt: attempt + 2, attempts: retry.retries + 1, delayMs: delay, reason: err.causeCode ?? "error", method: request.method, path: request.path, node: err.node });
        await retry.sleep(delay);
        attempt++;
        triedThisRound = 0;
        continue;
      }
      const answered = this.nodes.findIndex((n) => n.url === response.node);
      this.preferred = answered >= 0 ? answered : index % this.nodes.length;
      if (response.status === 503 && (request.resendOn503 ?? request.idempotent) && attempt < retry.retries) {
        const after = parseRetryAfter(response.headers["retry-after"], retry.now());
        const delay = Math.min(retry.maxDelayMs, after ?? backoffDelay(retry, attempt));
        if (delay < deadline - retry.now()) {
          this.options.onRetry?.({ attempt: attempt + 2, attempts: retry.retries + 1, delayMs: delay, reason: "HTTP 503", method: request.method, path: request.path, node: response.node });
          await retry.sleep(delay);
          attempt++;
          triedThisRound = 0;
          continue;
        }
      }
      response.attempts = sent;
      response.elapsedMs = retry.now() - started;
      return response;
    }
  }
  /**
   * One attempt, following 307/308 (method and body kept) within MAX_REDIRECTS hops, only to https,
   * never in a loop; a hop to an origin that is not a configured node must verify against the pinned
   * service certificate like any node (else it is not part of this service: a NodeReplyError).
   */
  async sendFollowingRedirects(node, request, timeoutMs) {
    const expires = Date.now() + timeoutMs;
    let origin = node.url;
    let path = request.path;
    const visited = /* @__PURE__ */ new Set([`${origin}${path}`]);
    for (let hop = 0; ; hop++) {
      let response;
      try {
        response = await this.sendOnce(origin, path, request, Math.max(1, expires - Date.now()));
      } catch (err) {
        const foreign = hop > 0 && !this.nodes.some((n) => n.url === origin);
        if (foreign && err instanceof TransportError && err.failure !== "maybe-sent") {
          throw new NodeReplyError({ problem: `redirected to ${origin}, which is not a configured node and is not a node of this service (${err.causeCode ?? err.failure})`, method: request.method, path: request.path, node: node.url });
        }
        throw err;
      }
      if (response.status !== 307 && response.status !== 308) return response;
      const redirectError = (problem) => new NodeReplyError({ problem, method: request.method, path, node: origin });
      const location = response.headers["location"];
      const target = Array.isArray(location) ? location[0] : location;
      if (!target) throw redirectError(`${response.status} redirect without a Location header`);
      if (hop >= MAX_REDIRECTS) throw redirectError(`more than ${MAX_REDIRECTS} redirects (a redirect loop?)`);
      let next;
      try {
        next = new URL(target, `${origin}${path}`);
      } catch {
        throw redirectError(`${response.status} redirect to an unparsable Location`);
      }
      if (next.protocol !== "https:") throw redirectError(`refusing to follow a redirect to non-HTTPS ${next.protocol}//${next.host}`);
      if (next.username || next.password) throw redirectError(`refusing to follow a redirect carrying credentials`);
      origin = next.origin;
      path = `${next.pathname}${next.search}`;
      const key = `${origin}${path}`;
      if (visited.has(key)) throw redirectError(`redirect loop (back to ${key})`);
      visited.add(key);
    }
  }
  /** One HTTP exchange (core/client/exchange.ts: one deadline across connect, headers and body; the body capped). */
  async sendOnce(origin, path, request, timeoutMs) {
    const pool = this.poolFor(origin);
    this.counts.total++;
    this.counts.byMethod[request.method] = (this.counts.byMethod[request.method] ?? 0) + 1;
    this.options.onRequest?.({ method: request.method, path, node: origin });
    const headers = { accept: "application/json" };
    if (request.body) headers["content-type"] = request.contentType ?? "application/cose";
    const body = request.body ? Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength) : void 0;
    const reply = await exchange(pool, origin, { method: request.method, path, headers, ...body ? { body } : {} }, timeoutMs, this.limits.maxResponseBytes);
    return { status: reply.status, headers: reply.headers, body: reply.body, node: origin };
  }
  poolFor(origin) {
    let pool = this.pools.get(origin);
    if (!pool) {
      const servername = this.nodes.find((n) => n.url === origin)?.servername ?? this.options.servername;
      this.secureContext ??= createSecureContext({ ca: this.options.serviceCertificatePem });
      pool = new NodePool(origin, this.secureContext, servername);
      this.pools.set(origin, pool);
    }
    return pool;
  }
};
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== void 0));
}

// core/client/governance-client.ts
function createGovernanceClient(options) {
  return new GovernanceClient(options);
}
var NOT_A_FLAVOUR = /* @__PURE__ */ new Set(["UnsupportedApiVersionValue", "InvalidQueryParameterValue"]);
var TX_HEADER = "x-ms-ccf-transaction-id";
var ACTIONS_CACHE_SIZE = 1024;
var GovernanceClient = class {
  transport;
  retry;
  options;
  adapterPromise;
  resolved;
  probe;
  versionPromise;
  /** Proposal actions by proposal id: immutable once proposed, so fetched once per id (bounded, LRU). */
  actionsCache = /* @__PURE__ */ new Map();
  http;
  constructor(options) {
    this.options = options;
    this.retry = retryPolicy(options.retry);
    this.transport = new Transport({
      nodes: options.nodes.map((n) => typeof n === "string" ? { url: n } : n),
      serviceCertificatePem: options.serviceCertificatePem,
      servername: options.servername,
      retry: this.retry,
      limits: { operationTimeoutMs: options.timeoutMs, requestTimeoutMs: options.requestTimeoutMs, maxResponseBytes: options.maxResponseBytes },
      onRequest: options.onRequest,
      onRetry: options.onRetry
    });
    const api = options.api ?? "auto";
    if (api !== "auto") this.resolved = adapterFor(api);
    this.http = {
      get: (path) => this.read(path, false),
      getOptional: (path) => this.read(path, true)
    };
  }
  /** Requests sent so far (redirect hops and retries included), by method. */
  get requests() {
    return this.transport.requests;
  }
  resetRequestCount() {
    this.transport.resetRequestCount();
  }
  /** Starts connecting to the first node now (verified as for any request); nothing is sent. */
  preconnect() {
    this.transport.preconnect();
  }
  close() {
    return this.transport.close();
  }
  /** The API flavour in use, detected on first use when `api` is "auto". */
  async api() {
    return (await this.adapter()).flavour;
  }
  /**
   * The CCF major version when it can be known: the `ccfVersion` option, else /node/version, else 4
   * when auto-detection found only the preview api-version (5.x+ serve 2024-07-01); undefined otherwise.
   */
  async ccfVersion() {
    if (this.options.ccfVersion !== void 0) return this.options.ccfVersion;
    this.versionPromise ??= (async () => {
      const reply = await this.read("/node/version", true).catch(() => void 0);
      let text = "";
      try {
        const version = reply?.json()?.ccf_version;
        text = typeof version === "string" ? version : "";
      } catch {
      }
      const m = /(?<!\d)(\d+)\.\d/.exec(text);
      if (m) return Number(m[1]);
      const detected = (this.options.api ?? "auto") === "auto";
      return detected && await this.api() === "2023-06-01-preview" ? 4 : void 0;
    })();
    return this.versionPromise;
  }
  // ---- reads ----
  async listMembers() {
    const waitedForDetection = !this.resolved;
    const adapter = await this.adapter();
    const probe = this.probe;
    this.probe = void 0;
    if (!waitedForDetection || !probe) return adapter.listMembers(this.http);
    return adapter.listMembers({
      get: (path) => path === probe.path ? Promise.resolve(probe.reply) : this.http.get(path),
      getOptional: (path) => path === probe.path ? Promise.resolve(probe.reply) : this.http.getOptional(path)
    });
  }
  /**
   * One member. When the API flavour is not known yet, this read settles it: the member's own versioned
   * URL answers 200 on a node with that API (no separate detection request, no member list).
   */
  async getMember(memberId) {
    const id = memberId.toLowerCase();
    if (this.resolved || this.adapterPromise) return (await this.adapter()).getMember(this.http, id);
    const detection = this.detectWithMember(id);
    this.adapterPromise = detection.then(
      ({ adapter: adapter2 }) => this.resolved = adapter2,
      (err) => {
        this.adapterPromise = void 0;
        throw err;
      }
    );
    this.adapterPromise.catch(() => void 0);
    const { adapter, member } = await detection;
    return member ? member.value : adapter.getMember(this.http, id);
  }
  async getServiceInfo() {
    return (await this.adapter()).getServiceInfo(this.http);
  }
  /** Open proposals (the new API also lists the most recently completed one). */
  async listProposals() {
    return (await this.adapter()).listProposals(this.http);
  }
  async getProposal(proposalId) {
    return (await this.adapter()).getProposal(this.http, proposalId);
  }
  /**
   * The proposal body exactly as it was submitted. A proposal's actions never change, so each id is
   * fetched once per client (the last 1024 ids are kept); an unknown id is asked again.
   */
  async getProposalActions(proposalId) {
    const id = proposalId.toLowerCase();
    const hit = this.actionsCache.get(id);
    if (hit) {
      this.actionsCache.delete(id);
      this.actionsCache.set(id, hit);
      return hit;
    }
    const fetched = this.adapter().then((a) => a.getProposalActions(this.http, proposalId));
    this.rememberActions(id, fetched);
    fetched.then(
      (body) => body === void 0 && this.actionsCache.get(id) === fetched && this.actionsCache.delete(id),
      () => this.actionsCache.get(id) === fetched && this.actionsCache.delete(id)
    );
    return fetched;
  }
  rememberActions(id, body) {
    this.actionsCache.set(id, body);
    if (this.actionsCache.size > ACTIONS_CACHE_SIZE) this.actionsCache.delete(this.actionsCache.keys().next().value);
  }
  async getBallot(proposalId, memberId) {
    return (await this.adapter()).getBallot(this.http, proposalId, memberId);
  }
  async getStateDigest(memberId) {
    return (await this.adapter()).getStateDigest(this.http, memberId);
  }
  async getEncryptedShare(memberId) {
    return (await this.adapter()).getEncryptedShare(this.http, memberId);
  }
  async getTransactionStatus(transactionId) {
    return (await this.adapter()).getTransactionStatus(this.http, transactionId);
  }
  /** The live constitution's JavaScript source. */
  async getConstitution() {
    return (await this.adapter()).getConstitution(this.http);
  }
  /** Every node the service knows (Pending, Trusted, Retired) with its attestation format. */
  async listNodes() {
    return (await this.adapter()).listNodes(this.http);
  }
  /**
   * The Open proposals whose body equals `body` (same actions and arguments), optionally only those
   * made by `proposerId`. Reads the actions of each Open candidate (in parallel).
   */
  async findOpenProposals(body, options = {}) {
    const proposals = options.among ?? await this.listProposals();
    const candidates = proposals.filter((p) => p.state === "Open" && (!options.proposerId || p.proposerId === options.proposerId));
    const actions = await Promise.all(candidates.map((p) => this.getProposalActions(p.proposalId)));
    return candidates.filter((_, i) => actions[i] !== void 0 && sameProposal(actions[i], body));
  }
  /**
   * Polls the transaction status (every `pollMs`, default 50) until Committed; throws on Invalid
   * (rolled back) and after `timeoutMs` (default 60 s).
   */
  async waitForCommit(transactionId, options = {}) {
    const deadline = this.retry.now() + (options.timeoutMs ?? 6e4);
    for (; ; ) {
      const status = await this.getTransactionStatus(transactionId);
      if (status.status === "Committed") return status;
      if (status.status === "Invalid") throw new CcfConsortiumError("CCF_ERROR", `transaction ${transactionId} was rolled back (status Invalid)`);
      if (this.retry.now() >= deadline) throw new CcfConsortiumError("TIMEOUT", `transaction ${transactionId} not committed in time (last status ${status.status})`);
      await this.retry.sleep(options.pollMs ?? 50);
    }
  }
  // ---- writes ----
  /**
   * Creates a proposal, never blindly re-sending it. After a connection that dropped once the request
   * was sent, the Open proposals are searched for one by this signer with identical actions (adopted if
   * found); only if there is none is a FRESH message signed (new created_at) and sent. A 503 (the node
   * executed nothing) is retried after Retry-After/backoff, also with a freshly signed message.
   */
  async createProposal(signer, body) {
    const adapter = await this.adapter();
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const started = this.retry.now();
    const deadline = started + this.transport.limits.operationTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      const message = await signGovernanceMessage(signer, { type: "proposal", payload: text, createdAt: Math.floor(this.retry.now() / 1e3) });
      let delay;
      try {
        const reply = await this.write({ method: "POST", path: adapter.createProposalPath(), body: message, idempotent: false });
        const proposal = reply.parse(adapter.parseCreatedProposal);
        this.rememberActions(proposal.proposalId.toLowerCase(), Promise.resolve(Buffer.from(text, "utf8")));
        return { proposal, transactionId: reply.transactionId, adopted: false };
      } catch (err) {
        const busy = err instanceof GovernanceError && err.status === 503;
        const ambiguous = err instanceof TransportError && err.failure === "maybe-sent";
        if (!busy && !ambiguous || attempt >= this.retry.retries) throw err;
        if (busy) delay = err.retryAfterMs;
        if (ambiguous) {
          const [existing] = await this.findOpenProposals(text, { proposerId: signer.memberId });
          if (existing) return { proposal: existing, adopted: true };
        }
        const wait = Math.min(this.retry.maxDelayMs, delay ?? backoffDelay(this.retry, attempt));
        if (this.retry.now() + wait >= deadline) {
          const note = `the next retry, in ${formatSeconds(wait)}, would pass the ${formatSeconds(this.transport.limits.operationTimeoutMs)} deadline`;
          throw err instanceof TransportError ? err.after(attempt + 1, this.retry.now() - started, note) : err;
        }
        const { method, path, node } = err;
        this.options.onRetry?.({ attempt: attempt + 2, attempts: this.retry.retries + 1, delayMs: wait, reason: busy ? "HTTP 503" : err.causeCode ?? "error", method, path, node });
        delay = wait;
      }
      await this.retry.sleep(delay);
    }
  }
  /**
   * Submits a ballot (safe to repeat: an identical ballot is accepted again; on the classic API, where a
   * second ballot is always refused, an identical stored ballot counts as success).
   */
  async submitBallot(signer, proposalId, ballot) {
    const adapter = await this.adapter();
    const message = await signGovernanceMessage(signer, { type: "ballot", proposalId, payload: { ballot } });
    try {
      const reply = await this.write({ method: "POST", path: adapter.ballotPath(proposalId, signer.memberId), body: message, idempotent: true });
      return { value: reply.parse((json) => adapter.parseBallotResult(json, proposalId)), transactionId: reply.transactionId };
    } catch (err) {
      if (err instanceof GovernanceError && err.ccfCode === "VoteAlreadyExists" && adapter.flavour === "classic") {
        const stored = await this.getBallot(proposalId, signer.memberId);
        const proposal = stored === ballot ? await this.getProposal(proposalId) : void 0;
        if (proposal) return { value: proposal };
      }
      throw err;
    }
  }
  /** Withdraws a proposal; undefined when the node does not know it (204). */
  async withdrawProposal(signer, proposalId) {
    const adapter = await this.adapter();
    const message = await signGovernanceMessage(signer, { type: "withdrawal", proposalId });
    const reply = await this.write({ method: "POST", path: adapter.withdrawPath(proposalId), body: message, idempotent: true });
    return { value: reply.status === 204 || reply.body.length === 0 ? void 0 : reply.parse((json) => adapter.parseWithdrawn(json, proposalId)), transactionId: reply.transactionId };
  }
  /** Refreshes this member's stored state digest to the current ledger root and returns it. */
  async updateStateDigest(signer) {
    const adapter = await this.adapter();
    const message = await signGovernanceMessage(signer, { type: "state_digest" });
    const reply = await this.write({ method: "POST", path: adapter.updateDigestPath(signer.memberId), body: message, idempotent: true });
    return { value: reply.parse((json) => adapter.parseUpdatedDigest(json, signer.memberId)), transactionId: reply.transactionId };
  }
  /** Acks `stateDigest` (must equal the stored digest); the member becomes Active. */
  async ackStateDigest(signer, stateDigest) {
    const adapter = await this.adapter();
    const message = await signGovernanceMessage(signer, { type: "ack", payload: adapter.ackPayload(stateDigest) });
    const reply = await this.write({ method: "POST", path: adapter.ackPath(signer.memberId), body: message, idempotent: true });
    return { value: void 0, transactionId: reply.transactionId };
  }
  /** Submits a decrypted recovery share (raw bytes; sent base64). */
  async submitRecoveryShare(signer, share) {
    const adapter = await this.adapter();
    const message = await signGovernanceMessage(signer, { type: "recovery_share", payload: { share: Buffer.from(share).toString("base64") } });
    const reply = await this.write({ method: "POST", path: adapter.recoverPath(signer.memberId), body: message, idempotent: false, resendOn503: true });
    return { value: reply.parse(adapter.parseRecoverResult), transactionId: reply.transactionId };
  }
  // ---- plumbing ----
  adapter() {
    if (this.resolved) return Promise.resolve(this.resolved);
    this.adapterPromise ??= this.detect().then(
      (adapter) => this.resolved = adapter,
      (err) => {
        this.adapterPromise = void 0;
        throw err;
      }
    );
    return this.adapterPromise;
  }
  /**
   * Tries GET /gov/service/members with api-version 2024-07-01, then 2023-06-01-preview; a 404 means
   * the node only has the classic API. The members answer serves the listMembers calls that were waiting
   * on this detection (so detecting costs no extra request there), and nothing later.
   */
  async detect() {
    for (const flavour of ["2024-07-01", "2023-06-01-preview"]) {
      const path = `/gov/service/members?api-version=${flavour}`;
      const response = await this.transport.send({ method: "GET", path, idempotent: true });
      if (response.status === 200) {
        this.probe = { path, reply: toReply(response, "GET", path) };
        return newApiAdapter(flavour);
      }
      const error = toError(response, "GET", path, this.retry.now());
      if (response.status === 404 && error.ccfCode !== "FrontendNotOpen") return classicAdapter();
      if (response.status === 400 && error.ccfCode && NOT_A_FLAVOUR.has(error.ccfCode)) continue;
      throw error;
    }
    return classicAdapter();
  }
  /**
   * Detection by `GET /gov/service/members/{id}` with api-version 2024-07-01, then 2023-06-01-preview (on a
   * 400 naming the api-version). A 200 settles flavour and member at once. A 404 is either "Member <id>
   * does not exist." or CCF's "Unknown path" on a node without that API (both ResourceNotFound), so the
   * members-list detection decides: on the versioned API the member is then known to be absent.
   */
  async detectWithMember(memberId) {
    for (const flavour of ["2024-07-01", "2023-06-01-preview"]) {
      const path = `/gov/service/members/${memberId}?api-version=${flavour}`;
      const response = await this.transport.send({ method: "GET", path, idempotent: true });
      if (response.status === 200) {
        const adapter = newApiAdapter(flavour);
        const reply = toReply(response, "GET", path);
        const value = await adapter.getMember({ get: async () => reply, getOptional: async () => reply }, memberId);
        return { adapter, member: { value } };
      }
      const error = toError(response, "GET", path, this.retry.now());
      if (response.status === 400 && error.ccfCode && NOT_A_FLAVOUR.has(error.ccfCode)) continue;
      if (response.status === 404 && error.ccfCode !== "FrontendNotOpen") {
        const adapter = await this.detect();
        return adapter.flavour === "classic" ? { adapter } : { adapter, member: { value: void 0 } };
      }
      throw error;
    }
    return { adapter: classicAdapter() };
  }
  async read(path, optional) {
    const response = await this.transport.send({ method: "GET", path, idempotent: true });
    if (response.status >= 200 && response.status < 300) return toReply(response, "GET", path);
    if (optional && response.status === 404) return void 0;
    throw toError(response, "GET", path, this.retry.now());
  }
  async write(request) {
    this.probe = void 0;
    const response = await this.transport.send(request);
    if (response.status >= 200 && response.status < 300) return toReply(response, request.method, request.path);
    throw toError(response, request.method, request.path, this.retry.now());
  }
};
function adapterFor(api) {
  if (api === "classic") return classicAdapter();
  if (api === "2024-07-01" || api === "2023-06-01-preview") return newApiAdapter(api);
  throw new InputError("api", `'${String(api)}' is not one of auto, classic, 2024-07-01, 2023-06-01-preview`);
}
function toReply(response, method, path) {
  const tx = response.headers[TX_HEADER];
  let parsed;
  const json = () => {
    if (parsed) return parsed.value;
    let value;
    if (response.body.length) {
      try {
        value = JSON.parse(response.body.toString("utf8"));
      } catch {
        const type = response.headers["content-type"];
        const what = `${typeof type === "string" ? `${type.split(";")[0].slice(0, 60)}, ` : ""}${response.body.length} bytes`;
        throw new NodeReplyError({ problem: `the body is not valid JSON (${what})`, method, path, node: response.node });
      }
    }
    parsed = { value };
    return value;
  };
  return {
    status: response.status,
    body: response.body,
    transactionId: Array.isArray(tx) ? tx[0] : tx,
    json,
    parse(shape) {
      const value = json();
      try {
        return shape(value);
      } catch (err) {
        if (err instanceof NodeReplyError) throw err.at(method, path, response.node);
        throw err;
      }
    }
  };
}
function toError(response, method, path, now) {
  const retryAfterMs = parseRetryAfter(response.headers["retry-after"], now);
  return new GovernanceError({ status: response.status, ...parseErrorBody(response.body), method, path, node: response.node, retryAfterMs, attempts: response.attempts, elapsedMs: response.elapsedMs });
}

// actions/client.ts
function clientFromInputs(command, run) {
  const nodes = nodeUrlsInput(command);
  const serviceCertificatePem = pemOrPathInput("service-cert", command, run.workspace);
  const api = parseApiChoice(input("api-version") || "auto", "api-version");
  const timeoutMs = parseDuration(input("timeout") || "60s", "timeout");
  const client = createGovernanceClient({
    nodes,
    serviceCertificatePem,
    api,
    timeoutMs,
    onRetry: (r) => info(`retry ${r.attempt}/${r.attempts} in ${formatSeconds(r.delayMs)} after ${r.reason} (${r.method} ${r.path} on ${r.node})`)
  });
  return { client, serviceCertificatePem };
}
async function withClient(command, run, fn) {
  const c = clientFromInputs(command, run);
  try {
    return await fn(c);
  } finally {
    await c.client.close().catch(() => void 0);
  }
}

// core/identity/encryption-key.ts
import { createPublicKey, generateKeyPair } from "node:crypto";
var MIN_ENCRYPTION_KEY_BITS = 2048;
function loadEncryptionPublicKey(pem, input2) {
  const blocks = pemBlocks(pemText(pem, input2));
  const block = blocks.find((b) => b.label === "PUBLIC KEY" || b.label === "RSA PUBLIC KEY");
  if (!block) {
    const hint = blocks.some((b) => b.label.includes("PRIVATE KEY")) ? "holds a private key; pass the public key (openssl rsa -in KEY -pubout)" : `is not a PEM public key (expected a 'PUBLIC KEY' or 'RSA PUBLIC KEY' block, found ${describeBlocks(blocks)})`;
    throw new InputError(input2, hint);
  }
  let publicKey;
  try {
    publicKey = block.label === "RSA PUBLIC KEY" ? createPublicKey({ key: block.pem, format: "pem", type: "pkcs1" }) : createPublicKey({ key: block.pem, format: "pem" });
  } catch {
    throw new InputError(input2, `holds a '${block.label}' block that is not a valid public key`);
  }
  if (publicKey.asymmetricKeyType !== "rsa") {
    throw new InputError(
      input2,
      `holds ${publicKey.asymmetricKeyType === "ec" ? "an EC" : `a ${publicKey.asymmetricKeyType ?? "non-RSA"}`} key; recovery encryption keys must be RSA (>= ${MIN_ENCRYPTION_KEY_BITS} bits)`,
      "UNSUPPORTED_KEY"
    );
  }
  const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  assertEncryptionKeyBits(bits, input2);
  const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  return { publicKey, publicKeyPem, bits };
}
function assertEncryptionKeyBits(bits, input2) {
  if (!Number.isInteger(bits) || bits < MIN_ENCRYPTION_KEY_BITS) {
    throw new InputError(
      input2,
      `is a ${bits}-bit RSA key; recovery encryption keys must be at least ${MIN_ENCRYPTION_KEY_BITS} bits`,
      "UNSUPPORTED_KEY"
    );
  }
}

// core/identity/certificate-generator.ts
var MAX_DAYS = 100 * 366;

// core/proposals/actions.ts
function setMemberAction(args) {
  if (!args || typeof args !== "object") throw new InputError("set_member", `arguments must be an object (got ${typeName(args)})`);
  if (typeof args.certificatePem !== "string") throw new InputError("certificatePem", `must be PEM text (got ${typeName(args.certificatePem)})`);
  return {
    name: "set_member",
    args: {
      cert: args.certificatePem,
      ...args.encryptionPublicKeyPem ? { encryption_pub_key: args.encryptionPublicKeyPem } : {},
      ...args.memberData !== void 0 && args.memberData !== null ? { member_data: args.memberData } : {},
      ...args.recoveryRole ? { recovery_role: args.recoveryRole } : {}
    }
  };
}
function removeMemberAction(memberId) {
  return { name: "remove_member", args: { member_id: normalizeMemberId(memberId, "member_id") } };
}
function setMemberDataAction(memberId, memberData) {
  return { name: "set_member_data", args: { member_id: normalizeMemberId(memberId, "member_id"), member_data: memberData } };
}
function setRecoveryThresholdAction(recoveryThreshold) {
  return { name: "set_recovery_threshold", args: { recovery_threshold: recoveryThreshold } };
}
function proposalBody(...actions) {
  return { actions };
}

export {
  loadEncryptionPublicKey,
  setMemberAction,
  removeMemberAction,
  setMemberDataAction,
  setRecoveryThresholdAction,
  proposalBody,
  GovernanceError,
  TransportError,
  parseErrorBody,
  APPROVE_BALLOT,
  REJECT_BALLOT,
  sameProposal,
  sameJson,
  parseRetryAfter,
  withClient
};
