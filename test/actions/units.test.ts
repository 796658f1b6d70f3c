// The action's pure helpers: Link pagination, comment cap, secret scrubbing, table cells.
import { describe, expect, it } from "vitest";
import { capComment, MAX_COMMENT_CHARS, nextLink } from "../../actions/github.js";
import { maskSecret, redact } from "../../actions/secrets.js";
import { cell, markdownTable } from "../../actions/render.js";
import { parseOutputFile } from "./harness.js";

describe("GitHub helpers", () => {
  it("follows rel=next in a Link header", () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe("https://api.github.com/x?page=2");
    expect(nextLink('<https://api.github.com/x?page=1>; rel="first", <https://api.github.com/x?page=4>; rel="prev"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
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
