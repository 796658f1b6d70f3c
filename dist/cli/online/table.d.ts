/** Renders rows as aligned columns (two spaces apart, no trailing blanks) under upper-case headers. */
export declare function renderTable(headers: string[], rows: string[][]): string;
/** A member or proposal id shortened for people: the first 12 hex digits. */
export declare function shortId(id: string): string;
