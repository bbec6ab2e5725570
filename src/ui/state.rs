//! The app's single state and the actions that change it.
//!
//! One [`Reducible`] state, shared through a context, keeps every component's
//! view consistent and makes each change a named step. The reducer does no
//! I/O: saving, fetching and keeping backups happen in effects in
//! [`super::app`], driven by the revision counters here.

use crate::core::assess::{propose_next, Assessment, Entry, Position, Selection, Side};
use crate::core::id::Id;
use crate::core::index::Index;
use crate::core::model::BodyData;
use crate::core::plan::{next_id, PlanItem};
use crate::core::scale::Rating;
use crate::core::store::{reconcile, EngagementAnswers, StoredDoc};
use crate::ui::i18n::Msg;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Something fetched over the network.
#[derive(Debug, Clone, PartialEq)]
pub enum Loadable<T> {
    /// Being fetched.
    Loading,
    /// Arrived and valid.
    Ready(T),
    /// Could not be fetched or was invalid; the message says why.
    Failed(Msg),
}

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
}

impl Route {
    /// Parses `#/…` (an unknown hash is the home page).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split('?').next().unwrap_or_default();
        let mut parts = path.split('/');
        match (parts.next(), parts.next()) {
            (Some("body"), Some(id)) => Id::parse(id).map_or(Route::Home, Route::Body),
            (Some("assess"), Some("setup")) => Route::Setup,
            (Some("assess"), Some("rate")) => Route::Rate,
            (Some("assess"), Some("results")) => Route::Results,
            (Some("history"), None) => Route::History,
            (Some("history"), Some(n)) => n.parse().map_or(Route::History, Route::Snapshot),
            (Some("suggest"), Some(id)) => Id::parse(id).map_or(Route::Home, Route::Suggest),
            (Some("career"), Some(id)) => Id::parse(id).map_or(Route::Home, Route::Career),
            (Some("plan"), None) => Route::Plan,
            (Some("print"), None) => Route::Print,
            (Some("explore"), Some(id)) => match Id::parse(id) {
                Ok(body) => {
                    let pair = match (parts.next().map(Id::parse), parts.next().map(Id::parse)) {
                        (Some(Ok(a)), Some(Ok(b))) => Some((a, b)),
                        _ => None,
                    };
                    Route::Explore(body, pair)
                }
                Err(_) => Route::Home,
            },
            (Some("demo"), Some(id)) => Id::parse(id).map_or(Route::Home, Route::Demo),
            (Some("pre-entry"), Some(id)) => Id::parse(id).map_or(Route::Home, Route::PreEntry),
            (Some("survey"), Some(id)) => Id::parse(id).map_or(Route::Home, Route::Survey),
            (Some("workshop"), None) => Route::Workshop,
            (Some("accessibility"), None) => Route::Accessibility,
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
        }
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
        )
    }
}

/// Everything the UI shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The list of bodies.
    pub index: Loadable<Rc<Index>>,
    /// Bodies fetched so far.
    pub bodies: BTreeMap<Id, Loadable<Rc<BodyData>>>,
    /// The current view.
    pub route: Route,
    /// The stored document.
    pub doc: Rc<StoredDoc>,
    /// Bumped on every change to `doc`, so the app saves exactly then.
    pub doc_rev: u64,
    /// Messages about storage and data, shown until dismissed.
    pub notices: Vec<Msg>,
    /// Text to keep under a recovery key before it is replaced.
    pub backup: Option<String>,
    /// Snapshot to compare the results with.
    pub compare: Option<u32>,
    /// Guest session: nothing is written to localStorage, only to this tab's
    /// sessionStorage, and one action clears it for the next participant.
    pub guest: bool,
    /// Projector mode: large type, high contrast, no personal data.
    pub projector: bool,
    /// Bumped when everything stored is deleted (or a guest session reset),
    /// so a save still pending is cancelled rather than writing it back.
    pub wiped: u64,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            index: Loadable::Loading,
            bodies: BTreeMap::new(),
            route: Route::Home,
            doc: Rc::new(StoredDoc::new()),
            doc_rev: 0,
            notices: Vec::new(),
            backup: None,
            compare: None,
            guest: false,
            projector: false,
            wiped: 0,
        }
    }
}

impl AppState {
    /// A body's data, if loaded.
    pub fn body(&self, id: &Id) -> Option<Rc<BodyData>> {
        match self.bodies.get(id) {
            Some(Loadable::Ready(d)) => Some(d.clone()),
            _ => None,
        }
    }

    /// The assessment in progress.
    pub fn assessment(&self) -> Option<&Assessment> {
        self.doc.assessment.as_ref()
    }

    /// The assessment, unless projector mode hides personal data.
    pub fn personal_assessment(&self) -> Option<&Assessment> {
        if self.projector {
            None
        } else {
            self.assessment()
        }
    }

