/**
 * Validating a proposal before it is signed: the live constitution's `validate()` run locally, in the
 * same engine family CCF runs it in (core/constitution), on the exact proposal text that would be sent.
 * Nothing is signed or written.
 *
 * Where `validate()` reads `ccf.kv`, the tables a member can read through the governance API are served
 * read-only, each fetched only when the script first asks for it (the call is then re-run with it):
 *
 *   public:ccf.gov.members.info / .certs / .encryption_public_keys   ← the members list
 *   public:ccf.gov.service.info                                      ← the service info
 *   public:ccf.gov.service.config                                    ← recovery_threshold only
 *   public:ccf.gov.nodes.info                                        ← the nodes list
 *   public:ccf.gov.proposals_info                                    ← the proposals list (no ballots)
 *   public:ccf.gov.constitution                                      ← the constitution itself
 *
 * Everything else (acks, signatures, history, users, JWT issuers, custom tables...) cannot be read from
 * outside the service: reading it throws an Error naming the table, as the script sees it.
 */
import { createHash } from "node:crypto";
import type { GovernanceClient } from "../client/governance-client.js";
import type { ProposalBody } from "../client/model.js";
import type { Constitution, ConstitutionHost, EngineLimits, KvTable, Validation } from "../constitution/index.js";

export interface LocalValidation extends Validation {
  /** SHA-256 (hex) of the constitution that judged it. */
  constitutionSha256: string;
  /** The governance tables validate() read (fetched through the API). */
  tablesRead: string[];
}

export interface ValidateProposalOptions {
  /** Judge with this constitution text instead of the live one (still reading the live tables). */
  constitution?: string;
  limits?: Partial<EngineLimits>;
}

type Rows = [Uint8Array, Uint8Array][];

const MEMBER_TABLES = ["public:ccf.gov.members.info", "public:ccf.gov.members.certs", "public:ccf.gov.members.encryption_public_keys"];
export const READABLE_TABLES = [
  ...MEMBER_TABLES,
  "public:ccf.gov.service.info",
  "public:ccf.gov.service.config",
  "public:ccf.gov.nodes.info",
  "public:ccf.gov.proposals_info",
  "public:ccf.gov.constitution",
];

/** Fetches the tables of one group (members come as three tables from one list). */
async function fetchTables(client: GovernanceClient, name: string, constitution: string, ccfVersion: number | undefined): Promise<Record<string, Rows>> {
  const { utf8, jsonBytes, SINGLETON_KEY } = await import("../constitution/index.js");
  if (MEMBER_TABLES.includes(name)) {
    const members = await client.listMembers();
    const info: Rows = [];
    const certs: Rows = [];
    const keys: Rows = [];
    for (const m of members) {
      const id = utf8(m.memberId);
      const record: Record<string, unknown> = { status: m.status, member_data: m.memberData ?? null };
      if (ccfVersion === undefined || ccfVersion >= 6) record.recovery_role = m.recoveryRole;
      info.push([id, jsonBytes(record)]);
      certs.push([id, utf8(m.certificatePem)]);
      if (m.encryptionPublicKeyPem !== undefined) keys.push([id, utf8(m.encryptionPublicKeyPem)]);
    }
    return { [MEMBER_TABLES[0]!]: info, [MEMBER_TABLES[1]!]: certs, [MEMBER_TABLES[2]!]: keys };
  }
  switch (name) {
    case "public:ccf.gov.service.info":
    case "public:ccf.gov.service.config": {
      const s = await client.getServiceInfo();
      const info: Record<string, unknown> = { cert: s.certificatePem, status: s.status, recovery_count: s.recoveryCount, service_data: s.serviceData ?? null };
      if (s.creationTransactionId !== undefined) info.current_service_create_txid = s.creationTransactionId;
      const config: Record<string, unknown> = {};
      if (s.recoveryThreshold !== undefined) config.recovery_threshold = s.recoveryThreshold;
      return { "public:ccf.gov.service.info": [[SINGLETON_KEY, jsonBytes(info)]], "public:ccf.gov.service.config": [[SINGLETON_KEY, jsonBytes(config)]] };
    }
    case "public:ccf.gov.nodes.info": {
      const nodes = await client.listNodes();
      return {
        [name]: nodes.map((n) => [
          utf8(n.nodeId),
          jsonBytes({ cert: n.certificatePem, status: n.status, node_data: n.nodeData ?? null, retired_committed: n.retiredCommitted, quote_info: { format: n.quoteInfo.format } }),
        ]),
      };
    }
    case "public:ccf.gov.proposals_info": {
      const proposals = await client.listProposals();
      return {
        [name]: proposals.map((p) => {
          const info: Record<string, unknown> = { proposer_id: p.proposerId, state: p.state };
          if (p.finalVotes) info.final_votes = p.finalVotes;
          if (p.voteFailures) info.vote_failures = p.voteFailures;
          if (p.failure) info.failure = p.failure;
          return [utf8(p.proposalId), jsonBytes(info)];
        }),
      };
    }
    case "public:ccf.gov.constitution":
      return { [name]: [[SINGLETON_KEY, jsonBytes(constitution)]] };
    default:
      return {};
  }
}

