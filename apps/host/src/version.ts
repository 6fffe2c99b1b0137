import packageJson from '../package.json' with { type: 'json' };

/** The host's package.json, read once: its version and the domain packages it depends on. */
export const hostManifest: { version: string; dependencies: Record<string, string> } = packageJson;

/** The host's version; plugins declare the host versions they work with as a semver range. */
export const HOST_VERSION: string = packageJson.version;
