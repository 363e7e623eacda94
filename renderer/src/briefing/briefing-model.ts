import type { TFunction } from 'i18next';
import type { Briefing } from '../../../shared/domain/briefing.js';
import type { CalendarItem } from '../../../shared/domain/calendar-items.js';
import type { Participant } from '../../../shared/domain/delegation.js';
import { formatDateRange, formatDateTime, formatEngagementTime, formatPartialDate } from '../format/date.js';
import { sideLabel } from '../gifts/gift-labels.js';
import type { BriefingSection } from './sections.js';
import {
  bold,
  cell,
  free,
  freeCell,
  text,
  type Block,
  type Run,
  type SheetModel,
  type SheetSection,
} from './sheet-model.js';
import { numberFormat } from '../format/number.js';

export interface BriefingContext {
  t: TFunction;
  language: string;
  preparedBy: string;
  fieldName: (key: string) => string;
  itemTitle: (item: CalendarItem) => string;
  sections: readonly string[];
  now: Date;
}

const WRITE_HERE = '……………………………………';

/** "Song Ho-jun (Thị trưởng…)" as runs, each typed part isolated for right-to-left text. */
function personRuns(name: string, title: string | null | undefined): Run[] {
  return title ? [free(name), text(' ('), free(title), text(')')] : [free(name)];
}

/**
 * The briefing sheet of one visit, section by section: the one place that decides what the printed
 * sheet and the Word export say, so the two cannot drift apart.
 */
