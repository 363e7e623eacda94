import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Briefing } from '../../../shared/domain/briefing.js';
import type { Participant } from '../../../shared/domain/delegation.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useItemTitle } from '../calendar/use-item-title.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useMyName } from '../follow-ups/use-my-name.js';
import { formatDateRange, formatDateTime, formatEngagementTime, formatPartialDate } from '../format/date.js';
import { sideLabel } from '../gifts/gift-labels.js';
import { useCooperationFields } from '../agreements/use-cooperation-fields.js';
import '../components/print-sheet.css';
import { sheetToDocx } from './briefing-docx.js';
import { briefingModel } from './briefing-model.js';
import { BRIEFING_SECTIONS, type BriefingSection } from './sections.js';

/** A section, or the words "nothing recorded" when it has nothing: an empty sheet still prints cleanly. */
function Section({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{title}</h2>
      {empty ? <p className="empty">{t('briefing.none')}</p> : children}
    </section>
  );
}

function PeopleTable({ participants, briefing }: { participants: Participant[]; briefing: Briefing }) {
  const { t } = useTranslation();
  const people = new Map(briefing.people.map((person) => [person.id, person]));
  return (
    <table>
      <thead>
        <tr>
          <th style={{ width: '6%' }}>#</th>
          <th style={{ width: '30%' }}>{t('briefing.name')}</th>
          <th>{t('participants.title')}</th>
          <th style={{ width: '28%' }}>{t('briefing.protocol')}</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((participant, index) => {
          const person = people.get(participant.personId);
          return (
            <tr key={participant.id}>
              <td>{index + 1}</td>
              <td>
                <strong>{participant.fullName}</strong>
                {participant.nativeName && <div>{participant.nativeName}</div>}
                <div>{t(`participants.roles.${participant.role}`)}</div>
              </td>
              <td>{participant.title}</td>
              <td>{[person?.formOfAddress, person?.protocolNotes].filter(Boolean).join(' — ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** /delegations/:id/briefing — the A4 sheet to print before the meeting. */
export function BriefingPage() {
  const { id = '' } = useParams();
  const briefing = useApiQuery('briefings.forDelegation', { id });
  if (briefing.error) return <ErrorAlert error={briefing.error} />;
  return briefing.data ? (
    <BriefingSheet key={briefing.data.delegation.updatedAt} briefing={briefing.data} editable />
  ) : null;
}

/** One visit's sheet; `editable` adds the section chooser, the buttons and the talking-point editor. */
export function BriefingSheet({ briefing, editable = false }: { briefing: Briefing; editable?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [myName] = useMyName();
  const itemTitle = useItemTitle();
  const fieldNames = new Map(useCooperationFields().map((field) => [field.value, field.label]));
  const [sections, setSections] = useLocalStorage<string[]>({
    key: 'protocol-desk.briefing-sections',
    defaultValue: [...BRIEFING_SECTIONS],
  });
  const [talkingPoints, setTalkingPoints] = useState(briefing.talkingPoints);
  const [topicsToAvoid, setTopicsToAvoid] = useState(briefing.topicsToAvoid);
  const [saveState, setSaveState] = useState<string>();
  const show = (section: BriefingSection) => sections.includes(section);
  const { delegation } = briefing;
  const guests = delegation.participants.filter((participant) => participant.side === 'guest');
  const hosts = delegation.participants.filter((participant) => participant.side === 'host');
  const head = guests.find((participant) => participant.role === 'head');

  async function exportWord() {
    const model = briefingModel(
      briefing,
      { talkingPoints, topicsToAvoid },
      { t, language, preparedBy: myName, fieldName: (key) => fieldNames.get(key) ?? key, itemTitle, sections },
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await sheetToDocx(model));
    link.download = `ban-thong-tin-${delegation.startDate}.docx`;
    link.click();
  }

  async function saveNotes() {
    try {
      await callApi('briefings.saveNotes', { id: delegation.id, talkingPoints, topicsToAvoid });
      setSaveState(t('briefing.notesSaved'));
      void queryClient.invalidateQueries({ queryKey: ['history.list'] });
    } catch (error) {
      setSaveState(errorText(error, t));
    }
  }

  return (
    <Stack gap="md">
      {editable && (
        <Group data-print-hidden justify="space-between" align="flex-start">
          <Checkbox.Group label={t('briefing.sections')} value={sections} onChange={setSections}>
            <Group gap="sm" mt={6}>
              {BRIEFING_SECTIONS.map((section) => (
                <Checkbox key={section} value={section} label={t(`briefing.sectionNames.${section}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group gap="xs">
            <Button variant="default" component={Link} to={`/delegations/${delegation.id}`}>
              {t('briefing.back')}
            </Button>
            <Button variant="default" onClick={() => void exportWord()}>
              {t('briefing.exportWord')}
            </Button>
            <Button onClick={() => window.print()}>{t('briefing.print')}</Button>
          </Group>
        </Group>
      )}

      <article className="print-sheet" aria-label={t('briefing.title')}>
        <div className="internal">{t('briefing.internal')}</div>
        <h1>{t('briefing.title')}</h1>
        <p style={{ textAlign: 'center', margin: 0 }}>
          <strong>
            {delegation.visitingOrgName} → {delegation.hostOrgName}
          </strong>
          <br />
          {[formatDateRange(delegation.startDate, delegation.endDate, language), delegation.place]
            .filter(Boolean)
            .join(' · ')}
          <br />
          {t('briefing.receivedBy')}:{' '}
          {hosts.length > 0 ? hosts.map((host) => `${host.fullName} (${host.title})`).join('; ') : '—'}
        </p>
        <p style={{ textAlign: 'right', fontSize: '9pt' }}>
          {t('briefing.preparedBy', {
            name: myName || '……………',
            when: formatDateTime(new Date().toISOString(), language),
          })}
        </p>

        {show('purpose') && (
          <Section title={t('briefing.sectionNames.purpose')} empty={false}>
            {delegation.purpose ? (
              <p>{delegation.purpose}</p>
            ) : (
              [1, 2, 3].map((line) => <div key={line} className="lines" />)
            )}
            {delegation.notes && <p>{delegation.notes}</p>}
          </Section>
        )}

        {show('delegation') && (
          <Section title={t('briefing.delegationTitle', { count: guests.length })} empty={guests.length === 0}>
            {head && (
              <p>
                {t('briefing.head')}: <strong>{head.fullName}</strong>
                {head.nativeName ? ` (${head.nativeName})` : ''} — {head.title}
              </p>
            )}
            <PeopleTable participants={guests} briefing={briefing} />
          </Section>
        )}

        {show('ourSide') && (
          <Section title={t('briefing.sectionNames.ourSide')} empty={hosts.length === 0}>
            <PeopleTable participants={hosts} briefing={briefing} />
          </Section>
        )}

        {show('programme') && (
          <Section title={t('briefing.sectionNames.programme')} empty={delegation.engagements.length === 0}>
            <table>
              <tbody>
                {delegation.engagements.map((engagement) => (
                  <tr key={engagement.id}>
                    <td style={{ width: '22%' }}>{formatEngagementTime(engagement.startsAt, language)}</td>
                    <td style={{ width: '20%' }}>{t(`engagements.kinds.${engagement.kind}`)}</td>
                    <td>{[engagement.place, engagement.summary].filter(Boolean).join(' — ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        )}

        {show('history') && (
          <Section title={t('briefing.sectionNames.history')} empty={false}>
            {briefing.relationships.length === 0 ? (
              <p className="empty">{t('relationships.none')}</p>
            ) : (
              briefing.relationships.map((relationship) => (
                <p key={relationship.id}>
                  {relationship.homeOrgName} — {relationship.partnerOrgName}:{' '}
                  {t(`relationships.levels.${relationship.level}`)}
                  {relationship.establishedOn
                    ? `, ${t('relationships.since', { date: formatPartialDate(relationship.establishedOn, language) })}`
                    : ''}
                </p>
              ))
            )}
            <p>
              <strong>{t('dossier.lastMeeting')}:</strong>{' '}
              {briefing.lastMeeting
                ? `${formatDateRange(briefing.lastMeeting.startDate, briefing.lastMeeting.endDate, language)} — ${briefing.lastMeeting.visitingOrgName} → ${briefing.lastMeeting.hostOrgName}${briefing.lastMeeting.headName ? ` (${briefing.lastMeeting.headName}${briefing.lastMeeting.headTitle ? `, ${briefing.lastMeeting.headTitle}` : ''})` : ''}`
                : t('dossier.noMeeting')}
            </p>
            {briefing.earlierVisits.length > 0 && (
              <ul>
                {briefing.earlierVisits.map((visit) => (
                  <li key={visit.id}>
                    {formatDateRange(visit.startDate, visit.endDate, language)} — {visit.visitingOrgName} →{' '}
                    {visit.hostOrgName}
                  </li>
                ))}
                {briefing.moreEarlierVisits > 0 && (
                  <li>{t('briefing.moreEarlier', { count: briefing.moreEarlierVisits })}</li>
                )}
              </ul>
            )}
          </Section>
        )}

        {show('agreements') && (
          <Section title={t('briefing.sectionNames.agreements')} empty={briefing.agreements.length === 0}>
            {briefing.agreements.map((agreement) => (
              <div key={agreement.id}>
                <p>
                  <strong>{agreement.title}</strong> — {t('agreements.fields.signedOn')}:{' '}
                  {agreement.signedOn ? formatPartialDate(agreement.signedOn, language) : '—'};{' '}
                  {t('agreements.fields.expiresOn')}:{' '}
                  {agreement.expiresOn ? formatPartialDate(agreement.expiresOn, language) : '—'}
                  <br />
                  {t('agreements.parties')}:{' '}
                  {agreement.parties
                    .map((party) =>
                      party.signatoryName
                        ? `${party.organizationName} (${party.signatoryName}, ${party.signatoryTitle ?? ''})`
                        : party.organizationName,
                    )
                    .join('; ')}
                </p>
                {agreement.fields.length > 0 && (
                  <table>
                    <tbody>
                      {agreement.fields.map((field, index) => (
                        <tr key={field.id}>
                          <td style={{ width: '6%' }}>{index + 1}</td>
                          <td style={{ width: '28%' }}>{fieldNames.get(field.fieldKey) ?? field.fieldKey}</td>
                          <td>{field.text}</td>
                          <td style={{ width: '18%' }}>{t(`agreements.fieldStatuses.${field.status}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            ))}
          </Section>
        )}

        {show('followUps') && (
          <Section
            title={t('briefing.sectionNames.followUps')}
            empty={briefing.followUps.length === 0 && briefing.anniversaries.length === 0}
          >
            {briefing.followUps.length > 0 && (
              <table>
                <tbody>
                  {briefing.followUps.map((followUp) => (
                    <tr key={followUp.id}>
                      <td>{followUp.text}</td>
                      <td style={{ width: '18%' }}>{followUp.owner || '—'}</td>
                      <td style={{ width: '20%' }} className={followUp.overdue ? 'warning' : undefined}>
                        {followUp.due ? formatPartialDate(followUp.due, language) : '—'}
                        {followUp.overdue ? ` (${t('briefing.overdue')})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {briefing.anniversaries.map((item) => (
              <p key={item.key}>
                {formatPartialDate(item.start, language)}: {itemTitle(item)}
              </p>
            ))}
          </Section>
        )}

        {show('gifts') && (
          <Section title={t('briefing.sectionNames.gifts')} empty={briefing.gifts.length === 0}>
            <p className="warning">{t('briefing.giftWarning')}</p>
            <table>
              <tbody>
                {briefing.gifts.map((gift) => (
                  <tr key={gift.id}>
                    <td style={{ width: '16%' }}>{formatPartialDate(gift.date, language)}</td>
                    <td style={{ width: '12%' }}>{t(`gifts.directions.${gift.direction}`)}</td>
                    <td style={{ width: '24%' }}>{gift.item}</td>
                    <td>
                      {sideLabel(gift.giverName, gift.giverTitle, gift.giverOrgName)} →{' '}
                      {sideLabel(gift.recipientName, gift.recipientTitle, gift.recipientOrgName)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        )}

        {show('talkingPoints') && (
          <section>
            <h2>{t('briefing.sectionNames.talkingPoints')}</h2>
            {editable && (
              <Stack gap="xs" data-print-hidden>
                <Textarea
                  label={t('briefing.talkingPoints')}
                  autosize
                  minRows={3}
                  value={talkingPoints}
                  onChange={(event) => setTalkingPoints(event.currentTarget.value)}
                />
                <Textarea
                  label={t('briefing.topicsToAvoid')}
                  autosize
                  minRows={2}
                  value={topicsToAvoid}
                  onChange={(event) => setTopicsToAvoid(event.currentTarget.value)}
                />
                <Group>
                  <Button variant="default" onClick={() => void saveNotes()}>
                    {t('briefing.saveNotes')}
                  </Button>
                  {saveState && (
                    <Text size="sm" role="status">
                      {saveState}
                    </Text>
                  )}
                </Group>
              </Stack>
            )}
            <div className={editable ? 'print-only' : undefined}>
              <p>
                <strong>{t('briefing.talkingPoints')}:</strong> {talkingPoints || '……………………………………'}
              </p>
              <p>
                <strong>{t('briefing.topicsToAvoid')}:</strong> {topicsToAvoid || '……………………………………'}
              </p>
            </div>
          </section>
        )}

        {show('sources') && (
          <Section title={t('briefing.sectionNames.sources')} empty>
            {null}
          </Section>
        )}

        {show('notes') && (
          <section>
            <h2>{t('briefing.sectionNames.notes')}</h2>
            <div className="notes-box" />
          </section>
        )}
      </article>
    </Stack>
  );
}
