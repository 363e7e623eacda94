import { join } from 'node:path';
import { openStore } from '../../db/connection.js';
import type { ChangeContext } from '../../db/mutations/audit.js';
import { insertOrganization } from '../../db/mutations/organizations.js';
import { insertPerson } from '../../db/mutations/people.js';
import { insertRelationship } from '../../db/mutations/relationships.js';
import { insertDelegation } from '../../db/mutations/delegations.js';
import { insertGift } from '../../db/mutations/gifts.js';
import { insertAgreement } from '../../db/mutations/agreements.js';
import { insertFollowUp } from '../../db/mutations/follow-ups.js';
import { insertArticle, insertProvenance } from '../../db/mutations/articles.js';
import { fingerprint } from '../../main/import/fingerprint.js';
import { findArticleByHash } from '../../db/queries/articles.js';
import { DATABASE_FILE } from '../../main/data-dir.js';
import { organizationInput } from '../../shared/domain/organization.js';
import { personInput } from '../../shared/domain/person.js';
import { relationshipInput } from '../../shared/domain/relationship.js';
import { delegationInput, ENGAGEMENT_KINDS, type DelegationInput } from '../../shared/domain/delegation.js';
import { giftInput } from '../../shared/domain/gift.js';
import { agreementInput, AGREEMENT_KINDS, DEFAULT_COOPERATION_FIELDS } from '../../shared/domain/agreement.js';
import { followUpInput } from '../../shared/domain/follow-up.js';
import { HOME_TITLES, homeLocality, PARTNER_TITLES, personName, titleAt, type NameStyle } from './names.js';
import { COUNTRIES, HOME_ORGANIZATIONS, partnerOrganization } from './places.js';
import { Random, WeightedPicker } from './random.js';
import * as T from './text.js';

/** The full "ministry, 20 years" sizes (issue 9); `scale` multiplies them. */
export const FULL_SIZE = {
  organizations: 5_000,
  people: 100_000,
  delegations: 50_000,
  /** Per delegation: 5 programme items, 2 gifts, 4 follow-ups, 1 article; 1 agreement in 5 with 6 fields. */
  homeStaff: 2_000,
} as const;

/** Visits of the two partners whose dossier and briefing sheet the benchmark reads. */
const DOSSIER_VISITS = 500;
const BRIEFING_VISITS = 200;
/**
 * Records are written this many delegations (with their gifts, follow-ups…) to a transaction. Large, because a
 * transaction writes every index page it touched once: with random UUID keys 250 delegations touched nearly as
 * many pages as 2,500 do.
 */
const DELEGATIONS_PER_TRANSACTION = 2_500;
/** Data runs over 20 years up to the end of 2026; "today" for statuses is fixed so the store is reproducible. */
const FIRST_YEAR = 2007;
const YEARS = 20;
const REFERENCE_TODAY = '2026-06-01';

export interface Manifest {
  generator: number;
  seed: number;
  scale: number;
  counts: Record<string, number>;
  /** Records the benchmark's operations read. */
  dossierOrganizationId: string;
  briefingDelegationId: string;
  country: string;
  seconds: number;
}

/** Bump when the generator's output changes, so an old store is not reused. */
export const GENERATOR_VERSION = 4;

interface Pool {
  ids: string[];
  careerStart: number[];
}

