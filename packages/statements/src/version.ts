import packageJson from '../package.json' with { type: 'json' };

/** The package version, read from package.json so it is written in one place. */
export const version: string = packageJson.version;
