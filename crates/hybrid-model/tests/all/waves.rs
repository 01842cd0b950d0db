//! Waves of users (#29): the user list reader, the wave files and script, and the result reader.

use crate::support;

use hybrid_model::procedure::settings::Settings;
use hybrid_model::scripts::waves::wave;
use hybrid_model::waves::list::{self, AddressKind, FoundBy, ListRefusal, RowProblem};
use hybrid_model::waves::results::{self, UserStatus, WaveRefusal};
use hybrid_model::waves::{self, user_file};
use support::{commands, first_error, full, parse, variants};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/waves/");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}{name}")).unwrap()
}

fn settings() -> Settings {
    full(hybrid_model::Cloud::Commercial)
}

/// 2025-12-06: a day after the fixtures were written.
const NOW: i64 = 1_765_000_000;

#[test]
fn an_ad_export_is_read_by_its_header_with_every_bad_row_by_line() {
    let list = list::read(&fixture("ad-export.csv"), &settings()).unwrap();
    assert_eq!(list.column.number, 2);
    assert_eq!(list.column.kind, AddressKind::Sip);
    assert_eq!(list.column.found_by, FoundBy::Header("SipAddress".into()));
    let users: Vec<(usize, &str)> = list
        .users
        .iter()
        .map(|u| (u.line, u.address.as_str()))
        .collect();
    assert_eq!(
        users,
        [
            (3, "ada@contoso.com"),
            (4, "o'neil@fabrikam.com"),
            (9, "carl@contoso.com"),
            (11, "dora@contoso.com"),
        ]
    );
    let bad: Vec<(usize, &RowProblem)> =
        list.bad_rows.iter().map(|b| (b.line, &b.problem)).collect();
    assert_eq!(bad.len(), 4, "{bad:?}");
    assert!(matches!(bad[0], (5, RowProblem::NotAnAddress(_))));
    assert!(matches!(
        bad[1],
        (6, RowProblem::Duplicate { first_line: 3, .. })
    ));
    assert!(
        matches!(bad[2], (7, RowProblem::OtherDomain { domain, .. }) if domain == "northwind.com")
    );
    assert_eq!(bad[3], (8, &RowProblem::Empty));
    assert_eq!(list.rows, 8);
    assert!(list.bad_rows[0].message().starts_with("line 5: "));
    assert!(list.bad_rows[2].message().contains("northwind.com"));
}

#[test]
fn upns_by_header_semicolons_and_quoted_delimiters() {
    let list = list::read(&fixture("upn-semicolon.csv"), &settings()).unwrap();
    assert_eq!(list.column.kind, AddressKind::Upn);
    assert_eq!(list.column.number, 2);
    assert_eq!(list.users.len(), 2);
    assert!(list.bad_rows.is_empty(), "{:?}", list.bad_rows);
    // UPNs are written as they are; the wave script looks each one up with Get-CsUser.
    assert_eq!(
        user_file(&list.users, list.column.kind),
        "ada@contoso.com,bob@contoso.com"
    );
}

#[test]
fn pasted_lines_have_no_header_and_are_sip_addresses() {
    let list = list::read(&fixture("pasted.txt"), &settings()).unwrap();
    assert_eq!(list.column.found_by, FoundBy::Content { header: None });
    let lines: Vec<usize> = list.users.iter().map(|u| u.line).collect();
    assert_eq!(lines, [1, 3, 5]);
    assert_eq!(list.bad_rows.len(), 1);
    assert_eq!(list.bad_rows[0].line, 4);
    // The form Move-CsUser.md gives for -UserList: sip: entries on one line, comma-separated.
    assert_eq!(
        user_file(&list.users, list.column.kind),
        "sip:ada@contoso.com,sip:bob@contoso.com,sip:carl@contoso.com"
    );
}

#[test]
fn an_unknown_header_is_skipped_when_its_column_holds_addresses() {
    let text = "Name,Address\nAda,ada@contoso.com\nBob,bob@contoso.com\n";
    let list = list::read(text, &settings()).unwrap();
    assert_eq!(
        list.column.found_by,
        FoundBy::Content {
            header: Some("Address".into())
        }
    );
    assert_eq!(list.users.len(), 2);
    assert_eq!(list.users[0].line, 2);
}

