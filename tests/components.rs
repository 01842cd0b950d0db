//! Component tests (wasm-bindgen-test), run in headless Chromium and in headless Firefox ESR by
//! `cargo xtask test`: the page as an admin meets it. Time is the test's: every test mounts the app
//! with the page's timers under a [`Clock`] it moves by hand, so no result depends on how fast or busy
//! the machine is.
#![cfg(target_arch = "wasm32")]

use hybrid_builder::app;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The page's timers under the test's control. `window.setTimeout` queues its callbacks until the test
/// calls [`Clock::advance`]; nothing fires on the machine's time. Installed before the app mounts, so
/// every timer the app starts is on it; dropping it puts the browser's own timers back (and a later
/// install does so first, should a failed test have skipped the drop). Timers still queued then are
/// dropped with it, so an earlier test's app can never fire into a later test.
#[must_use]
struct Clock;

const FAKE_CLOCK: &str = r#"(() => {
  if (window.__clock) window.__clock.restore();
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  const timers = new Map();
  let now = 0;
  let next = 1;
  window.setTimeout = (callback, delay, ...args) => {
    const id = next++;
    timers.set(id, { at: now + Math.max(0, Number(delay) || 0), callback, args });
    return id;
  };
  window.clearTimeout = (id) => { timers.delete(id); };
  window.__clock = {
    advance(ms) {
      const end = now + ms;
      for (;;) {
        let due;
        for (const [id, timer] of timers) {
          if (timer.at <= end && (!due || timer.at < due[1].at)) due = [id, timer];
        }
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback(...due[1].args);
      }
      now = end;
    },
    pending: () => timers.size,
    restore() {
      window.setTimeout = real.setTimeout;
      window.clearTimeout = real.clearTimeout;
      delete window.__clock;
    },
  };
})()"#;

impl Clock {
    fn install() -> Clock {
        js_sys::eval(FAKE_CLOCK).expect("the fake clock installs");
        Clock
    }

    /// Moves time forward, running each timer that falls due in order, then lets the page react.
    async fn advance(&self, ms: u32) {
        js_sys::eval(&format!("window.__clock.advance({ms})")).expect("timers run");
        settle().await;
    }

    /// How many timers wait for time to move.
    fn pending(&self) -> u32 {
        js_sys::eval("window.__clock.pending()")
            .ok()
            .and_then(|n| n.as_f64())
            .unwrap_or(0.0) as u32
    }
}

impl Drop for Clock {
    fn drop(&mut self) {
        let _ = js_sys::eval("window.__clock && window.__clock.restore()");
    }
}

/// Mounts the whole app into a fresh container, as a first visit does: no link, nothing saved, and
/// time standing still until the test moves it.
fn mount_app() -> (HtmlElement, Clock) {
    let clock = Clock::install();
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    app::mount(container.clone());
    (container, clock)
}

fn find<T: JsCast>(container: &HtmlElement, selector: &str) -> T {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into()
}

fn text(container: &HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
async fn unticking_partner_discovery_changes_the_command() {
    let (container, _clock) = mount_app();
    // The script's text is painted by an effect, which runs before the browser's first frame.
    settle().await;
    assert!(
        text(&container, "#panel-on-premises pre.script")
            .contains("EnablePartnerDiscovery = $true")
    );

    let input: HtmlInputElement = find(&container, "#f-edge-enable-partner-discovery");
    input.set_checked(false);
    fire(&input, "change");
    settle().await;

    assert!(
        text(&container, "#panel-on-premises pre.script")
            .contains("EnablePartnerDiscovery = $false")
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn error_summary_lists_the_error_and_its_link_focuses_the_field() {
    let (container, _clock) = mount_app();
    assert!(
        container
            .query_selector(".error-summary")
            .unwrap()
            .is_none(),
        "no errors by default"
    );

    let input: HtmlInputElement = find(&container, "#f-hosting-provider-proxy-fqdn");
    input.set_value("https://sipfed.online.lync.com");
    fire(&input, "input");
    settle().await;

    let summary = text(&container, ".error-summary");
    assert!(summary.contains("There is a problem: 1 error"), "{summary}");
    assert!(summary.contains("remove the scheme"), "{summary}");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&container, "#f-hosting-provider-proxy-fqdn-messages").contains("HB101"));
    assert!(text(&container, "#panel-on-premises").contains("Copy and download are off"));

    let link: HtmlElement = find(&container, ".error-summary a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#f-hosting-provider-proxy-fqdn")
    );
    link.click();
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.id(), "f-hosting-provider-proxy-fqdn");

    input.set_value("sipfed.online.lync.com");
    fire(&input, "input");
    settle().await;
    assert!(
        container
            .query_selector(".error-summary")
            .unwrap()
            .is_none(),
        "fixing the field clears the summary"
    );
    container.remove();
}

/// Headless Chromium under the test runner cannot be granted clipboard permission, so the Clipboard
/// API is replaced by a recorder; the end-to-end suite copies through the real clipboard.
fn record_clipboard() {
    js_sys::eval(
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: \
         { writeText: (text) => { window.__copied = text; return Promise.resolve(); } } })",
    )
    .unwrap();
}

