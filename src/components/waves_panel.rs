//! After the window: the user list split into waves (each wave's `Move-CsUser -UserList` file and
//! script to download), the wave reports read back (progress, what to do per failure, the users to
//! try again), and the cut-over, offered only when the check report shows no more users homed on
//! premises than accepted. The user list is personal data: it stays in this tab's memory, never
//! in a share link or storage.

use hybrid_model::Settings;
use hybrid_model::procedure::naming::{file_name, script_bytes};
use hybrid_model::report::cutover::{self, CheckReport, Decision};
use hybrid_model::scripts::cutover as cutover_scripts;
use hybrid_model::waves::list::{self, UserList};
use hybrid_model::waves::results::{self, UserStatus, WaveReport};
use hybrid_model::waves::{self, DEFAULT_WAVE_SIZE, MAX_WAVE_SIZE};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::persistence;
use crate::reactive::{fold_in, handler, live, memo, on_toggle, when};
use crate::state::use_state;
use crate::text as t;

const ID: &str = "waves";
/// The most rows read between two yields to the browser; a slice also ends once it took
/// [`SLICE_MS`], so a slow machine yields as often as it needs to draw and take input.
const SLICE_ROWS: usize = 2_000;
/// What a slice of the list may take before the browser gets its turn (a frame is 16 ms).
const SLICE_MS: f64 = 8.0;
/// Rows read between two looks at the clock.
const BITE_ROWS: usize = 100;
/// Rows left out shown at once; the rest are counted.
const SHOWN_ROWS: usize = 100;

/// The files picked in a file input, and the input cleared for the next pick.
fn picked(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|f| (0..f.length()).filter_map(|i| f.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// Reads each file the event picked and hands its name and text to `take`, which keeps what it
/// read or says why not; `notes` then holds one line a file: loaded, refused with the reason, or
/// unreadable.
fn read_picked<F, Fut>(ev: &leptos::ev::Event, notes: RwSignal<Vec<String>>, mut take: F)
where
    F: FnMut(String, String) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let files = picked(ev);
    leptos::task::spawn_local(async move {
        let mut said = Vec::new();
        for file in files {
            let name = file.name();
            match persistence::read_file(file).await {
                Ok(text) => match take(name.clone(), text).await {
                    Ok(()) => said.push(t::preflight_loaded(&name, None)),
                    Err(why) => said.push(t::preflight_refused(&name, &why)),
                },
                Err(unread) => said.push(unread),
            }
        }
        notes.set(said);
    });
}

/// Reads a user list a slice at a time, yielding to the browser between slices so the page keeps
/// drawing and taking input (50,000 rows took 1.4 s in one piece); `reading` says how far it is.
async fn read_in_slices(
    name: &str,
    text: &str,
    settings: RwSignal<Settings>,
    reading: RwSignal<Option<(String, usize)>>,
) -> Result<UserList, list::ListRefusal> {
    let mut list = settings.with_untracked(|s| list::Reading::start(text, s))?;
    loop {
        let start = browser::now_ms();
        let mut rows = 0;
        let done = loop {
            let done = list.step(BITE_ROWS);
            rows += BITE_ROWS;
            if done || rows >= SLICE_ROWS || browser::now_ms() - start > SLICE_MS {
                break done;
            }
        };
        if done {
            break;
        }
        let (at, total) = list.progress();
        reading.set(Some((name.to_owned(), at * 100 / total.max(1))));
        browser::yield_to_browser().await;
    }
    reading.set(None);
    list.finish()
}

fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

fn number(ev: &leptos::ev::Event, max: u64) -> Option<u64> {
    event_target_value(ev)
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|n| *n <= max)
}