#[test]
fn lists_that_cannot_be_read_are_refused_with_a_reason() {
    let s = settings();
    assert_eq!(list::read("", &s), Err(ListRefusal::Empty));
    assert_eq!(list::read("\n\n  \n", &s), Err(ListRefusal::Empty));
    assert_eq!(
        list::read("Name,Dept\nAda,Sales\n", &s),
        Err(ListRefusal::NoAddressColumn)
    );
    let huge = "a".repeat(list::MAX_LIST_BYTES + 1);
    let refusal = list::read(&huge, &s).unwrap_err();
    assert!(matches!(refusal, ListRefusal::TooLarge { .. }));
    assert!(
        refusal.message().contains("32 MiB"),
        "{}",
        refusal.message()
    );
    let many: String = (0..=list::MAX_ROWS)
        .map(|i| format!("u{i}@contoso.com\n"))
        .collect();
    assert_eq!(list::read(&many, &s), Err(ListRefusal::TooManyRows));
}

#[test]
fn an_unclosed_quote_is_a_bad_row_not_a_lost_file() {
    let text = "SipAddress\nsip:ada@contoso.com\n\"sip:bob@contoso.com\n";
    let list = list::read(text, &settings()).unwrap();
    assert_eq!(list.users.len(), 1);
    assert_eq!(list.bad_rows[0].line, 3);
    assert_eq!(list.bad_rows[0].problem, RowProblem::UnclosedQuote);
}

#[test]
fn fifty_thousand_users_split_into_waves_in_order() {
    let text: String = std::iter::once("SipAddress\r\n".to_owned())
        .chain((0..50_000).map(|i| format!("sip:user{i}@contoso.com\r\n")))
        .collect();
    let list = list::read(&text, &settings()).unwrap();
    let waves = waves::waves(&list, 250);
    assert_eq!(list.users.len(), 50_000);
    assert_eq!(waves.len(), 200);
    assert_eq!(waves[199].number, 200);
    assert_eq!(waves[1].users[0].address, "user250@contoso.com");
    assert_eq!(list.users[49_999].line, 50_001);
}

#[test]
fn wave_files_are_one_user_file_and_one_script_per_wave() {
    let s = settings();
    let list = list::read(&fixture("ad-export.csv"), &s).unwrap();
    let files = hybrid_model::handover::downloads::wave_files(&s, &list, 3);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "hybrid-wave-001-users-contoso.com-commercial.txt",
            "hybrid-wave-001-contoso.com-commercial.ps1",
            "hybrid-wave-002-users-contoso.com-commercial.txt",
            "hybrid-wave-002-contoso.com-commercial.ps1",
        ]
    );
    assert_eq!(
        files[0].1,
        b"sip:ada@contoso.com,sip:o'neil@fabrikam.com,sip:carl@contoso.com"
    );
    let script = String::from_utf8_lossy(&files[1].1);
    // Users are read from the file, never written into the script (the settings' pilot users
    // appear in its help, as in every script).
    assert!(!script.contains("carl@contoso.com"));
    assert!(!script.contains("dora@contoso.com"));
    assert!(script.contains("'hybrid-wave-001-users-contoso.com-commercial.txt'"));
}

#[test]
fn every_wave_script_parses_for_every_cloud() {
    for (name, s) in variants() {
        for number in [1, 12, 250] {
            let text = wave(&s, number).text();
            let tree = parse(&text);
            assert_eq!(first_error(&text, &tree), None, "{name} wave {number}");
        }
    }
}

