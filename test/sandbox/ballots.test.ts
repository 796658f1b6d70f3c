/**
 * Ballot evaluation (reference §4.4): JavaScript modules exporting `vote`, run in the constitution
 * engine (QuickJS) in a fresh runtime per evaluation, with a time limit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadEngine } from "../../core/constitution/index.js";
import { compileBallot, evaluateBallot } from "../../sandbox/ballots.js";

beforeAll(async () => {
  await loadEngine();
});

const P = JSON.stringify({ actions: [{ name: "set_member", args: {} }] });
const PROPOSER = "ab".repeat(32);
const opts = { name: "ballot", timeoutMs: 100 };

describe("ballots", () => {
  it("the documented form: export function vote (proposal, proposerId) { return true }", () => {
    expect(evaluateBallot("export function vote (proposal, proposerId) { return true }", P, PROPOSER, opts)).toEqual({ vote: true });
    expect(evaluateBallot("export function vote (proposal, proposerId) { return false }", P, PROPOSER, opts)).toEqual({ vote: false });
  });

  it("sees the raw proposal text and the proposer id (and the proposal id as a third argument on classic)", () => {
    const src = "export function vote (p, proposer, pid) { return JSON.parse(p).actions[0].name === 'set_member' && proposer.length === 64 && pid === 'x' }";
    expect(evaluateBallot(src, P, PROPOSER, { ...opts, proposalId: "x" })).toEqual({ vote: true });
  });

  it("only the boolean true counts as a yes", () => {
    expect(evaluateBallot("export function vote () { return 1 }", P, PROPOSER, opts)).toEqual({ vote: false });
    expect(evaluateBallot("export function vote () { return 'true' }", P, PROPOSER, opts)).toEqual({ vote: false });
  });

  it("other module shapes: export const, export { vote }", () => {
    expect(evaluateBallot("export const vote = () => true;", P, PROPOSER, opts)).toEqual({ vote: true });
    expect(evaluateBallot("function vote() { return true }\nexport { vote };", P, PROPOSER, opts)).toEqual({ vote: true });
  });

  it("a throwing vote is a failure with reason and trace", () => {
    const r = evaluateBallot("export function vote () { throw new Error('nope') }", P, PROPOSER, opts);
    expect(r).toMatchObject({ failure: { reason: "Error: nope" } });
    expect((r as { failure: { trace?: string } }).failure.trace).toContain("at vote");
  });

  it("the context is isolated: no process, require, fetch or eval", () => {
    for (const body of ["return typeof process === 'undefined' && typeof require === 'undefined' && typeof fetch === 'undefined'"]) {
      expect(evaluateBallot(`export function vote () { ${body} }`, P, PROPOSER, opts)).toEqual({ vote: true });
    }
    expect(evaluateBallot("export function vote () { return eval('true') }", P, PROPOSER, opts)).toMatchObject({ failure: { reason: expect.stringMatching(/^EvalError: /) } });
    // Nothing leaks from one evaluation to the next.
    evaluateBallot("globalThis.leak = 1; export function vote () { return true }", P, PROPOSER, opts);
    expect(evaluateBallot("export function vote () { return typeof leak === 'undefined' }", P, PROPOSER, opts)).toEqual({ vote: true });
  });

  it("a ballot that runs past the time limit fails with 'Operation took too long to complete.'", () => {
    expect(evaluateBallot("export function vote () { for (;;) {} }", P, PROPOSER, opts)).toEqual({ failure: { reason: "Operation took too long to complete." } });
  });

  it("a source that does not compile or exports no vote function throws (the request fails)", () => {
    expect(() => evaluateBallot("export function vote( {", P, PROPOSER, opts)).toThrow(/^Failed to compile ballot: SyntaxError/);
    expect(() => compileBallot("export function notVote() { return true }", opts)).toThrow("Export 'vote' of module 'ballot' is not a function");
  });
});
