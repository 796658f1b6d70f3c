/** The display name a member's data carries (`member_data.name`, as manifests write it), if any. */
export function memberName(memberData: unknown): string | undefined {
  if (memberData && typeof memberData === "object" && typeof (memberData as { name?: unknown }).name === "string") {
    return (memberData as { name: string }).name;
  }
  return undefined;
}
