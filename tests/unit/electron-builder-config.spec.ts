import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';

// Packaging cannot run here (it downloads Electron's zips), so the config is checked the way electron-builder
// itself checks it before building anything: ajv against app-builder-lib's scheme.json. Both are loaded from
// electron-builder's own dependency tree, so this is the schema and validator `npm run dist` will use.
interface SchemaError {
  instancePath: string;
  message?: string;
  params: unknown;
}
type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
type AjvClass = new (options: Record<string, unknown>) => { compile: (schema: object) => Validate };

const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const fromBuilderLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const ajvModule = fromBuilderLib('ajv') as AjvClass & { default?: AjvClass };
const Ajv = ajvModule.default ?? ajvModule;
const schema = fromBuilderLib('app-builder-lib/scheme.json') as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};
// As app-builder-lib's schemaValidator does, minus type coercion: a quoted "false" must not pass as a boolean.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function errorsOf(config: unknown): SchemaError[] {
  return validate(config) ? [] : (validate.errors ?? []);
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

test("electron-builder.yml matches electron-builder's own schema", () => {
  expect(errorsOf(config)).toEqual([]);
});

test('the schema check is not vacuous: a misspelt fuse or an unknown option is refused', () => {
  const fuses = config.electronFuses as Record<string, unknown>;
  expect(errorsOf({ ...config, electronFuses: { ...fuses, runAsnode: false } })).not.toEqual([]);
  expect(errorsOf({ ...config, electronFuses: { ...fuses, runAsNode: 'false' } })).not.toEqual([]);
  expect(errorsOf({ ...config, asarUnpacked: ['x'] })).not.toEqual([]);
});

test('packaging: every fuse set, SQLite unpacked, our Electron-ABI module shipped, three platforms', () => {
  expect(config.electronFuses).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  });
  // A fuse that a newer electron-builder knows and we do not set would keep Electron's default: decide it here.
  const knownFuses = Object.keys(schema.definitions.FuseOptionsV1.properties).filter(
    (name) => name !== 'resetAdHocDarwinSignature', // a macOS signing step, not a fuse
  );
  expect(Object.keys(config.electronFuses as object).sort()).toEqual(knownFuses.sort());

  expect(config).toMatchObject({ appId: 'vn.protocoldesk.app', productName: 'Protocol Desk' });
  expect(config.directories).toEqual({ output: 'release' });
  expect(config.files).toEqual(['dist/**', '!dist/**/*.map', 'package.json']);
  expect(config.asar).toBe(true);
  expect(config.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**');
  // npm rebuild would turn node_modules' Node build into an Electron one and break `npm test`; we ship our own.
  expect(config.npmRebuild).toBe(false);
  // main.ts loads process.resourcesPath/native/better_sqlite3.node when packaged.
  expect(config.extraResources).toContainEqual({
    from: 'build/native-electron/better_sqlite3.node',
    to: 'native/better_sqlite3.node',
  });
  expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
  expect((config.win as { target: string[] }).target).toEqual(['nsis']);
  expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
});
