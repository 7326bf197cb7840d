//! `exit-capacity`: the occupants a hall holds (its area times the density) against the exit
//! width they need (so many metres per person) and the width its exits give.

use super::super::{Finding, Measure, Rule, text};
use super::HallInput;
use crate::units::group_thousands;

/// Exit width below what is needed by no more than this (m) counts as enough: float noise.
const WIDTH_EPSILON_M: f64 = 1e-9;

/// The hall's `exit-capacity` finding: when its exits are too narrow, and always when it has
/// none.
pub(super) fn finding(input: &HallInput<'_>) -> Option<Finding> {
    let capacity = input.limits.exit_capacity.as_ref()?;
    let area_m2 = input.hall.area_m2();
    let occupants = (area_m2 * capacity.occupants_per_m2.value).ceil();
    let needed_m = occupants * capacity.width_per_person_m.value;
    let given_m = input.exits.total_width_m();
    if !input.exits.is_empty() && needed_m <= given_m + WIDTH_EPSILON_M {
        return None;
    }
    let clause = capacity.clause();
    let need = format!(
        "{} occupants ({} m² at {} per m²) need {} m of exit width",
        group_thousands(whole(occupants)),
        group_thousands(whole(area_m2)),
        text::number(capacity.occupants_per_m2.value),
        text::number(needed_m)
    );
    let message = if input.exits.is_empty() {
        format!("Hall {} has no exit: {need} ({clause}).", input.hall.id)
    } else {
        format!(
            "Hall {}: {need}; its {} exits give {} m ({clause}).",
            input.hall.id,
            input.exits.list.len(),
            text::number(given_m)
        )
    };
    let measure = Measure { measured_m: needed_m, limit: given_m, clause };
    Some(Finding::measured(Rule::ExitCapacity, vec![input.hall.id.clone()], message, measure))
}

/// A count or area as a whole number, for the sentence.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "finite, non-negative and far below usize::MAX: a hall's area or its occupants"
)]
fn whole(v: f64) -> usize {
    v.round().max(0.0) as usize
}
