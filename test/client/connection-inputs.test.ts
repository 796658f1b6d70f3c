/** The connection inputs every face validates the same way (CLI flags, action inputs, client options). */
import { describe, expect, it } from "vitest";
import { nodeOrigin, parseApiChoice } from "../../core/client/index.js";
import { InputError } from "../../core/errors.js";

describe("nodeOrigin", () => {
  it("returns the origin of an https node URL", () => {
    expect(nodeOrigin("https://127.0.0.1:8080", "--node")).toBe("https://127.0.0.1:8080");
    expect(nodeOrigin("https://ccf.example:443/", "node-url")).toBe("https://ccf.example");
  });
  it("refuses anything but an https origin, naming the input", () => {
    expect(() => nodeOrigin("not a url", "--node")).toThrow(new InputError("--node", "'not a url' is not a URL (expected https://host:port)"));
    expect(() => nodeOrigin("http://h:1", "node-url")).toThrow(new InputError("node-url", "'http://h:1' must use https:// (CCF nodes only speak TLS)"));
    expect(() => nodeOrigin("https://h:1/gov", "nodes[0]")).toThrow(new InputError("nodes[0]", "'https://h:1/gov' must be a node's origin only (https://host:port, no path)"));
    expect(() => nodeOrigin("https://h:1/?x=1", "--node")).toThrow("must be a node's origin only");
    // The password is never echoed: the URL is shown by its origin.
    expect(() => nodeOrigin("https://u:p@h:1", "--node")).toThrow(new InputError("--node", "'https://h:1' must not carry credentials (user:password@)"));
  });
});

describe("parseApiChoice", () => {
  it("takes auto and the flavours, and names the input otherwise", () => {
    for (const v of ["auto", "classic", "2024-07-01", "2023-06-01-preview"]) expect(parseApiChoice(v, "--api")).toBe(v);
    expect(() => parseApiChoice("2025-01-01", "api-version")).toThrow(new InputError("api-version", "'2025-01-01' is not one of auto, 2024-07-01, 2023-06-01-preview, classic"));
  });
});
