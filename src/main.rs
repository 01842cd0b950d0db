//! Entry point of the page: everything lives in the library so components can be tested in a browser.

fn main() {
    hybrid_builder::start();
}
