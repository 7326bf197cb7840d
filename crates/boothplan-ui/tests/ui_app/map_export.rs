//! File ▸ Export… to a `.html` name writes the interactive map; "For visitors" is `--public`:
//! no prices and no exhibitor of a booth that is not sold.

use boothplan_core::model::{BoothStatus, Pricing};
use boothplan_ui::FileAnswer;
use egui_kittest::kittest::Queryable as _;

use super::{FakeDialogs, booth, harness, open_export_options, small_layout, wait_for_export};

#[test]
fn the_map_for_visitors_leaves_out_prices_and_reserved_exhibitors() {
    let dir = tempfile::tempdir().unwrap();
    let mut sold = booth("1A-001", 10.0, 10.0);
    sold.status = BoothStatus::Sold;
    sold.exhibitor = "杭州数智科技".into();
    let mut reserved = booth("1A-002", 20.0, 10.0);
    reserved.status = BoothStatus::Reserved;
    reserved.exhibitor = "Not Yet Signed Ltd".into();
    let mut layout = small_layout(vec![sold, reserved]);
    let mut pricing = Pricing { currency: "EUR".into(), ..Pricing::default() };
    for theme in &layout.themes {
        pricing.per_m2.insert(theme.key.clone(), 300.0);
    }
    layout.pricing = Some(pricing);
    let dialogs = FakeDialogs::default();
    let mut harness = harness(layout, None, &dialogs);

    let mut export = |visitors: bool, name: &str| {
        open_export_options(&mut harness);
        harness.get_by_label(if visitors { "For visitors" } else { "For the team" }).click();
        harness.run_steps(1);
        let out = dir.path().join(name);
        dialogs.answer_next(FileAnswer::Picked(out.clone()));
        harness.get_by_label("Choose file…").click();
        harness.run_steps(2);
        wait_for_export(&mut harness);
        std::fs::read_to_string(out).unwrap()
    };
    let team = export(false, "team.html");
    let visitors = export(true, "visitors.html");
    for page in [&team, &visitors] {
        assert!(page.starts_with("<!DOCTYPE html>") && page.contains("杭州数智科技"));
    }
    assert!(team.contains("Not Yet Signed Ltd") && team.contains(" EUR\""), "the team sees all");
    assert!(!visitors.contains("Not Yet Signed Ltd"), "a reserved exhibitor is not public");
    assert!(!visitors.contains("EUR"), "no prices for visitors");
}
