/**
 * `getMember` on a client that has not settled its API flavour yet: the member's own versioned URL both
 * reads the member and settles the flavour (one request; the member list is never fetched for it).
 */
import { afterEach, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { startService, type Service } from "../flows/sandbox-helpers.js";

let svc: Service | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

const V1 = "api-version=2024-07-01";
const PREVIEW = "api-version=2023-06-01-preview";

describe("getMember settles the API flavour", () => {
  it("CCF 6.x: one GET of the member itself, then every call uses 2024-07-01", async () => {
    svc = await startService({ ccfVersion: 6 });
    const id = svc.signers[0]!.memberId;
    const member = await svc.client.getMember(id.toUpperCase());
    expect(member).toMatchObject({ memberId: id, status: "Active", certificatePem: svc.sandbox.members[0]!.certificatePem });
    expect(svc.sent).toEqual([`GET /gov/service/members/${id}?${V1}`]);
    expect(await svc.client.api()).toBe("2024-07-01");
    await svc.client.getMember(id);
    expect(svc.sent).toHaveLength(2);
  });

  it("CCF 4.x (preview only): the 400 naming the api-version moves to 2023-06-01-preview, still one member read", async () => {
    svc = await startService({ ccfVersion: 4 });
    const id = svc.signers[0]!.memberId;
    expect((await svc.client.getMember(id))?.status).toBe("Active");
    expect(svc.sent).toEqual([`GET /gov/service/members/${id}?${V1}`, `GET /gov/service/members/${id}?${PREVIEW}`]);
    expect(await svc.client.api()).toBe("2023-06-01-preview");
  });

  it("an unknown member: the 404 is told apart from a node without the API by the members list; undefined", async () => {
    svc = await startService({ ccfVersion: 7 });
    const stranger = (await generateMemberIdentity({ name: "stranger" })).memberId;
    expect(await svc.client.getMember(stranger)).toBeUndefined();
    expect(svc.sent).toEqual([`GET /gov/service/members/${stranger}?${V1}`, `GET /gov/service/members?${V1}`]);
    expect(await svc.client.api()).toBe("2024-07-01");
  });

  it("calls made while the member read is in flight wait for it and use the flavour it settled", async () => {
    svc = await startService({ ccfVersion: 6 });
    const id = svc.signers[0]!.memberId;
    const [member, members] = await Promise.all([svc.client.getMember(id), svc.client.listMembers()]);
    expect(member?.memberId).toBe(id);
    expect(members.map((m) => m.memberId)).toEqual([id]);
    expect(svc.sent).toEqual([`GET /gov/service/members/${id}?${V1}`, `GET /gov/service/members?${V1}`]);
  });

  it("an explicit api is used as given: classic reads the member from /gov/members", async () => {
    svc = await startService({ ccfVersion: 6, client: { api: "classic" } });
    const id = svc.signers[0]!.memberId;
    expect((await svc.client.getMember(id))?.status).toBe("Active");
    expect(svc.sent).toEqual(["GET /gov/members"]);
  });
});

describe("getMember when the member read fails", () => {
  it("rejects that call only (no unhandled rejection), and the next call detects again", async () => {
    svc = await startService({ ccfVersion: 6 });
    const id = svc.signers[0]!.memberId;
    const client = svc.newClient({ retry: { retries: 0 } });
    await svc.sandbox.control.stopNode(0);
    await expect(client.getMember(id)).rejects.toMatchObject({ code: "TRANSPORT" });
    await svc.sandbox.control.startNode(0);
    expect((await client.getMember(id))?.status).toBe("Active");
    expect(await client.api()).toBe("2024-07-01");
  });
});
