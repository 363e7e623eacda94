import { ipcMain } from 'electron';
import { API_CHANNEL } from '../../shared/api/methods.js';
import type { Dispatch } from '../api/dispatch.js';
import { apiIpcHandler } from './guards.js';

/** One IPC channel; the handler checks the sender frame, the dispatcher checks method and input. */
export function registerApiIpc(dispatch: Dispatch): void {
  ipcMain.handle(API_CHANNEL, apiIpcHandler(dispatch));
}
