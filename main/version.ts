import { readFileSync } from 'node:fs';

/** The app's version, from package.json (three folders above the compiled file, one above the source). */
export function appVersion(): string {
  for (const candidate of ['../../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'protocol-desk' && pkg.version) return pkg.version;
    } catch {
      // not at this depth; try the next
    }
  }
  return '0.0.0';
}
