import { cues } from './cues.js';
import { type Context, mentionsIn, sideOf, sentencesIn } from './context.js';
import { mentionLabel, resolveMention } from './resolve.js';
import { buildDoc, type PhraseSet, type Sentence, type Token, tokenText } from './text.js';
import { type DelegationProposal, type GiftProposal } from './types.js';

const RECIPIENT_MARKERS = new Set(['cho', 'to', 'kepada', 'untuk', 'with']);

/** Words that end the name of a thing given ("a book on X and said …", "bức tranh mô tả …"). */
const PHRASE_STOP = new Set([
  'and',
  'và',
  'dan',
  'to',
  'for',
  'để',
  'nhằm',
  'cho',
  'kepada',
  'as',
  'sebagai',
  'which',
  'that',
  'yang',
  'thể',
  'tại',
  'at',
  'di',
  'in',
  'during',
  'trong',
  'khi',
  'when',
]);

/** A thing or a body after a verb: "đoàn công tác Sở Ngoại vụ tỉnh Nara" up to a bracket or a linking word. */
function phraseAfter(ctx: Context, from: number, s: Sentence): string | null {
  let k = from;
  while (k < s.last && k - from < 12) {
    const t = ctx.doc.tokens[k] as Token;
    if (!t.word && t.text !== '.' && t.text !== '-') break;
    if (k > from && PHRASE_STOP.has(t.lower)) break;
    // "bức tranh mô tả …" (depicting) ends the thing; "mô hình" (a model) is one.
    if (k > from && t.lower === 'mô' && ctx.doc.tokens[k + 1]?.lower === 'tả') break;
    k++;
  }
  const text = tokenText(ctx.doc, from, k).replace(/[\s.-]+$/, '');
  return text.length > 0 ? text : null;
}

/**
 * "A tặng quà lưu niệm cho B", "A presented B with a painting", "A menyerahkan cenderamata kepada B";
 * "hai bên trao đổi quà" / "exchanged souvenirs" → one gift each way. Awards and medals are not gifts.
 */
export function extractGifts(ctx: Context, delegation: DelegationProposal | null): GiftProposal[] {
  const c = cues();
  const tokens = ctx.doc.tokens;
  const out: GiftProposal[] = [];
  const seen = new Set<string>();
  const add = (g: GiftProposal) => {
    const key = `${g.giver ?? ''}|${g.recipient ?? ''}`.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(g);
  };
  for (const s of sentencesIn(ctx)) {
    const evidence = { start: s.start, end: s.end };
    const nouns = c.giftNouns.findAll(tokens, s.first, s.last);
    const awards = c.awards.findAll(tokens, s.first, s.last);
    const exchange = c.giftExchange.findAll(tokens, s.first, s.last)[0];
    if (exchange) {
      const here = mentionsIn(ctx, s)
        .map((m) => resolveMention(ctx, m))
        .filter((m) => m.name);
      const homeSide = here.find((m) => sideOf(ctx, m) === 'home')?.name ?? hostName(delegation, ctx);
      const foreignSide = here.find((m) => sideOf(ctx, m) === 'foreign')?.name ?? foreignName(delegation, ctx);
      const item = nouns[0] ? tokenText(ctx.doc, nouns[0].first, nouns[0].last) : null;
      add({ giver: homeSide, recipient: foreignSide, item, evidence });
      add({ giver: foreignSide, recipient: homeSide, item, evidence });
      continue;
    }
    for (const verb of c.giftVerbs.findAll(tokens, s.first, s.last)) {
      // "trao tặng Huân chương": the thing given right after the verb is an honour.
      if (awards.some((a) => a.first >= verb.last && a.first <= verb.last + 3)) continue;
      const noun = nouns.find((n) => n.first >= verb.first && n.first <= verb.last + 12) ?? null;
      const verbIncludesNoun =
        /qua|cenderamata/.test(verb.value.normalize('NFD')) || (noun !== null && noun.first < verb.last);
      const here = mentionsIn(ctx, s);
      const giverMention = [...here].reverse().find((m) => m.last <= verb.first);
      // Recipient: after "cho / to / kepada", or right after an English "presented".
      let marker = -1;
      for (let k = verb.last; k < s.last && k < verb.last + 12; k++) {
        if (RECIPIENT_MARKERS.has((tokens[k] as Token).lower)) {
          marker = k;
          break;
        }
      }
      let recipient: string | null = null;
      let item: string | null = null;
      const english = ['presented', 'presents', 'gave', 'gives', 'offered', 'handed over'].includes(verb.value);
      const direct = here.find((h) => h.first >= verb.last && h.first <= verb.last + 1);
      const article = english ? indefiniteAfter(tokens, verb.last, s.last) : -1;
      if (english && marker >= 0 && (tokens[marker] as Token).lower === 'with') {
        // "presented B with a painting"
        const m = here.find((h) => h.first >= verb.last && h.first < marker);
        recipient = m
          ? mentionLabel(resolveMention(ctx, m))
          : tokenText(ctx.doc, verb.last, marker).trim() || phraseAfter(ctx, verb.last, s);
        item = phraseAfter(ctx, marker + 1, s)?.replace(/^(?:a|an|the)\s+/i, '') ?? null;
      } else if (article > verb.last && (marker < 0 || marker > article) && !direct) {
        // "gave the province a set of Bizen pottery": recipient, then an indefinite thing.
        recipient = tokenText(ctx.doc, verb.last, article).trim();
        item = phraseAfter(ctx, article + 1, s);
      } else if (direct && (marker < 0 || direct.first < marker)) {
        // "tặng Tỉnh trưởng Tea Seiha bức tranh sơn mài": recipient first, then the thing.
        recipient = mentionLabel(resolveMention(ctx, direct));
        item = phraseAfter(ctx, direct.last, s);
      } else if (marker >= 0) {
        const m = here.find((h) => h.first >= marker + 1 && h.first <= marker + 2);
        recipient = m ? mentionLabel(resolveMention(ctx, m)) : phraseAfter(ctx, marker + 1, s);
        const between = tokenText(ctx.doc, verb.last, marker)
          .replace(/^(?:a|an|the|berupa)\s+/i, '')
          .trim();
        item = between.length > 0 ? between : noun ? tokenText(ctx.doc, noun.first, noun.last) : null;
      } else if (noun && noun.first > verb.last && noun.first - verb.last <= 8) {
        // "trao tặng thành phố Huế bức tranh gốm": the recipient stands between the verb and the thing.
        recipient = tokenText(ctx.doc, verb.last, noun.first).trim();
        item = phraseAfter(ctx, noun.first, s);
      } else {
        item = noun ? tokenText(ctx.doc, noun.first, noun.last) : null;
      }
      // "quà lưu niệm là mô hình Ngọ Môn", "cenderamata berupa angklung": the thing itself follows.
      const namely = item
        ? /^(?:quà(?: lưu niệm)?|cenderamata|souvenirs?|gifts?)\s+(?:là|berupa|namely)\s+(.+)$/iu.exec(item)
        : null;
      if (namely?.[1]) item = namely[1];
      if (!item && /qua/.test(verb.value.normalize('NFD'))) item = tokenText(ctx.doc, verb.first + 1, verb.last);
      // No gift word anywhere near: "trao tặng" of something else, or "gave a speech".
      const presentedWith =
        english && ((marker >= 0 && (tokens[marker] as Token).lower === 'with') || article > verb.last);
      if (item && NOT_GIFTS.test(item)) continue;
      if (
        !noun &&
        !verbIncludesNoun &&
        !presentedWith &&
        !(item && c.giftNouns.findAll(tokens, s.first, s.last).length > 0)
      )
        continue;
      // "presented … with the Medal for …", "trao tặng Huân chương …": an honour, not a gift.
      if (item && awardIn(item)) continue;
      const giver = giverMention ? mentionLabel(resolveMention(ctx, giverMention)) : null;
      // "the guests", "the province": the side they stand for, once the delegation is known.
      if (recipient && !here.some((h) => h.first >= verb.last && mentionLabel(resolveMention(ctx, h)) === recipient))
        recipient = sideReference(recipient, delegation) ?? recipient;
      if (!giver && !recipient) continue;
      add({ giver, recipient, item: item && item.length <= 120 ? item : null, evidence });
      break;
    }
  }
  return out;
}

