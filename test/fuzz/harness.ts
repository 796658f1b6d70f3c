/**
 * Runs a public function over generated inputs and keeps count: each case either returns or throws a
 * CcfConsortiumError (anything else is "untyped"), within a per-case time bound (a slower case is a
 * "hang"), and no error message may contain a line of a private key used as a seed.
 */
import fc from "fast-check";
import { CcfConsortiumError } from "../../core/errors.js";

/** A case slower than this counts as a hang (generous: the machine is shared; parsers take microseconds). */
export const CASE_TIME_BOUND_MS = 1000;

export interface TargetReport {
  target: string;
  cases: number;
  returned: number;
  typed: number;
  untyped: { error: string; input: string }[];
  hangs: { ms: number; input: string }[];
  leaks: { message: string }[];
  codes: Record<string, number>;
}

export const reports: TargetReport[] = [];

/** The seed of this run (FUZZ_SEED to replay one): printed with the counts. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

function describeInput(value: unknown): string {
  try {
    const s = typeof value === "string" ? value : value instanceof Uint8Array ? `bytes ${Buffer.from(value).toString("hex")}` : JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    return (s ?? String(value)).slice(0, 300);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export async function fuzz<T>(target: string, arbitrary: fc.Arbitrary<T>, runs: number, fn: (input: T) => unknown, secretLines: string[]): Promise<TargetReport> {
  const report: TargetReport = { target, cases: 0, returned: 0, typed: 0, untyped: [], hangs: [], leaks: [], codes: {} };
  const inputs = fc.sample(arbitrary, { numRuns: runs, seed: SEED + reports.length });
  for (const input of inputs) {
    report.cases++;
    const started = performance.now();
    try {
      await fn(input);
      report.returned++;
    } catch (err) {
      if (err instanceof CcfConsortiumError && typeof err.code === "string") {
        report.typed++;
        report.codes[err.code] = (report.codes[err.code] ?? 0) + 1;
        const message = `${err.message}`;
        if (secretLines.some((line) => message.includes(line)) || message.includes("PRIVATE KEY-----\n")) report.leaks.push({ message: message.slice(0, 300) });
      } else {
        const e = err as Error;
        if (report.untyped.length < 20) report.untyped.push({ error: `${e?.constructor?.name ?? typeof err}: ${String(e?.message ?? err).slice(0, 200)}`, input: describeInput(input) });
        if (process.env.FUZZ_DEBUG && report.untyped.length === 1) console.log(target, e?.stack);
        else report.untyped.push({ error: "", input: "" });
      }
    }
    const ms = performance.now() - started;
    if (ms > CASE_TIME_BOUND_MS) report.hangs.push({ ms: Math.round(ms), input: describeInput(input) });
  }
  reports.push(report);
  return report;
}
