//! Times each stage of the pipeline separately, to see where a keystroke's work goes.
use hybrid_model::handover::checklist::{checklist, document};
use hybrid_model::scripts::change;
use hybrid_model::{Cloud, Settings, plan, validate};
use std::time::Instant;

fn main() {
    let mut s = Settings::for_cloud(Cloud::GccHigh);
    s.environment.sip_domains = (0..20).map(|i| format!("domain{i}.contoso.com")).collect();
    s.environment.pilot_users = (0..20)
        .map(|i| format!("user{i}@domain0.contoso.com"))
        .collect();
    s.oauth.enabled = true;
    s.oauth.tenant_id = "6babcaad-604b-40ac-a9d7-9fd97c0b779f".into();
    s.oauth.certificate_path = "C:\\c.cer".into();
    let n = 2000;
    let time = |name: &str, f: &dyn Fn()| {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        println!(
            "{name:<12} {:>8.1} µs",
            t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
        );
    };
    time("validate", &|| drop(std::hint::black_box(validate(&s))));
    time("plan", &|| drop(std::hint::black_box(plan(&s))));
    time("on_prem", &|| {
        drop(std::hint::black_box(change::on_premises(&s)))
    });
    time("online", &|| drop(std::hint::black_box(change::online(&s))));
    time("document", &|| {
        drop(std::hint::black_box(document(&s, &plan(&s))))
    });
    time("checklist", &|| {
        drop(std::hint::black_box(checklist(&s, &plan(&s))))
    });
}
