// The action runs on node24 on GitHub's runners; its tests run the committed bundle under Node 24 too.
// Node 24 comes from the npm registry's `node` package, installed in test/node24 (kept out of the root so
// the root's node_modules/.bin/node does not shadow the machine's Node in npm scripts).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "node24");
if (!existsSync(join(dir, "node_modules", ".bin", "node"))) {
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", dir], { stdio: "inherit" });
}
