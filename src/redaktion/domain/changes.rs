//! What the working copy changes against the dataset it was opened from, record by record —
//! added, changed, removed — and undoing one such change. The sections an office edits are
//! compared; records are known by their id (a membership by network and member).

use crate::model::{DatasetFile, Event, Fachstelle, KebProgramme, Membership, Network, Person, Source};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Added,
    Changed,
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub section: &'static str,
    /// The record's key in its section.
    pub key: String,
    /// What the editor reads: a title or name.
    pub label: String,
    pub kind: Kind,
}

/// A record an editor can add, change or remove.
trait Keyed: Clone + PartialEq {
    fn key(&self) -> String;
    fn label(&self) -> String;
}

macro_rules! keyed {
    ($($t:ty => |$r:ident| ($key:expr, $label:expr);)*) => {
        $(impl Keyed for $t {
            fn key(&self) -> String { let $r = self; $key }
            fn label(&self) -> String { let $r = self; $label }
        })*
    };
}

keyed! {
    Event => |r| (r.id.clone(), format!("{} ({})", r.title, r.start.get(..10).unwrap_or(&r.start)));
    Membership => |r| (format!("{}/{}", r.network, r.member), format!("{} – {}", r.network, r.member));
    Fachstelle => |r| (r.id.clone(), r.name.clone());
    Person => |r| (r.id.clone(), r.name.clone());
    Network => |r| (r.id.clone(), r.short_name.clone());
    Source => |r| (r.id.clone(), r.title.clone());
}

fn diff<T: Keyed>(section: &'static str, opened: &[T], working: &[T], out: &mut Vec<Change>) {
    for w in working {
        let key = w.key();
        let kind = match opened.iter().find(|o| o.key() == key) {
            None => Some(Kind::Added),
            Some(o) if o != w => Some(Kind::Changed),
            _ => None,
        };
        out.extend(kind.map(|kind| Change { section, key, label: w.label(), kind }));
    }
    for o in opened.iter().filter(|o| !working.iter().any(|w| w.key() == o.key())) {
        out.push(Change { section, key: o.key(), label: o.label(), kind: Kind::Removed });
    }
}

/// Every change, section by section in the file's order.
pub fn changes(opened: &DatasetFile, working: &DatasetFile) -> Vec<Change> {
    let mut out = Vec::new();
    diff("sources", &opened.sources, &working.sources, &mut out);
    diff("networks", &opened.networks, &working.networks, &mut out);
    diff("memberships", &opened.memberships, &working.memberships, &mut out);
    diff("people", &opened.people, &working.people, &mut out);
    diff("fachstellen", &opened.fachstellen, &working.fachstellen, &mut out);
    diff("events", &opened.events, &working.events, &mut out);
    if opened.keb != working.keb {
        out.push(Change { section: "keb", key: "keb".into(), label: working.keb.name.de.clone(), kind: Kind::Changed });
    }
    out
}

/// Changes as the editor reads them: one line per record, but one line for many members of a
/// network that came or went together (an imported list, the example sample replaced).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub kind: Kind,
    pub section: &'static str,
    /// The record's label, or for a group the network and how many.
    pub label: String,
    pub changes: Vec<Change>,
}

/// Members of one network changed the same way are one group once there are more than this.
const GROUP_FROM: usize = 3;

pub fn grouped(all: Vec<Change>) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for c in all {
        let network = (c.section == "memberships").then(|| c.key.split('/').next().unwrap_or_default().to_string());
        let same = out.iter_mut().find(|g| {
            g.section == c.section && g.kind == c.kind && network.as_deref().is_some_and(|n| g.changes[0].key.starts_with(&format!("{n}/")))
        });
        match same {
            Some(g) => g.changes.push(c),
            None => out.push(Group { kind: c.kind, section: c.section, label: c.label.clone(), changes: vec![c] }),
        }
    }
    // small groups read better record by record
    out.into_iter()
        .flat_map(|g| {
            if g.changes.len() > GROUP_FROM {
                let network = g.changes[0].key.split('/').next().unwrap_or_default().to_string();
                vec![Group { label: format!("{network} – {}", g.changes.len()), ..g }]
            } else {
                g.changes.into_iter().map(|c| Group { kind: c.kind, section: c.section, label: c.label.clone(), changes: vec![c] }).collect()
            }
        })
        .collect()
}

fn undo_in<T: Keyed>(opened: &[T], working: &mut Vec<T>, key: &str) {
    let was = opened.iter().position(|o| o.key() == key);
    let now = working.iter().position(|w| w.key() == key);
    match (was, now) {
        (None, Some(i)) => {
            working.remove(i);
        }
        (Some(i), Some(j)) => working[j] = opened[i].clone(),
        // back where it stood, as far as the list still reaches
        (Some(i), None) => working.insert(i.min(working.len()), opened[i].clone()),
        (None, None) => {}
    }
}

fn reapply_in<T: Keyed>(working: &[T], newer: &mut Vec<T>, key: &str, kind: Kind) {
    let mine = working.iter().find(|w| w.key() == key);
    let theirs = newer.iter().position(|n| n.key() == key);
    match (kind, mine, theirs) {
        (Kind::Removed, _, Some(i)) => {
            newer.remove(i);
        }
        (Kind::Added | Kind::Changed, Some(m), Some(i)) => newer[i] = m.clone(),
        (Kind::Added | Kind::Changed, Some(m), None) => newer.push(m.clone()),
        _ => {}
    }
}

