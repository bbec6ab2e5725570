//! Every view's address, in one place: the [`Route`] type, the hash it is
//! written as and read from, moving to it, and following the address bar.
//!
//! Routes are hash routes written by hand (`#/explore/koriyama/kakaricho/kacho`):
//! the fragment never reaches a server, deep links work from `file://` in
//! the one-file build, and a router crate would cost more than this file.
//! The address bar is the one source of truth: [`navigate`] only sets the
//! hash, and the hashchange listener ([`use_route_listener`]) reports the
//! route, so no caller and no reducer arm sets the route beside it.

use michishirube::core::id::Id;
use yew::prelude::*;

/// Where the user is. Every view has a hash URL (see [`Route::to_hash`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of bodies.
    Home,
    /// One body's framework.
    Body(Id),
    /// Choosing track and grades.
    Setup,
    /// Rating the items.
    Rate,
    /// Gaps, chart and summary.
    Results,
    /// Saved snapshots.
    History,
    /// One saved snapshot's results.
    Snapshot(u32),
    /// Suggested offerings for a body.
    Suggest(Id),
    /// A body's career path, with "you are here".
    Career(Id),
    /// The personal plan and its timeline.
    Plan,
    /// One A4 page for the 1on1 / 自己申告 interview.
    Print,
    /// The framework explorer, optionally with two grades side by side.
    Explore(Id, Option<(Id, Id)>),
    /// A body's demo persona.
    Demo(Id),
    /// What a recruit needs before entering service.
    PreEntry(Id),
    /// The engagement self-check against a body's published survey.
    Survey(Id),
    /// Trainer tools: guest session, projector mode, QR code.
    Workshop,
    /// The bodies of one prefecture (JIS code), when there are too many
    /// bodies to list at start-up.
    Prefecture(String),
    /// The accessibility statement.
    Accessibility,
    /// For HR offices: bring a body's framework (template, import, export).
    Author,
    /// For HR offices: 組織の傾向, the trends of many staff files handed
    /// in, for a body once one is chosen.
    Office(Option<Id>),
    /// The 1on1 面談 with a supervisor: share, hand over, compare.
    Meeting(Meeting),
    /// A share received: from its address (`#/review/1.…`), or pasted or
    /// chosen as a file (`#/review`).
    Review(Option<String>),
    /// Start a self-assessment of a body and track: the link a body's
    /// published page (static HTML, no app) gives into the app. Arriving
    /// here starts it and moves on to choosing grades, or, for a recruit
    /// (`pre_entry`), straight to rating as one before entry.
    Start {
        /// The body.
        body: Id,
        /// The job track.
        track: Id,
        /// A recruit's baseline rating before entry (内定者).
        pre_entry: bool,
    },
}

/// The pages of the 1on1 面談.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meeting {
    /// Make a share of the assessment for a supervisor.
    Share,
    /// The supervisor rates on this device, the person's own ratings hidden.
    Handover,
    /// The self-rating beside a supervisor's review (the latest, or one).
    Compare(Option<u32>),
}

