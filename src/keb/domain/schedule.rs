//! When a measure may start, by the programme's rules (from the data): not in the past, in the
//! year of the application, and with the lead time the ministry needs. A late application is
//! warned about, not refused: the ministry decides.

use super::dates::{days_between, plus_days};
use crate::model::KebProgramme;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Timing {
    /// The lead time is kept.
    InTime,
    /// Before today: no application for it any more.
    Past,
    /// Inside the lead time: it would have been in time by `deadline` ("YYYY-MM-DD").
    Late { deadline: String },
    /// In a later year than the application: apply in `year`, by `deadline` if there is a day
    /// in that year that keeps the lead time.
    LaterYear { year: u16, deadline: Option<String> },
}

/// The timing of a measure starting on `start`, applied for on `today` (both "YYYY-MM-DD");
/// `None` if either is no date.
pub fn timing(start: &str, today: &str, p: &KebProgramme) -> Option<Timing> {
    let ahead = days_between(today, start)?;
    let deadline = plus_days(start, -i64::from(p.lead_days))?;
    let year = |iso: &str| iso.get(..4).and_then(|y| y.parse::<u16>().ok());
    let start_year = year(start)?;
    Some(if ahead < 0 {
        Timing::Past
    } else if p.start_in_application_year && Some(start_year) != year(today) {
        // the deadline counts only if it lies in the year the application may be made
        let deadline = Some(deadline).filter(|d| year(d) == Some(start_year));
        Timing::LaterYear { year: start_year, deadline }
    } else if ahead < i64::from(p.lead_days) {
        Timing::Late { deadline }
    } else {
        Timing::InTime
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn programme() -> KebProgramme {
        KebProgramme { lead_days: 28, start_in_application_year: true, ..Default::default() }
    }

    fn at(start: &str, today: &str) -> Timing {
        timing(start, today, &programme()).unwrap()
    }

    #[test]
    fn the_past_is_refused_today_is_late() {
        assert_eq!(at("2026-11-01", "2026-12-07"), Timing::Past);
        assert_eq!(at("2026-12-06", "2026-12-07"), Timing::Past);
        assert_eq!(at("2026-12-07", "2026-12-07"), Timing::Late { deadline: "2026-11-09".into() });
    }

    #[test]
    fn four_weeks_ahead_is_in_time_a_day_less_is_late() {
        // 27, 28 and 29 days ahead
        assert_eq!(at("2026-06-27", "2026-05-31"), Timing::Late { deadline: "2026-05-30".into() });
        assert_eq!(at("2026-06-28", "2026-05-31"), Timing::InTime);
        assert_eq!(at("2026-06-29", "2026-05-31"), Timing::InTime);
        // 13 days ahead: late, and the day it would have been in time
        assert_eq!(at("2026-12-20", "2026-12-07"), Timing::Late { deadline: "2026-11-22".into() });
    }

    #[test]
    fn a_start_next_year_is_applied_for_next_year() {
        // 31 December is this year's last day; 1 January is the next year's
        assert_eq!(at("2026-12-31", "2026-12-01"), Timing::InTime);
        assert_eq!(at("2027-01-01", "2026-12-01"), Timing::LaterYear { year: 2027, deadline: None });
        assert_eq!(at("2027-01-29", "2026-12-01"), Timing::LaterYear { year: 2027, deadline: Some("2027-01-01".into()) });
        assert_eq!(at("2027-03-10", "2026-12-07"), Timing::LaterYear { year: 2027, deadline: Some("2027-02-10".into()) });
        // on 1 January the new year's measures may be applied for
        assert_eq!(at("2027-02-01", "2027-01-01"), Timing::InTime);
    }

    #[test]
    fn without_the_year_rule_only_the_lead_time_counts() {
        let p = KebProgramme { lead_days: 28, start_in_application_year: false, ..Default::default() };
        assert_eq!(timing("2027-03-10", "2026-12-07", &p), Some(Timing::InTime));
        assert_eq!(timing("2026-12-07", "kein Datum", &p), None);
    }
}