    /// The body the current route needs, if any.
    pub fn needed_body(&self) -> Option<Id> {
        match &self.route {
            Route::Body(id)
            | Route::Suggest(id)
            | Route::Career(id)
            | Route::Explore(id, _)
            | Route::Demo(id)
            | Route::PreEntry(id)
            | Route::Survey(id) => Some(id.clone()),
            Route::Snapshot(n) => self
                .doc
                .snapshots
                .iter()
                .find(|s| s.id == *n)
                .map(|s| s.assessment.selection.body.clone()),
            _ => self.assessment().map(|a| a.selection.body.clone()),
        }
    }

    fn edit_doc(&mut self, f: impl FnOnce(&mut StoredDoc)) {
        f(Rc::make_mut(&mut self.doc));
        self.doc_rev += 1;
    }

    fn edit_assessment(&mut self, f: impl FnOnce(&mut Assessment)) {
        if self.doc.assessment.is_some() {
            self.edit_doc(|d| {
                if let Some(a) = d.assessment.as_mut() {
                    f(a);
                }
            });
        }
    }
}

/// The changes the UI can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The index arrived.
    IndexLoaded(Rc<Index>),
    /// The index could not be loaded.
    IndexFailed(Msg),
    /// A body's data is being fetched.
    BodyLoading(Id),
    /// A body's data arrived.
    BodyLoaded(Id, Rc<BodyData>),
    /// A body's data could not be loaded.
    BodyFailed(Id, Msg),
    /// The address changed.
    Route(Route),
    /// The stored document was loaded at start-up, with any messages.
    DocLoaded(Rc<StoredDoc>, Vec<Msg>),
    /// Start (or restart) an assessment for a body and track.
    Start { body: Id, track: Id },
    /// Change the track; the grades are reset to the track's first grade.
    SetTrack(Id),
    /// Change the current position; the next grade is proposed anew.
    SetCurrent(Position),
    /// Change the next grade.
    SetNext(Option<Id>),
    /// Set the year of entry and the year of the current grade.
    SetYears {
        entry: Option<i32>,
        grade: Option<i32>,
    },
    /// Rate an item on one side.
    Rate {
        side: Side,
        item: Id,
        rating: Rating,
    },
    /// Write the evidence note of an item on one side.
    Note { side: Side, item: Id, note: String },
    /// Save the current assessment as a snapshot.
    TakeSnapshot {
        today: NaiveDate,
        label: Option<String>,
    },
    /// Delete a snapshot.
    DeleteSnapshot(u32),
    /// Compare the results with a snapshot (or stop comparing).
    Compare(Option<u32>),
    /// Everything stored was deleted.
    AllDeleted,
    /// Show a message.
    Notice(Msg),
    /// Dismiss a message.
    Dismiss(usize),
    /// The backup text was written (or could not be).
    BackupDone(Option<String>),
    /// Add an item to the plan (its id is assigned here).
    AddPlan(PlanItem),
    /// Replace a plan item (matched by id).
    UpdatePlan(PlanItem),
    /// Remove a plan item.
    DeletePlan(u32),
    /// Replace the whole document with an imported, confirmed one.
    Imported(Rc<StoredDoc>),
    /// Another tab saved the document (or deleted it: `None`); take it over
    /// without saving it back.
    External(Option<Rc<StoredDoc>>),
    /// Start a guest session with an empty document.
    StartGuest,
    /// End the guest session and clear everything it held.
    ResetGuest,
    /// Turn projector mode on or off.
    Projector(bool),
    /// Answer one item of a body's published survey.
    Answer {
        body: Id,
        survey: Id,
        item: Id,
        value: u32,
        today: NaiveDate,
    },
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::IndexLoaded(ix) => s.index = Loadable::Ready(ix),
            Action::IndexFailed(msg) => s.index = Loadable::Failed(msg),
            Action::BodyLoading(id) => {
                s.bodies.insert(id, Loadable::Loading);
            }
            Action::BodyLoaded(id, data) => {
                // Check the stored assessment against the body's current data.
                let orphans = s
                    .doc
                    .assessment
                    .as_ref()
                    .filter(|a| a.selection.body == id)
                    .map(|a| reconcile(a, &data));
                if let Some((fixed, orphans)) = orphans {
                    if !orphans.is_empty() {
                        s.backup = Some(s.doc.to_json());
                        for o in &orphans {
                            s.notices.push(Msg::from_fn(|l| o.message(l)));
                        }
                        s.edit_doc(|d| d.assessment = Some(fixed));
                    }
                }
                s.bodies.insert(id, Loadable::Ready(data));
            }
            Action::BodyFailed(id, msg) => {
                s.bodies.insert(id, Loadable::Failed(msg));
            }
            Action::Route(r) => s.route = r,
            Action::DocLoaded(doc, notices) => {
                s.doc = doc;
                s.notices.extend(notices);
            }
            Action::Start { body, track } => {
                let data = s.body(&body);
                let first = data.as_ref().and_then(|d| {
                    d.tracks
                        .iter()
                        .find(|t| t.id == track)
                        .and_then(|t| t.ladder.first().cloned())
                });
                let current = first.map_or(Position::PreEntry, Position::Grade);
                let next = data
                    .as_ref()
                    .and_then(|d| propose_next(d, &track, &current));
                s.edit_doc(|d| {
                    d.assessment = Some(Assessment::new(Selection {
                        body,
                        track,
                        current,
                        next,
                        entry_year: None,
                        grade_year: None,
                    }))
                });
                s.compare = None;
            }
            Action::SetTrack(track) => {
                let Some(body) = s.assessment().map(|a| a.selection.body.clone()) else {
                    return self;
                };
                return Rc::new(s).reduce(Action::Start { body, track });
            }
            Action::SetCurrent(pos) => {
                let Some(a) = s.assessment() else { return self };
                let next = s
                    .body(&a.selection.body)
                    .and_then(|d| propose_next(&d, &a.selection.track, &pos));
                s.edit_assessment(|a| {
                    a.selection.current = pos;
                    a.selection.next = next;
                });
            }
            Action::SetNext(next) => s.edit_assessment(|a| a.selection.next = next),
            Action::SetYears { entry, grade } => s.edit_assessment(|a| {
                a.selection.entry_year = entry;
                a.selection.grade_year = grade;
            }),
            Action::Rate { side, item, rating } => s.edit_assessment(|a| {
                a.side_mut(side)
                    .entry(item)
                    .or_insert_with(Entry::default)
                    .rating = Some(rating);
            }),
            Action::Note { side, item, note } => s.edit_assessment(|a| {
                let e = a
                    .side_mut(side)
                    .entry(item.clone())
                    .or_insert_with(Entry::default);
                e.note = note;
                if e.rating.is_none() && e.note.is_empty() {
                    a.side_mut(side).remove(&item);
                }
            }),
            Action::TakeSnapshot { today, label } => s.edit_doc(|d| {
                d.take_snapshot(today, label);
            }),
            Action::DeleteSnapshot(id) => {
                s.edit_doc(|d| {
                    d.delete_snapshot(id);
                });
                if s.compare == Some(id) {
                    s.compare = None;
                }
            }
            Action::Compare(id) => s.compare = id,
            Action::AllDeleted => {
                s.wiped += 1;
                s.doc = Rc::new(StoredDoc::new());
                s.compare = None;
                s.notices.clear();
                s.backup = None;
                s.route = Route::Home;
            }
            Action::Notice(msg) => {
                if !s.notices.contains(&msg) {
                    s.notices.push(msg);
                }
            }
            Action::Dismiss(i) => {
                if i < s.notices.len() {
                    s.notices.remove(i);
                }
            }
            Action::AddPlan(mut item) => s.edit_doc(|d| {
                item.id = next_id(&d.plan);
                d.plan.push(item);
            }),
            Action::UpdatePlan(item) => s.edit_doc(|d| {
                if let Some(x) = d.plan.iter_mut().find(|x| x.id == item.id) {
                    *x = item;
                }
            }),
            Action::DeletePlan(id) => s.edit_doc(|d| d.plan.retain(|x| x.id != id)),
            Action::Imported(doc) => {
                s.doc = doc;
                s.doc_rev += 1;
                s.compare = None;
            }
            Action::External(doc) => {
                let msg = if doc.is_some() {
                    Msg::new(
                        "別のタブで変更された内容を、この画面にも反映しました。",
                        "Changes made in another tab are now shown here too.",
                    )
                } else {
                    Msg::new(
                        "別のタブでデータが削除されたため、この画面も初期状態に戻しました。",
                        "The data was deleted in another tab, so this screen has been reset as well.",
                    )
                };
                s.doc = doc.unwrap_or_else(|| Rc::new(StoredDoc::new()));
                s.compare = None;
                if !s.notices.contains(&msg) {
                    s.notices.push(msg);
                }
            }
            Action::StartGuest => {
                s.guest = true;
                s.doc = Rc::new(StoredDoc::new());
                s.doc_rev += 1;
                s.compare = None;
                s.notices.clear();
            }
            Action::ResetGuest => {
                s.wiped += 1;
                s.doc = Rc::new(StoredDoc::new());
                s.compare = None;
                s.notices.clear();
                s.backup = None;
                s.guest = false;
                s.projector = false;
                s.route = Route::Home;
            }
            Action::Projector(on) => s.projector = on,
            Action::Answer {
                body,
                survey,
                item,
                value,
                today,
            } => s.edit_doc(|d| {
                let i = match d
                    .engagement
                    .iter()
                    .position(|e| e.body == body && e.survey == survey)
                {
                    Some(i) => i,
                    None => {
                        d.engagement.push(EngagementAnswers {
                            body: body.clone(),
                            survey: survey.clone(),
                            answered: today,
                            answers: BTreeMap::new(),
                        });
                        d.engagement.len() - 1
                    }
                };
                let e = &mut d.engagement[i];
                e.answers.insert(item, value);
                e.answered = today;
            }),
            Action::BackupDone(key) => {
                s.backup = None;
                if let Some(key) = key {
                    s.notices.push(Msg::new(
                        format!("変更前の内容は、この端末に「{key}」として残してあります。"),
                        format!("The previous contents are kept on this device as \u{201c}{key}\u{201d}."),
                    ));
                }
            }
        }
        Rc::new(s)
    }
}

/// The handle components use to read state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;
