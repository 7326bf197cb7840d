//! How numbers read wherever a planner sees them (CLI tables, findings, panels, sheets, CSV):
//! metres and m² without float noise, thousands grouped. One place, so the CLI, the window and
//! the exports never print the same quantity two ways.

/// `4.5`, `12`, `0.25`: at most `max_decimals` decimals, no trailing zeros, never `-0`.
#[must_use]
pub fn decimals(value: f64, max_decimals: usize) -> String {
    let text = format!("{value:.max_decimals$}");
    let text =
        if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.') } else { &text };
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

/// `1234567` as `1,234,567`, as planners read counts and areas.
#[must_use]
pub fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An area the way planners write it: `12,000 m²`, `1,234.5 m²`; `— m²` when it is not a number.
#[must_use]
pub fn format_area_m2(area_m2: f64) -> String {
    if !area_m2.is_finite() {
        return "— m²".to_owned();
    }
    let rounded = (area_m2 * 10.0).round() / 10.0;
    let whole = rounded.trunc().abs() as usize;
    let tenth = ((rounded.abs() - rounded.abs().trunc()) * 10.0).round() as u64;
    let grouped = group_thousands(whole);
    let sign = if rounded < 0.0 { "-" } else { "" };
    if tenth == 0 { format!("{sign}{grouped} m²") } else { format!("{sign}{grouped}.{tenth} m²") }
}

/// An amount of money as planners read it: `1,234,567.50 CNY`, whole units without decimals
/// (`12,000 CNY`); `— CNY` when it is not a number.
#[must_use]
pub fn format_money(amount: f64, currency: &str) -> String {
    if !amount.is_finite() {
        return format!("— {currency}");
    }
    let cents = (amount.abs() * 100.0).round();
    let whole = (cents / 100.0).trunc() as usize;
    let fraction = (cents % 100.0) as u64;
    let sign = if amount < 0.0 && cents > 0.0 { "-" } else { "" };
    let grouped = group_thousands(whole);
    if fraction == 0 {
        format!("{sign}{grouped} {currency}")
    } else {
        format!("{sign}{grouped}.{fraction:02} {currency}")
    }
}

/// A share as a percentage with `max_decimals` decimals (`55.2%`); `–` when it is not a number.
#[must_use]
pub fn percent(fraction: f64, max_decimals: usize) -> String {
    if fraction.is_finite() {
        format!("{:.max_decimals$}%", fraction * 100.0)
    } else {
        "–".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_drop_float_noise_and_trailing_zeros() {
        assert_eq!(decimals(4.5, 2), "4.5");
        assert_eq!(decimals(12.0, 2), "12");
        assert_eq!(decimals(100.0, 0), "100");
        assert_eq!(decimals(0.25, 3), "0.25");
        assert_eq!(decimals(2.999_999_999_9, 2), "3");
        assert_eq!(decimals(-0.000_1, 2), "0");
        assert_eq!(decimals(-1.5, 3), "-1.5");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn areas_are_grouped_in_thousands() {
        assert_eq!(format_area_m2(80_000.0), "80,000 m²");
        assert_eq!(format_area_m2(1234.5), "1,234.5 m²");
        assert_eq!(format_area_m2(9.0), "9 m²");
        assert_eq!(format_area_m2(1_000_000.04), "1,000,000 m²");
        assert_eq!(format_area_m2(1_234_567.0), "1,234,567 m²");
        assert_eq!(format_area_m2(f64::NAN), "— m²");
    }

    #[test]
    fn percentages_never_read_nan() {
        assert_eq!(percent(0.552, 1), "55.2%");
        assert_eq!(percent(1.0, 0), "100%");
        assert_eq!(percent(f64::NAN, 1), "–");
    }
}
