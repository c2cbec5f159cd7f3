/** See freshBundle.mjs: the bundled command's file URL while it matches the sources, else null. */
export function freshBundle(root?: URL, env?: Record<string, string | undefined>): string | null;