export function briefingModel(
  briefing: Briefing,
  notes: { talkingPoints: string; topicsToAvoid: string },
  context: BriefingContext,
): SheetModel {
  const { t, language } = context;
  const { delegation } = briefing;
  const none = t('briefing.none');
  const guests = delegation.participants.filter((participant) => participant.side === 'guest');
  const hosts = delegation.participants.filter((participant) => participant.side === 'host');
  const head = guests.find((participant) => participant.role === 'head');
  const people = new Map(briefing.people.map((person) => [person.id, person]));
  const date = (value: string) => formatPartialDate(value, language);

  const peopleTable = (list: Participant[]): Block => ({
    kind: 'table',
    widths: [6, 30, undefined, 28],
    header: ['#', t('briefing.name'), t('participants.title'), t('briefing.protocol')],
    rows: list.map((participant, index) => {
      const person = people.get(participant.personId);
      return [
        cell([text(String(index + 1))]),
        cell(
          [{ text: participant.fullName, bold: true, free: true }],
          ...(participant.nativeName ? [[free(participant.nativeName)]] : []),
          [text(t(`participants.roles.${participant.role}`))],
        ),
        freeCell(participant.title),
        freeCell([person?.formOfAddress, person?.protocolNotes].filter(Boolean).join(' — ')),
      ];
    }),
  });

  const visitRuns = (visit: {
    startDate: string;
    endDate: string | null;
    visitingOrgName: string;
    hostOrgName: string;
  }) => [
    text(`${formatDateRange(visit.startDate, visit.endDate, language)} — `),
    free(visit.visitingOrgName),
    text(' → '),
    free(visit.hostOrgName),
  ];

  const last = briefing.lastMeeting;
  const plannedWarnings: Block[] = briefing.plannedGiftRepeats.map(({ gift, earlier }) => ({
    kind: 'paragraph',
    tone: 'warning',
    runs: [
      text(`${t('briefing.plannedRepeat')}: `),
      free(gift.item),
      text(` — ${t('briefing.givenBefore', { dates: earlier.map((repeat) => date(repeat.date)).join(', ') })}`),
    ],
  }));

  const all: Record<BriefingSection, Omit<SheetSection, 'key'>> = {
    purpose: {
      title: t('briefing.sectionNames.purpose'),
      // Never "empty": blank lines to write the objectives on are what an empty purpose prints.
      empty: null,
      blocks: [
        delegation.purpose ? { kind: 'paragraph', runs: [free(delegation.purpose)] } : { kind: 'lines', count: 3 },
        ...(delegation.notes ? [{ kind: 'paragraph', runs: [free(delegation.notes)] } as const] : []),
      ],
    },
    delegation: {
      title: t('briefing.delegationTitle', { count: guests.length }),
      empty: guests.length ? null : none,
      blocks: [
        ...(head
          ? [
              {
                kind: 'paragraph',
                runs: [
                  text(`${t('briefing.head')}: `),
                  { text: head.fullName, bold: true, free: true },
                  ...(head.nativeName ? [text(' ('), free(head.nativeName), text(')')] : []),
                  text(' — '),
                  free(head.title),
                ],
              } as const,
            ]
          : []),
        peopleTable(guests),
      ],
    },
    ourSide: {
      title: t('briefing.sectionNames.ourSide'),
      empty: hosts.length ? null : none,
      blocks: [peopleTable(hosts)],
    },
    programme: {
      title: t('briefing.sectionNames.programme'),
      empty: delegation.engagements.length ? null : none,
      blocks: [
        {
          kind: 'table',
          widths: [22, 20, undefined],
          rows: delegation.engagements.map((engagement) => [
            cell([text(formatEngagementTime(engagement.startsAt, language))]),
            cell([text(t(`engagements.kinds.${engagement.kind}`))]),
            freeCell([engagement.place, engagement.summary].filter(Boolean).join(' — ')),
          ]),
        },
      ],
    },
    history: {
      title: t('briefing.sectionNames.history'),
      empty: null,
      blocks: [
        ...(briefing.relationships.length === 0
          ? [{ kind: 'paragraph', tone: 'empty', runs: [text(t('relationships.none'))] } as const]
          : briefing.relationships.map((relationship): Block => ({
              kind: 'paragraph',
              runs: [
                free(relationship.homeOrgName),
                text(' — '),
                free(relationship.partnerOrgName),
                text(
                  `: ${t(`relationships.levels.${relationship.level}`)}${
                    relationship.establishedOn
                      ? `, ${t('relationships.since', { date: date(relationship.establishedOn) })}`
                      : ''
                  }`,
                ),
              ],
            }))),
        {
          kind: 'paragraph',
          runs: [
            bold(`${t('dossier.lastMeeting')}: `),
            ...(last
              ? [
                  ...visitRuns(last),
                  ...(last.headName
                    ? [
                        text(' ('),
                        ...personRuns(last.headName, null),
                        ...(last.headTitle ? [text(', '), free(last.headTitle)] : []),
                        text(')'),
                      ]
                    : []),
                ]
              : [text(t('dossier.noMeeting'))]),
          ],
        },
        ...(briefing.earlierVisits.length > 0
          ? [
              {
                kind: 'list',
                items: [
                  ...briefing.earlierVisits.map(visitRuns),
                  ...(briefing.moreEarlierVisits > 0
                    ? [[text(t('briefing.moreEarlier', { count: briefing.moreEarlierVisits }))]]
                    : []),
                ],
              } as const,
            ]
          : []),
      ],
    },
    agreements: {
      title: t('briefing.sectionNames.agreements'),
      empty: briefing.agreements.length ? null : none,
      blocks: briefing.agreements.flatMap((agreement): Block[] => [
        {
          kind: 'paragraph',
          runs: [
            { text: agreement.title, bold: true, free: true },
            text(
              ` — ${t('agreements.fields.signedOn')}: ${agreement.signedOn ? date(agreement.signedOn) : '—'}; ${t('agreements.fields.expiresOn')}: ${agreement.expiresOn ? date(agreement.expiresOn) : '—'}\n${t('agreements.parties')}: `,
            ),
            ...agreement.parties.flatMap((party, index) => [
              ...(index > 0 ? [text('; ')] : []),
              free(party.organizationName),
              ...(party.signatoryName
                ? [
                    text(' ('),
                    ...personRuns(party.signatoryName, null),
                    ...(party.signatoryTitle ? [text(', '), free(party.signatoryTitle)] : []),
                    text(')'),
                  ]
                : []),
            ]),
          ],
        },
        ...(agreement.fields.length > 0
          ? [
              {
                kind: 'table',
                widths: [6, 28, undefined, 18],
                rows: agreement.fields.map((field, index) => [
                  cell([text(String(index + 1))]),
                  cell([text(context.fieldName(field.fieldKey))]),
                  freeCell(field.text),
                  cell([text(t(`agreements.fieldStatuses.${field.status}`))]),
                ]),
              } as const,
            ]
          : []),
      ]),
    },
    followUps: {
      title: t('briefing.sectionNames.followUps'),
      empty: briefing.followUps.length || briefing.anniversaries.length ? null : none,
      blocks: [
        ...(briefing.followUps.length > 0
          ? [
              {
                kind: 'table',
                widths: [undefined, 18, 20],
                rows: briefing.followUps.map((followUp) => [
                  freeCell(followUp.text),
                  freeCell(followUp.owner || '—'),
                  {
                    lines: [
                      [
                        text(
                          `${followUp.due ? date(followUp.due) : '—'}${followUp.overdue ? ` (${t('briefing.overdue')})` : ''}`,
                        ),
                      ],
                    ],
                    warning: followUp.overdue,
                  },
                ]),
              } as const,
            ]
          : []),
        ...briefing.anniversaries.map((item): Block => ({
          kind: 'paragraph',
          runs: [text(`${date(item.start)}: `), free(context.itemTitle(item))],
        })),
      ],
    },
    gifts: {
      title: t('briefing.sectionNames.gifts'),
      // A planned gift that repeats an old one must show even when the history has nothing else.
      empty: briefing.gifts.length || plannedWarnings.length ? null : none,
      blocks: [
        ...plannedWarnings,
        { kind: 'paragraph', tone: 'warning', runs: [text(t('briefing.giftWarning'))] },
        {
          kind: 'table',
          widths: [16, 12, 24, undefined],
          rows: briefing.gifts.map((gift) => [
            cell([text(date(gift.date))]),
            cell([text(t(`gifts.directions.${gift.direction}`))]),
            freeCell(gift.item),
            freeCell(
              `${sideLabel(gift.giverName, gift.giverTitle, gift.giverOrgName)} → ${sideLabel(gift.recipientName, gift.recipientTitle, gift.recipientOrgName)}`,
            ),
          ]),
        },
        ...(briefing.moreGifts > 0
          ? [
              {
                kind: 'paragraph',
                runs: [
                  text(
                    t('briefing.moreGifts', {
                      count: briefing.moreGifts,
                      shown: numberFormat(language).format(briefing.moreGifts),
                    }),
                  ),
                ],
              } as const,
            ]
          : []),
      ],
    },
    talkingPoints: {
      title: t('briefing.sectionNames.talkingPoints'),
      empty: null,
      blocks: [
        {
          kind: 'paragraph',
          runs: [bold(`${t('briefing.talkingPoints')}: `), free(notes.talkingPoints || WRITE_HERE)],
        },
        {
          kind: 'paragraph',
          runs: [bold(`${t('briefing.topicsToAvoid')}: `), free(notes.topicsToAvoid || WRITE_HERE)],
        },
      ],
    },
    sources: {
      title: t('briefing.sectionNames.sources'),
      empty: briefing.sources.length === 0 ? none : null,
      blocks: [
        {
          kind: 'list',
          items: briefing.sources.map((source) => [
            free(source.title),
            text(source.publishedOn ? ` (${date(source.publishedOn)})` : ''),
            text(` — ${source.entities.map((entity) => t(`articles.entities.${entity}`)).join(', ')}`),
          ]),
        },
      ],
    },
    notes: { title: t('briefing.sectionNames.notes'), empty: null, blocks: [{ kind: 'box' }] },
  };

  return {
    marking: t('briefing.internal'),
    title: t('briefing.title'),
    lines: [
      [
        { text: delegation.visitingOrgName, bold: true, free: true },
        bold(' → '),
        { text: delegation.hostOrgName, bold: true, free: true },
      ],
      [
        text(formatDateRange(delegation.startDate, delegation.endDate, language)),
        ...(delegation.place ? [text(' · '), free(delegation.place)] : []),
      ],
      [
        text(`${t('briefing.receivedBy')}: `),
        ...(hosts.length > 0
          ? hosts.flatMap((host, index) => [
              ...(index > 0 ? [text('; ')] : []),
              ...personRuns(host.fullName, host.title),
            ])
          : [text('—')]),
      ],
    ],
    preparedBy: t('briefing.preparedBy', {
      name: context.preparedBy || '……………',
      when: formatDateTime(context.now.toISOString(), language),
    }),
    sections: (Object.keys(all) as BriefingSection[])
      .filter((key) => context.sections.includes(key))
      .map((key) => ({ key, ...all[key] })),
    pageLabel: t('briefing.page'),
  };
}