/** Things "given" that are not gifts: "gave the guests a warm welcome", "gave them an overview". */
const NOT_GIFTS =
  /^(?:warm\s+)?(?:welcome|speech|talk|presentation|briefing|overview|introduction|assurance|reception)\b/iu;
const INDEFINITE = new Set(['a', 'an', 'some', 'two', 'three', 'several']);

/** The first indefinite article within a few words after the verb ("gave the province a set of …"). */
function indefiniteAfter(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from + 1; k < limit && k <= from + 6; k++) {
    const t = tokens[k] as Token;
    if (!t.word && t.text !== '.') return -1;
    if (INDEFINITE.has(t.lower)) return k;
  }
  return -1;
}

// Persons only: "đoàn" / "the delegation" is the body itself and stays as written.
const GUEST_WORDS = /^(?:the\s+)?(?:guests?|visitors?|khách|(?:para\s+)?tamu)$/iu;
const HOST_WORDS = /^(?:the\s+)?(?:province|city|hosts?|tỉnh|thành\s+phố|provinsi|kota)$/iu;

/** "the guests" → the visiting side's head; "the province" → the host place; else null. */
function sideReference(phrase: string, d: DelegationProposal | null): string | null {
  if (!d) return null;
  const p = phrase.trim();
  if (GUEST_WORDS.test(p)) return d.direction === 'incoming' ? (d.head?.name ?? d.partner) : (d.partner ?? null);
  if (HOST_WORDS.test(p)) return d.direction === 'incoming' ? d.place : (d.partner ?? d.place);
  return null;
}

let awardSet: PhraseSet<string> | null = null;

function awardIn(text: string): boolean {
  awardSet ??= cues().awards;
  const doc = buildDoc(text);
  return awardSet.findAll(doc.tokens).length > 0;
}

function hostName(d: DelegationProposal | null, _ctx: Context): string | null {
  if (!d) return null;
  return d.direction === 'incoming' ? (d.hosts[0]?.name ?? null) : (d.head?.name ?? null);
}

function foreignName(d: DelegationProposal | null, _ctx: Context): string | null {
  if (!d) return null;
  return d.direction === 'incoming' ? (d.head?.name ?? d.partner) : (d.hosts[0]?.name ?? d.partner);
}
