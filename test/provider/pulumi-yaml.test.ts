// examples/pulumi/Pulumi.yaml against Pulumi's project rules, as the CLI applies them when it loads a
// project (pulumi/pulumi sdk/go/common/workspace/project.go, Project.Validate): a key is namespaced by the
// project when it has no ':' or starts with '<project name>:'; only those may declare a `type` (an array
// with `items`) or a `default` (of that type); other keys may carry only a `value`; never both `default`
// and `value`. Also: every key the program reads is declared, and the example installs this repository.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const example = join(root, "examples", "pulumi");

interface ConfigType {
  type?: string;
  items?: unknown;
  default?: unknown;
  value?: unknown;
  description?: string;
  secret?: boolean;
}

/** The first error Pulumi's Project.Validate would report for this Pulumi.yaml text, or undefined. */
function validateProject(text: string): string | undefined {
  const project = parseYaml(text) as { name?: string; runtime?: unknown; config?: Record<string, ConfigType> };
  if (!project?.name) return "project is missing a 'name' attribute";
  const runtime = typeof project.runtime === "string" ? project.runtime : (project.runtime as { name?: string } | undefined)?.name;
  if (!runtime) return "project is missing a 'runtime' attribute";
  for (const [key, t] of Object.entries(project.config ?? {})) {
    const type: ConfigType = t !== null && typeof t === "object" ? t : { value: t };
    if (type.default !== undefined && type.value !== undefined) return `project config '${key}' cannot have both a 'default' and 'value' attribute`;
    const namespacedByProject = !key.includes(":") || key.startsWith(`${project.name}:`);
    if (namespacedByProject) {
      if (type.type === "array" && type.items === undefined) {
        return `The configuration key '${key}' declares an array but does not specify the underlying type via the 'items' attribute`;
      }
      if (type.type !== undefined && type.default !== undefined && !matchesType(type.type, type.default)) {
        return `The default value specified for configuration key '${key}' is not of the expected type '${type.type}'`;
      }
    } else {
      if (type.type !== undefined) return `Configuration key '${key}' is not namespaced by the project and should not define a type`;
      if (type.default !== undefined) {
        return `Configuration key '${key}' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?`;
      }
      if (type.value === undefined) return `Configuration key '${key}' is namespaced and must provide an attribute 'value'`;
    }
  }
  return undefined;
}

function matchesType(type: string, value: unknown): boolean {
  if (type === "string") return typeof value === "string";
  if (type === "integer") return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && /^-?\d+$/.test(value));
  if (type === "boolean") return typeof value === "boolean" || value === "true" || value === "false";
  return Array.isArray(value);
}

describe("examples/pulumi", () => {
  const yaml = readFileSync(join(example, "Pulumi.yaml"), "utf8");

  it("Pulumi.yaml passes Pulumi's project validation", () => {
    expect(validateProject(yaml)).toBeUndefined();
  });

  it("the rules catch what Pulumi refuses (the example's former typed 'ccf:' keys among them)", () => {
    const head = "name: ccf-consortium-example\nruntime: nodejs\nconfig:\n";
    expect(validateProject(`${head}  ccf:nodeUrl:\n    type: string\n    description: a node\n`)).toBe("Configuration key 'ccf:nodeUrl' is not namespaced by the project and should not define a type");
    expect(validateProject(`${head}  aws:region:\n    default: us-east-1\n`)).toMatch(/^Configuration key 'aws:region' is not namespaced by the project and should not define a default value/);
    expect(validateProject(`${head}  aws:region:\n    description: only a description\n`)).toBe("Configuration key 'aws:region' is namespaced and must provide an attribute 'value'");
    expect(validateProject(`${head}  aws:region:\n    value: us-east-1\n`)).toBeUndefined();
    expect(validateProject(`${head}  ccf-consortium-example:nodeUrl:\n    type: string\n`)).toBeUndefined();
    expect(validateProject(`${head}  n:\n    type: integer\n    default: soon\n`)).toBe("The default value specified for configuration key 'n' is not of the expected type 'integer'");
    expect(validateProject(`${head}  n:\n    default: 1\n    value: 2\n`)).toBe("project config 'n' cannot have both a 'default' and 'value' attribute");
  });

  it("every key the program reads is declared, in the project's namespace", () => {
    const program = readFileSync(join(example, "index.ts"), "utf8");
    expect(program).toContain("new pulumi.Config()");
    const read = [...program.matchAll(/config\.(?:require|requireSecret|get|getNumber|requireNumber|getSecret)\("([^"]+)"\)/g)].map((m) => m[1]);
    const declared = Object.keys((parseYaml(yaml) as { config: Record<string, unknown> }).config);
    expect(read.length).toBeGreaterThan(0);
    for (const key of read) expect(declared).toContain(key);
  });

  it("installs ccf-consortium from this repository until it is published", () => {
    const pkg = JSON.parse(readFileSync(join(example, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(pkg.dependencies["ccf-consortium"]).toBe("file:../..");
    const self = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string };
    expect(self.name).toBe("ccf-consortium");
  });
});
