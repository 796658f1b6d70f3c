// core/text: naming an input's value without echoing it; untrusted text made safe for terminals and Markdown.
import { describe, expect, it } from "vitest";
import { inputWithValue, looksLikePath, notAFileProblem, quoteValue, safeMarkdown, safeText } from "../../core/index.js";

const PEM = "-----BEGIN PRIVATE KEY-----\nMIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDBnotarealkeyline\n-----END PRIVATE KEY-----\n";

describe("inputWithValue / notAFileProblem", () => {
  it("shows a path that looks like one", () => {
    expect(looksLikePath("certs/alice_cert.pem")).toBe(true);
    expect(inputWithValue("--cert", "certs/alice_cert.pem")).toBe("--cert certs/alice_cert.pem");
    expect(notAFileProblem("certs/a.pem", "no such file")).toBe("no such file");
  });
  it("never shows PEM, multi-line, control-character or very long values", () => {
    for (const v of [PEM, "a\nb", "a\u001b[31mb", "x".repeat(257), "-----BEGIN", "", "a\u202eb"]) {
      expect(looksLikePath(v)).toBe(false);
      expect(inputWithValue("--signing-key", v)).toBe("--signing-key");
    }
    expect(notAFileProblem(PEM, "no such file")).toBe("is not a readable file (the value given looks like PEM: pass a file path, not the PEM itself)");
    expect(notAFileProblem("a\nb", "no such file")).toBe("is not a readable file (the value given is not a plausible file path: pass a file path)");
    expect(notAFileProblem(7, "no such file")).toBe("is not a readable file (expected a file path, got a number)");
  });
});

describe("quoteValue", () => {
  it("quotes short path-like strings, describes anything else without showing it", () => {
    expect(quoteValue("secp256k1")).toBe("'secp256k1'");
    expect(quoteValue(PEM)).toBe("a value that is not shown");
    expect(quoteValue("x".repeat(101))).toBe("a value that is not shown");
    expect(quoteValue(Object.create(null))).toBe("an object");
    expect(quoteValue(Symbol("s"))).toBe("a symbol");
    expect(quoteValue(12)).toBe("a number");
  });
});

describe("safeText", () => {
  it("passes printable text, including non-ASCII, unchanged", () => {
    expect(safeText("alice — Zürich 東京 ✓")).toBe("alice — Zürich 東京 ✓");
  });
  it("replaces escape sequences whole and control characters, drops bidi controls", () => {
    expect(safeText("a\u001b[2J\u001b[31mred\u001b[0m")).toBe("a\uFFFD\uFFFDred\uFFFD");
    expect(safeText("title\u001b]0;pwned\u0007!")).toBe("title\uFFFD!");
    expect(safeText("osc8 \u001b]8;;http://x\u001b\\link")).toBe("osc8 \uFFFDlink");
    expect(safeText("bell\u0007 nul\u0000 del\u007f c1\u0085")).toBe("bell\uFFFD nul\uFFFD del\uFFFD c1\uFFFD");
    expect(safeText("abc\u202edcba")).toBe("abcdcba");
    expect(safeText("csi\u009b31mx")).toBe("csi\uFFFDx");
  });
  it("folds newlines unless asked to keep them", () => {
    expect(safeText("a\r\nb\nc\td")).toBe("a b c d");
    expect(safeText("a\r\nb\nc\td\re", { keepNewlines: true })).toBe("a\nb\nc\td\ne");
  });
  it("caps the length, and costs no more on a huge input", () => {
    expect(safeText("x".repeat(5000))).toHaveLength(2000);
    expect(safeText("x".repeat(5000)).endsWith("…")).toBe(true);
    expect(safeText("abcdef", { max: 4 })).toBe("abc…");
    expect(safeText("\u001b[".repeat(10_000_000), { max: 10 }).length).toBeLessThanOrEqual(10);
  });
  it("never throws on odd values", () => {
    expect(safeText(undefined)).toBe("undefined");
    expect(safeText(Object.create(null))).toBe("[unprintable value]");
  });
});

describe("safeMarkdown", () => {
  it("escapes Markdown and HTML, neutralizes mentions and links, one line", () => {
    expect(safeMarkdown("a|b\nc<script>")).toBe("a\\|b c&lt;script&gt;");
    expect(safeMarkdown("[click](https://evil) @octocat **bold** `code`")).toBe("\\[click\\](https://evil) &#64;octocat \\*\\*bold\\*\\* \\`code\\`");
    expect(safeMarkdown("\u001b[31mred")).toBe("\uFFFDred");
  });
});
