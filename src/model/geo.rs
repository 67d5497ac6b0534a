//! The map asset (data/be-karte.json, made by tools/gen_map.py) and the figures the map shows.

use super::index::Model;
use super::records::KommuneType;

/// Map asset path, relative to the app's asset base.
pub const MAP_PATH: &str = "data/be-karte.json";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Projection {
    pub lon_min: f64,
    pub lat_max: f64,
    pub kx: f64,
    pub scale: f64,
    pub margin: f64,
}

impl Projection {
    /// Geographic position → map units (the same formula the generator used for the borders).
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        (
            self.margin + (lon - self.lon_min) * self.kx * self.scale,
            self.margin + (self.lat_max - lat) * self.scale,
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapKreis {
    pub key: String,
    /// SVG path data in map units.
    pub d: String,
    /// Where the tooltip points: the centroid of the largest part.
    pub label: [f64; 2],
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapData {
    pub source: String,
    pub attribution: String,
    pub width: f64,
    pub height: f64,
    pub projection: Projection,
    pub kreise: Vec<MapKreis>,
}

super::read::records! {
    MapData { source, attribution, width, height, projection, kreise }
    Projection { lon_min, lat_max, kx, scale, margin }
    MapKreis { key, d, label }
}

pub fn parse_map(text: &str) -> Result<MapData, super::read::TextError> {
    super::read::from_text(text)
}

/// What the map and its table say about one Kreis.
#[derive(Clone, Debug, PartialEq)]
pub struct KreisFigures {
    pub key: String,
    pub label: String,
    pub kind: KommuneType,
    /// The Landkreis itself is a member of the Landkreisnetzwerk.
    pub landkreisnetzwerk: bool,
    /// Gemeinden of the Kreis with at least one network membership.
    pub member_gemeinden: usize,
    pub gemeinden: usize,
    /// Rows the member directory shows for this Kreis (its Gemeinden and the Landkreis).
    pub directory_rows: usize,
}

pub const LANDKREISNETZWERK: &str = "landkreisnetzwerk";

pub fn kreis_figures(model: &Model) -> Vec<KreisFigures> {
    let mut figures: Vec<KreisFigures> = model
        .kreise
        .iter()
        .map(|k| {
            let gemeinden: Vec<_> = model.gemeinden().filter(|g| g.kreis == k.key).collect();
            let member_gemeinden = gemeinden.iter().filter(|g| model.is_member(&g.key)).count();
            let landkreis = k.kind == KommuneType::Landkreis;
            KreisFigures {
                key: k.key.clone(),
                label: k.label(),
                kind: k.kind,
                landkreisnetzwerk: model.memberships_of(&k.key).any(|m| m.network == LANDKREISNETZWERK),
                member_gemeinden,
                gemeinden: gemeinden.len(),
                directory_rows: gemeinden.len() + landkreis as usize,
            }
        })
        .collect();
    crate::order::sort_list(&mut figures, |a, b| super::records::kreis_sort_key(&a.label).cmp(&super::records::kreis_sort_key(&b.label)));
    figures
}

/// Colour class of a Kreis by its number of member Gemeinden: 0, 1–2, 3–5, 6–10, more.
pub const CLASS_BOUNDS: [usize; 4] = [0, 2, 5, 10];

pub fn colour_class(member_gemeinden: usize) -> usize {
    CLASS_BOUNDS.iter().take_while(|&&b| member_gemeinden > b).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_split_at_the_legend_bounds() {
        let classes: Vec<usize> = [0, 1, 2, 3, 5, 6, 10, 11, 80].into_iter().map(colour_class).collect();
        assert_eq!(classes, [0, 1, 1, 2, 2, 3, 3, 4, 4]);
    }

    #[test]
    fn projection_puts_the_corner_at_the_margin() {
        let p = Projection { lon_min: 7.5, lat_max: 49.8, kx: 0.66, scale: 440.0, margin: 4.0 };
        assert_eq!(p.project(49.8, 7.5), (4.0, 4.0));
        let (x, y) = p.project(48.8, 8.5);
        assert!((x - (4.0 + 0.66 * 440.0)).abs() < 1e-9 && (y - 444.0).abs() < 1e-9);
    }
}
