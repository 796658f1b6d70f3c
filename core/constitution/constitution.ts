/**
 * A constitution: CCF's governance module (`validate`, `resolve`, `apply`, usually an `actions` map),
 * evaluated once in its own QuickJS runtime and called per proposal against a host (the KV and node
 * effects). Shapes follow CCF's src/node/gov/handlers/proposals.h and samples/constitutions/default:
 *
 *   validate(input: string)                       → { valid: boolean, description: string }
 *   resolve(proposal: string, proposerId, votes)  → "Open" | "Accepted" | "Rejected"   (votes: [{member_id, vote}])
 *   apply(proposal: string, proposalId)           → (effects through ccf.kv / ccf.node)
 *
 * A CCF constitution is the concatenation of its files, in order (`--constitution A --constitution B`).
 */
import { CCF_PRELUDE, ccfNative } from "./ccf-global.js";
import { ConstitutionError, ScriptModule, loadEngine, type EngineLimits } from "./engine.js";
import type { ConstitutionHost } from "./host.js";

/** Module name CCF gives the constitution (it appears in stack traces). */
export const CONSTITUTION_MODULE_NAME = "public:ccf.gov.constitution[0]";

export interface Validation {
  valid: boolean;
  description: string;
}

export type Resolution = "Open" | "Accepted" | "Rejected";

export interface Vote {
  member_id: string;
  vote: boolean;
}

export interface ConstitutionOptions {
  limits?: Partial<EngineLimits>;
  /** Module name (default CCF's `public:ccf.gov.constitution[0]`). */
  name?: string;
  /** Extra JSON globals defined before the module runs (e.g. `{ ccfConsortium: { ccfVersion: 7 } }`). */
  globals?: Record<string, unknown>;
}

/** Joins constitution files in order, as CCF's `--constitution` does. */
export function concatConstitution(parts: string[]): string {
  return parts.map((p) => (p.endsWith("\n") ? p : `${p}\n`)).join("");
}

export class Constitution {
  readonly source: string;
  private readonly module: ScriptModule;
  private host: ConstitutionHost | undefined;

  /** Loads the engine if needed and evaluates `source`; throws a `ConstitutionError` if it does not load. */
  static async load(source: string, options: ConstitutionOptions = {}): Promise<Constitution> {
    await loadEngine();
    return new Constitution(source, options);
  }

  /** Synchronous form; the engine must be loaded (`loadEngine()`). */
  constructor(source: string, options: ConstitutionOptions = {}) {
    this.source = source;
    this.module = new ScriptModule(source, {
      name: options.name ?? CONSTITUTION_MODULE_NAME,
      limits: options.limits,
      prelude: withGlobals(CCF_PRELUDE, options.globals),
      native: ccfNative(() => this.host),
    });
  }

  private with<T>(host: ConstitutionHost, run: () => T): T {
    const previous = this.host;
    this.host = host;
    try {
      return run();
    } finally {
      this.host = previous;
    }
  }

  /** True when the module exports `name` as a function. */
  exports(name: "validate" | "resolve" | "apply"): boolean {
    return this.module.hasFunction(name);
  }

  /** `validate(input)`; throws a `ConstitutionError` when it throws or hits a limit. */
  validate(proposal: string, host: ConstitutionHost): Validation {
    const result = this.with(host, () => this.module.call("validate", [proposal]));
    if (result === null || typeof result !== "object") {
      throw new ConstitutionError(`validate() returned ${describe(result)}, not an object { valid, description }`);
    }
    const r = result as { valid?: unknown; description?: unknown };
    return { valid: r.valid === true, description: typeof r.description === "string" ? r.description : r.description === undefined ? "" : String(r.description) };
  }

  /** `resolve(proposal, proposerId, votes)`. */
  resolve(proposal: string, proposerId: string, votes: Vote[], host: ConstitutionHost): Resolution {
    const result = this.with(host, () => this.module.call("resolve", [proposal, proposerId, votes as unknown as Record<string, unknown>[]]));
    if (result === "Open" || result === "Accepted" || result === "Rejected") return result;
    throw new ConstitutionError(`resolve() returned ${describe(result)}, not "Open", "Accepted" or "Rejected"`);
  }

  /** `apply(proposal, proposalId)`. */
  apply(proposal: string, proposalId: string, host: ConstitutionHost): void {
    this.with(host, () => this.module.call("apply", [proposal, proposalId]));
  }

  dispose(): void {
    this.module.dispose();
  }
}

/** Wraps the prelude so it also defines `globals` (JSON values) on globalThis. */
function withGlobals(prelude: string, globals: Record<string, unknown> | undefined): string {
  if (!globals || Object.keys(globals).length === 0) return prelude;
  return `(function (native) { (${prelude})(native); Object.assign(globalThis, ${JSON.stringify(globals)}); })`;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return typeof value;
  }
}
