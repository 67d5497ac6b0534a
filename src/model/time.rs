//! Local dates and times in Europe/Berlin as the dataset writes them
//! (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`). Small and pure, instead of chrono.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// Hour and minute; `None` for a date without time (all-day events).
    pub time: Option<(u8, u8)>,
}

impl LocalDateTime {
    pub fn parse(s: &str) -> Option<Self> {
        let (date, time) = match s.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let mut parts = date.split('-');
        let year = num(parts.next()?, 4)? as u16;
        let month = num(parts.next()?, 2)? as u8;
        let day = num(parts.next()?, 2)? as u8;
        if parts.next().is_some() || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let time = match time {
            None => None,
            Some(t) => {
                let (h, m) = t.split_once(':')?;
                let (h, m) = (num(h, 2)? as u8, num(m, 2)? as u8);
                if h > 23 || m > 59 {
                    return None;
                }
                Some((h, m))
            }
        };
        Some(Self { year, month, day, time })
    }

    pub fn has_time(&self) -> bool {
        self.time.is_some()
    }

    /// The date alone, as `YYYY-MM-DD`: used to compare with "today".
    pub fn date_key(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u8 {
        let days = days_from_civil(self.year as i64, self.month as i64, self.day as i64);
        ((days + 3).rem_euclid(7)) as u8
    }

    /// "23.04.2026"
    pub fn format_date_de(&self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }

    /// "09:05"; "00:00" for a date without time.
    pub fn format_time_de(&self) -> String {
        let (h, m) = self.time.unwrap_or_default();
        format!("{h:02}:{m:02}")
    }

    /// "23.04.2026, 09:05"
    pub fn format_date_time_de(&self) -> String {
        format!("{}, {}", self.format_date_de(), self.format_time_de())
    }
}

fn num(s: &str, len: usize) -> Option<u32> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

pub fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Inverse of [`days_from_civil`]: (year, month, day) of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (if m <= 2 { era * 400 + yoe + 1 } else { era * 400 + yoe }, m, d)
}

/// The day of the month of the last Sunday of a month.
fn last_sunday(year: u16, month: u8) -> u8 {
    let last = days_in_month(year, month);
    let wd = LocalDateTime { year, month, day: last, time: None }.weekday(); // 6 = Sunday
    last - ((wd + 1) % 7)
}

impl LocalDateTime {
    /// The wall-clock time in Germany at a Unix time in milliseconds (CET/CEST, EU rules:
    /// summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC).
    pub fn berlin_from_unix_ms(ms: f64) -> Self {
        let minutes = (ms / 60_000.0).floor() as i64;
        let (y, _, _) = civil_from_days(minutes.div_euclid(1440));
        let dst_start = days_from_civil(y, 3, last_sunday(y as u16, 3) as i64) * 1440 + 60;
        let dst_end = days_from_civil(y, 10, last_sunday(y as u16, 10) as i64) * 1440 + 60;
        let local = minutes + if (dst_start..dst_end).contains(&minutes) { 120 } else { 60 };
        let (y, month, day) = civil_from_days(local.div_euclid(1440));
        let min = local.rem_euclid(1440);
        Self { year: y as u16, month, day, time: Some(((min / 60) as u8, (min % 60) as u8)) }
    }

    /// Whether this wall-clock time in Germany is summer time (UTC+2). In the repeated hour of
    /// the autumn change, summer time is assumed.
    pub fn is_berlin_summer_time(&self) -> bool {
        let (h, _) = self.time.unwrap_or((12, 0));
        let start = last_sunday(self.year, 3);
        let end = last_sunday(self.year, 10);
        match self.month {
            4..=9 => true,
            3 => self.day > start || (self.day == start && h >= 3),
            10 => self.day < end || (self.day == end && h < 3),
            _ => false,
        }
    }

    /// ISO 8601 with the German UTC offset, e.g. "2026-04-23T10:00:00+02:00"; a date alone for all-day.
    pub fn iso_berlin(&self) -> String {
        match self.time {
            None => self.date_key(),
            Some((h, m)) => {
                let offset = if self.is_berlin_summer_time() { "+02:00" } else { "+01:00" };
                format!("{}T{h:02}:{m:02}:00{offset}", self.date_key())
            }
        }
    }

