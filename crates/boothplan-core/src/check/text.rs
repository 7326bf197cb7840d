//! How numbers read in finding messages: metres and m² without float noise.

/// `4.5`, `12`, `0.25`: at most two decimals, no trailing zeros, never `-0`.
///
/// Planners read these in the CLI and the findings panel; `4.499999999` would be noise.
#[must_use]
pub(crate) fn number(value: f64) -> String {
    if value.abs() < 0.005 && value != 0.0 {
        return "< 0.01".to_owned();
    }
    crate::units::decimals(value, 2)
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_read_like_a_planner_writes_them() {
        assert_eq!(number(4.5), "4.5");
        assert_eq!(number(12.0), "12");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(2.999_999_999_9), "3");
        assert_eq!(number(0.000_1), "< 0.01");
        assert_eq!(number(0.0), "0");
    }
}
