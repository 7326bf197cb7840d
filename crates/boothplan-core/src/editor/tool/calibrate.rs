//! Calibrating a background plan, as a small state machine: the planner clicks two points of the
//! drawing whose real distance they know (the ends of a wall with a dimension on it), types that
//! distance, and the drawing is scaled (and turned) so that they are that far apart.
//!
//! The first point stays where it is on the plan. The line between the two points is turned to
//! the bearing the planner types, or else, when it lies within [`AXIS_SNAP_DEG`] of the plan's
//! x or y axis, onto that axis (a wall of a scan fed in slightly askew is straightened); a line
//! further off an axis is a diagonal wall and keeps its angle. The whole calibration is one
//! undo step, and the drawing is locked after it. Escape abandons it.

use super::ToolController;
use super::background_drag::BackgroundGesture;
use crate::editor::Document;
use crate::model::{Background, Placement, Point};

/// How far (degrees) off the x or y axis a clicked line may be and still be taken for a wall
/// along that axis: more than a scan is ever skewed, less than any real diagonal wall.
pub const AXIS_SNAP_DEG: f64 = 10.0;

/// Where a calibration is.
#[derive(Clone, Debug, PartialEq)]
pub enum CalibrationStep {
    /// Waiting for the click on the first point.
    FirstPoint,
    /// The first point is clicked (venue metres, where it is shown now); waiting for the second.
    SecondPoint {
        /// The first point.
        first: Point,
    },
    /// Both points are clicked; waiting for the planner to type their real distance.
    Distance {
        /// The first point.
        first: Point,
        /// The second point.
        second: Point,
    },
}

/// A calibration in progress: which background plan, and how far the planner got.
#[derive(Clone, Debug, PartialEq)]
pub struct Calibration {
    /// Index of the background plan in the layout.
    pub background: usize,
    /// The step the planner is at.
    pub step: CalibrationStep,
}

/// The placement that puts the drawing's points shown now at `first` and `second` (under
/// `current`) `distance_m` apart, `first` staying where it is. The line between them turns to
/// `bearing_deg` (clockwise from the plan's x axis) when given, else onto the nearest axis when
/// within [`AXIS_SNAP_DEG`], else keeps its angle. `None` when the points are one image point
/// or the distance is not a positive number.
#[must_use]
pub fn calibrated(
    current: &Placement,
    first: Point,
    second: Point,
    distance_m: f64,
    bearing_deg: Option<f64>,
) -> Option<Placement> {
    if !(distance_m.is_finite() && distance_m > 0.0) {
        return None;
    }
    let (au, av) = current.image_point(first)?;
    let (bu, bv) = current.image_point(second)?;
    let pixels = (bu - au).hypot(bv - av);
    if pixels.is_nan() || pixels <= 1e-9 {
        return None;
    }
    let m_per_px = distance_m / pixels;
    let on_image = (bv - av).atan2(bu - au).to_degrees();
    let shown = on_image + current.rotation_deg;
    let target = match bearing_deg {
        Some(b) if b.is_finite() => b,
        Some(_) => return None,
        None => {
            let axis = (shown / 90.0).round() * 90.0;
            if (shown - axis).abs() <= AXIS_SNAP_DEG { axis } else { shown }
        }
    };
    let rotation_deg = normalised_deg(target - on_image);
    let turned = Placement { origin: Point::new(0.0, 0.0), m_per_px, rotation_deg };
    let offset = turned.venue_point(au, av);
    let origin = Point::new(first.x_m - offset.x_m, first.y_m - offset.y_m);
    Some(Placement { origin, m_per_px, rotation_deg })
}

/// An angle in (-180°, 180°].
fn normalised_deg(deg: f64) -> f64 {
    let d = deg.rem_euclid(360.0);
    if d > 180.0 { d - 360.0 } else { d }
}

impl ToolController {
    /// Starts calibrating background plan `background` of `doc`: the next two clicks on the
    /// canvas are its two points. Abandons any other gesture.
    pub fn start_calibration(&mut self, doc: &mut Document, background: usize) {
        if background >= doc.layout().backgrounds.len() {
            return;
        }
        self.cancel(doc);
        self.background = Some(BackgroundGesture::Calibrating(Calibration {
            background,
            step: CalibrationStep::FirstPoint,
        }));
    }

    /// The calibration in progress, for the window to draw its points and ask for the distance.
    #[must_use]
    pub fn calibration(&self) -> Option<&Calibration> {
        match &self.background {
            Some(BackgroundGesture::Calibrating(c)) => Some(c),
            _ => None,
        }
    }

    /// A click during a calibration: takes it as the next point.
    pub(super) fn calibration_click(&mut self, at: Point) {
        let Some(BackgroundGesture::Calibrating(c)) = &mut self.background else { return };
        c.step = match c.step {
            CalibrationStep::FirstPoint => CalibrationStep::SecondPoint { first: at },
            CalibrationStep::SecondPoint { first } => {
                CalibrationStep::Distance { first, second: at }
            }
            CalibrationStep::Distance { .. } => return,
        };
    }

    /// Finishes the calibration with the real distance between the two points (and the bearing
    /// of the line from the first to the second, when the planner typed one): one undo step,
    /// the drawing locked. An error in plain words when the input cannot calibrate it; the
    /// calibration then stays open for another try.
    pub fn finish_calibration(
        &mut self,
        doc: &mut Document,
        distance_m: f64,
        bearing_deg: Option<f64>,
    ) -> Result<(), String> {
        let Some(Calibration { background, step: CalibrationStep::Distance { first, second } }) =
            self.calibration().cloned()
        else {
            return Err("Click two points of the drawing first.".to_owned());
        };
        if !(distance_m.is_finite() && distance_m > 0.0) {
            return Err("Type the real distance between the two points, in metres, above 0.".into());
        }
        let Some(old) = doc.layout().backgrounds.get(background) else {
            return Err("That background plan is no longer in the layout.".to_owned());
        };
        let placement = calibrated(&old.placement, first, second, distance_m, bearing_deg)
            .ok_or_else(|| {
                "The two points are the same point of the drawing: click two points apart."
                    .to_owned()
            })?;
        let calibrated = Background { placement, locked: true, ..old.clone() };
        self.background = None;
        doc.replace_background(background, calibrated, "Calibrate background plan");
        Ok(())
    }

    /// Abandons the calibration, if one is in progress.
    pub fn cancel_calibration(&mut self) {
        if self.calibration().is_some() {
            self.background = None;
        }
    }
}