impl Route {
    /// Parses `#/…` (an unknown hash is the home page). What follows a `?`
    /// is not part of the route (see [`section_of`]).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split('?').next().unwrap_or_default();
        let mut parts = path.split('/');
        let id = |s: &str, f: fn(Id) -> Route| Id::parse(s).map_or(Route::Home, f);
        match (parts.next(), parts.next()) {
            (Some("body"), Some(s)) => id(s, Route::Body),
            (Some("assess"), Some("setup")) => Route::Setup,
            (Some("assess"), Some("rate")) => Route::Rate,
            (Some("assess"), Some("results")) => Route::Results,
            (Some("history"), None) => Route::History,
            (Some("history"), Some(n)) => n.parse().map_or(Route::History, Route::Snapshot),
            (Some("suggest"), Some(s)) => id(s, Route::Suggest),
            (Some("career"), Some(s)) => id(s, Route::Career),
            (Some("plan"), None) => Route::Plan,
            (Some("print"), None) => Route::Print,
            (Some("explore"), Some(s)) => match Id::parse(s) {
                Ok(body) => {
                    let pair = match (parts.next().map(Id::parse), parts.next().map(Id::parse)) {
                        (Some(Ok(a)), Some(Ok(b))) => Some((a, b)),
                        _ => None,
                    };
                    Route::Explore(body, pair)
                }
                Err(_) => Route::Home,
            },
            (Some("demo"), Some(s)) => id(s, Route::Demo),
            (Some("pre-entry"), Some(s)) => id(s, Route::PreEntry),
            (Some("survey"), Some(s)) => id(s, Route::Survey),
            (Some("workshop"), None) => Route::Workshop,
            (Some("accessibility"), None) => Route::Accessibility,
            (Some("author"), None) => Route::Author,
            (Some("office"), None) => Route::Office(None),
            (Some("office"), Some(s)) => id(s, |b| Route::Office(Some(b))),
            (Some("meeting"), None) => Route::Meeting(Meeting::Share),
            (Some("meeting"), Some("handover")) => Route::Meeting(Meeting::Handover),
            (Some("meeting"), Some("compare")) => {
                Route::Meeting(Meeting::Compare(parts.next().and_then(|n| n.parse().ok())))
            }
            (Some("start"), Some(b)) => match (Id::parse(b), parts.next().map(Id::parse)) {
                (Ok(body), Some(Ok(track))) => Route::Start {
                    body,
                    track,
                    pre_entry: parts.next() == Some("pre-entry"),
                },
                _ => Route::Home,
            },
            (Some("review"), None) => Route::Review(None),
            // An empty share (`#/review/`) is opened too, to say it is empty.
            (Some("review"), Some(payload)) => Route::Review(Some(payload.to_owned())),
            (Some("pref"), Some(code))
                if code.len() == 2 && code.chars().all(|c| c.is_ascii_digit()) =>
            {
                Route::Prefecture(code.to_owned())
            }
            _ => Route::Home,
        }
    }

    /// The hash for this route.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Body(id) => format!("#/body/{id}"),
            Route::Setup => "#/assess/setup".into(),
            Route::Rate => "#/assess/rate".into(),
            Route::Results => "#/assess/results".into(),
            Route::History => "#/history".into(),
            Route::Snapshot(n) => format!("#/history/{n}"),
            Route::Suggest(id) => format!("#/suggest/{id}"),
            Route::Career(id) => format!("#/career/{id}"),
            Route::Plan => "#/plan".into(),
            Route::Print => "#/print".into(),
            Route::Explore(id, None) => format!("#/explore/{id}"),
            Route::Explore(id, Some((a, b))) => format!("#/explore/{id}/{a}/{b}"),
            Route::Demo(id) => format!("#/demo/{id}"),
            Route::PreEntry(id) => format!("#/pre-entry/{id}"),
            Route::Survey(id) => format!("#/survey/{id}"),
            Route::Workshop => "#/workshop".into(),
            Route::Prefecture(code) => format!("#/pref/{code}"),
            Route::Accessibility => "#/accessibility".into(),
            Route::Author => "#/author".into(),
            Route::Office(None) => "#/office".into(),
            Route::Office(Some(id)) => format!("#/office/{id}"),
            Route::Meeting(Meeting::Share) => "#/meeting".into(),
            Route::Meeting(Meeting::Handover) => "#/meeting/handover".into(),
            Route::Meeting(Meeting::Compare(None)) => "#/meeting/compare".into(),
            Route::Meeting(Meeting::Compare(Some(n))) => format!("#/meeting/compare/{n}"),
            Route::Review(None) => "#/review".into(),
            Route::Review(Some(p)) => format!("#/review/{p}"),
            Route::Start {
                body,
                track,
                pre_entry,
            } => {
                let recruit = if *pre_entry { "/pre-entry" } else { "" };
                format!("#/start/{body}/{track}{recruit}")
            }
        }
    }

    /// The hash of a section of this route's page: `#/body/koriyama?to=offerings`.
    /// The route stays the same, so following it only moves within the page.
    pub fn section_hash(&self, section: &str) -> String {
        format!("{}?to={section}", self.to_hash())
    }

    /// Whether the route shows the person's own data, which projector mode hides.
    pub fn is_personal(&self) -> bool {
        matches!(
            self,
            Route::Setup
                | Route::Rate
                | Route::Results
                | Route::History
                | Route::Snapshot(_)
                | Route::Plan
                | Route::Print
                | Route::Meeting(_)
                | Route::Review(_)
        )
    }

    /// The body this route's page is about, if it names one.
    pub fn body(&self) -> Option<&Id> {
        match self {
            Route::Body(id)
            | Route::Suggest(id)
            | Route::Career(id)
            | Route::Explore(id, _)
            | Route::Demo(id)
            | Route::PreEntry(id)
            | Route::Survey(id)
            | Route::Office(Some(id))
            | Route::Start { body: id, .. } => Some(id),
            _ => None,
        }
    }
}

/// The section a hash points to within its page (`…?to=offerings`), if any.
pub fn section_of(hash: &str) -> Option<&str> {
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|kv| kv.strip_prefix("to="))
        .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// The address bar's hash (`#/…`), or an empty string.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Moves to a route by setting the address; the hashchange listener then
