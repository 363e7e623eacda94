import { z } from 'zod';
import { articleListFilter, provenanceQuery, type ArticleSummary, type Provenance } from '../domain/article.js';
import {
  articleAcceptInput,
  articleImportInput,
  type ArticleAcceptResult,
  type ArticleImportResult,
  type ArticleReview,
} from '../domain/article-review.js';
import type { ApiMethod } from './methods.js';
import type { Result } from './result.js';
import { organizationInput, type Organization } from '../domain/organization.js';
import { pageBounds, recordId, searchQuery, type ListPage } from '../domain/fields.js';
import {
  delegationFilter,
  delegationInput,
  delegationPageInput,
  delegationUpdate,
  type Delegation,
  type DelegationListPage,
  type DelegationSummary,
} from '../domain/delegation.js';
import type { OrganizationDossier, PersonPage } from '../domain/dossier.js';
import { HISTORY_ENTITIES, type HistoryEntry } from '../domain/history.js';
import { personInput, type Person } from '../domain/person.js';
import { relationshipInput, relationshipUpdate, type Relationship } from '../domain/relationship.js';
import {
  agreementInput,
  agreementUpdate,
  cooperationFieldInput,
  type Agreement,
  type AgreementListPage,
  type CooperationField,
} from '../domain/agreement.js';
import { calendarAdjustmentInput, yearInput, type CalendarAdjustment } from '../domain/calendar.js';
import {
  followUpFilter,
  followUpPageInput,
  type FollowUpListPage,
  followUpInput,
  followUpUpdate,
  markDoneInput,
  progressNoteInput,
  type FollowUp,
} from '../domain/follow-up.js';
import { giftFilter, giftInput, giftPageInput, giftUpdate, type Gift, type GiftListPage } from '../domain/gift.js';
import type { SearchHit } from '../domain/search.js';
import { calendarRangeInput, type CalendarItem } from '../domain/calendar-items.js';
import type { HomeSummary } from '../domain/home.js';
import { briefingNotesInput, type Briefing } from '../domain/briefing.js';
import { periodicReportInput, type PeriodicReport } from '../domain/periodic-report.js';
import { attachmentInput, type Attachment, type AttachmentContent } from '../domain/attachment.js';
import type { Holiday } from '../calendar/holidays.js';
import type { MonthGrid } from '../calendar/month-grid.js';
import { printInput, type Printed, type SavedPdf } from '../domain/print.js';
import {
  encryptionChangePassphraseInput,
  encryptionDisableInput,
  encryptionEnableInput,
  encryptionRecoveryUnlockInput,
  encryptionUnlockInput,
  type EncryptionStatus,
  type LockedInfo,
} from '../domain/encryption.js';
import { uploadAppendInput, uploadBeginInput, type UploadProgress } from '../domain/upload.js';
import { exchangeExportInput, exchangeImportInput, type ExchangeSummary } from '../domain/exchange.js';
import { agreementFilter, agreementPageInput, listExportInput } from '../domain/list-export.js';
import {
  backupName,
  type BackupDetails,
  type BackupFile,
  type RecoveryInfo,
  type RecoveryResult,
  type RestoreResult,
} from '../domain/backup.js';

/** A method's input schema, with its result type carried along for the typed client. */
interface MethodSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Type-only: never read at run time. */
  output?: Output;
}

function method<Output>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Output> => ({ input });
}

const byId = z.strictObject({ id: recordId });
const searchOnly = z.strictObject({ query: searchQuery });

/** A search, and which rows of its results. */
const searchPage = searchOnly.extend(pageBounds);

export interface SampleDataCounts {
  organizations: number;
  people: number;
  delegations: number;
  gifts: number;
  agreements: number;
  followUps: number;
}

/** A file made in main for the user to save (the renderer offers it as a download). */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export type { BackupFile };

export interface AppInfo {
  version: string;
  dataDir: string;
  mode: 'electron' | 'browser';
  /** Only when the store would not open: the app then answers nothing but the recovery methods. */
  recovery?: RecoveryInfo;
  /** Only while an encrypted store waits for its passphrase: the app answers nothing but the unlock methods. */
  locked?: LockedInfo;
}

