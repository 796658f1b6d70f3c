import type { Io } from "../io.js";
import { parseFlags } from "../args.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { readStatusView, renderStatus } from "../online/status-view.js";

export const usage = `Usage: ccf-consortium status --node URL --service-cert PEM [--json]

Shows where the consortium stands: the service status and its certificate's SHA-256 fingerprint, the
live constitution's SHA-256 (what 'ack --expected-constitution-sha256' checks), the members (name,
status, recovery role, recovery share) and the Open proposals with their ballots so far, the ballots
still needed and the Active members who have not voted. Read-only: signs and sends nothing.

${CONNECTION_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS });
  const out = outputFor(values, io);
  const client = await clientFromFlags(values, io);
  const view = await withClient(client, readStatusView);
  out.document(view);
  out.line(renderStatus(view));
  return 0;
}
