/**
 * Genesis: members start Accepted (empty ack: no signature existed yet) unless `activate`; the service
 * starts Open by default, or Opening with `open: false` until a transition_service_to_open proposal.
 */
import { describe, expect, it } from "vitest";
import { startSandbox } from "../../sandbox/index.js";
import { Gov } from "./fixture.js";
import { YES, clientFor } from "./helpers.js";

const FLAVOUR = { label: "CCF 6", ccfVersion: 6 as const, api: "new" as const, apiVersion: "2024-07-01" };

describe("genesis", () => {
  it("default: service Open, members Accepted with an empty ack record, then update + ack activates", async () => {
    const sb = await startSandbox({ members: 2 });
    const client = clientFor(sb);
    const gov = new Gov(client, FLAVOUR);
    try {
      expect((await client.get(gov.q("/gov/service/info"))).json.status).toBe("Open");
      const m0 = sb.members[0]!;
      expect((await client.get(gov.q(`/gov/service/members/${m0.memberId}`))).json.status).toBe("Accepted");
      expect((await client.get(gov.q(`/gov/members/state-digests/${m0.memberId}`))).json).toEqual({ memberId: m0.memberId, stateDigest: "" });
      const stale = "11".repeat(32);
      expect((await gov.ack(m0, stale)).json.error.message).toBe(`Submitted state digest is not valid.\nExpected\n \nReceived\n ${stale}`);
      expect((await gov.activate(m0)).status).toBe(204);
      expect((await client.get(gov.q(`/gov/service/members/${m0.memberId}`))).json.status).toBe("Active");
    } finally {
      client.close();
      await sb.close();
    }
  });

  it("activate: members start Active", async () => {
    const sb = await startSandbox({ members: 2, activate: true });
    try {
      expect(Object.values(sb.service.state.members).map((m) => m.status)).toEqual(["Active", "Active"]);
    } finally {
      await sb.close();
    }
  });

  it("open: false starts Opening; transition_service_to_open with the service identity opens it; another identity fails to apply", async () => {
    const sb = await startSandbox({ members: 1, activate: true, open: false });
    const client = clientFor(sb);
    const gov = new Gov(client, FLAVOUR);
    const m0 = sb.members[0]!;
    try {
      expect((await client.get(gov.q("/gov/service/info"))).json.status).toBe("Opening");
      const wrong = await gov.propose(m0, { actions: [{ name: "transition_service_to_open", args: { next_service_identity: m0.certificatePem } }] });
      const failed = await gov.vote(m0, wrong.json.proposalId, YES);
      expect(failed.status).toBe(500);
      expect(failed.json.error.message).toMatch(/^Failed to apply\(\): /);
      expect((await client.get(gov.q("/gov/service/info"))).json.status).toBe("Opening");

      const invalid = await gov.propose(m0, { actions: [{ name: "transition_service_to_open", args: {} }] });
      expect(invalid.status).toBe(400);
      expect(invalid.json.error.message).toMatch(
        /^Proposal failed to validate: transition_service_to_open at position 0 failed validation: Error: next service identity \(PEM certificate\) must be of type string but is undefined\n/,
      );

      const open = await gov.propose(m0, { actions: [{ name: "transition_service_to_open", args: { next_service_identity: sb.serviceCertificatePem } }] });
      expect((await gov.vote(m0, open.json.proposalId, YES)).json.proposalState).toBe("Accepted");
      expect((await client.get(gov.q("/gov/service/info"))).json.status).toBe("Open");
    } finally {
      client.close();
      await sb.close();
    }
  });
});
