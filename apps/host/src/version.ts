/** The host's version; plugins declare the host versions they work with as a semver range. */
export const HOST_VERSION = '0.1.0';