    /// The same wall-clock time `n` days later.
    pub fn plus_days(&self, n: i64) -> Self {
        let (y, m, d) = civil_from_days(days_from_civil(self.year as i64, self.month as i64, self.day as i64) + n);
        Self { year: y as u16, month: m, day: d, time: self.time }
    }
}

/// Days since 1970-01-01 (Howard Hinnant's civil-from-days inverse).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_times_and_rejects_nonsense() {
        let d = LocalDateTime::parse("2026-04-23T10:00").unwrap();
        assert_eq!((d.year, d.month, d.day, d.time), (2026, 4, 23, Some((10, 0))));
        assert!(LocalDateTime::parse("2027-01-22").unwrap().time.is_none());
        for bad in ["2026-02-29", "2026-13-01", "2026-4-23", "2026-04-23T24:00", "23.04.2026", "", "2026-04-23T10"] {
            assert_eq!(LocalDateTime::parse(bad), None, "{bad}");
        }
        assert!(LocalDateTime::parse("2028-02-29").is_some());
    }

    #[test]
    fn german_wall_clock_follows_summer_time() {
        let at = |iso_utc: (i64, i64, i64, i64, i64)| {
            let (y, mo, d, h, mi) = iso_utc;
            let ms = ((days_from_civil(y, mo, d) * 1440 + h * 60 + mi) * 60_000) as f64;
            let l = LocalDateTime::berlin_from_unix_ms(ms);
            format!("{} {:02}:{:02}", l.date_key(), l.time.unwrap().0, l.time.unwrap().1)
        };
        assert_eq!(at((2026, 11, 25, 8, 30)), "2026-11-25 09:30"); // CET
        assert_eq!(at((2026, 7, 1, 22, 15)), "2026-07-02 00:15"); // CEST, across midnight
        assert_eq!(at((2027, 3, 28, 0, 59)), "2027-03-28 01:59"); // last minute of CET
        assert_eq!(at((2027, 3, 28, 1, 0)), "2027-03-28 03:00"); // clocks jump forward
        assert_eq!(at((2026, 10, 25, 0, 59)), "2026-10-25 02:59");
        assert_eq!(at((2026, 10, 25, 1, 0)), "2026-10-25 02:00"); // and back
        assert_eq!(at((2026, 12, 31, 23, 0)), "2027-01-01 00:00");
    }

    #[test]
    fn iso_offsets_and_day_arithmetic() {
        let p = |s| LocalDateTime::parse(s).unwrap();
        assert_eq!(p("2027-03-27T18:00").iso_berlin(), "2027-03-27T18:00:00+01:00");
        assert_eq!(p("2027-03-28T13:00").iso_berlin(), "2027-03-28T13:00:00+02:00");
        assert_eq!(p("2026-10-25T03:00").iso_berlin(), "2026-10-25T03:00:00+01:00");
        assert_eq!(p("2027-01-22").iso_berlin(), "2027-01-22");
        assert_eq!(p("2028-02-28").plus_days(1).date_key(), "2028-02-29");
        assert_eq!(p("2026-12-31").plus_days(1).date_key(), "2027-01-01");
        for z in [-1000, 0, 19_000, 20_000, 25_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m as i64, d as i64), z);
        }
    }

    #[test]
    fn weekday_and_order() {
        assert_eq!(LocalDateTime::parse("2026-11-25").unwrap().weekday(), 2); // a Wednesday
        assert_eq!(LocalDateTime::parse("2027-03-28").unwrap().weekday(), 6); // a Sunday
        let a = LocalDateTime::parse("2027-03-27T18:00").unwrap();
        let b = LocalDateTime::parse("2027-03-28T13:00").unwrap();
        assert!(a < b);
        assert_eq!(b.format_date_de(), "28.03.2027");
    }

    #[test]
    fn german_date_and_time_as_people_read_them() {
        // 25 November 2026, 09:05 UTC = 10:05 in Germany (winter time)
        let t = LocalDateTime::berlin_from_unix_ms(1_795_597_500_000.0);
        assert_eq!(t.format_date_time_de(), "25.11.2026, 10:05");
        assert_eq!(LocalDateTime::parse("2027-07-01T08:30").unwrap().format_time_de(), "08:30");
    }
}