/// reports it (see [`use_route_listener`]).
pub fn navigate(route: &Route) {
    if let Some(loc) = web_sys::window().map(|w| w.location()) {
        let _ = loc.set_hash(&route.to_hash());
    }
}

/// Calls `on_route` with the new route whenever the address bar's hash
/// changes, for as long as the component is mounted.
#[hook]
pub fn use_route_listener(on_route: Callback<Route>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "hashchange", move |_| {
                on_route.emit(Route::from_hash(&current_hash()))
            })
        });
        move || drop(listener)
    });
}

/// Scrolls to a section of the page and moves focus to it, without
/// changing the address: the page's table of contents uses it, and a deep
/// link with `?to=` lands there.
pub fn go_to_section(id: &str) {
    let doc = gloo::utils::document();
    let Some(el) = doc.get_element_by_id(id) else {
        return;
    };
    el.scroll_into_view();
    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
        let _ = el.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::parse(s).expect("test id")
    }

    fn every_route() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Body(id("koriyama")),
            Route::Setup,
            Route::Rate,
            Route::Results,
            Route::History,
            Route::Snapshot(7),
            Route::Suggest(id("hamamatsu")),
            Route::Career(id("aomori-pref")),
            Route::Plan,
            Route::Print,
            Route::Explore(id("koriyama"), None),
            Route::Explore(id("koriyama"), Some((id("kakaricho"), id("kacho")))),
            Route::Demo(id("aomori-city")),
            Route::PreEntry(id("hamamatsu")),
            Route::Survey(id("koriyama")),
            Route::Workshop,
            Route::Prefecture("07".into()),
            Route::Accessibility,
            Route::Author,
            Route::Office(None),
            Route::Office(Some(id("koriyama"))),
            Route::Meeting(Meeting::Share),
            Route::Meeting(Meeting::Handover),
            Route::Meeting(Meeting::Compare(None)),
            Route::Meeting(Meeting::Compare(Some(2))),
            Route::Review(None),
            Route::Review(Some("1.eNqrVkrOzy0oSi0uTlWyUlAqS8wpTVWqBQBbUQfM".into())),
            Route::Start {
                body: id("koriyama"),
                track: id("general"),
                pre_entry: false,
            },
            Route::Start {
                body: id("hamamatsu"),
                track: id("gyosei"),
                pre_entry: true,
            },
        ]
    }

    #[test]
    fn every_route_survives_being_written_to_a_hash_and_read_back() {
        let routes = every_route();
        // The list above must name every variant: a new variant added to
        // Route without a case here fails to compile in this match.
        for r in &routes {
            match r {
                Route::Home
                | Route::Body(_)
                | Route::Setup
                | Route::Rate
                | Route::Results
                | Route::History
                | Route::Snapshot(_)
                | Route::Suggest(_)
                | Route::Career(_)
                | Route::Plan
                | Route::Print
                | Route::Explore(..)
                | Route::Demo(_)
                | Route::PreEntry(_)
                | Route::Survey(_)
                | Route::Workshop
                | Route::Prefecture(_)
                | Route::Accessibility
                | Route::Author
                | Route::Office(_)
                | Route::Meeting(_)
                | Route::Review(_)
                | Route::Start { .. } => {}
            }
            assert_eq!(&Route::from_hash(&r.to_hash()), r, "{}", r.to_hash());
            assert_eq!(
                &Route::from_hash(&r.section_hash("offerings")),
                r,
                "a section link stays on its page"
            );
        }
    }

    #[test]
    fn an_unknown_or_malformed_hash_is_the_home_page() {
        for h in [
            "",
            "#",
            "#/",
            "#/nowhere",
            "#/body/Bad Id",
            "#/pref/7",
            "#/explore/",
            "#/start/koriyama",
            "#/office/Bad Id",
        ] {
            assert_eq!(Route::from_hash(h), Route::Home, "{h}");
        }
        assert_eq!(Route::from_hash("#/history/x"), Route::History);
        // An empty share is opened, so the page can say it is empty.
        assert_eq!(
            Route::from_hash("#/review/"),
            Route::Review(Some(String::new()))
        );
    }

    #[test]
    fn a_section_is_read_from_the_query_and_only_if_it_is_a_plain_name() {
        assert_eq!(
            section_of("#/body/koriyama?to=offerings"),
            Some("offerings")
        );
        assert_eq!(section_of("#/body/koriyama"), None);
        assert_eq!(section_of("#/body/koriyama?to=<script>"), None);
    }
}