/**
 * Runs the live constitution's `validate()` on `proposal` (the exact text that would be signed, or a body
 * serialized as the client sends it). Returns the verdict and description; a `validate()` that throws or
 * hits a limit is invalid with CCF's "Failed to execute validation: ..." description.
 */
export async function validateProposalLocally(client: GovernanceClient, proposal: ProposalBody | string, options: ValidateProposalOptions = {}): Promise<LocalValidation> {
  const text = typeof proposal === "string" ? proposal : JSON.stringify(proposal);
  const [source, ccfVersion, engine] = await Promise.all([
    options.constitution !== undefined ? Promise.resolve(options.constitution) : client.getConstitution(),
    client.ccfVersion().catch(() => undefined),
    import("../constitution/index.js"),
  ]);
  const constitutionSha256 = createHash("sha256").update(source).digest("hex");
  let constitution: Constitution;
  try {
    constitution = await engine.Constitution.load(source, { limits: options.limits, globals: ccfVersion === undefined ? undefined : { ccfConsortium: { ccfVersion } } });
  } catch (err) {
    if (!(err instanceof engine.ConstitutionError)) throw err;
    return { valid: false, description: `The constitution does not load: ${err.message}`, constitutionSha256, tablesRead: [] };
  }
  const fetched = new Map<string, KvTable>();
  const wanted = new Set<string>();
  const host: ConstitutionHost = {
    table(name) {
      const t = fetched.get(name);
      if (t) return t;
      if (!READABLE_TABLES.includes(name)) {
        throw new Error(`ccf.kv["${name}"] cannot be read from outside the service (a member can read ${READABLE_TABLES.join(", ")})`);
      }
      wanted.add(name);
      throw new Error(`ccf.kv["${name}"] is being fetched`);
    },
  };
  try {
    for (;;) {
      wanted.clear();
      let verdict: Validation;
      try {
        verdict = constitution.validate(text, host);
      } catch (err) {
        if (wanted.size > 0) verdict = { valid: false, description: "" };
        else if (err instanceof engine.ConstitutionError) {
          const s = err.script;
          const reason = err.limit || !s ? err.message : `${s.name}: ${s.message}${s.stack ? ` ${s.stack}` : ""}`;
          return { valid: false, description: `Failed to execute validation: ${reason}`, constitutionSha256, tablesRead: [...fetched.keys()] };
        } else throw err;
      }
      // A table validate() asked for was not there yet: fetch it and judge again (validate is read-only).
      if (wanted.size === 0) return { ...verdict, constitutionSha256, tablesRead: [...fetched.keys()] };
      for (const name of wanted) {
        const tables = await fetchTables(client, name, source, ccfVersion);
        for (const [n, rows] of Object.entries(tables)) fetched.set(n, engine.readOnlyTable(n, rows));
        if (!fetched.has(name)) fetched.set(name, engine.readOnlyTable(name, []));
      }
    }
  } finally {
    constitution.dispose();
  }
}
