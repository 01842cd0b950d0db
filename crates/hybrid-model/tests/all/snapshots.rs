//! Snapshots of every cloud: a reviewer sees exactly what admins get, and any change to
//! the output shows up in review. Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p hybrid-model --test snapshots`.

use crate::support;

use std::path::PathBuf;

use hybrid_model::handover::checklist::checklist;
use hybrid_model::scripts::change;
use hybrid_model::scripts::rollback::{on_premises_rollback, online_rollback};
use hybrid_model::{Cloud, plan};

fn check(name: &str, actual: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return None;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    (expected != actual).then(|| format!("{name} differs from its snapshot"))
}

#[test]
fn every_cloud_matches_its_snapshot() {
    let mut differences = Vec::new();
    for cloud in Cloud::ALL {
        {
            let settings = support::full(cloud);
            let stem = format!("{}-teams", cloud.key());
            differences.extend(check(
                &format!("{stem}.on-premises.ps1"),
                &change::on_premises(&settings).text(),
            ));
            differences.extend(check(
                &format!("{stem}.online.ps1"),
                &change::online(&settings).text(),
            ));
            differences.extend(check(
                &format!("{stem}.checklist.md"),
                &checklist(&settings, &plan(&settings)),
            ));
        }
    }
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn rollback_scripts_match_their_snapshots() {
    let mut differences = Vec::new();
    for cloud in [Cloud::Commercial, Cloud::GccHigh] {
        let settings = support::full(cloud);
        let stem = format!("{}-teams", cloud.key());
        differences.extend(check(
            &format!("{stem}.on-premises-rollback.ps1"),
            &on_premises_rollback(&settings).text(),
        ));
        differences.extend(check(
            &format!("{stem}.online-rollback.ps1"),
            &online_rollback(&settings).text(),
        ));
    }
    assert!(differences.is_empty(), "{differences:#?}");
}