fn recorded_clipboard() -> String {
    js_sys::eval("window.__copied || ''")
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn copy_shows_copied_and_announces_it_for_two_seconds() {
    record_clipboard();
    let (container, clock) = mount_app();
    let button: HtmlElement = find(&container, "#panel-on-premises .actions button");
    assert_eq!(button.text_content().as_deref(), Some("Copy"));
    button.click();
    // The copy awaits the clipboard's promise: microtasks, not time.
    settle().await;
    assert_eq!(button.text_content().as_deref(), Some("Copied"));
    assert_eq!(
        text(&container, "[role=status]"),
        "Copied the on-premises script to the clipboard."
    );
    assert_eq!(
        recorded_clipboard(),
        text(&container, "#panel-on-premises pre.script")
    );
    clock.advance(1999).await;
    assert_eq!(
        button.text_content().as_deref(),
        Some("Copied"),
        "the Copied state lasts two seconds"
    );
    clock.advance(1).await;
    assert_eq!(
        button.text_content().as_deref(),
        Some("Copy"),
        "the Copied state ends after two seconds"
    );
    container.remove();
}

/// Sets a text control's value as typing would, and lets the page react.
async fn type_value(container: &HtmlElement, selector: &str, value: &str) {
    let control: web_sys::Element = find(container, selector);
    js_sys::Reflect::set(&control, &"value".into(), &value.into()).unwrap();
    fire(&control, "input");
    settle().await;
}

#[wasm_bindgen_test]
async fn the_script_is_edited_in_place_and_stays_the_model_s_text() {
    let (container, clock) = mount_app();
    settle().await;
    let body = "#panel-on-premises pre.script code > span:last-child";
    // The fold renders its field once open; a details element says so in a `toggle` event, a task.
    let fold: web_sys::Element = find(&container, "#section-pilot");
    let toggled = js_sys::Promise::new(&mut |resolve, _| {
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        fold.add_event_listener_with_callback_and_add_event_listener_options(
            "toggle", &resolve, &once,
        )
        .unwrap();
    });
    find::<HtmlElement>(&container, "#section-pilot > summary").click();
    wasm_bindgen_futures::JsFuture::from(toggled).await.unwrap();
    settle().await;
    // Characters beyond ASCII, one outside the Basic Multilingual Plane (two UTF-16 units), before
    // and after the places edited: the page counts offsets in UTF-16 units, the model in bytes.
    // (Such a pilot user is refused with a message, and the script still shows what it would be.)
    let pilots = "#f-environment-pilot-users";
    type_value(&container, pilots, "zo\u{eb}\u{1f600}@contoso.com").await;
    let first: web_sys::Node = find::<web_sys::Element>(&container, body)
        .first_child()
        .and_then(|block| block.first_child())
        .expect("the script has text");
    type_value(
        &container,
        pilots,
        "zo\u{eb}\u{1f600}@contoso.com\nbo@contoso.com",
    )
    .await;
    type_value(&container, "#f-hosting-provider-identity", "Provider2").await;
    type_value(
        &container,
        pilots,
        "zo\u{eb}\u{1f600}@contoso.com\nb\u{f6}@contoso.com",
    )
    .await;
    type_value(&container, "#f-hosting-provider-identity", "P2").await;
    let shown: web_sys::Element = find(&container, body);
    assert!(
        shown.child_nodes().length() > 1,
        "the script is a few blocks of some lines each"
    );
    assert!(
        shown
            .first_child()
            .and_then(|block| block.first_child())
            .as_ref()
            == Some(&first),
        "the text nodes are edited, not replaced: a selection in the script stays"
    );
    // The settings as the page keeps them once typing pauses, rendered by the model.
    clock.advance(400).await;
    let settings = hybrid_model::procedure::share::from_storage(&saved_settings()).settings;
    assert_eq!(
        text(&container, "#panel-on-premises pre.script"),
        hybrid_model::scripts::change::on_premises(&settings).text()
    );
    container.remove();
}

fn location_hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn saved_settings() -> String {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("hybrid-builder.settings")
        .unwrap()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_link_and_the_saved_copy_are_written_once_typing_pauses() {
    let (container, clock) = mount_app();
    settle().await;
    let before = location_hash();
    let input: HtmlInputElement = find(&container, "#f-hosting-provider-identity");
    // A typist's pace: 100 ms between keys, each gap shorter than the 400 ms pause.
    let mut typed = String::new();
    for (i, key) in "Office365".chars().enumerate() {
        if i > 0 {
            clock.advance(100).await;
        }
        typed.push(key);
        input.set_value(&typed);
        fire(&input, "input");
        settle().await;
    }
    assert!(
        text(&container, "#panel-on-premises pre.script").contains("Identity = 'Office365'"),
        "the script follows every keystroke"
    );
    assert_eq!(location_hash(), before, "no rewrite while typing");
    assert!(
        !saved_settings().contains("Office365"),
        "no save while typing"
    );
    clock.advance(399).await;
    assert_eq!(
        location_hash(),
        before,
        "no rewrite before the pause is over"
    );
    clock.advance(1).await;
    // The link's exact form is the share tests' business; here, that it came at the pause.
    let written = location_hash();
    assert!(
        written.contains("&hosting_provider.identity=Office365"),
        "{written}"
    );
    assert!(
        saved_settings().contains("\"Office365\""),
        "{}",
        saved_settings()
    );
    assert_eq!(clock.pending(), 0, "one pause, one write");
    container.remove();
}
