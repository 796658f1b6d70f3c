import { parseFlags } from "../args.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { readMembersView, renderMembers } from "../online/members-view.js";
export const usage = `Usage: ccf-consortium members --node URL --service-cert PEM [--json]

Lists the consortium's members: id, name (member_data.name), status (Accepted or Active), recovery role
and, for members with an encryption key, whether the service holds their recovery share.

${CONNECTION_USAGE}`;
export async function run(argv, io) {
    const { values } = parseFlags(argv, { ...CONNECTION_FLAGS });
    const out = outputFor(values, io);
    const client = await clientFromFlags(values, io);
    const view = await withClient(client, readMembersView);
    out.document(view);
    out.line(renderMembers(view));
    return 0;
}
