/**
 * The components authors may use inside `.mdx` content. Pages pass components with exactly these
 * names to `<Content components={...} />`, and the check refuses any other.
 */
export const contentComponentNames: readonly string[] = ['Case', 'Recommendations'];
