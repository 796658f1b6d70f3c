import type { Io } from "../io.js";
import { optional, parseFlags } from "../args.js";
import { plan } from "../../core/flows/plan.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { manifestFlag, planDocument, renderPlan } from "../online/plan-view.js";
import { withClient } from "../online/run.js";

export const usage = `Usage: ccf-consortium plan --manifest FILE --node URL --service-cert PEM [--json]

Compares a members manifest (JSON or YAML) with the live service and shows the changes — members to add
or remove, member_data changes, certificate rotations, encryption key or recovery role changes, the
recovery threshold — and the ONE proposal 'apply' would make, with the live constitution's verdict on it
(its validate() run locally, as 'validate-proposal' does). Signs and sends nothing. Refuses (exit 1)
what the service would reject, including a proposal the constitution finds invalid.

Manifest:
  recovery_threshold: 1                 # optional
  members:
    - name: alice                       # matched with member_data.name for rotations
      certificate: alice_cert.pem       # a path (relative to the manifest) or the PEM itself
      encryption_public_key: alice_enc_pubk.pem   # optional: a recovery member
      member_data: { name: alice }      # optional JSON object
      recovery_role: Participant        # optional, CCF 6.x+

  --manifest FILE          the manifest

${CONNECTION_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, manifest: { type: "string" } });
  const out = outputFor(values, io);
  const manifest = manifestFlag(values, io);
  const client = await clientFromFlags(values, io);
  const planned = await withClient(client, (c) => plan(c, manifest, { validate: true }));
  out.document(planDocument(planned));
  out.line(renderPlan(planned, optional(values, "manifest")!));
  return planned.validation?.valid === false ? 1 : 0;
}
