/**
 * The portal used to send the citizen's title again at the head of the description
 * ("title\n\ndescription"), and CaseReceived events recorded then keep it. Views show the
 * title on its own, so they read such a description without its copy of the title.
 */
export function descriptionWithoutTitle(description: string, title: string | null | undefined): string {
  const head = title ? `${title}\n\n` : null;
  return head && description.startsWith(head) && description.length > head.length ? description.slice(head.length) : description;
}
