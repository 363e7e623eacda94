import { agreementHandlers } from './agreements.js';
import { appHandlers } from './app.js';
import { articleHandlers } from './articles.js';
import { attachmentHandlers } from './attachments.js';
import { backupHandlers } from './backups.js';
import { briefingHandlers } from './briefings.js';
import { encryptionHandlers } from './encryption.js';
import { exchangeHandlers } from './exchange.js';
import { listExportHandlers } from './list-export.js';
import { calendarHandlers } from './calendar.js';
import { followUpHandlers } from './follow-ups.js';
import { giftHandlers } from './gifts.js';
import { searchHandlers } from './search.js';
import { delegationHandlers } from './delegations.js';
import type { Handlers } from './handler.js';
import { historyHandlers } from './history.js';
import { homeHandlers } from './home.js';
import { organizationHandlers } from './organizations.js';
import { peopleHandlers } from './people.js';
import { periodicReportHandlers } from './periodic-report.js';
import { printHandlers } from './print.js';
import { relationshipHandlers } from './relationships.js';
import { sampleDataHandlers } from './sample-data/load.js';
import { uploadHandlers } from './uploads.js';

/** Every contract method's handler; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...organizationHandlers,
  ...peopleHandlers,
  ...delegationHandlers,
  ...relationshipHandlers,
  ...historyHandlers,
  ...sampleDataHandlers,
  ...giftHandlers,
  ...agreementHandlers,
  ...followUpHandlers,
  ...calendarHandlers,
  ...searchHandlers,
  ...attachmentHandlers,
  ...homeHandlers,
  ...briefingHandlers,
  ...periodicReportHandlers,
  ...backupHandlers,
  ...encryptionHandlers,
  ...articleHandlers,
  ...printHandlers,
  ...uploadHandlers,
  ...exchangeHandlers,
  ...listExportHandlers,
};
