function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function compile(route) {
    const names = [];
    let source = "";
    const re = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
    let last = 0;
    for (let m = re.exec(route.path); m; m = re.exec(route.path)) {
        source += escapeRegex(route.path.slice(last, m.index)) + "([^/]+)";
        names.push(m[1]);
        last = m.index + m[0].length;
    }
    source += escapeRegex(route.path.slice(last));
    return { route, regex: new RegExp(`^${source}$`), names };
}
export class Router {
    compiled = [];
    add(...routes) {
        for (const route of routes) {
            const existing = this.compiled.findIndex((c) => c.route.method === route.method && c.route.path === route.path);
            const entry = compile(route);
            // A later table may replace a route (e.g. recovery replacing a placeholder), never duplicate it.
            if (existing >= 0)
                this.compiled[existing] = entry;
            else
                this.compiled.push(entry);
        }
        return this;
    }
    remove(method, path) {
        const i = this.compiled.findIndex((c) => c.route.method === method && c.route.path === path);
        if (i >= 0)
            this.compiled.splice(i, 1);
    }
    routes() {
        return this.compiled.map((c) => c.route);
    }
    match(method, path) {
        const allowed = [];
        let best;
        for (const c of this.compiled) {
            const m = c.regex.exec(path);
            if (!m)
                continue;
            if (c.route.method !== method) {
                if (!allowed.includes(c.route.method))
                    allowed.push(c.route.method);
                continue;
            }
            const params = {};
            c.names.forEach((n, i) => (params[n] = m[i + 1]));
            // Prefer the most literal template when several match (CCF tries exact paths first).
            const literal = c.names.length === 0 ? Number.MAX_SAFE_INTEGER : -c.names.length;
            if (!best || literal > best.literal)
                best = { route: c.route, params, literal };
        }
        if (best)
            return { kind: "found", route: best.route, params: best.params };
        if (allowed.length > 0)
            return { kind: "method-not-allowed", allowed };
        return { kind: "not-found" };
    }
}