#[test]
fn the_wave_moves_the_ready_users_with_the_documented_user_list_set() {
    let text = wave(&settings(), 1).text();
    let commands = commands(&text);
    let moves: Vec<_> = commands
        .iter()
        .filter(|c| c.cmdlet == "Move-CsUser")
        .collect();
    assert_eq!(moves.len(), 1, "one Move-CsUser call for the whole wave");
    let params: Vec<&str> = moves[0].params.iter().map(|(p, _)| p.as_str()).collect();
    assert!(params.contains(&"UserList") && params.contains(&"Report"));
    assert!(!params.contains(&"Identity"));
    // Inside the ShouldProcess of the wave, after the readiness and only for ready users.
    let readiness = text.find("Get-CsOnlineUser -Identity $sip").unwrap();
    let should = text
        .find("$PSCmdlet.ShouldProcess(\"$($ready.Count) users")
        .unwrap();
    // Its six parameters are splatted from a hashtable (one line would be 147 columns).
    let moved = text.find("Move-CsUser @params").unwrap();
    assert!(text[should..moved].contains("UserList = $readyFile"));
    assert!(readiness < should && should < moved);
    // Users already moved are skipped; a dry run still connects and reads.
    assert!(text.contains("-Status 'already_moved'"));
    assert!(text.contains("Connect-MicrosoftTeams -AccountId 'admin@contoso.com' -WhatIf:$false"));
    assert!(text.contains("Get-EnabledPlan -User $online"));
    assert!(text.contains("Get-CsOnlineSipDomain -DomainStatus Disabled"));
    // The module and build guard of the pilot moves.
    assert!(text.contains("$moduleWithRegression = [version]'7.2'"));
    assert!(text.contains("$teams.Version -ge $moduleWithRegression -and $buildBelowFix"));
    assert!(text.contains("Start-Transcript -LiteralPath $transcriptFile -WhatIf:$false"));
}

#[test]
fn a_dry_run_never_says_it_wrote_the_results() {
    let text = wave(&settings(), 1).text();
    let dry = text.find("if ($WhatIfPreference) {").unwrap();
    let otherwise = text[dry..].find("} else {").unwrap() + dry;
    let said = text.find("Wave results for Hybrid Builder:").unwrap();
    let would = text.find("nothing was written and no user moved").unwrap();
    assert!(dry < would && would < otherwise && otherwise < said);
    // The list of users moved is written only inside the ShouldProcess of the move.
    let should = text
        .find("$PSCmdlet.ShouldProcess(\"$($ready.Count) users")
        .unwrap();
    assert!(text.find("WriteAllText($readyFile").unwrap() > should);
}

#[test]
fn results_give_progress_reasons_todos_and_the_users_to_try_again() {
    let s = settings();
    let one = results::read(&fixture("results-wave-1.json"), &s, NOW).unwrap();
    let progress = results::progress(std::slice::from_ref(&one));
    let wave = &progress.waves[0];
    assert_eq!(wave.counts.moved, 2);
    assert_eq!(wave.counts.failed, 1);
    assert_eq!(wave.counts.not_ready, 2);
    assert_eq!(wave.counts.remaining(), 3);
    assert_eq!(wave.unmoved[0].status, UserStatus::Failed);
    assert!(wave.unmoved[0].reasons[0].detail.contains("(507)"));
    assert!(
        wave.unmoved[0].reasons[0]
            .todo
            .contains("Move-CsUser report")
    );
    let carl = wave
        .unmoved
        .iter()
        .find(|u| u.user.contains("carl"))
        .unwrap();
    assert_eq!(carl.reasons.len(), 2);
    assert!(carl.reasons[1].todo.contains("Plan 2"));
    // Text from the deployment is shown, never obeyed.
    let gone = wave
        .unmoved
        .iter()
        .find(|u| u.user.contains("gone"))
        .unwrap();
    assert!(!gone.reasons[0].detail.contains('\u{1b}'));
    assert_eq!(
        progress.retry,
        [
            "sip:o'neil@fabrikam.com",
            "sip:carl@contoso.com",
            "sip:gone@contoso.com"
        ]
    );

    // The retry wave moved O'Neil: counted once, as moved, and not tried again.
    let two = results::read(&fixture("results-wave-1-retry.json"), &s, NOW).unwrap();
    let progress = results::progress(&[one, two]);
    assert_eq!(progress.total.moved, 3);
    assert_eq!(progress.total.failed, 0);
    assert_eq!(progress.total.not_ready, 2);
    assert_eq!(progress.retry.len(), 2);
}

#[test]
fn the_latest_report_of_a_wave_counts() {
    let s = settings();
    let older = results::read(&fixture("results-wave-1.json"), &s, NOW).unwrap();
    let mut newer = older.clone();
    newer.created_unix += 3600;
    for user in newer.users.iter_mut().flatten() {
        user.status = UserStatus::Moved;
    }
    let progress = results::progress(&[newer, older]);
    assert_eq!(progress.superseded, [1]);
    assert_eq!(progress.total.moved, 5);
    assert!(progress.retry.is_empty());
}