/// The editor's changes (against `opened`) made again on a `newer` file someone published
/// meanwhile: each record the editor added, changed or removed, the rest as the newer file has it.
pub fn reapply(opened: &DatasetFile, working: &DatasetFile, newer: &DatasetFile) -> DatasetFile {
    let mut out = newer.clone();
    for c in changes(opened, working) {
        let key = c.key.as_str();
        match c.section {
            "sources" => reapply_in(&working.sources, &mut out.sources, key, c.kind),
            "networks" => reapply_in(&working.networks, &mut out.networks, key, c.kind),
            "memberships" => reapply_in(&working.memberships, &mut out.memberships, key, c.kind),
            "people" => reapply_in(&working.people, &mut out.people, key, c.kind),
            "fachstellen" => reapply_in(&working.fachstellen, &mut out.fachstellen, key, c.kind),
            "events" => reapply_in(&working.events, &mut out.events, key, c.kind),
            "keb" => out.keb = working.keb.clone(),
            _ => {}
        }
    }
    out
}

/// Undoes one change: the record as it was opened (an added one goes).
pub fn undo(opened: &DatasetFile, working: &mut DatasetFile, change: &Change) {
    let key = change.key.as_str();
    match change.section {
        "sources" => undo_in(&opened.sources, &mut working.sources, key),
        "networks" => undo_in(&opened.networks, &mut working.networks, key),
        "memberships" => undo_in(&opened.memberships, &mut working.memberships, key),
        "people" => undo_in(&opened.people, &mut working.people, key),
        "fachstellen" => undo_in(&opened.fachstellen, &mut working.fachstellen, key),
        "events" => undo_in(&opened.events, &mut working.events, key),
        "keb" => working.keb = KebProgramme::clone(&opened.keb),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_file;

    fn bundled() -> DatasetFile {
        parse_file(include_str!("../../../data/be-netzwerke.json")).unwrap()
    }

    #[test]
    fn each_change_is_named_and_undone_alone() {
        let opened = bundled();
        let mut working = opened.clone();
        assert!(changes(&opened, &working).is_empty());
        // a new event, a moved one, a removed membership, a corrected e-mail address
        let mut new = working.events[0].clone();
        new.id = "gn-2027-01".into();
        new.title = "Netzwerktreffen Januar".into();
        new.start = "2027-01-20T10:00".into();
        working.events.push(new);
        working.events[1].start = "2026-10-02T10:00".into();
        let gone = working.memberships.remove(3);
        working.fachstellen[0].email = Some("buero@example.org".into());
        working.keb.lead_days = 30;
        let found: Vec<(&str, Kind)> = changes(&opened, &working).iter().map(|c| (c.section, c.kind)).collect();
        assert_eq!(
            found,
            [("memberships", Kind::Removed), ("fachstellen", Kind::Changed), ("events", Kind::Changed), ("events", Kind::Added), ("keb", Kind::Changed)]
        );
        let all = changes(&opened, &working);
        assert_eq!(all[3].label, "Netzwerktreffen Januar (2027-01-20)");
        // undo the removal: the membership is back in its place, the rest stays
        undo(&opened, &mut working, &all[0]);
        assert_eq!(working.memberships[3], gone);
        assert_eq!(changes(&opened, &working).len(), 4);
        for c in changes(&opened, &working) {
            undo(&opened, &mut working, &c);
        }
        assert_eq!(working, opened);
    }

    #[test]
    fn my_changes_go_onto_a_file_published_meanwhile() {
        let opened = bundled();
        // mine: a new event and a corrected e-mail address
        let mut working = opened.clone();
        let mut mine = working.events[0].clone();
        mine.id = "mine".into();
        working.events.push(mine.clone());
        working.fachstellen[0].email = Some("neu@example.org".into());
        // theirs, published meanwhile: another event, another office's phone, one event removed
        let mut newer = opened.clone();
        let mut theirs = newer.events[0].clone();
        theirs.id = "theirs".into();
        newer.events.push(theirs.clone());
        newer.fachstellen[1].phone = Some("+49 781 1".into());
        newer.events.remove(1);
        let merged = reapply(&opened, &working, &newer);
        assert!(merged.events.contains(&mine) && merged.events.contains(&theirs));
        assert!(!merged.events.iter().any(|e| e.id == opened.events[1].id), "their removal stands");
        assert_eq!(merged.fachstellen[0].email.as_deref(), Some("neu@example.org"));
        assert_eq!(merged.fachstellen[1].phone.as_deref(), Some("+49 781 1"));
        // against the newer file, only my two changes remain
        assert_eq!(changes(&newer, &merged).len(), 2);
    }

    #[test]
    fn many_members_of_a_network_read_as_one_line() {
        let opened = bundled();
        let mut working = opened.clone();
        let examples = working.memberships.iter().filter(|m| m.network == "gemeindenetzwerk").count();
        working.memberships.retain(|m| m.network != "gemeindenetzwerk");
        working.memberships.push(Membership { network: "gemeindenetzwerk".into(), member: "08117012".into(), source: "x".into(), ..Default::default() });
        working.events[0].title = "Neu".into();
        let groups = grouped(changes(&opened, &working));
        let lines: Vec<(Kind, String, usize)> = groups.iter().map(|g| (g.kind, g.label.clone(), g.changes.len())).collect();
        assert_eq!(
            lines,
            [
                (Kind::Added, "gemeindenetzwerk – 08117012".into(), 1),
                (Kind::Removed, format!("gemeindenetzwerk – {examples}"), examples),
                (Kind::Changed, "Neu (2026-04-23)".into(), 1),
            ]
        );
    }
}
