import { ipcMain } from 'electron';
import { API_CHANNEL } from '../../shared/api/methods.js';
import { fail } from '../../shared/api/result.js';
import type { Dispatch } from '../api/dispatch.js';
import { isAppUrl } from './security.js';

/** One IPC channel; only frames showing the app may call it; the dispatcher checks method and input. */
export function registerApiIpc(dispatch: Dispatch): void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isAppUrl(event.senderFrame?.url)) {
      return fail('unauthorized', 'Calls are accepted only from the app’s own pages.');
    }
    return dispatch(method, input);
  });
}