#[test]
fn wave_reports_of_other_deployments_or_forms_are_refused() {
    let s = settings();
    let text = fixture("results-wave-1.json");
    let mut other = s.clone();
    other.environment.sip_domains = vec!["northwind.com".into()];
    assert!(matches!(
        results::read(&text, &other, NOW),
        Err(WaveRefusal::OtherDeployment { .. })
    ));
    let doubled = text.replacen("\"wave\":  1,", "\"wave\":  1, \"wave\": 2,", 1);
    assert!(matches!(
        results::read(&doubled, &s, NOW),
        Err(WaveRefusal::DuplicateKey(_))
    ));
    let preflight = text.replace("hybrid-builder-wave-results", "hybrid-builder-report");
    assert_eq!(
        results::read(&preflight, &s, NOW),
        Err(WaveRefusal::NotOurs)
    );
    let newer = text.replace("\"schema_version\":  1", "\"schema_version\":  2");
    assert_eq!(
        results::read(&newer, &s, NOW),
        Err(WaveRefusal::NewerSchema(2))
    );
    assert_eq!(
        results::read(&text, &s, 1_764_900_000 - 2 * 86_400),
        Err(WaveRefusal::FromTheFuture)
    );
    let empty = text.replace("\"users\":  [", "\"users\":  [], \"unused\": [");
    assert_eq!(results::read(&empty, &s, NOW), Err(WaveRefusal::NoUsers));
    for refusal in [WaveRefusal::NotOurs, WaveRefusal::NoUsers] {
        assert!(!refusal.message().is_empty());
    }
    // A wave report does not go stale: a migration takes months.
    assert!(results::read(&text, &s, NOW + 200 * 86_400).is_ok());
}

/// Reads `text` in slices of `rows`, recording the progress after each: what a page does between
/// letting the browser draw.
fn read_sliced(
    text: &str,
    rows: usize,
) -> (Result<list::UserList, ListRefusal>, Vec<(usize, usize)>) {
    let mut reading = match list::Reading::start(text, &settings()) {
        Ok(reading) => reading,
        Err(refusal) => return (Err(refusal), Vec::new()),
    };
    let mut seen = Vec::new();
    while !reading.step(rows) {
        seen.push(reading.progress());
    }
    seen.push(reading.progress());
    (reading.finish(), seen)
}

#[test]
fn a_list_read_in_slices_is_the_list_read_at_once() {
    let fifty_thousand: String = std::iter::once("DisplayName,SipAddress\r\n".to_owned())
        .chain((0..50_000).map(|i| {
            let user = if i % 997 == 0 { 3 } else { i };
            format!("\"User {i}\",sip:user{user}@contoso.com\r\n")
        }))
        .collect();
    let many: String = (0..=list::MAX_ROWS)
        .map(|i| format!("u{i}@contoso.com\n"))
        .collect();
    let texts = [
        fixture("ad-export.csv"),
        fixture("pasted.txt"),
        fixture("upn-semicolon.csv"),
        fifty_thousand,
        many,
        String::new(),
        "Name,Dept\nAda,Sales\n".to_owned(),
        "SipAddress\nsip:ada@contoso.com\n\"sip:bob@contoso.com\n".to_owned(),
    ];
    for text in &texts {
        let whole = list::read(text, &settings());
        // Around the 200 rows the column is found from, and far past them.
        for rows in [1, 3, 199, 200, 201, 4096] {
            let (sliced, progress) = read_sliced(text, rows);
            assert_eq!(sliced, whole, "slices of {rows} rows");
            if whole.is_ok() {
                assert!(progress.windows(2).all(|w| w[0].0 <= w[1].0));
                let &(read, total) = progress.last().unwrap();
                assert_eq!(read, total, "the whole text is read");
            }
        }
    }
    let (list, progress) = read_sliced(&texts[3], 2000);
    let list = list.unwrap();
    // Rows 0, 997, 1994, … list user3 (51 of them): the first is kept, and row 3 repeats it.
    assert_eq!(list.users.len(), 50_000 - 51);
    assert_eq!(list.bad_rows.len(), 51);
    assert_eq!(
        progress.len(),
        26,
        "a slice per 2,000 of 50,000 rows, and the end"
    );
}
