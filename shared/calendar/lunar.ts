/**
 * The Vietnamese lunar calendar by the published astronomical method: months begin on the day of the
 * new moon and month 11 holds the winter solstice, both reckoned in Vietnam's time zone (UTC+7 from
 * 1968, UTC+8 before). Mean new moons and the sun's longitude follow Meeus, "Astronomical Algorithms".
 * Valid roughly 1900–2100, which covers every date this app stores.
 */

const SYNODIC_MONTH = 29.530588853;
const DEG = Math.PI / 180;

/** Julian day number of a Gregorian date. */
export function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Gregorian date of a Julian day number. */
export function fromJulianDay(jd: number): { year: number; month: number; day: number } {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Vietnam's offset from UTC in hours on a given Julian day (the North moved from +8 to +7 in 1968). */
function timeZoneOf(jd: number): number {
  return jd < julianDay(1968, 1, 1) ? 8 : 7;
}

/** Julian date (UT, fractional) of the k-th new moon after 1900-01-01 (Meeus ch. 49, main terms). */
function newMoonJulianDate(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jde = 2415020.75933 + SYNODIC_MONTH * k + 0.0001178 * t2 - 0.000000155 * t3;
  jde += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  let correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * moonLatitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * moonLatitude + sunAnomaly) -
    0.0004 * Math.sin(2 * moonLatitude - sunAnomaly) -
    0.0006 * Math.sin(2 * moonLatitude + moonAnomaly) +
    0.001 * Math.sin(2 * moonLatitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // Terrestrial time to universal time.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  correction -= deltaT;
  jde += correction;
  return jde;
}

/** The local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + timeZone / 24);
}

/** The sun's apparent longitude, in degrees [0, 360), at a Julian date (Meeus ch. 25, low precision). */
function sunLongitude(julianDate: number): number {
  const t = (julianDate - 2451545.0) / 36525;
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (meanLongitude + center) % 360;
  return longitude < 0 ? longitude + 360 : longitude;
}

/** Which of the 12 major solar terms (30° sectors of the sun's longitude) the local day starts in. */
function solarTermOfDay(dayNumber: number, timeZone: number): number {
  return Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / 30);
}

/** First day of lunar month 11 (the month holding the winter solstice) of a Gregorian year. */
function lunarMonth11Start(year: number, timeZone: number): number {
  const offset = julianDay(year, 12, 31) - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const start = newMoonDay(k, timeZone);
  // If the month starting then begins after the solstice sector (term 9, 270°), month 11 began one moon earlier.
  return solarTermOfDay(start, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : start;
}

/** Which month after month 11 is the leap month: the first with no major solar term in it. */
function leapMonthOffset(month11Start: number, timeZone: number): number {
  const k = Math.floor((month11Start - 2415021.076998695) / SYNODIC_MONTH + 0.5);
  let index = 1;
  let term = solarTermOfDay(newMoonDay(k + 1, timeZone), timeZone);
  let previous: number;
  do {
    previous = term;
    index += 1;
    term = solarTermOfDay(newMoonDay(k + index, timeZone), timeZone);
  } while (term !== previous && index < 14);
  return index - 1;
}

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** The Vietnamese lunar date of a Gregorian date. */
export function toLunar(year: number, month: number, day: number): LunarDate {
  const dayNumber = julianDay(year, month, day);
  const timeZone = timeZoneOf(dayNumber);
  const k = Math.floor((dayNumber - 2415021.076998695) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11Start(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11Start(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11Start(year + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month: lunarMonth, day: lunarDay, leap };
}

/** The Gregorian date ("YYYY-MM-DD") of a Vietnamese lunar date, or undefined if that date does not exist. */
export function fromLunar(lunar: LunarDate): string | undefined {
  // Lunar dates fall at most ~7 weeks after the Gregorian date with the same numbers; search that window.
  const start = julianDay(lunar.year, lunar.month, 1);
  for (let jd = start; jd < start + 80; jd += 1) {
    const { year, month, day } = fromJulianDay(jd);
    const candidate = toLunar(year, month, day);
    if (
      candidate.year === lunar.year &&
      candidate.month === lunar.month &&
      candidate.day === lunar.day &&
      candidate.leap === lunar.leap
    ) {
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return undefined;
}

/** Tết Nguyên đán (1/1 of the lunar year that begins in this Gregorian year). */
export function tetDate(year: number): string {
  return fromLunar({ year, month: 1, day: 1, leap: false })!;
}
