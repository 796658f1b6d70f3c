/** The display name a member's data carries (`member_data.name`, as manifests write it), if any. */
export function memberName(memberData) {
    if (memberData && typeof memberData === "object" && typeof memberData.name === "string") {
        return memberData.name;
    }
    return undefined;
}
