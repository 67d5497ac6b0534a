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
    fn weekday_and_order() {
        assert_eq!(LocalDateTime::parse("2026-11-25").unwrap().weekday(), 2); // a Wednesday
        assert_eq!(LocalDateTime::parse("2027-03-28").unwrap().weekday(), 6); // a Sunday
        let a = LocalDateTime::parse("2027-03-27T18:00").unwrap();
        let b = LocalDateTime::parse("2027-03-28T13:00").unwrap();
        assert!(a < b);
        assert_eq!(b.format_date_de(), "28.03.2027");
    }
}