interface Partner {
  id: string;
  name: string;
  country: string;
  style: NameStyle;
  visits: number;
  people: Pool;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const DAY = 86_400_000;

export function generateStore(options: {
  dataDir: string;
  seed: number;
  scale: number;
  log?: (line: string) => void;
}): Manifest {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const random = new Random(options.seed);
  const ids = new Random(options.seed ^ 0x5eed);
  const n = (full: number, min = 1) => Math.max(min, Math.round(full * options.scale));
  const db = openStore(join(options.dataDir, DATABASE_FILE));
  // Generation only — the benchmark reopens the store with the app's pragmas, and a generation that fails or is
  // killed leaves no manifest, so the store is made again from scratch. Hence the rollback journal in memory (OFF
  // is refused by the driver's defensive mode) and no waiting for the disk: in WAL mode every changed page was
  // written twice (log, then checkpoint), and each transaction changed ~70 MB of pages, mostly leaves of the
  // random-UUID indexes. A page cache that holds the hot part of the store stops SQLite re-reading pages from the
  // OS (a third of the CPU time was system time). The records still go through the app's mutations; the file is
  // switched back to WAL at the end.
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -3000000');
  const counts: Record<string, number> = {};
  const count = (what: string, by = 1) => (counts[what] = (counts[what] ?? 0) + by);
  let now = `${FIRST_YEAR - 1}-12-01T08:00:00.000Z`;
  const change: ChangeContext = {
    actor: 'bench-generator',
    get now() {
      return now;
    },
    newId: () => ids.uuid(),
  };
  const inTransaction = (work: () => void) => db.transaction(work).immediate();

  try {
    // Organisations: ours, then partners spread over 60 countries by how often each visits.
    const home: Pool & { orgIds: string[] } = { ids: [], careerStart: [], orgIds: [] };
    const partners: Partner[] = [];
    inTransaction(() => {
      for (const planned of HOME_ORGANIZATIONS) {
        const { style: _style, ...fields } = planned;
        home.orgIds.push(insertOrganization(db, change, organizationInput.parse({ ...fields, isHome: true })).id);
        count('organizations');
      }
      const countryPicker = new WeightedPicker(COUNTRIES.map((country) => country.weight));
      const partnerCount = n(FULL_SIZE.organizations, 10) - HOME_ORGANIZATIONS.length;
      for (let serial = 0; serial < partnerCount; serial++) {
        // The first two partners are Korean cities, as the busiest real partners are.
        const country = serial < 2 ? COUNTRIES[0]! : COUNTRIES[countryPicker.pick(random)]!;
        const planned = partnerOrganization(random, country, serial);
        const { style, ...fields } = planned;
        const created = insertOrganization(db, change, organizationInput.parse(fields));
        partners.push({
          id: created.id,
          name: created.name,
          country: created.country,
          style,
          visits: 0,
          people: { ids: [], careerStart: [] },
        });
        count('organizations');
      }
    });
    log(`organisations: ${counts.organizations}`);

    // How many visits each partner gets: two fixed ones for the benchmark, the rest long-tailed.
    const delegationCount = n(FULL_SIZE.delegations, 20);
    // The two partners the benchmark reads keep their full number of visits at any scale that has room for
    // them, so the dossier and briefing figures of a smaller store still mean "500" and "200 visits".
    partners[0]!.visits = Math.min(DOSSIER_VISITS, Math.floor(delegationCount * 0.3));
    partners[1]!.visits = Math.min(BRIEFING_VISITS, Math.floor(delegationCount * 0.1));
    const rest = new WeightedPicker(partners.slice(2).map((_, rank) => 1 / (rank + 30)));
    const plans: { partner: number; start: number; days: number; incoming: boolean }[] = [];
    for (let index = 0; index < delegationCount; index++) {
      const partner =
        index < partners[0]!.visits ? 0 : index < partners[0]!.visits + partners[1]!.visits ? 1 : 2 + rest.pick(random);
      if (partner >= 2) partners[partner]!.visits++;
      const start = Date.UTC(FIRST_YEAR, 0, 1) + random.int(0, YEARS * 365 - 11) * DAY;
      plans.push({ partner, start, days: random.int(1, 10), incoming: random.chance(0.6) });
    }
    plans.sort((a, b) => a.start - b.start);

    // People: our staff, and each partner's people in proportion to its visits (titles come per visit).
    const homeStaff = n(FULL_SIZE.homeStaff, 5);
    const partnerPeople = Math.max(partners.length, n(FULL_SIZE.people, 30) - homeStaff);
    const addPerson = (pool: Pool, style: NameStyle) => {
      const name = personName(random, style);
      const person = insertPerson(
        db,
        change,
        personInput.parse({ ...name, protocolNotes: random.chance(0.1) ? 'Ăn chay; không dùng rượu bia' : '' }),
      );
      pool.ids.push(person.id);
      pool.careerStart.push(random.int(FIRST_YEAR - 12, FIRST_YEAR + YEARS - 4));
      count('people');
    };
    inTransaction(() => {
      for (let i = 0; i < homeStaff; i++) addPerson(home, 'vi');
    });
    for (let from = 0; from < partners.length; from += 500) {
      inTransaction(() => {
        for (const partner of partners.slice(from, from + 500)) {
          const size = Math.max(1, Math.round((partner.visits / delegationCount) * partnerPeople));
          for (let i = 0; i < size; i++) addPerson(partner.people, partner.style);
        }
      });
    }
    log(`people: ${counts.people}`);

    // Ties of friendship or twinning with one partner in ten (they make anniversaries).
    inTransaction(() => {
      partners.forEach((partner, index) => {
        if (index % 10 !== 0) return;
        const established = isoDay(Date.UTC(1995, 0, 1) + random.int(0, 30 * 365) * DAY);
        insertRelationship(
          db,
          change,
          relationshipInput.parse({
            homeOrgId: home.orgIds[0]!,
            partnerOrgId: partner.id,
            level: random.pick(['cooperation', 'friendship', 'sister'] as const),
            establishedOn: random.chance(0.2) ? established.slice(0, 4) : established,
          }),
        );
        count('relationships');
      });
    });

    /** `count` people of a pool, most senior (earliest career start) first. */
    const choose = (pool: Pool, wanted: number) =>
      random
        .sampleIndexes(pool.ids.length, wanted)
        .sort((a, b) => pool.careerStart[a]! - pool.careerStart[b]!)
        .map((index) => ({ id: pool.ids[index]!, careerStart: pool.careerStart[index]! }));

    let dossierOrganizationId = partners[0]!.id;
    let briefingDelegationId = '';
    for (let from = 0; from < plans.length; from += DELEGATIONS_PER_TRANSACTION) {
      inTransaction(() => {
        for (const plan of plans.slice(from, from + DELEGATIONS_PER_TRANSACTION)) {
          const partner = partners[plan.partner]!;
          const homeOrgId = random.chance(0.8) ? home.orgIds[0]! : random.pick(home.orgIds);
          const startDay = isoDay(plan.start);
          const endDay = isoDay(plan.start + (plan.days - 1) * DAY);
          const year = Number(startDay.slice(0, 4));
          now = new Date(Math.min(plan.start - 14 * DAY, Date.parse(REFERENCE_TODAY))).toISOString();
          const partial = random.chance(0.02);
          const guestsPool = plan.incoming ? partner.people : home;
          const hostsPool = plan.incoming ? home : partner.people;
          const guestOrg = plan.incoming ? partner.id : homeOrgId;
          const hostOrg = plan.incoming ? homeOrgId : partner.id;
          const guestTitle = (careerStart: number) =>
            plan.incoming
              ? titleAt(PARTNER_TITLES, careerStart, year, partner.name)
              : titleAt(HOME_TITLES, careerStart, year, homeLocality(year));
          const hostTitle = (careerStart: number) =>
            plan.incoming
              ? titleAt(HOME_TITLES, careerStart, year, homeLocality(year))
              : titleAt(PARTNER_TITLES, careerStart, year, partner.name);
          const guests = choose(guestsPool, random.int(3, 8));
          const hosts = choose(hostsPool, random.int(2, 4)).filter(
            (host) => !guests.some((guest) => guest.id === host.id),
          );
          const participants: NonNullable<DelegationInput['participants']> = [
            ...guests.map((guest, index) => ({
              personId: guest.id,
              side: 'guest' as const,
              role: index === 0 ? ('head' as const) : ('member' as const),
              title: guestTitle(guest.careerStart),
              organizationId: guestOrg,
            })),
            ...hosts.map((host, index) => ({
              personId: host.id,
              side: 'host' as const,
              role: index === hosts.length - 1 && hosts.length > 2 ? ('interpreter' as const) : ('host' as const),
              title: hostTitle(host.careerStart),
              organizationId: hostOrg,
            })),
          ];
          const everyone = participants.map((participant) => participant.personId);
          const status =
            startDay > REFERENCE_TODAY
              ? random.pick(['planned', 'confirmed'] as const)
              : random.chance(0.05)
                ? 'cancelled'
                : 'completed';
          const delegation = insertDelegation(
            db,
            change,
            delegationInput.parse({
              direction: plan.incoming ? 'incoming' : 'outgoing',
              visitingOrgId: guestOrg,
              hostOrgId: hostOrg,
              purpose: random.pick(T.PURPOSES),
              startDate: partial ? startDay.slice(0, 7) : startDay,
              endDate: partial ? null : endDay,
              place: plan.incoming ? random.pick(T.HOME_PLACES) : partner.name,
              status,
              participants,
              engagements: Array.from({ length: random.int(3, 7) }, () => ({
                kind: random.pick(ENGAGEMENT_KINDS),
                startsAt: `${isoDay(plan.start + random.int(0, plan.days - 1) * DAY)}T${String(random.int(8, 17)).padStart(2, '0')}:${random.pick(['00', '30'])}`,
                place: random.pick(T.HOME_PLACES),
                summary: random.pick(T.ENGAGEMENT_SUMMARIES),
                outcome: random.pick(T.OUTCOMES),
                personIds: random.sample(everyone, random.int(1, Math.min(4, everyone.length))),
              })),
            }),
          );
          count('delegations');
          count('participants', delegation.participants.length);
          count('engagements', delegation.engagements.length);
          if (plan.partner === 1 && startDay <= REFERENCE_TODAY) briefingDelegationId = delegation.id;

          const guestHead = delegation.participants[0]!;
          const firstHost = delegation.participants.find((participant) => participant.side === 'host') ?? null;
          for (let g = 0; g < 2; g++) {
            const [item, value, currency] = random.pick(T.GIFT_ITEMS);
            const received = g === 1;
            // Received: from the visiting head to our host (or the partner's host to our head abroad).
            const fromUs = plan.incoming ? !received : received;
            const ourParticipant = plan.incoming ? firstHost : guestHead;
            const theirParticipant = plan.incoming ? guestHead : firstHost;
            const giver = fromUs ? ourParticipant : theirParticipant;
            const recipient = fromUs ? theirParticipant : ourParticipant;
            const reported =
              received && startDay < REFERENCE_TODAY ? isoDay(plan.start + random.int(1, 7) * DAY) : null;
            insertGift(
              db,
              change,
              giftInput.parse({
                direction: received ? 'received' : 'given',
                delegationId: delegation.id,
                date: startDay,
                giverParticipantId: giver?.id ?? null,
                giverOrgId: fromUs ? homeOrgId : partner.id,
                recipientParticipantId: recipient?.id ?? null,
                recipientOrgId: fromUs ? partner.id : homeOrgId,
                item,
                quantity: 1,
                estimatedValue: value,
                currency,
                circumstances: 'Trao tặng trong buổi hội kiến',
                reportedOn: reported,
                disposition: reported && random.chance(0.7) ? 'kept_as_souvenir' : null,
                dispositionOn: reported && random.chance(0.7) ? reported : null,
              }),
            );
            count('gifts');
          }

          if (random.chance(0.2)) {
            const signed = startDay;
            // Five years on, by the calendar (29 February moves to 1 March).
            const signedDate = new Date(plan.start);
            const expires = isoDay(Date.UTC(year + 5, signedDate.getUTCMonth(), signedDate.getUTCDate()));
            const fieldKeys = random.sample(DEFAULT_COOPERATION_FIELDS, 6);
            insertAgreement(
              db,
              change,
              agreementInput.parse({
                kind: random.pick(AGREEMENT_KINDS),
                title: `${random.pick(T.AGREEMENT_TITLES)} giữa ${partner.name} và tỉnh Thừa Thiên Huế`,
                status: startDay > REFERENCE_TODAY ? 'negotiating' : expires < REFERENCE_TODAY ? 'expired' : 'in_force',
                signedOn: startDay > REFERENCE_TODAY ? null : signed,
                place: delegation.place,
                expiresOn: startDay > REFERENCE_TODAY ? null : expires,
                delegationId: delegation.id,
                parties: [
                  {
                    organizationId: homeOrgId,
                    signatoryParticipantId: (plan.incoming ? firstHost : guestHead)?.id ?? null,
                  },
                  {
                    organizationId: partner.id,
                    signatoryParticipantId: (plan.incoming ? guestHead : firstHost)?.id ?? null,
                  },
                ],
                fields: fieldKeys.map((fieldKey) => ({
                  fieldKey,
                  text: random.pick(T.FIELD_TEXTS),
                  status: random.pick(['not_started', 'active', 'dormant', 'done'] as const),
                })),
              }),
            );
            count('agreements');
            count('agreement fields', fieldKeys.length);
          }

          for (let f = 0; f < 4; f++) {
            const due = plan.start + random.int(30, 540) * DAY;
            const dueDay = isoDay(due);
            const past = dueDay < REFERENCE_TODAY;
            const status = past
              ? random.pick(['done', 'done', 'done', 'dropped', 'open'] as const)
              : random.pick(['open', 'in_progress'] as const);
            insertFollowUp(
              db,
              change,
              followUpInput.parse({
                text: `${random.pick(T.FOLLOW_UP_TEXTS)} với ${partner.name}`,
                sourceKind: 'delegation',
                sourceId: delegation.id,
                organizationId: partner.id,
                owner: random.pick(T.OWNERS),
                due: random.chance(0.2) ? dueDay.slice(0, 4) : dueDay,
                status,
                priority: random.pick(['low', 'normal', 'normal', 'high'] as const),
                doneOn: status === 'done' ? dueDay : null,
              }),
            );
            count('follow-ups');
          }

          const language = random.pick(['vi', 'vi', 'vi', 'en', 'en', 'id'] as const);
          const text = T.article(
            random,
            language,
            {
              visitor: plan.incoming ? partner.name : 'tỉnh Thừa Thiên Huế',
              host: plan.incoming ? 'tỉnh Thừa Thiên Huế' : partner.name,
              head: guestHead.fullName,
              title: guestHead.title,
              date: startDay.split('-').reverse().join('/'),
              place: delegation.place,
              field: random.pick(['văn hoá', 'du lịch', 'giáo dục', 'đầu tư', 'y tế']),
            },
            random.int(1024, 8192),
          );
          const prints = fingerprint(text.body);
          // The app's own look-up: the generator's plain "WHERE content_hash = ?" could not use the partial index
          // (it lacks "deleted_at IS NULL") and read every stored article, bodies included, for each new one.
          if (!findArticleByHash(db, prints.contentHash)) {
            const stored = insertArticle(db, change, {
              title: text.title,
              sourceName: random.pick(T.SOURCES[language]),
              url: `https://news.example/${language}/${startDay}/${delegation.id.slice(0, 8)}`,
              fileName: '',
              language,
              publishedOn: partial ? null : endDay,
              body: text.body,
              contentHash: prints.contentHash,
              minhashes: prints.minhashes,
            });
            insertProvenance(db, change, {
              articleId: stored.id,
              entity: 'delegation',
              entityId: delegation.id,
              field: '',
              span: { start: 0, end: text.body.indexOf('.') + 1 },
            });
            count('articles');
          }
        }
      });
      const done = Math.min(plans.length, from + DELEGATIONS_PER_TRANSACTION);
      log(`delegations: ${done}/${plans.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    if (!briefingDelegationId) throw new Error('no past visit of the briefing partner was generated');
    // No ANALYZE: the app never runs it, so the benchmark must see the query plans a user's store gets.
    db.pragma('journal_mode = WAL');
    db.pragma('wal_checkpoint(TRUNCATE)');
    dossierOrganizationId = partners[0]!.id;
    return {
      generator: GENERATOR_VERSION,
      seed: options.seed,
      scale: options.scale,
      counts,
      dossierOrganizationId,
      briefingDelegationId,
      country: 'KR',
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    db.close();
  }
}
