//! The events list's filters as they live in the URL, and applying them.

use crate::order::sort_rows;
use crate::model::{EventKind, Model};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    /// Not yet over (the last day is today or later), soonest first.
    #[default]
    Upcoming,
    /// Over, most recent first.
    Past,
    /// Everything, in date order.
    All,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Upcoming, Period::Past, Period::All];
    pub fn id(self) -> &'static str {
        match self {
            Period::Upcoming => "kommend",
            Period::Past => "vergangen",
            Period::All => "alle",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attendance {
    Online,
    InPerson,
}

impl Attendance {
    pub fn id(self) -> &'static str {
        match self {
            Attendance::Online => "online",
            Attendance::InPerson => "vor-ort",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub network: String,
    pub kind: Option<EventKind>,
    /// "YYYY-MM", or empty.
    pub month: String,
    pub attendance: Option<Attendance>,
    pub period: Period,
}

impl EventFilter {
    pub fn from_query(pairs: &[(String, String)]) -> Self {
        let mut f = Self::default();
        for (k, v) in pairs {
            match k.as_str() {
                "netzwerk" => f.network = v.clone(),
                "art" => f.kind = EventKind::from_id(v),
                "monat" if is_month(v) => f.month = v.clone(),
                "format" => {
                    f.attendance = [Attendance::Online, Attendance::InPerson].into_iter().find(|a| a.id() == v)
                }
                "zeitraum" => f.period = Period::ALL.into_iter().find(|p| p.id() == v).unwrap_or_default(),
                _ => {}
            }
        }
        f
    }

    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let period = if self.period == Period::Upcoming { "" } else { self.period.id() };
        [
            ("netzwerk", self.network.clone()),
            ("art", self.kind.map(|k| k.id()).unwrap_or_default().to_string()),
            ("monat", self.month.clone()),
            ("format", self.attendance.map(|a| a.id()).unwrap_or_default().to_string()),
            ("zeitraum", period.to_string()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }

    pub fn is_filtered(&self) -> bool {
        *self != Self::default()
    }

    /// Indices into `model.events` in display order. `today` is "YYYY-MM-DD" in Germany.
    pub fn apply(&self, model: &Model, today: &str) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..model.events.len())
            .filter(|&i| {
                let e = &model.events[i];
                let over = &e.end[..10.min(e.end.len())] < today;
                let period = match self.period {
                    Period::Upcoming => !over,
                    Period::Past => over,
                    Period::All => true,
                };
                period
                    && (self.network.is_empty() || e.network == self.network)
                    && self.kind.is_none_or(|k| e.kind == k)
                    && (self.month.is_empty() || e.start.starts_with(&self.month))
                    && self.attendance.is_none_or(|a| match a {
                        Attendance::Online => e.online(),
                        Attendance::InPerson => e.in_person(),
                    })
            })
            .collect();
        sort_rows(&mut rows, &|&a, &b| model.events[a].start.cmp(&model.events[b].start));
        if self.period == Period::Past {
            rows.reverse();
        }
        rows
    }
}

fn is_month(v: &str) -> bool {
    v.len() == 7 && v.as_bytes()[4] == b'-' && v.bytes().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit())
}

/// Upcoming events of one network or at one Kommune, soonest first.
pub fn upcoming_where(model: &Model, today: &str, pred: impl Fn(&crate::model::Event) -> bool) -> Vec<usize> {
    EventFilter::default().apply(model, today).into_iter().filter(|&i| pred(&model.events[i])).collect()
}
