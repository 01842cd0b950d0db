//! Native time of the whole pipeline for a full settings value: validate + plan + render.

use criterion::{Criterion, criterion_group, criterion_main};
use hybrid_model::handover::checklist::checklist;
use hybrid_model::scripts::change;
use hybrid_model::{Cloud, Settings, plan, validate};
use std::hint::black_box;

fn full_settings() -> Settings {
    let mut s = Settings::for_cloud(Cloud::GccHigh);
    s.connection.admin_upn = "admin@contoso.com".into();
    s.environment.sip_domains = (0..20).map(|i| format!("domain{i}.contoso.com")).collect();
    s.environment.edge_external_fqdn = "sip.domain0.contoso.com".into();
    s.environment.registrar_pool_fqdn = "pool01.contoso.com".into();
    s.environment.pilot_users = (0..20)
        .map(|i| format!("user{i}@domain0.contoso.com"))
        .collect();
    s.oauth.enabled = true;
    s.oauth.tenant_id = "6babcaad-604b-40ac-a9d7-9fd97c0b779f".into();
    s.oauth.certificate_path = "C:\\certs\\oauth.cer".into();
    s
}

fn pipeline(c: &mut Criterion) {
    let settings = full_settings();
    c.bench_function("validate + plan + render (full settings)", |b| {
        b.iter(|| {
            let s = black_box(&settings);
            let report = validate(s);
            let plan = plan(s);
            let on_prem = change::on_premises(s);
            let online = change::online(s);
            let md = checklist(s, &plan);
            black_box((report, on_prem, online, md))
        })
    });
}

/// What every keystroke still costs the model with long lists, whose outputs follow typing only
/// once it pauses: validation (messages next to the fields) and the link the address bar will show.
fn long_lists(c: &mut Criterion) {
    let mut s = full_settings();
    s.environment.sip_domains = (0..50).map(|i| format!("domain{i}.contoso.com")).collect();
    s.environment.pilot_users = (0..2000)
        .map(|i| format!("user{i}@domain{}.contoso.com", i % 50))
        .collect();
    let options = hybrid_model::procedure::share::LinkOptions::default();
    c.bench_function("keystroke with 2,000 pilots: validate", |b| {
        b.iter(|| black_box(validate(black_box(&s))))
    });
    c.bench_function("2,000 pilots: on-premises script", |b| {
        b.iter(|| black_box(change::on_premises(black_box(&s))))
    });
    c.bench_function("2,000 pilots: online script", |b| {
        b.iter(|| black_box(change::online(black_box(&s))))
    });
    c.bench_function("2,000 pilots: plan + checklist", |b| {
        b.iter(|| black_box(checklist(black_box(&s), &plan(&s))))
    });
    c.bench_function("keystroke with 2,000 pilots: share link", |b| {
        b.iter(|| {
            black_box(hybrid_model::procedure::share::to_fragment(
                black_box(&s),
                &options,
            ))
        })
    });
}

criterion_group!(benches, pipeline, long_lists);
criterion_main!(benches);
