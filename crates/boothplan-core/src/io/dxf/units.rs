//! The length unit of a drawing: from its `$INSUNITS` header, or the planner's word for it.

use dxf::enums::Units;

/// A length unit a venue drawing may be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumString, strum::Display, strum::EnumIter)]
#[strum(ascii_case_insensitive)]
pub enum DrawingUnit {
    /// Millimetres: what most architects' drawings use, and what a drawing without units is
    /// taken to be.
    #[strum(serialize = "mm")]
    Millimetre,
    /// Centimetres.
    #[strum(serialize = "cm")]
    Centimetre,
    /// Metres.
    #[strum(serialize = "m")]
    Metre,
    /// Inches.
    #[strum(serialize = "in")]
    Inch,
    /// International feet.
    #[strum(serialize = "ft")]
    Foot,
}

impl DrawingUnit {
    /// How many metres one drawing unit is.
    #[must_use]
    pub fn metres(self) -> f64 {
        match self {
            Self::Millimetre => 0.001,
            Self::Centimetre => 0.01,
            Self::Metre => 1.0,
            Self::Inch => 0.0254,
            Self::Foot => 0.3048,
        }
    }

    /// The unit's name in words, for the import's report.
    #[must_use]
    pub fn words(self) -> &'static str {
        match self {
            Self::Millimetre => "millimetres",
            Self::Centimetre => "centimetres",
            Self::Metre => "metres",
            Self::Inch => "inches",
            Self::Foot => "feet",
        }
    }
}

/// The unit the drawing is read in, and where that came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitChoice {
    /// Metres per drawing unit.
    pub metres_per_unit: f64,
    /// The unit in words, e.g. `millimetres`.
    pub words: &'static str,
    /// Why this unit: the header said so, the planner said so, or an assumption.
    pub source: UnitSource,
}

/// Where the drawing's unit came from, so the report can say how sure it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitSource {
    /// `$INSUNITS` named it.
    Header,
    /// The planner named it (`--units`, or the import dialog).
    Given,
    /// The drawing names none; millimetres are assumed.
    Assumed,
}

/// The unit to read in: the planner's when given, else the header's, else millimetres. A header
/// unit no venue is drawn in (light years, microns…) is refused unless the planner names one.
pub(super) fn choose(header: Units, given: Option<DrawingUnit>) -> Result<UnitChoice, String> {
    if let Some(unit) = given {
        let words = unit.words();
        return Ok(UnitChoice { metres_per_unit: unit.metres(), words, source: UnitSource::Given });
    }
    let known = |metres_per_unit, words| {
        Ok(UnitChoice { metres_per_unit, words, source: UnitSource::Header })
    };
    match header {
        Units::Unitless => Ok(UnitChoice {
            metres_per_unit: DrawingUnit::Millimetre.metres(),
            words: DrawingUnit::Millimetre.words(),
            source: UnitSource::Assumed,
        }),
        Units::Millimeters => known(0.001, "millimetres"),
        Units::Centimeters => known(0.01, "centimetres"),
        Units::Decimeters => known(0.1, "decimetres"),
        Units::Meters => known(1.0, "metres"),
        Units::Inches => known(0.0254, "inches"),
        Units::Feet => known(0.3048, "feet"),
        Units::USSurveyFeet => known(1200.0 / 3937.0, "US survey feet"),
        Units::Yards => known(0.9144, "yards"),
        other => Err(format!(
            "the drawing's unit ($INSUNITS {}, {other:?}) is not one a floor plan is drawn in; \
             name the unit it really uses with --units mm|cm|m|in|ft",
            other as i32
        )),
    }
}