/// The waves and cut-over panel.
#[component]
pub fn WavesPanel() -> impl IntoView {
    let state = use_state();
    let (settings, folds) = (state.settings, state.folds);
    // The wave and cut-over scripts change the deployment: like the change scripts, they are not
    // offered while the settings have errors (placeholders of a link without names included).
    let errors = memo(move || state.report.with(|r| r.errors().count()));
    let blocked = move || {
        crate::components::output_panel::blocked_note(
            t::waves_blocked(errors.get()),
            "error-summary",
            "error-summary",
            t::SEE_ERRORS.text(),
        )
    };
    let users = RwSignal::new(None::<UserList>);
    let size = RwSignal::new(DEFAULT_WAVE_SIZE);
    let wave = RwSignal::new(1usize);
    let reports = RwSignal::new(Vec::<WaveReport>::new());
    let check = RwSignal::new(None::<CheckReport>);
    let accept = RwSignal::new(0u64);
    let notes = RwSignal::new(Vec::<String>::new());
    // The list being read (its file name) and how far, in percent.
    let reading = RwSignal::new(None::<(String, usize)>);

    let on_list = move |ev: leptos::ev::Event| {
        read_picked(&ev, notes, move |name, text| async move {
            let read = read_in_slices(&name, &text, settings, reading)
                .await
                .map_err(|refusal| refusal.message())?;
            users.set(Some(read));
            wave.set(1);
            Ok(())
        });
    };
    let on_results = move |ev: leptos::ev::Event| {
        read_picked(&ev, notes, move |_, text| async move {
            let read = settings
                .with_untracked(|s| results::read(&text, s, now_unix()))
                .map_err(|refusal| refusal.message())?;
            reports.update(|r| {
                if !r.contains(&read) {
                    r.push(read);
                }
            });
            Ok(())
        });
    };
    let on_check = move |ev: leptos::ev::Event| {
        read_picked(&ev, notes, move |_, text| async move {
            let read = settings
                .with_untracked(|s| cutover::read(&text, s, now_unix()))
                .map_err(|refusal| refusal.message())?;
            check.set(Some(read));
            Ok(())
        });
    };

    let wave_count =
        move || users.with(|u| u.as_ref().map_or(0, |u| u.users.len().div_ceil(size.get())));
    let download_wave = move |script: bool| {
        if script && errors.get_untracked() > 0 {
            return;
        }
        let number = wave.get_untracked();
        let file = users.with_untracked(|u| {
            let u = u.as_ref()?;
            let chosen = waves::waves(u, size.get_untracked())
                .into_iter()
                .find(|w| w.number == number)?;
            settings.with_untracked(|s| {
                Some(if script {
                    (
                        waves::script_file(number, s),
                        script_bytes(&hybrid_model::scripts::waves::wave(s, number).text()),
                    )
                } else {
                    (
                        waves::users_file(number, s),
                        waves::user_file(chosen.users, u.column.kind).into_bytes(),
                    )
                })
            })
        });
        if let Some((name, bytes)) = file {
            browser::download(&name, "text/plain;charset=utf-8", &bytes);
        }
    };
    let progress = memo(move || reports.with(|r| results::progress(r)));
    let download_retry = move |_| {
        let entries = progress.with_untracked(|p| p.retry.join(","));
        let name = settings.with_untracked(waves::retry_file);
        browser::download(&name, "text/plain;charset=utf-8", entries.as_bytes());
    };
    let download_cutover = move |which: &'static str| {
        if which != "check" && errors.get_untracked() > 0 {
            return;
        }
        let accepted = usize::try_from(accept.get_untracked()).unwrap_or(usize::MAX);
        let (name, text) = settings.with_untracked(|s| match which {
            "check" => (
                cutover_scripts::CHECK_FILE,
                cutover_scripts::check(s).text(),
            ),
            "online" => (
                cutover_scripts::ONLINE_FILE,
                cutover_scripts::online(s, accepted).text(),
            ),
            _ => (
                cutover_scripts::ON_PREMISES_FILE,
                cutover_scripts::on_premises(s, accepted).text(),
            ),
        });
        let name = settings.with_untracked(|s| file_name(name, s));
        browser::download(&name, "text/plain;charset=utf-8", &script_bytes(&text));
    };
    let decision =
        memo(move || check.with(|c| c.as_ref().map(|c| cutover::decide(c, accept.get()))));

    let list_view = move || {
        users.with(|u| {
            u.as_ref().map(|u| {
                let bad = u.bad_rows.len();
                let rows = u
                    .bad_rows
                    .iter()
                    .take(SHOWN_ROWS)
                    .map(|b| view! { <li>{b.message()}</li> })
                    .collect_view();
                let more = (bad > SHOWN_ROWS).then(|| view! { <li>{t::show_more_items(bad - SHOWN_ROWS)}</li> });
                view! {
                    <p id="waves-summary">{t::WavesSummary { users: u.users.len(), waves: u.users.len().div_ceil(size.get()), bad }.text()}</p>
                    <ul class="notices" id="waves-bad-rows">{rows}{more}</ul>
                }
            })
        })
    };
    let progress_rows = move || {
        progress.with(|p| {
            let row = |label: String, c: &results::Counts| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{c.moved}</td>
                        <td>{c.failed}</td>
                        <td>{c.not_ready}</td>
                        <td>{c.remaining()}</td>
                    </tr>
                }
            };
            let mut rows: Vec<_> = p
                .waves
                .iter()
                .map(|w| row(format!("{:03}", w.wave), &w.counts))
                .collect();
            rows.push(row(t::WAVES_ALL.text().to_owned(), &p.total));
            rows.collect_view()
        })
    };
    let unmoved = move || {
        progress.with(|p| {
            p.waves
                .iter()
                .flat_map(|w| w.unmoved.iter().filter(|u| u.status != UserStatus::Ready))
                .map(|u| {
                    let reasons = u
                        .reasons
                        .iter()
                        .map(|r| view! { <li><code>{r.code.clone()}</code> " " {r.detail.clone()} " — " {r.todo}</li> })
                        .collect_view();
                    view! { <li class="finding finding-fail"><strong>{u.status.label()}</strong> " " {u.user.clone()}<ul>{reasons}</ul></li> }
                })
                .collect_view()
        })
    };

    let element = NodeRef::new();
    let has_content = move || {
        users.with(Option::is_some)
            || reading.with(Option::is_some)
            || reports.with(|r| !r.is_empty())
            || check.with(Option::is_some)
            || notes.with(|n| !n.is_empty())
    };
    fold_in(folds, ID, element, has_content, move || {
        view! {
            <p class="help">{t::WAVES_WHY.text()}</p>
            <ul class="notices" aria-live="polite" id="waves-notices">
                {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            <h3>{t::WAVES_USERS.text()}</h3>
            <div class="dropzone">
                <label for="waves-list">{t::WAVES_LOAD_LIST.text()}</label> " "
                <input type="file" id="waves-list" accept=".csv,.txt,text/csv,text/plain" on:change=handler(on_list) />
            </div>
            <div class="field">
                <label for="waves-size">{t::WAVES_SIZE.text()}</label>
                <input type="number" id="waves-size" min="1" max=MAX_WAVE_SIZE.to_string() prop:value=live(move || size.get().to_string())
                    on:change=handler(move |ev: leptos::ev::Event| if let Some(n) = number(&ev, MAX_WAVE_SIZE as u64).filter(|n| *n > 0) { size.set(n as usize); wave.set(1); }) />
            </div>
            {when(move || reading.with(Option::is_some), move || {
                let label = move || reading.with(|r| r.as_ref().map(|(name, percent)| t::WavesReading { name: name.as_str(), percent: *percent }.text()).unwrap_or_default());
                let value = move || reading.with(|r| r.as_ref().map_or(0, |(_, p)| *p)).to_string();
                view! {
                    <p class="reading" id="waves-reading" role="status">
                        <label for="waves-reading-bar">{live(label)}</label> " "
                        <progress id="waves-reading-bar" max="100" value=live(value)></progress>
                    </p>
                }.into_any()
            })}
            {list_view}
            {when(move || wave_count() > 0, move || view! {
                <div class="field">
                    <label for="waves-number">{t::WAVES_WAVE.text()}</label>
                    <input type="number" id="waves-number" min="1" max=live(move || wave_count().to_string()) prop:value=live(move || wave.get().to_string())
                        on:change=handler(move |ev: leptos::ev::Event| if let Some(n) = number(&ev, wave_count() as u64).filter(|n| *n > 0) { wave.set(n as usize); }) />
                </div>
                <div class="actions">
                    <button type="button" class="button button-secondary" id="waves-download-users" on:click=handler(move |_| download_wave(false))>{t::WAVES_DOWNLOAD_USERS.text()}</button>
                    {when(move || errors.get() == 0, move || view! {
                        <button type="button" class="button button-secondary" id="waves-download-script" on:click=handler(move |_| download_wave(true))>{t::WAVES_DOWNLOAD_SCRIPT.text()}</button>
                    }.into_any())}
                </div>
                {when(move || errors.get() > 0, blocked)}
            }.into_any())}
            <h3>{t::WAVES_RESULTS.text()}</h3>
            <div class="dropzone">
                <label for="waves-results">{t::WAVES_LOAD_RESULTS.text()}</label> " "
                <input type="file" id="waves-results" accept=".json,application/json" multiple on:change=handler(on_results) />
            </div>
            {when(move || reports.with(|r| !r.is_empty()), move || view! {
                <table class="changes" id="waves-progress">
                    <thead><tr>
                        <th scope="col">{t::WAVES_WAVE.text()}</th>
                        <th scope="col">{t::WAVES_MOVED.text()}</th>
                        <th scope="col">{t::WAVES_FAILED.text()}</th>
                        <th scope="col">{t::WAVES_NOT_READY.text()}</th>
                        <th scope="col">{t::WAVES_REMAINING.text()}</th>
                    </tr></thead>
                    <tbody>{progress_rows}</tbody>
                </table>
                <ul class="findings" id="waves-unmoved">{unmoved}</ul>
                {when(move || progress.with(|p| !p.retry.is_empty()), move || view! {
                    <button type="button" class="button button-secondary" id="waves-download-retry" on:click=handler(download_retry)>{t::WAVES_DOWNLOAD_RETRY.text()}</button>
                }.into_any())}
            }.into_any())}
            <h3>{t::WAVES_CUTOVER.text()}</h3>
            <p class="help">{t::WAVES_CUTOVER_WHY.text()}</p>
            <div class="actions">
                <button type="button" class="button button-secondary" id="cutover-download-check" on:click=handler(move |_| download_cutover("check"))>{t::WAVES_DOWNLOAD_CHECK.text()}</button>
            </div>
            <div class="dropzone">
                <label for="cutover-check">{t::WAVES_LOAD_CHECK.text()}</label> " "
                <input type="file" id="cutover-check" accept=".json,application/json" on:change=handler(on_check) />
            </div>
            <div class="field">
                <label for="cutover-accept">{t::WAVES_ACCEPT.text()}</label>
                <input type="number" id="cutover-accept" min="0" prop:value=live(move || accept.get().to_string())
                    on:change=handler(move |ev: leptos::ev::Event| if let Some(n) = number(&ev, 1_000_000) { accept.set(n); }) />
            </div>
            <p id="cutover-decision">{move || decision.get().map(|d| d.message(accept.get()))}</p>
            {when(move || decision.with(|d| d == &Some(Decision::Offered)) && errors.get() > 0, blocked)}
            {when(move || decision.with(|d| d == &Some(Decision::Offered)) && errors.get() == 0, move || view! {
                <div class="actions">
                    <button type="button" class="button" id="cutover-download-online" on:click=handler(move |_| download_cutover("online"))>{t::WAVES_DOWNLOAD_ONLINE.text()}</button>
                    <button type="button" class="button" id="cutover-download-on-premises" on:click=handler(move |_| download_cutover("on-premises"))>{t::WAVES_DOWNLOAD_ON_PREM.text()}</button>
                </div>
            }.into_any())}
        }
    });
    view! {
        <details class="preflight report-panel" id=ID node_ref=element
            prop:open=live(move || has_content() || untrack(|| folds.is_open(ID)))
            on:toggle=on_toggle(folds, ID)>
            <summary><h2 id="waves-title">{t::WAVES_TITLE.text()}</h2></summary>
        </details>
    }
}
