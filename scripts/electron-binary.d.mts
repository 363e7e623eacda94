/** Types for electron-binary.mjs, which the Electron tests import. */
export function findElectronBinary(): { path: string } | { missing: string };
