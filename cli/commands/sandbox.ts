import { quoteValue } from "../../core/text/input-value.js";
import { resolve } from "node:path";
import type { Io } from "../io.js";
import { println } from "../io.js";
import { optional, parseFlags, required } from "../args.js";
import { InputError } from "../../core/errors.js";
import { readFlagFile } from "../files.js";

export const usage = `Usage: ccf-consortium sandbox --dir DIR [--port P] [--members N] [--recovery-members M]
                             [--recovery-threshold T] [--ccf-version 4|5|6|7] [--nodes N] [--activate] [--opening]
                             [--constitution FILE]...

Serves a CCF-compatible governance node on 127.0.0.1 over TLS until interrupted (Ctrl-C / SIGTERM).
At first start it writes into DIR:
  service_cert.pem                          the service identity (pin it: curl --cacert)
  memberK_cert.pem, memberK_privk.pem       each initial member (key files mode 0600)
  memberK_enc_pubk.pem, memberK_enc_privk.pem   recovery members' RSA keys
  state.json                                the governance state (restarting with the same DIR resumes it)
and prints the node URL(s) and the member ids.

Options:
      --dir DIR               state directory (created if missing)
      --port P                port of the first node (default: the one used last time in DIR, else any free port)
      --members N             initial members (default 1)
      --recovery-members M    how many of them are recovery members with RSA encryption keys
                              (default: all of them, as CCF starts a network; 0 only with --opening)
      --recovery-threshold T  recovery threshold at genesis (default: the number of recovery members,
                              CCF's start-configuration default); Open needs T <= M
      --ccf-version V         CCF release to imitate, the latest patch of its line:
                              4 (4.0.x), 5 (5.0.x), 6 (6.0.9, default) or 7 (7.0.12: no classic API)
      --nodes N               nodes sharing the state (default 1)
      --activate              initial members start Active (default: Accepted, as at CCF genesis)
      --opening               the service starts Opening, before transition_service_to_open (default: Open,
                              as if the initial members had opened it; refused without enough recovery members)
      --constitution FILE     run this constitution instead of the default one (repeatable: the files are
                              concatenated in order, as CCF's --constitution does); it must export
                              validate, resolve and apply. Set when DIR is created; change it later with a
                              set_constitution proposal. GET /gov/service/constitution serves what runs.

Per-release rules (255 active recovery members on 4/5, ballotSubmitters, the RSA key check and the
recovery-time refusals on 7, ...) and what the sandbox does not model: docs/fidelity.md.`;

const OPTIONS = {
  dir: { type: "string" },
  port: { type: "string" },
  members: { type: "string" },
  "recovery-members": { type: "string" },
  "recovery-threshold": { type: "string" },
  "ccf-version": { type: "string" },
  nodes: { type: "string" },
  activate: { type: "boolean" },
  opening: { type: "boolean" },
  constitution: { type: "string", multiple: true },
} as const;

function intFlag(values: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const text = optional(values, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new InputError(`--${name}`, `must be a whole number (got ${quoteValue(text, 40)})`);
  const n = Number(text);
  if (n < min || n > max) throw new InputError(`--${name}`, `must be from ${min} to ${max} (got ${n})`);
  return n;
}

/** Resolves when the process receives SIGINT or SIGTERM (or `signal` aborts). */
function untilInterrupted(signal?: AbortSignal): Promise<string> {
  return new Promise((resolveStop) => {
    const stop = (why: string) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolveStop(why);
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    signal?.addEventListener("abort", () => stop("abort"), { once: true });
  });
}

export async function run(argv: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const { values } = parseFlags(argv, { ...OPTIONS });
  const dir = resolve(io.cwd, required(values, "dir"));
  const port = intFlag(values, "port", 0, 65535);
  const members = intFlag(values, "members", 0, 1000);
  const recoveryMembers = intFlag(values, "recovery-members", 0, 1000);
  const recoveryThreshold = intFlag(values, "recovery-threshold", 1, 1000);
  const ccfVersion = intFlag(values, "ccf-version", 4, 7) as 4 | 5 | 6 | 7 | undefined;
  const nodes = intFlag(values, "nodes", 1, 16);
  if (members !== undefined && recoveryMembers !== undefined && recoveryMembers > members) {
    throw new InputError("--recovery-members", `must not exceed --members (${recoveryMembers} > ${members})`);
  }
  const opening = values.opening === true;
  if (recoveryMembers === 0 && !opening) {
    throw new InputError("--recovery-members", "0 needs --opening: CCF cannot open a service without a recovery member (transition_service_to_open fails)");
  }
  const recoveryCount = recoveryMembers ?? members ?? 1;
  if (recoveryThreshold !== undefined && recoveryThreshold > recoveryCount && !opening) {
    throw new InputError(
      "--recovery-threshold",
      `${recoveryThreshold} is above the ${recoveryCount} recovery member(s): CCF would refuse to open ("Cannot open network as number of active recovery members (${recoveryCount}) is less than recovery threshold (${recoveryThreshold})"); use --opening or more --recovery-members`,
    );
  }

  const files = (values.constitution as string[] | undefined) ?? [];
  let constitution: string | undefined;
  if (files.length > 0) {
    const { concatConstitution } = await import("../../core/constitution/index.js");
    constitution = concatConstitution(files.map((f) => readFlagFile("--constitution", f, io).toString("utf8")));
  }

  const { startSandbox } = await import("../../sandbox/index.js");
  const sandbox = await startSandbox({
    dir,
    port,
    members,
    recoveryMembers,
    recoveryThreshold,
    ccfVersion,
    nodes,
    activate: values.activate === true,
    open: !opening,
    constitution,
  });
  // Signal handlers go in before anything is printed: a supervisor may signal as soon as it reads the banner.
  const interrupted = untilInterrupted(signal);
  try {
    const state = sandbox.service.state;
    println(io.stdout, `CCF ${state.ccfVersion}.x governance sandbox (service ${state.service.status}) at ${sandbox.url}`);
    for (let i = 1; i < sandbox.urls.length; i++) println(io.stdout, `  node ${i}: ${sandbox.urls[i]}`);
    println(io.stdout, `service certificate: ${resolve(dir, "service_cert.pem")}`);
    for (const m of sandbox.members) {
      const record = state.members[m.memberId];
      const status = record ? record.status : "removed";
      println(io.stdout, `${m.name} ${m.memberId} ${status}${m.encryptionPublicKeyPem ? " (recovery member)" : ""}`);
    }
    println(io.stdout, "Press Ctrl-C to stop.");
    await interrupted;
  } finally {
    await sandbox.close();
  }
  println(io.stdout, "sandbox stopped");
  return 0;
}
