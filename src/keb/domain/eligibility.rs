//! Who may apply for KEB: a member Kommune of one of the programme's eligible networks
//! (StädteNetzWerk, Gemeindenetzwerk, Landkreisnetzwerk — from the data, not from code).

use crate::model::{Model, Role};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Eligibility {
    /// Member of these eligible networks; the application goes through the first.
    Eligible { networks: Vec<String>, advisers: Vec<String> },
    /// A Kommune, but not a member of an eligible network: who to ask about joining.
    NotMember { contacts: Vec<String> },
    /// No Kommune with this key.
    UnknownKommune,
}

/// `advisers`/`contacts` are person or network ids: Fachberater(innen) of the network who cover the
/// Kommune's Kreis, or the eligible networks themselves when nobody is named for the Kreis.
pub fn check(model: &Model, kommune_key: &str) -> Eligibility {
    let Some(kommune) = model.kommune(kommune_key) else {
        return Eligibility::UnknownKommune;
    };
    let eligible = &model.keb.eligible_networks;
    let networks: Vec<String> = model
        .memberships_of(&kommune.key)
        .map(|m| m.network.clone())
        .filter(|n| eligible.contains(n))
        .collect();
    let advisers_in = |networks: &[String]| -> Vec<String> {
        networks
            .iter()
            .flat_map(|n| model.advisers_for(n, &kommune.kreis))
            .filter(|p| p.role == Role::Fachberatung)
            .map(|p| p.id.clone())
            .collect()
    };
    if networks.is_empty() {
        let mut contacts = advisers_in(eligible);
        if contacts.is_empty() {
            contacts = eligible.clone();
        }
        Eligibility::NotMember { contacts }
    } else {
        let advisers = advisers_in(&networks);
        Eligibility::Eligible { networks, advisers }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_dataset;

    fn model() -> Model {
        parse_dataset(include_str!("../../../data/be-netzwerke.json")).unwrap()
    }

    #[test]
    fn a_member_of_an_eligible_network_may_apply_through_it() {
        let m = model();
        // Freiburg im Breisgau: StädteNetzWerk member (2003 list)
        match check(&m, "08311000") {
            Eligibility::Eligible { networks, .. } => assert!(networks.contains(&"staedtenetzwerk".to_string())),
            other => panic!("{other:?}"),
        }
        // a Landkreis in the Landkreisnetzwerk, by its 5-digit key
        let lk = m.members_of("landkreisnetzwerk").next().unwrap().member.clone();
        assert!(matches!(check(&m, &lk), Eligibility::Eligible { .. }));
    }

    #[test]
    fn a_kommune_outside_the_networks_is_told_whom_to_ask() {
        let m = model();
        let outsider = m.gemeinden().find(|g| !m.memberships_of(&g.key).any(|x| m.keb.eligible_networks.contains(&x.network))).unwrap();
        match check(&m, &outsider.key) {
            Eligibility::NotMember { contacts } => assert!(!contacts.is_empty()),
            other => panic!("{other:?}"),
        }
        assert_eq!(check(&m, "08999999"), Eligibility::UnknownKommune);
    }

    #[test]
    fn membership_in_a_network_the_programme_does_not_fund_is_not_enough() {
        let m = model();
        // a founding member of the Landesnetzwerk Engagierte Stadt that is in no municipal network
        let only_es = m
            .members_of("engagierte-stadt")
            .map(|x| x.member.clone())
            .find(|k| m.kommune(k).is_some() && m.memberships_of(k).all(|x| !m.keb.eligible_networks.contains(&x.network)))
            .expect("the data has such a Kommune");
        assert!(matches!(check(&m, &only_es), Eligibility::NotMember { .. }));
    }
}
