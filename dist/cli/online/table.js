/** Renders rows as aligned columns (two spaces apart, no trailing blanks) under upper-case headers. */
export function renderTable(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join("  ")
        .trimEnd();
    return [line(headers), ...rows.map(line)].join("\n");
}
/** A member or proposal id shortened for people: the first 12 hex digits. */
export function shortId(id) {
    return id.length > 16 ? `${id.slice(0, 12)}…` : id;
}
