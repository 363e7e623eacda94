import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'PROTOCOL_DESK_DATA_DIR';
export const DATABASE_FILE = 'protocol-desk.db';
export const BACKUP_FOLDER = 'backups';

/**
 * Browser mode's data folder: the OS's per-user data folder, as Electron's userData would be,
 * unless PROTOCOL_DESK_DATA_DIR names another.
 */
export function browserModeDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (override) return override;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Protocol Desk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Protocol Desk');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'protocol-desk');
}
