/** The display name a member's data carries (`member_data.name`, as manifests write it), if any. */
export declare function memberName(memberData: unknown): string | undefined;
