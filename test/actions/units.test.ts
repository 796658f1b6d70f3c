// The action's helpers: bounded GitHub fetches, comment cap, secret scrubbing, table cells.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent } from "undici";
import { describe, expect, it } from "vitest";
import { boundedFetch, capComment, MAX_COMMENT_CHARS } from "../../actions/github.js";
import { maskSecret, redact } from "../../actions/secrets.js";
import { cell, markdownTable } from "../../actions/render.js";
import { parseOutputFile } from "./harness.js";

describe("GitHub helpers", () => {
  it("every GitHub request is bounded: a reply too large or too slow is a TRANSPORT error naming the route", async () => {
    const server = createServer((req, res) => {
      if (req.url === "/big") {
        res.writeHead(200, { "content-type": "application/json" }); // no content-length: streamed
        res.write("[" + "0,".repeat(40_000));
        res.end("0]");
      } else if (req.url === "/slow") {
        res.writeHead(200, { "content-type": "application/json" });
        res.write("["); // and never more
      } else {
        res.writeHead(200, { "content-type": "application/json", link: '<http://x/?page=2>; rel="next"' });
        res.end('{"ok":true}');
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const agent = new Agent();
    try {
      const ok = await boundedFetch(agent, 2_000, 64 * 1024)(`${base}/ok`);
      expect([ok.status, await ok.json(), ok.headers.get("link"), ok.url]).toEqual([200, { ok: true }, '<http://x/?page=2>; rel="next"', `${base}/ok`]);
      await expect(boundedFetch(agent, 2_000, 64 * 1024)(`${base}/big`)).rejects.toThrow("GitHub API GET /big: the reply is larger than 65536 bytes");
      await expect(boundedFetch(agent, 300, 64 * 1024)(`${base}/slow`, { method: "GET" })).rejects.toThrow("GitHub API GET /slow: no reply within 300 ms");
    } finally {
      server.closeAllConnections();
      server.close();
      await agent.close();
    }
  });
  it("caps a comment below GitHub's limit, saying so", () => {
    const capped = capComment("x".repeat(70_000));
    expect(capped.length).toBe(MAX_COMMENT_CHARS);
    expect(capped.endsWith("(truncated: the full text is in the job summary)")).toBe(true);
    expect(capComment("short")).toBe("short");
  });
});

describe("secrets", () => {
  it("masks the whole PEM and each body line, and scrubs them from text", () => {
    const pem = "-----BEGIN PRIVATE KEY-----\nMIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCq\nzzQ1c2VjcmV0LWxpbmUtdHdvLWZvci10ZXN0aW5n\n-----END PRIVATE KEY-----\n";
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      maskSecret(pem);
    } finally {
      process.stdout.write = write;
    }
    const masks = written.join("").split("\n").filter((l) => l.startsWith("::add-mask::"));
    expect(masks).toContain("::add-mask::MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCq");
    expect(masks).toContain("::add-mask::zzQ1c2VjcmV0LWxpbmUtdHdvLWZvci10ZXN0aW5n");
    expect(masks.some((m) => m.includes("BEGIN PRIVATE KEY") && !m.includes("%0A"))).toBe(false);
    expect(redact(`oops: zzQ1c2VjcmV0LWxpbmUtdHdvLWZvci10ZXN0aW5n and ${pem}`)).toBe("oops: *** and ***\n");
  });
});

describe("rendering and outputs", () => {
  it("escapes table cells so manifest data cannot break a table or inject HTML", () => {
    expect(cell("a|b\nc<script>")).toBe("a\\|b c&lt;script&gt;");
    expect(cell("[x](https://evil) @someone \u001b[31m")).toBe("\\[x\\](https://evil) &#64;someone \uFFFD");
    expect(markdownTable(["A", "B"], [["1", "2"]])).toBe("| A | B |\n| --- | --- |\n| 1 | 2 |\n");
  });
  it("parses GITHUB_OUTPUT heredocs", () => {
    expect(parseOutputFile("plan<<ghadelimiter_1\n{\"a\":\n1}\nghadelimiter_1\nx=y\n")).toEqual({ plan: '{"a":\n1}', x: "y" });
  });
});
