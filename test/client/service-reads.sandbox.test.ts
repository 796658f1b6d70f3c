/** The constitution and the node list, read through the typed client in every API flavour. */
import { afterEach, describe, expect, it } from "vitest";
import { startService, type Service } from "../flows/sandbox-helpers.js";

let svc: Service | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

const CASES = [
  { ccfVersion: 6, api: "classic" },
  { ccfVersion: 6, api: "2024-07-01" },
  { ccfVersion: 4, api: "2023-06-01-preview" },
  { ccfVersion: 7, api: "auto" },
] as const;

describe("getConstitution and listNodes", () => {
  for (const { ccfVersion, api } of CASES) {
    it(`CCF ${ccfVersion}.x, ${api}: the constitution source and every node, typed`, async () => {
      svc = await startService({ ccfVersion, nodes: 2, client: { api } });
      const { sandbox, client } = svc;
      expect(await client.getConstitution()).toBe(sandbox.service.state.constitution);

      const nodes = await client.listNodes();
      expect(nodes).toEqual(
        sandbox.service.state.nodes.map((n) => ({
          nodeId: n.nodeId,
          status: "Trusted",
          certificatePem: n.certificatePem,
          nodeData: n.nodeData ?? null,
          retiredCommitted: n.retiredCommitted,
          quoteInfo: { format: "Insecure_Virtual" },
        })),
      );
    });
  }
});
