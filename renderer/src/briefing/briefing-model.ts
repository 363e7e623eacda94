import type { TFunction } from 'i18next';
import type { Briefing } from '../../../shared/domain/briefing.js';
import type { CalendarItem } from '../../../shared/domain/calendar-items.js';
import { formatDateRange, formatEngagementTime, formatPartialDate } from '../format/date.js';
import { sideLabel } from '../gifts/gift-labels.js';
import type { SheetModel } from './briefing-docx.js';
import type { BriefingSection } from './sections.js';

interface Context {
  t: TFunction;
  language: string;
  preparedBy: string;
  fieldName: (key: string) => string;
  itemTitle: (item: CalendarItem) => string;
  sections: readonly string[];
}

/** The briefing as blocks for the Word export: the same sections and facts as the printed sheet. */
export function briefingModel(
  briefing: Briefing,
  notes: { talkingPoints: string; topicsToAvoid: string },
  context: Context,
): SheetModel {
  const { t, language } = context;
  const { delegation } = briefing;
  const guests = delegation.participants.filter((participant) => participant.side === 'guest');
  const hosts = delegation.participants.filter((participant) => participant.side === 'host');
  const people = new Map(briefing.people.map((person) => [person.id, person]));
  const personRows = (list: typeof guests) =>
    list.map((participant, index) => {
      const person = people.get(participant.personId);
      return [
        String(index + 1),
        [participant.fullName, participant.nativeName].filter(Boolean).join(' · '),
        participant.title,
        [person?.formOfAddress, person?.protocolNotes].filter(Boolean).join(' — '),
      ];
    });
  const none = t('briefing.none');
  const all: Record<BriefingSection, SheetModel['sections'][number]> = {
    purpose: {
      title: t('briefing.sectionNames.purpose'),
      empty: delegation.purpose || delegation.notes ? null : none,
      paragraphs: [delegation.purpose, delegation.notes].filter(Boolean),
      rows: [],
    },
    delegation: {
      title: t('briefing.delegationTitle', { count: guests.length }),
      empty: guests.length ? null : none,
      paragraphs: [],
      rows: personRows(guests),
    },
    ourSide: {
      title: t('briefing.sectionNames.ourSide'),
      empty: hosts.length ? null : none,
      paragraphs: [],
      rows: personRows(hosts),
    },
    programme: {
      title: t('briefing.sectionNames.programme'),
      empty: delegation.engagements.length ? null : none,
      paragraphs: [],
      rows: delegation.engagements.map((engagement) => [
        formatEngagementTime(engagement.startsAt, language),
        t(`engagements.kinds.${engagement.kind}`),
        [engagement.place, engagement.summary].filter(Boolean).join(' — '),
      ]),
    },
    history: {
      title: t('briefing.sectionNames.history'),
      empty: null,
      paragraphs: [
        ...briefing.relationships.map(
          (relationship) =>
            `${relationship.homeOrgName} — ${relationship.partnerOrgName}: ${t(`relationships.levels.${relationship.level}`)}${relationship.establishedOn ? `, ${t('relationships.since', { date: formatPartialDate(relationship.establishedOn, language) })}` : ''}`,
        ),
        `${t('dossier.lastMeeting')}: ${
          briefing.lastMeeting
            ? `${formatDateRange(briefing.lastMeeting.startDate, briefing.lastMeeting.endDate, language)} — ${briefing.lastMeeting.visitingOrgName} → ${briefing.lastMeeting.hostOrgName}${briefing.lastMeeting.headName ? ` (${briefing.lastMeeting.headName})` : ''}`
            : t('dossier.noMeeting')
        }`,
        ...briefing.earlierVisits.map(
          (visit) =>
            `${formatDateRange(visit.startDate, visit.endDate, language)} — ${visit.visitingOrgName} → ${visit.hostOrgName}`,
        ),
        ...(briefing.moreEarlierVisits > 0 ? [t('briefing.moreEarlier', { count: briefing.moreEarlierVisits })] : []),
      ],
      rows: [],
    },
    agreements: {
      title: t('briefing.sectionNames.agreements'),
      empty: briefing.agreements.length ? null : none,
      paragraphs: briefing.agreements.map(
        (agreement) => `${agreement.title} — ${agreement.parties.map((party) => party.organizationName).join('; ')}`,
      ),
      rows: briefing.agreements.flatMap((agreement) =>
        agreement.fields.map((field, index) => [
          String(index + 1),
          context.fieldName(field.fieldKey),
          field.text,
          t(`agreements.fieldStatuses.${field.status}`),
        ]),
      ),
    },
    followUps: {
      title: t('briefing.sectionNames.followUps'),
      empty: briefing.followUps.length || briefing.anniversaries.length ? null : none,
      paragraphs: briefing.anniversaries.map(
        (item) => `${formatPartialDate(item.start, language)}: ${context.itemTitle(item)}`,
      ),
      rows: briefing.followUps.map((followUp) => [
        followUp.text,
        followUp.owner,
        `${followUp.due ? formatPartialDate(followUp.due, language) : '—'}${followUp.overdue ? ` (${t('briefing.overdue')})` : ''}`,
      ]),
    },
    gifts: {
      title: t('briefing.sectionNames.gifts'),
      empty: briefing.gifts.length ? null : none,
      paragraphs: [t('briefing.giftWarning')],
      rows: briefing.gifts.map((gift) => [
        formatPartialDate(gift.date, language),
        t(`gifts.directions.${gift.direction}`),
        gift.item,
        `${sideLabel(gift.giverName, gift.giverTitle, gift.giverOrgName)} → ${sideLabel(gift.recipientName, gift.recipientTitle, gift.recipientOrgName)}`,
      ]),
    },
    talkingPoints: {
      title: t('briefing.sectionNames.talkingPoints'),
      empty: null,
      paragraphs: [
        `${t('briefing.talkingPoints')}: ${notes.talkingPoints}`,
        `${t('briefing.topicsToAvoid')}: ${notes.topicsToAvoid}`,
      ],
      rows: [],
    },
    sources: { title: t('briefing.sectionNames.sources'), empty: none, paragraphs: [], rows: [] },
    notes: { title: t('briefing.sectionNames.notes'), empty: null, paragraphs: ['', '', ''], rows: [] },
  };
  return {
    marking: t('briefing.internal'),
    title: t('briefing.title'),
    lines: [
      `${delegation.visitingOrgName} → ${delegation.hostOrgName}`,
      [formatDateRange(delegation.startDate, delegation.endDate, language), delegation.place]
        .filter(Boolean)
        .join(' · '),
      `${t('briefing.receivedBy')}: ${hosts.map((host) => `${host.fullName} (${host.title})`).join('; ') || '—'}`,
      t('briefing.preparedBy', {
        name: context.preparedBy || '……',
        when: new Date().toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN'),
      }),
    ],
    sections: (Object.keys(all) as BriefingSection[])
      .filter((key) => context.sections.includes(key))
      .map((key) => all[key]),
    pageLabel: t('briefing.page'),
  };
}
