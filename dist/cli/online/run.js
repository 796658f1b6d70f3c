/**
 * Runs a command body with a client and closes its connections afterwards, whatever happens. Error
 * messages are folded onto one line (a CCF failure trace may span several) so that the dispatcher prints
 * exactly one line.
 */
export async function withClient(client, fn) {
    try {
        return await fn(client);
    }
    catch (err) {
        throw oneLine(err);
    }
    finally {
        await client.close().catch(() => undefined);
    }
}
export function oneLine(err) {
    if (err instanceof Error && /[\r\n]/.test(err.message)) {
        err.message = err.message
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean)
            .join(" | ");
    }
    return err;
}
