import type { WebPreferences } from 'electron';

/**
 * The settings every window gets (DESIGN §6). Kept apart from the window factory so a unit test
 * can check them under plain Node, where 'electron' cannot be loaded.
 */
export function hardenedWebPreferences(preload: string | undefined): WebPreferences {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click would otherwise open links in new windows behind our window-open handler's back.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
  };
}