/**
 * The API contract, once for both transports: method name → input schema → result.
 * Main validates every input against it before any SQL runs.
 */
export const contract = {
  'app.info': method<AppInfo>()(z.strictObject({})),
  'organizations.list': method<Organization[]>()(searchOnly),
  'organizations.page': method<ListPage<Organization>>()(searchPage),
  'organizations.get': method<Organization>()(byId),
  'organizations.create': method<Organization>()(organizationInput),
  'organizations.update': method<Organization>()(organizationInput.extend({ id: recordId })),
  'organizations.delete': method<{ id: string }>()(byId),
  'organizations.dossier': method<OrganizationDossier>()(byId),
  'people.list': method<Person[]>()(searchOnly),
  'people.page': method<ListPage<Person>>()(searchPage),
  'people.byIds': method<Person[]>()(
    // A visit's participants, however many: a form names them all.
    z.strictObject({ ids: z.array(recordId, { error: 'invalid' }).max(2000, { error: 'too_many' }) }),
  ),
  'people.get': method<PersonPage>()(byId),
  'people.create': method<Person>()(personInput),
  'people.update': method<Person>()(personInput.extend({ id: recordId })),
  'people.delete': method<{ id: string }>()(byId),
  'delegations.list': method<DelegationSummary[]>()(delegationFilter),
  'delegations.page': method<DelegationListPage>()(delegationPageInput),
  'delegations.get': method<Delegation>()(byId),
  'delegations.create': method<Delegation>()(delegationInput),
  'delegations.update': method<Delegation>()(delegationUpdate),
  'delegations.delete': method<{ id: string }>()(byId),
  'delegations.restore': method<Delegation>()(byId),
  'relationships.create': method<Relationship>()(relationshipInput),
  'relationships.update': method<Relationship>()(relationshipUpdate),
  'relationships.delete': method<{ id: string }>()(byId),
  'history.list': method<HistoryEntry[]>()(
    z.strictObject({ entity: z.enum(HISTORY_ENTITIES, { error: 'invalid_choice' }), entityId: recordId }),
  ),
  /** Offered on an empty store only: the visits of the seed articles, in our own words. */
  'sampleData.load': method<SampleDataCounts>()(z.strictObject({})),
  'gifts.list': method<Gift[]>()(giftFilter),
  'gifts.page': method<GiftListPage>()(giftPageInput),
  'gifts.get': method<Gift>()(byId),
  'gifts.create': method<Gift>()(giftInput),
  'gifts.update': method<Gift>()(giftUpdate),
  'gifts.delete': method<{ id: string }>()(byId),
  'gifts.repeats': method<Gift[]>()(
    z.strictObject({
      recipientOrgId: recordId,
      item: z.string({ error: 'invalid' }).max(300, { error: 'too_long' }),
      exceptId: recordId.nullable().default(null),
    }),
  ),
  'gifts.export': method<ExportFile>()(
    z.strictObject({
      format: z.enum(['xlsx', 'csv'], { error: 'invalid_choice' }),
      language: z.enum(['vi', 'en'], { error: 'invalid_choice' }).default('vi'),
      filter: giftFilter.default(giftFilter.parse({})),
    }),
  ),
  'agreements.list': method<Agreement[]>()(agreementFilter),
  'agreements.page': method<AgreementListPage>()(agreementPageInput),
  'agreements.get': method<Agreement>()(byId),
  'agreements.create': method<Agreement>()(agreementInput),
  'agreements.update': method<Agreement>()(agreementUpdate),
  'agreements.delete': method<{ id: string }>()(byId),
  'cooperationFields.list': method<CooperationField[]>()(z.strictObject({})),
  'cooperationFields.create': method<CooperationField>()(cooperationFieldInput),
  'followUps.list': method<FollowUp[]>()(followUpFilter),
  'followUps.page': method<FollowUpListPage>()(followUpPageInput),
  'followUps.get': method<FollowUp>()(byId),
  'followUps.create': method<FollowUp>()(followUpInput),
  'followUps.update': method<FollowUp>()(followUpUpdate),
  'followUps.delete': method<{ id: string }>()(byId),
  'followUps.addNote': method<FollowUp>()(progressNoteInput),
  'followUps.markDone': method<FollowUp>()(markDoneInput),
  'calendar.holidays': method<{ statutory: Holiday[]; adjustments: CalendarAdjustment[] }>()(yearInput),
  'calendar.saveAdjustment': method<CalendarAdjustment>()(calendarAdjustmentInput),
  'calendar.deleteAdjustment': method<{ id: string }>()(byId),
  'search.everything': method<SearchHit[]>()(searchOnly),
  'attachments.add': method<Attachment>()(attachmentInput),
  'attachments.get': method<AttachmentContent>()(byId),
  'calendar.range': method<CalendarItem[]>()(calendarRangeInput),
  /** The month grid: items that fit their day's cell, counts for the rest (shared/calendar/month-grid.ts). */
  'calendar.month': method<MonthGrid>()(calendarRangeInput),
  'home.summary': method<HomeSummary>()(z.strictObject({})),
  'briefings.forDelegation': method<Briefing>()(byId),
  'briefings.saveNotes': method<{ id: string }>()(briefingNotesInput),
  'reports.periodic': method<PeriodicReport>()(periodicReportInput),
  'reports.periodicXlsx': method<ExportFile>()(periodicReportInput),
  'backups.list': method<BackupFile[]>()(z.strictObject({})),
  'backups.create': method<BackupFile>()(z.strictObject({})),
  'articles.import': method<ArticleImportResult>()(articleImportInput),
  'articles.list': method<ArticleSummary[]>()(articleListFilter),
  'articles.get': method<ArticleReview>()(byId),
  'articles.accept': method<ArticleAcceptResult>()(articleAcceptInput),
  'articles.delete': method<{ id: string }>()(byId),
  'provenance.ofRecord': method<Provenance[]>()(provenanceQuery),
  'print.savePdf': method<SavedPdf>()(printInput),
  'print.print': method<Printed>()(printInput),
  'exchange.export': method<ExportFile>()(exchangeExportInput),
  'uploads.begin': method<UploadProgress>()(uploadBeginInput),
  'uploads.append': method<UploadProgress>()(uploadAppendInput),
  'exchange.import': method<ExchangeSummary>()(exchangeImportInput),
  'lists.export': method<ExportFile>()(listExportInput),
  /** What a backup holds (date, schema version, records per kind), after its integrity check. */
  'backups.inspect': method<BackupDetails>()(backupName),
  /** Replaces the store with a checked backup, keeping a checked copy of the current store first. */
  'backups.restore': method<RestoreResult>()(backupName),
  /** Recovery only: moves the file that would not open aside and restores the newest good backup. */
  'recovery.restoreNewest': method<RecoveryResult>()(z.strictObject({})),
  /** Recovery only: ends the app without touching anything. */
  'recovery.quit': method<Record<string, never>>()(z.strictObject({})),
  'encryption.status': method<EncryptionStatus>()(z.strictObject({})),
  /** A fresh data key as the user will print it; nothing is stored until encryption.enable gets it back. */
  'encryption.newRecoveryKey': method<{ recoveryKey: string }>()(z.strictObject({})),
  'encryption.enable': method<{ backupsDeleted: number }>()(encryptionEnableInput),
  'encryption.changePassphrase': method<Record<string, never>>()(encryptionChangePassphraseInput),
  'encryption.disable': method<{ backupsDeleted: number }>()(encryptionDisableInput),
  'encryption.unlock': method<{ opened: boolean }>()(encryptionUnlockInput),
  'encryption.unlockWithRecoveryKey': method<{ opened: boolean }>()(encryptionRecoveryUnlockInput),
} satisfies { [M in ApiMethod]: MethodSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
export type MethodInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type MethodParsed<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends ApiMethod> = NonNullable<Contract[M]['output']>;

/** What the renderer calls: the same shape whichever transport is underneath. */
export type ApiTransport = <M extends ApiMethod>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
