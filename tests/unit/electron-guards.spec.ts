import { expect, test } from '@playwright/test';
import {
  apiIpcHandler,
  guardContents,
  lockDown,
  openExternalSafely,
  type GuardedContents,
  type GuardedSession,
  type NavigationEvent,
  type PreventableEvent,
} from '../../main/electron/guards.js';

// Small fakes of Electron's objects: each keeps the handlers the guards register so a test can fire them.

type Listener = (event: never) => void;

class FakeContents implements GuardedContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires an event at every listener; says whether any of them refused it. */
  emit(name: string, url?: string): boolean {
    let prevented = false;
    const event: NavigationEvent | PreventableEvent = { url: url ?? '', preventDefault: () => (prevented = true) };
    const listeners = this.listeners.get(name) ?? [];
    expect(listeners.length, `a listener for ${name}`).toBeGreaterThan(0);
    for (const listener of listeners) listener(event as never);
    return prevented;
  }
}

class FakeSession implements GuardedSession {
  request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  check?: (contents: unknown, permission: string) => boolean;
  device?: (details: unknown) => boolean;
  setPermissionRequestHandler(handler: NonNullable<FakeSession['request']>): void {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['check']>): void {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: NonNullable<FakeSession['device']>): void {
    this.device = handler;
  }
}

/** An app whose web-contents-created event can be fired by hand. */
function fakeApp() {
  let created: ((event: unknown, contents: GuardedContents) => void) | undefined;
  return {
    on(_event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void) {
      created = listener;
    },
    createContents(): FakeContents {
      const contents = new FakeContents();
      expect(created, 'a web-contents-created listener').toBeDefined();
      created?.({}, contents);
      return contents;
    },
  };
}

function lockedDown() {
  const app = fakeApp();
  const session = new FakeSession();
  const opened: string[] = [];
  lockDown(app, session, async (url) => void opened.push(url));
  return { contents: app.createContents(), session, opened };
}

const FOREIGN = [
  'https://example.com/',
  'http://127.0.0.1:4780/',
  'file:///etc/passwd',
  'app://other-host/index.html',
  'app://protocol-desk.evil.com/',
  'APP://protocol-desk@evil.com/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
];

for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
  test(`${event}: only pages of the app itself are allowed, after parsing`, () => {
    const { contents } = lockedDown();
    expect(contents.emit(event, 'app://protocol-desk/index.html#/delegations')).toBe(false);
    expect(contents.emit(event, 'app://protocol-desk/assets/../index.html?x=1')).toBe(false);
    for (const url of FOREIGN) expect(contents.emit(event, url), url).toBe(true);
  });
}

test('webviews are never attached', () => {
  const { contents } = lockedDown();
  expect(contents.emit('will-attach-webview')).toBe(true);
});

test('window.open never makes a window; a parsed https link goes to the OS browser, nothing else does', () => {
  const { contents, opened } = lockedDown();
  const open = (url: string) => contents.windowOpenHandler!({ url });
  expect(open('https://thuathienhue.gov.vn/tin-tuc')).toEqual({ action: 'deny' });
  expect(open('app://protocol-desk/index.html')).toEqual({ action: 'deny' });
  for (const url of FOREIGN) expect(open(url), url).toEqual({ action: 'deny' });
  expect(open('https://user:pw@example.com/')).toEqual({ action: 'deny' });
  // https://example.com/ is among FOREIGN: denied as a window, handed to the OS browser as a link.
  expect(opened).toEqual(['https://thuathienhue.gov.vn/tin-tuc', 'https://example.com/']);
});

test('openExternal is called only for parsed https URLs, and a failing OS handler is swallowed', async () => {
  const calls: string[] = [];
  const openExternal = (url: string) => {
    calls.push(url);
    return Promise.reject(new Error('no browser'));
  };
  expect(openExternalSafely(openExternal, 'https://example.com/a')).toBe(true);
  for (const url of ['http://example.com/', 'file:///C:/Windows/calc.exe', 'smb://host/share', ' https:']) {
    expect(openExternalSafely(openExternal, url), url).toBe(false);
  }
  await Promise.resolve();
  expect(calls).toEqual(['https://example.com/a']);
});

test('every permission request, check and device request is refused', () => {
  const { session } = lockedDown();
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'usb']) {
    const answers: boolean[] = [];
    session.request!({}, permission, (granted) => answers.push(granted));
    expect(answers, permission).toEqual([false]);
    expect(session.check!({}, permission), permission).toBe(false);
  }
  expect(session.device!({ deviceType: 'usb' })).toBe(false);
});

test('IPC calls are dispatched only from the top frame of an app page', () => {
  const dispatched: unknown[] = [];
  const handler = apiIpcHandler((method: unknown, input: unknown) => {
    dispatched.push([method, input]);
    return { ok: true as const, value: 'dispatched' };
  });
  const top = { url: 'app://protocol-desk/index.html#/gifts', parent: null };
  expect(handler({ senderFrame: top }, 'app.info', {})).toEqual({ ok: true, value: 'dispatched' });
  const refused = [
    null, // the frame has gone
    { url: 'app://protocol-desk/index.html', parent: top }, // a subframe, even of our own origin
    ...FOREIGN.map((url) => ({ url, parent: null })),
    { url: '', parent: null },
  ];
  for (const senderFrame of refused) {
    const answer = handler({ senderFrame }, 'organizations.delete', { id: 'x' });
    expect(answer, JSON.stringify(senderFrame?.url)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  }
  expect(dispatched).toEqual([['app.info', {}]]);
});

test('guardContents alone registers every guard (for contents made before lockDown)', () => {
  const contents = new FakeContents();
  guardContents(contents, async () => undefined);
  expect([...contents.listeners.keys()].sort()).toEqual([
    'will-attach-webview',
    'will-frame-navigate',
    'will-navigate',
    'will-redirect',
  ]);
  expect(contents.windowOpenHandler).toBeDefined();
});
