//! The app's single state and the actions that change it.
//!
//! One [`Reducible`] state, shared through a context, keeps every component's
//! view consistent and makes each change a named step. Each arm of the
//! reducer calls one method of [`AppState`]; the methods are plain Rust and
//! are tested natively below. The state does no I/O: it records what it
//! wants done ([`AppState::io`], [`AppState::wanted`], [`AppState::backup`],
//! the document's revision) and the effects in [`crate::app`] do it, then
//! report back with an action.

use crate::i18n::Msg;
use crate::route::Route;
use chrono::NaiveDate;
use michishirube::core::assess::{propose_next, Assessment, Entry, Position, Selection, Side};
use michishirube::core::frameworks::{FrameworkStore, Imported};
use michishirube::core::id::Id;
use michishirube::core::index::{Index, PrefectureIndex};
use michishirube::core::model::BodyData;
use michishirube::core::office::{summarise, Intake, Refusal, Submission, Summary};
use michishirube::core::plan::{next_id, PlanItem};
use michishirube::core::review::{next_review_id, Review};
use michishirube::core::scale::Rating;
use michishirube::core::store::{reconcile, EngagementAnswers, StoredDoc};
use michishirube::core::sync::merge;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::prelude::*;

/// A value shared by the state and the views, equal only to itself. A
/// body's data never changes in place (a new version is a new value), so
/// comparing the pointer says whether it changed: the state and every
/// view's props are compared on each change, and comparing a body's whole
/// model there would be slow (and would put that comparison's code in the
/// app module).
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> AsRef<T> for Shared<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(v: T) -> Self {
        Shared(Rc::new(v))
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(v: Rc<T>) -> Self {
        Shared(v)
    }
}

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

/// Storage I/O the state asks the app's effects to do once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Io {
    /// Delete everything this app keeps in the browser.
    DeleteAll,
    /// Clear what the guest session holds in this tab, for the next
    /// participant; the tab stays a guest session.
    ClearGuest,
    /// Leave guest mode: clear the tab, then load the owner's data.
    EndGuest,
    /// Delete one copy of text kept aside (its storage key).
    DeleteRecovered(String),
}

/// A copy of text that could not be read (or was about to be replaced),
/// kept on this device: listed on the data page, to save as a file or
/// delete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveredCopy {
    /// Its storage key: the app's handle, never shown.
    pub key: String,
    /// When it was kept, in milliseconds since 1970 (0: unknown).
    pub kept: u64,
    /// Its size in bytes.
    pub bytes: u64,
}

/// What the browser says about this site's storage
/// (`navigator.storage.persisted()` and `estimate()`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct StorageInfo {
    /// Whether the browser promises not to evict the data; `None` where it
    /// cannot say (an old browser, or not asked yet).
    pub persisted: Option<bool>,
    /// Bytes used by this site, if known.
    pub usage: Option<u64>,
    /// Bytes this site may use, if known.
    pub quota: Option<u64>,
}

/// One file given to the office page: its name, and what reading it gave.
pub type ReadFile = (String, Result<Submission, Refusal>);

/// The bodies files name, with the name the first file gives and how
/// many files name each, most files first (then by id, so the order is
/// stable). Files refused when read name none.
pub fn bodies_of(files: &[ReadFile]) -> Vec<(Id, String, usize)> {
    let mut counts: BTreeMap<Id, (String, usize)> = BTreeMap::new();
    for s in files.iter().filter_map(|(_, r)| r.as_ref().ok()) {
        counts
            .entry(s.body.clone())
            .or_insert_with(|| (s.body_name.clone(), 0))
            .1 += 1;
    }
    let mut v: Vec<(Id, String, usize)> =
        counts.into_iter().map(|(id, (n, c))| (id, n, c)).collect();
    v.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    v
}

/// The office's files taken in for one body, and what they sum to.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficeReport {
    /// The body's data they were taken in against.
    pub data: Shared<BodyData>,
    /// What was accepted and refused (no identifiers, no note text kept).
    pub intake: Shared<Intake>,
    /// The counts the page shows.
    pub summary: Shared<Summary>,
}

/// A summary the office chose to keep on this device: only the groups
/// at or above the threshold it was kept with.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KeptSummary {
    /// The day it was kept.
    pub kept: NaiveDate,
    /// The threshold in force when it was kept.
    pub threshold: u32,
    /// The pruned summary.
    pub summary: Summary,
}

/// The HR office page (組織の傾向). The files live only here, in memory,
/// and are never written anywhere; only a kept summary is
/// ([`KeptSummary`], written by the page through `crate::storage`).
#[derive(Debug, Clone, PartialEq)]
pub struct Office {
    /// While files are being read: (read so far, given).
    pub reading: Option<(usize, usize)>,
    /// The files read, in the order given (none before any are given).
    pub files: Shared<Vec<ReadFile>>,
    /// The files taken in for the body shown, once its data is here.
    pub report: Option<OfficeReport>,
    /// The smallest group shown: never below the core's minimum.
    pub threshold: u32,
    /// The summary kept on this device for the body shown, if any.
    pub kept: Option<Shared<KeptSummary>>,
}

impl Default for Office {
    fn default() -> Self {
        Office {
            reading: None,
            files: Shared::from(Vec::new()),
            report: None,
            threshold: michishirube::core::office::summary::DEFAULT_THRESHOLD,
            kept: None,
        }
    }
}

impl Office {
    /// The bodies the files read name, with how many files name each,
    /// most files first (then by id, so the order is stable).
    pub fn bodies(&self) -> Vec<(Id, String, usize)> {
        bodies_of(&self.files)
    }

    /// New files are being read: whatever was read before is let go.
    fn reading(&mut self, given: usize) {
        self.reading = Some((0, given));
        self.files = Shared::from(Vec::new());
        self.report = None;
    }

    /// The files read, all of them at once.
    fn read(&mut self, files: Shared<Vec<ReadFile>>) {
        self.reading = None;
        self.files = files;
        self.report = None;
    }

    /// Takes the files in for a body and sums them up, unless that was
    /// done already for this very data. Every file given is counted: a
    /// file refused when read, or another body's, is refused here with its
    /// reason.
    fn take_in(&mut self, data: Shared<BodyData>) {
        if self.files.is_empty() || self.report.as_ref().is_some_and(|r| r.data == data) {
            return;
        }
        let mut intake = Intake::new(&data);
        for (name, parsed) in self.files.iter() {
            intake.add(&data, name, parsed.clone());
        }
        let summary = summarise(&data, intake.records());
        self.report = Some(OfficeReport {
            data,
            intake: Shared::from(intake),
            summary: Shared::from(summary),
        });
    }
}

/// Everything the UI shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The list of bodies.
    pub index: Loadable<Rc<Index>>,
    /// Bodies fetched so far.
    pub bodies: BTreeMap<Id, Loadable<Shared<BodyData>>>,
    /// Prefectures' lists of bodies fetched so far (by JIS code), when the
    /// index is too long to list bodies up front.
    pub prefectures: BTreeMap<String, Loadable<Rc<PrefectureIndex>>>,
    /// Bodies a view asked for beyond the one its route needs (an import
    /// naming several bodies).
    pub wanted: BTreeSet<Id>,
    /// The current view, as the address bar says.
    pub route: Route,
    /// Frameworks imported on this device (this tab, for a guest).
    pub frameworks: Rc<FrameworkStore>,
    /// Bumped on every change to `frameworks`, so the app saves exactly then.
    pub frameworks_rev: u64,
    /// The stored document.
    pub doc: Rc<StoredDoc>,
    /// Bumped on every change to `doc`, so the app saves exactly then.
    pub doc_rev: u64,
    /// Messages about storage and data, shown until dismissed.
    pub notices: Vec<Msg>,
    /// Text to keep under a recovery key before it is replaced.
    pub backup: Option<String>,
    /// Storage I/O waiting to be done.
    pub io: Option<Io>,
    /// Copies of unreadable text kept on this device (none in a guest
    /// session, which never sees the owner's).
    pub recovered: Vec<RecoveredCopy>,
    /// What the browser says about this site's storage.
    pub storage: StorageInfo,
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
    /// The HR office page's files and summary (never stored, but for a
    /// summary the office chooses to keep).
    pub office: Office,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            index: Loadable::Loading,
            bodies: BTreeMap::new(),
            prefectures: BTreeMap::new(),
            wanted: BTreeSet::new(),
            route: Route::Home,
            frameworks: Rc::new(FrameworkStore::default()),
            frameworks_rev: 0,
            doc: Rc::new(StoredDoc::new()),
            doc_rev: 0,
            notices: Vec::new(),
            backup: None,
            io: None,
            recovered: Vec::new(),
            storage: StorageInfo::default(),
            compare: None,
            guest: false,
            projector: false,
            wiped: 0,
            office: Office::default(),
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
    BodyLoaded(Id, Shared<BodyData>),
    /// A body's data could not be loaded.
    BodyFailed(Id, Msg),
    /// A prefecture's list of bodies is being fetched, arrived or failed.
    Prefecture(String, Loadable<Rc<PrefectureIndex>>),
    /// A view needs these bodies loaded.
    WantBodies(Vec<Id>),
    /// The address changed.
    Route(Route),
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
    /// The office page was given this many files to read.
    OfficeReading(usize),
    /// The office page has read this many of the files given so far.
    OfficeProgress(usize),
    /// The office page read every file given.
    OfficeRead(Shared<Vec<ReadFile>>),
    /// The body shown on the office page is here: take the files in for it.
    OfficeTakeIn(Shared<BodyData>),
    /// The office asked for this smallest group (raised to the minimum).
    OfficeThreshold(u32),
    /// The summary kept on this device for the body shown (or none).
    OfficeKept(Option<Shared<KeptSummary>>),
    /// Let go of the files read, and what they summed to.
    OfficeClear,
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
    /// Ask for everything stored to be deleted.
    DeleteAll,
    /// Everything stored was deleted.
    AllDeleted,
    /// Storage I/O failed; the message says why.
    IoFailed(Msg),
    /// Show a message.
    Notice(Msg),
    /// Dismiss a message.
    Dismiss(usize),
    /// The backup text was kept (or could not be).
    BackupDone(bool),
    /// Add an item to the plan (its id is assigned here).
    AddPlan(PlanItem),
    /// Replace a plan item (matched by id).
    UpdatePlan(PlanItem),
    /// Remove a plan item.
    DeletePlan(u32),
    /// Replace the whole document with an imported, confirmed one.
    Imported(Rc<StoredDoc>),
    /// Another tab saved the document (or deleted it: `theirs` is `None`)
    /// since this tab last read or wrote it (`base`): take it over, with
    /// this tab's own changes merged in.
    OtherTab {
        /// The document as this tab last knew it in storage.
        base: Rc<StoredDoc>,
        /// The other tab's document.
        theirs: Option<Rc<StoredDoc>>,
        /// Today, to date a snapshot the merge may keep.
        today: NaiveDate,
    },
    /// Start a guest session with an empty document.
    StartGuest,
    /// Ask for the guest session to be cleared for the next participant
    /// (a new guest session in the same tab).
    ResetGuest,
    /// The guest session's storage was cleared.
    GuestCleared,
    /// Ask to leave guest mode.
    EndGuest,
    /// Guest mode was left: the owner's document and frameworks, as loaded.
    GuestEnded {
        /// The owner's document.
        doc: Rc<StoredDoc>,
        /// The owner's imported frameworks.
        frameworks: Rc<FrameworkStore>,
        /// What loading them said.
        notices: Vec<Msg>,
        /// The owner's kept copies.
        recovered: Vec<RecoveredCopy>,
    },
    /// The copies kept aside, as they now are.
    Recovered(Vec<RecoveredCopy>),
    /// Ask to delete one copy kept aside (its storage key).
    DeleteRecovered(String),
    /// Turn projector mode on or off.
    Projector(bool),
    /// Keep a supervisor's review with the document (its id and the day it
    /// was kept are assigned here).
    AddReview(Rc<Review>),
    /// Keep a received assessment as this device's own: the one it
    /// replaces is kept as a snapshot first, and its plan items are added.
    KeepCopy {
        /// The assessment received.
        assessment: Assessment,
        /// Its plan items (ids assigned here).
        plan: Vec<PlanItem>,
        /// Today, for the snapshot of the one replaced.
        today: NaiveDate,
    },
    /// Remove a kept review.
    DeleteReview(u32),
    /// Keep an imported framework on this device (replacing the body's
    /// earlier one); the app then shows that body from it.
    ImportFramework(Rc<Imported>),
    /// Remove an imported framework; an embedded body of the same id is
    /// shown from its own data again.
    RemoveFramework(Id),
    /// The browser reported on this site's storage.
    StorageInfo(StorageInfo),
    /// Answer one item of a body's published survey.
    Answer {
        body: Id,
        survey: Id,
        item: Id,
        value: u32,
        today: NaiveDate,
    },
}

impl AppState {
    /// The imported framework of a body, if the body's data on this device
    /// comes from one.
    pub fn framework(&self, id: &Id) -> Option<&Imported> {
        self.frameworks.get(id)
    }

    /// A body's data, if loaded.
    pub fn body(&self, id: &Id) -> Option<Shared<BodyData>> {
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

    /// The bodies the current view needs: the one its route names (or the
    /// assessment's, or a snapshot's; for the history, every snapshot's
    /// too), and any a view asked for ([`Action::WantBodies`]).
    pub fn needed_bodies(&self) -> BTreeSet<Id> {
        let mut ids = self.wanted.clone();
        let own = match &self.route {
            // The history names every snapshot's body, and shows each
            // item's progress for the assessment's.
            Route::History => {
                ids.extend(
                    self.doc
                        .snapshots
                        .iter()
                        .map(|s| s.assessment.selection.body.clone()),
                );
                self.assessment().map(|a| a.selection.body.clone())
            }
            Route::Snapshot(n) => self
                .doc
                .snapshots
                .iter()
                .find(|s| s.id == *n)
                .map(|s| s.assessment.selection.body.clone()),
            r => r
                .body()
                .cloned()
                .or_else(|| self.assessment().map(|a| a.selection.body.clone())),
        };
        ids.extend(own);
        ids
    }

    /// Whether every body in `ids` has arrived or failed (not loading, not
    /// yet asked for).
    pub fn settled(&self, ids: &[Id]) -> bool {
        ids.iter().all(|id| {
            matches!(
                self.bodies.get(id),
                Some(Loadable::Ready(_) | Loadable::Failed(_))
            )
        })
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

    fn notice(&mut self, msg: Msg) {
        if !self.notices.contains(&msg) {
            self.notices.push(msg);
        }
    }

    /// A body arrived: check the stored assessment against it, keep a copy
    /// of the document before dropping what no longer exists, and say so.
    fn body_loaded(&mut self, id: Id, data: Shared<BodyData>) {
        let checked = self
            .doc
            .assessment
            .as_ref()
            .filter(|a| a.selection.body == id)
            .map(|a| reconcile(a, &data));
        if let Some((fixed, orphans)) = checked {
            if Some(&fixed) != self.doc.assessment.as_ref() {
                // Keep a copy before anything the person rated is moved or
                // dropped; a new version tag alone loses nothing.
                // (Not in a guest session, which keeps nothing on the device.)
                if !self.guest && orphans.iter().any(|o| !o.is_revision()) {
                    self.backup = Some(self.doc.to_json());
                }
                // Named by the new data, or by the version this replaces
                // when it was loaded (an imported framework's revision).
                let before = self.body(&id);
                for o in &orphans {
                    self.notices.push(Msg::from_fn(|l| {
                        o.message_named(l, &|i| {
                            data.name_of(i, l)
                                .or_else(|| before.as_ref().and_then(|b| b.name_of(i, l)))
                        })
                    }));
                }
                self.edit_doc(|d| d.assessment = Some(fixed));
            }
        }
        self.bodies.insert(id, Loadable::Ready(data));
    }

    /// A new assessment for a body and track, starting at the track's first
    /// grade with the next grade proposed from its ladder.
    fn start(&mut self, body: Id, track: Id) {
        let data = self.body(&body);
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
        let data_version = data.as_ref().map(|d| d.version_tag());
        self.edit_doc(|d| {
            d.assessment = Some(Assessment::new(Selection {
                body,
                track,
                current,
                next,
                entry_year: None,
                grade_year: None,
                data_version,
            }))
        });
        self.compare = None;
    }

    fn set_track(&mut self, track: Id) {
        if let Some(body) = self.assessment().map(|a| a.selection.body.clone()) {
            self.start(body, track);
        }
    }

    fn set_current(&mut self, pos: Position) {
        let Some(a) = self.assessment() else { return };
        let next = self
            .body(&a.selection.body)
            .and_then(|d| propose_next(&d, &a.selection.track, &pos));
        self.edit_assessment(|a| {
            a.selection.current = pos;
            a.selection.next = next;
        });
    }

    fn rate(&mut self, side: Side, item: Id, rating: Rating) {
        self.edit_assessment(|a| {
            a.side_mut(side)
                .entry(item)
                .or_insert_with(Entry::default)
                .rating = Some(rating);
        });
    }

    /// A note; an entry with neither rating nor note is dropped, so the
    /// document holds only what the person wrote.
    fn note(&mut self, side: Side, item: Id, note: String) {
        self.edit_assessment(|a| {
            let e = a
                .side_mut(side)
                .entry(item.clone())
                .or_insert_with(Entry::default);
            e.note = note;
            if e.rating.is_none() && e.note.is_empty() {
                a.side_mut(side).remove(&item);
            }
        });
    }

    fn delete_snapshot(&mut self, id: u32) {
        self.edit_doc(|d| {
            d.delete_snapshot(id);
        });
        if self.compare == Some(id) {
            self.compare = None;
        }
    }

    /// After everything stored was deleted (or a guest session cleared):
    /// an empty document, and no save still pending.
    fn wipe(&mut self) {
        self.wiped += 1;
        self.doc = Rc::new(StoredDoc::new());
        self.compare = None;
        self.notices.clear();
        self.backup = None;
        self.io = None;
        // The office's files too: the next participant of a shared
        // device sees none of them.
        self.office = Office::default();
    }

    /// Forgets the imported frameworks, and their bodies' loaded data.
    fn drop_frameworks(&mut self) {
        for id in self
            .frameworks
            .bodies
            .iter()
            .map(|b| b.data.body.id.clone())
            .collect::<Vec<_>>()
        {
            self.bodies.remove(&id);
        }
        self.frameworks = Rc::new(FrameworkStore::default());
    }

    fn all_deleted(&mut self) {
        self.wipe();
        // Deleting everything deletes the imported frameworks too.
        self.drop_frameworks();
        self.notices.push(Msg::new(
            "この端末に保存したデータをすべて削除しました。",
            "Everything saved on this device has been deleted.",
        ));
    }

    /// A new guest session in the same tab: nothing of the last one is
    /// left, and the tab stays a guest session, so the next participant's
    /// work is never written to the owner's data. Projector mode, a setting
    /// of the device, stays as it is.
    fn guest_cleared(&mut self) {
        self.wipe();
        self.drop_frameworks();
        self.guest = true;
    }

    /// Guest mode left on purpose: the guest's work is gone, and the
    /// owner's data, as stored, is shown again (not saved back).
    fn guest_ended(
        &mut self,
        doc: Rc<StoredDoc>,
        frameworks: Rc<FrameworkStore>,
        notices: Vec<Msg>,
        recovered: Vec<RecoveredCopy>,
    ) {
        self.wipe();
        self.drop_frameworks();
        self.guest = false;
        self.doc = doc;
        // A body the owner imported is shown from the import again.
        for f in &frameworks.bodies {
            self.bodies.remove(&f.data.body.id);
        }
        self.frameworks = frameworks;
        self.recovered = recovered;
        self.notices.push(Msg::new(
            "ゲストとしての利用を終えました。ゲストの入力は消去しました。ここからの入力は、この端末（このブラウザ）に保存されます。",
            "Guest mode has ended. What the guest entered has been cleared. From now on, what you enter is saved on this device (in this browser).",
        ));
        self.notices.extend(notices);
    }

    fn add_plan(&mut self, mut item: PlanItem) {
        self.edit_doc(|d| {
            item.id = next_id(&d.plan);
            d.plan.push(item);
        });
    }

    fn update_plan(&mut self, item: PlanItem) {
        self.edit_doc(|d| {
            if let Some(x) = d.plan.iter_mut().find(|x| x.id == item.id) {
                *x = item;
            }
        });
    }

    fn document_imported(&mut self, doc: Rc<StoredDoc>) {
        self.doc = doc;
        self.doc_rev += 1;
        self.compare = None;
    }

    /// Another tab's save, taken over. Where this tab has changes of its
    /// own since `base`, both are merged item by item (see
    /// [`michishirube::core::sync`]) and the result saved; what of the
    /// other tab's could not be kept is said, item by item.
    fn other_tab(&mut self, base: Rc<StoredDoc>, theirs: Option<Rc<StoredDoc>>, today: NaiveDate) {
        let theirs = match theirs {
            Some(t) => {
                self.notice(Msg::new(
                    "別のタブで変更された内容を、この画面にも反映しました。",
                    "Changes made in another tab are now shown here too.",
                ));
                t
            }
            None if *self.doc == *base => {
                self.notice(Msg::new(
                    "別のタブでデータが削除されたため、この画面も初期状態に戻しました。",
                    "The data was deleted in another tab, so this screen has been reset as well.",
                ));
                self.doc = Rc::new(StoredDoc::new());
                self.compare = None;
                return;
            }
            // Deleted elsewhere while this tab was changing things: what
            // this tab changed since is kept (and saved), the rest is gone.
            None => {
                self.notice(Msg::new(
                    "別のタブ（またはブラウザの設定）でデータが削除されました。このタブでその直前に変えた内容だけを残して、保存し直しました。",
                    "The data was deleted in another tab (or in the browser's settings). Only what this tab changed just before is kept, and saved again.",
                ));
                Rc::new(StoredDoc::new())
            }
        };
        if *self.doc == *base {
            self.doc = theirs;
        } else {
            let merged = merge(&base, &self.doc, &theirs, today);
            let body = self.assessment().and_then(|a| self.body(&a.selection.body));
            for lost in &merged.not_kept {
                self.notices.push(Msg::from_fn(|l| {
                    lost.message_named(l, &|i| body.as_ref().and_then(|d| d.name_of(i, l)))
                }));
            }
            if merged.doc == *theirs {
                self.doc = theirs;
            } else {
                // This tab's changes are saved, over the other tab's save.
                self.doc = Rc::new(merged.doc);
                self.doc_rev += 1;
            }
        }
        if let Some(n) = self.compare {
            if !self.doc.snapshots.iter().any(|s| s.id == n) {
                self.compare = None;
            }
        }
    }

    fn add_review(&mut self, r: Rc<Review>) {
        self.edit_doc(|d| {
            let id = next_review_id(&d.reviews);
            d.reviews.push(Review { id, ..(*r).clone() });
        });
    }

    fn keep_copy(&mut self, assessment: Assessment, plan: Vec<PlanItem>, today: NaiveDate) {
        self.edit_doc(|d| {
            if d.assessment.as_ref().is_some_and(|a| a != &assessment) {
                d.take_snapshot(today, Some("共有の写しを保存する前".into()));
            }
            d.assessment = Some(assessment);
            for item in plan {
                let id = next_id(&d.plan);
                d.plan.push(PlanItem { id, ..item });
            }
        });
        self.compare = None;
    }

    /// An imported framework kept; its body is shown from it at once (an
    /// assessment of it is checked against the new version as usual).
    fn import_framework(&mut self, imp: Rc<Imported>) {
        let id = imp.data.body.id.clone();
        let data = imp.data.clone();
        Rc::make_mut(&mut self.frameworks).put((*imp).clone());
        self.frameworks_rev += 1;
        // The version it replaces stays loaded until then, to name what a
        // revision could not carry over.
        self.body_loaded(id, data.into());
    }

    fn remove_framework(&mut self, id: Id) {
        if Rc::make_mut(&mut self.frameworks).remove(&id) {
            self.frameworks_rev += 1;
            // Fetched again if the app has a body of this id of its own.
            self.bodies.remove(&id);
        }
    }

    fn start_guest(&mut self) {
        self.guest = true;
        self.doc = Rc::new(StoredDoc::new());
        self.doc_rev += 1;
        self.compare = None;
        self.notices.clear();
    }

    fn answer(&mut self, body: Id, survey: Id, item: Id, value: u32, today: NaiveDate) {
        self.edit_doc(|d| {
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
        });
    }

    /// The copy of the document before a change was kept (or could not
    /// be); said without naming any storage key, which a person cannot
    /// reach: where to find it is the data page.
    fn backup_done(&mut self, kept: bool) {
        self.backup = None;
        self.notices.push(crate::storage::copy_kept_msg(kept));
    }

    /// Applies one action. Every arm is one step; the work is in the methods.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::IndexLoaded(ix) => self.index = Loadable::Ready(ix),
            Action::IndexFailed(msg) => self.index = Loadable::Failed(msg),
            Action::BodyLoading(id) => {
                self.bodies.insert(id, Loadable::Loading);
            }
            Action::BodyLoaded(id, data) => self.body_loaded(id, data),
            Action::BodyFailed(id, msg) => {
                self.bodies.insert(id, Loadable::Failed(msg));
            }
            Action::Prefecture(code, list) => {
                self.prefectures.insert(code, list);
            }
            Action::WantBodies(ids) => self.wanted.extend(ids),
            Action::Route(r) => self.route = r,
            Action::Start { body, track } => self.start(body, track),
            Action::SetTrack(track) => self.set_track(track),
            Action::SetCurrent(pos) => self.set_current(pos),
            Action::SetNext(next) => self.edit_assessment(|a| a.selection.next = next),
            Action::SetYears { entry, grade } => self.edit_assessment(|a| {
                a.selection.entry_year = entry;
                a.selection.grade_year = grade;
            }),
            Action::Rate { side, item, rating } => self.rate(side, item, rating),
            Action::Note { side, item, note } => self.note(side, item, note),
            Action::OfficeReading(given) => self.office.reading(given),
            Action::OfficeProgress(done) => {
                if let Some((_, given)) = self.office.reading {
                    self.office.reading = Some((done.min(given), given));
                }
            }
            Action::OfficeRead(files) => self.office.read(files),
            Action::OfficeTakeIn(data) => self.office.take_in(data),
            Action::OfficeThreshold(asked) => {
                self.office.threshold = michishirube::core::office::summary::threshold(asked)
            }
            Action::OfficeKept(kept) => self.office.kept = kept,
            Action::OfficeClear => {
                self.office.files = Shared::from(Vec::new());
                self.office.report = None;
                self.office.reading = None;
            }
            Action::TakeSnapshot { today, label } => self.edit_doc(|d| {
                d.take_snapshot(today, label);
            }),
            Action::DeleteSnapshot(id) => self.delete_snapshot(id),
            Action::Compare(id) => self.compare = id,
            Action::DeleteAll => self.io = Some(Io::DeleteAll),
            Action::AllDeleted => self.all_deleted(),
            Action::IoFailed(msg) => {
                self.io = None;
                self.notice(msg);
            }
            Action::Notice(msg) => self.notice(msg),
            Action::Dismiss(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Action::AddPlan(item) => self.add_plan(item),
            Action::UpdatePlan(item) => self.update_plan(item),
            Action::DeletePlan(id) => self.edit_doc(|d| d.plan.retain(|x| x.id != id)),
            Action::Imported(doc) => self.document_imported(doc),
            Action::OtherTab {
                base,
                theirs,
                today,
            } => self.other_tab(base, theirs, today),
            Action::StartGuest => self.start_guest(),
            // A save still pending is cancelled at once: it is the guest's.
            Action::ResetGuest => {
                self.io = Some(Io::ClearGuest);
                self.wiped += 1;
            }
            Action::GuestCleared => self.guest_cleared(),
            Action::EndGuest => {
                self.io = Some(Io::EndGuest);
                self.wiped += 1;
            }
            Action::GuestEnded {
                doc,
                frameworks,
                notices,
                recovered,
            } => self.guest_ended(doc, frameworks, notices, recovered),
            Action::Recovered(list) => {
                if matches!(self.io, Some(Io::DeleteRecovered(_))) {
                    self.io = None;
                }
                self.recovered = list;
            }
            Action::DeleteRecovered(key) => self.io = Some(Io::DeleteRecovered(key)),
            Action::Projector(on) => self.projector = on,
            Action::AddReview(r) => self.add_review(r),
            Action::KeepCopy {
                assessment,
                plan,
                today,
            } => self.keep_copy(assessment, plan, today),
            Action::DeleteReview(id) => self.edit_doc(|d| d.reviews.retain(|r| r.id != id)),
            Action::ImportFramework(imp) => self.import_framework(imp),
            Action::RemoveFramework(id) => self.remove_framework(id),
            Action::StorageInfo(info) => self.storage = info,
            Action::Answer {
                body,
                survey,
                item,
                value,
                today,
            } => self.answer(body, survey, item, value, today),
            Action::BackupDone(key) => self.backup_done(key),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.apply(action);
        Rc::new(s)
    }
}

/// The handle components use to read state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

/// The app's state and dispatcher, from the context the App provides.
///
/// Every page and every widget that reads the state is drawn inside the
/// App's provider (widgets mounted on their own, as the component tests
/// do, take their data as props and never call this), so a missing context
/// is a mistake in this crate, not something a person or a file can cause.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("drawn inside the App's context provider")
}

// Natively only: the tests read the real data files from disk.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use michishirube::core::load::load_file;

    fn id(s: &str) -> Id {
        Id::parse(s).expect("test id")
    }

    /// A state with 郡山市's real data loaded (four tracks, a matrix).
    fn with_body() -> (AppState, Shared<BodyData>) {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/bodies/koriyama.toml");
        let d = Shared::from(load_file(&path).expect("koriyama.toml validates"));
        let mut s = AppState::default();
        s.apply(Action::BodyLoaded(d.body.id.clone(), d.clone()));
        (s, d)
    }

    fn started() -> (AppState, Shared<BodyData>) {
        let (mut s, d) = with_body();
        let track = d.tracks[0].id.clone();
        s.apply(Action::Start {
            body: d.body.id.clone(),
            track,
        });
        (s, d)
    }

    #[test]
    fn starting_an_assessment_sets_the_first_grade_and_proposes_the_next() {
        let (s, d) = started();
        let a = s.assessment().expect("assessment");
        let ladder = &d.tracks[0].ladder;
        assert_eq!(a.selection.current, Position::Grade(ladder[0].clone()));
        assert_eq!(a.selection.next.as_ref(), ladder.get(1));
        assert_eq!(s.doc_rev, 1, "a change to the document bumps its revision");
    }

    #[test]
    fn a_rating_then_clearing_its_note_keeps_the_rating() {
        let (mut s, _) = started();
        let item = id("rinri");
        s.apply(Action::Rate {
            side: Side::Current,
            item: item.clone(),
            rating: Rating::NotApplicable,
        });
        s.apply(Action::Note {
            side: Side::Current,
            item: item.clone(),
            note: String::new(),
        });
        let a = s.assessment().expect("assessment");
        assert_eq!(a.rating(Side::Current, &item), Some(Rating::NotApplicable));
    }

    #[test]
    fn an_empty_note_on_an_unrated_item_leaves_no_entry_behind() {
        let (mut s, _) = started();
        let item = id("rinri");
        for note in ["根拠", ""] {
            s.apply(Action::Note {
                side: Side::Next,
                item: item.clone(),
                note: note.into(),
            });
        }
        assert!(s.assessment().expect("assessment").next.is_empty());
    }

    #[test]
    fn changing_the_track_restarts_on_that_track() {
        let (mut s, d) = started();
        let Some(other) = d.tracks.get(1) else {
            panic!("the fixture needs a second track for this test");
        };
        s.apply(Action::SetTrack(other.id.clone()));
        let a = s.assessment().expect("assessment");
        assert_eq!(a.selection.track, other.id);
        assert_eq!(
            a.selection.current,
            Position::Grade(other.ladder[0].clone())
        );
    }

    /// 郡山市's data as an HR office might import a revision of it: one
    /// ability renamed under a new id that replaces the old one.
    fn revised(d: &BodyData) -> (Rc<Imported>, Id, Id) {
        let mut data = d.clone();
        let old = data.abilities[0].id.clone();
        let new = id("renamed-ability");
        data.abilities[0].id = new.clone();
        data.abilities[0].name.ja = "新しい名前".into();
        data.abilities[0].replaces = vec![old.clone()];
        if let Some(m) = data.matrix.as_mut() {
            for c in m.columns.iter_mut().filter(|c| **c == old) {
                *c = new.clone();
            }
        }
        let imp = Imported::from_data(
            "郡山市_改正.xlsx".into(),
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
            data,
        );
        (Rc::new(imp), old, new)
    }

    #[test]
    fn an_imported_framework_replaces_the_body_and_carries_the_rating_to_its_renamed_ability() {
        let (mut s, d) = started();
        let (imp, old, new) = revised(&d);
        s.apply(Action::Rate {
            side: Side::Current,
            item: old.clone(),
            rating: Rating::Level(michishirube::core::scale::Level::Can),
        });
        let notices = s.notices.len();
        s.apply(Action::ImportFramework(imp.clone()));
        assert_eq!(s.frameworks_rev, 1, "the store is saved exactly once");
        assert!(s.framework(&d.body.id).is_some());
        assert_eq!(
            s.body(&d.body.id).as_deref(),
            Some(&*imp.data),
            "the body is shown from it"
        );
        let a = s.assessment().expect("assessment");
        assert_eq!(
            a.rating(Side::Current, &new),
            Some(Rating::Level(michishirube::core::scale::Level::Can))
        );
        assert_eq!(a.rating(Side::Current, &old), None);
        let said: Vec<String> = s.notices[notices..]
            .iter()
            .map(|m| m.get(crate::i18n::Lang::Ja).to_owned())
            .collect();
        assert!(
            said.iter().any(|m| m.contains("「新しい名前」")),
            "named, not by id: {said:?}"
        );
    }

    #[test]
    fn removing_an_imported_framework_drops_its_data_so_the_app_fetches_its_own_again() {
        let (mut s, d) = with_body();
        let (imp, ..) = revised(&d);
        s.apply(Action::ImportFramework(imp));
        s.apply(Action::RemoveFramework(d.body.id.clone()));
        assert_eq!(s.frameworks_rev, 2);
        assert!(s.framework(&d.body.id).is_none());
        assert!(
            s.body(&d.body.id).is_none(),
            "fetched again from the app's own file"
        );
        // Removing what is not there changes nothing, and saves nothing.
        s.apply(Action::RemoveFramework(d.body.id.clone()));
        assert_eq!(s.frameworks_rev, 2);
    }

    #[test]
    fn deleting_everything_deletes_the_imported_frameworks_too() {
        let (mut s, d) = started();
        let (imp, ..) = revised(&d);
        s.apply(Action::ImportFramework(imp));
        s.apply(Action::AllDeleted);
        assert!(s.frameworks.bodies.is_empty());
        assert!(s.body(&d.body.id).is_none());
    }

    #[test]
    fn a_kept_review_is_numbered_and_removing_it_removes_only_it() {
        use michishirube::core::review::ReviewBody;
        let (mut s, d) = started();
        let review = |role: &str| {
            Rc::new(Review {
                id: 0,
                body: d.body.id.clone(),
                current_grade: None,
                next_grade: None,
                made: NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
                received: NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
                on_this_device: true,
                given: ReviewBody {
                    role: role.into(),
                    ..ReviewBody::default()
                },
            })
        };
        s.apply(Action::AddReview(review("課長")));
        s.apply(Action::AddReview(review("部長")));
        let ids: Vec<u32> = s.doc.reviews.iter().map(|r| r.id).collect();
        assert_eq!(ids, [1, 2]);
        s.apply(Action::DeleteReview(1));
        assert_eq!(s.doc.reviews.len(), 1);
        assert_eq!(s.doc.reviews[0].given.role, "部長");
    }

    #[test]
    fn keeping_a_received_copy_keeps_the_one_it_replaces_as_a_snapshot() {
        let (mut s, _) = started();
        let mine = s.assessment().cloned().expect("assessment");
        let mut theirs = mine.clone();
        theirs.selection.next = None;
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        s.apply(Action::KeepCopy {
            assessment: theirs.clone(),
            plan: Vec::new(),
            today: day,
        });
        assert_eq!(s.assessment(), Some(&theirs));
        assert_eq!(s.doc.snapshots.len(), 1);
        assert_eq!(s.doc.snapshots[0].assessment, mine, "nothing is lost");
    }

    #[test]
    fn deleting_everything_is_asked_for_then_done_by_the_effect_then_reported() {
        let (mut s, _) = started();
        s.apply(Action::DeleteAll);
        assert_eq!(s.io, Some(Io::DeleteAll), "the reducer only asks");
        assert!(s.assessment().is_some(), "nothing is gone before the I/O");
        let route = s.route.clone();
        s.apply(Action::AllDeleted);
        assert_eq!(s.io, None);
        assert!(s.assessment().is_none());
        assert_eq!(s.wiped, 1, "a pending save is cancelled");
        assert_eq!(
            s.route, route,
            "the route is the address bar's, not the reducer's"
        );
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn a_failed_deletion_keeps_the_data_and_says_why() {
        let (mut s, _) = started();
        s.apply(Action::DeleteAll);
        s.apply(Action::IoFailed(Msg::new("だめ", "no")));
        assert_eq!(s.io, None);
        assert!(s.assessment().is_some());
        assert_eq!(s.notices, vec![Msg::new("だめ", "no")]);
    }

    #[test]
    fn resetting_a_guest_session_starts_a_new_guest_session() {
        let (mut s, _) = started();
        s.apply(Action::StartGuest);
        s.apply(Action::Projector(true));
        s.apply(Action::Rate {
            side: Side::Current,
            item: id("rinri"),
            rating: Rating::NotApplicable,
        });
        let wiped = s.wiped;
        s.apply(Action::ResetGuest);
        assert_eq!(s.io, Some(Io::ClearGuest));
        assert_eq!(
            s.wiped,
            wiped + 1,
            "the guest's pending save is cancelled at once"
        );
        s.apply(Action::GuestCleared);
        assert!(s.guest, "the next participant is a guest too");
        assert!(
            s.projector,
            "projector mode is the device's, not the guest's"
        );
        assert!(s.assessment().is_none());
        assert_eq!(s.io, None);
    }

    #[test]
    fn leaving_guest_mode_shows_the_owners_data_as_stored_and_says_so() {
        let (owner, _) = started();
        let owners = owner.doc.clone();
        let mut s = AppState::default();
        s.apply(Action::StartGuest);
        s.apply(Action::EndGuest);
        assert_eq!(s.io, Some(Io::EndGuest));
        let rev = s.doc_rev;
        s.apply(Action::GuestEnded {
            doc: owners.clone(),
            frameworks: Rc::new(FrameworkStore::default()),
            notices: Vec::new(),
            recovered: Vec::new(),
        });
        assert!(!s.guest);
        assert_eq!(s.doc, owners);
        assert_eq!(s.doc_rev, rev, "nothing is saved back");
        assert_eq!(s.notices.len(), 1);
        assert!(s.notices[0].get(crate::i18n::Lang::Ja).contains("この端末"));
    }

    #[test]
    fn another_tabs_save_merges_with_this_tabs_unsaved_note() {
        let (mut s, _) = started();
        let base = s.doc.clone();
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
        s.apply(Action::Note {
            side: Side::Current,
            item: id("rinri"),
            note: "こちらのタブ".into(),
        });
        let mut theirs = (*base).clone();
        if let Some(a) = theirs.assessment.as_mut() {
            a.current.entry(id("kikaku")).or_default().note = "あちらのタブ".into();
        }
        let rev = s.doc_rev;
        s.apply(Action::OtherTab {
            base,
            theirs: Some(Rc::new(theirs)),
            today: day,
        });
        let a = s.assessment().expect("assessment");
        assert_eq!(
            a.current.get(&id("rinri")).expect("entry").note,
            "こちらのタブ"
        );
        assert_eq!(
            a.current.get(&id("kikaku")).expect("entry").note,
            "あちらのタブ"
        );
        assert_eq!(s.doc_rev, rev + 1, "the merged document is saved");
    }

    #[test]
    fn another_tabs_save_is_taken_as_it_is_when_this_tab_changed_nothing() {
        let (mut s, _) = started();
        let base = s.doc.clone();
        let mut theirs = (*base).clone();
        theirs.plan.clear();
        theirs.assessment = None;
        let theirs = Rc::new(theirs);
        let rev = s.doc_rev;
        s.apply(Action::OtherTab {
            base,
            theirs: Some(theirs.clone()),
            today: NaiveDate::from_ymd_opt(2026, 12, 7).expect("date"),
        });
        assert_eq!(s.doc, theirs);
        assert_eq!(s.doc_rev, rev, "not saved back");
    }

    #[test]
    fn a_snapshot_being_compared_stops_being_compared_when_deleted() {
        let (mut s, _) = started();
        s.apply(Action::TakeSnapshot {
            today: NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
            label: None,
        });
        let snap = s.doc.snapshots[0].id;
        s.apply(Action::Compare(Some(snap)));
        s.apply(Action::DeleteSnapshot(snap));
        assert_eq!(s.compare, None);
        assert!(s.doc.snapshots.is_empty());
    }

    #[test]
    fn plan_items_get_fresh_ids_and_are_updated_and_removed_by_id() {
        let (mut s, d) = started();
        let item = PlanItem {
            id: 0,
            body: d.body.id.clone(),
            offering: None,
            title: "目標".into(),
            when: michishirube::core::plan::When::FiscalYear(2026),
            status: michishirube::core::plan::Status::Planned,
            note: String::new(),
        };
        s.apply(Action::AddPlan(item.clone()));
        s.apply(Action::AddPlan(item));
        let ids: Vec<u32> = s.doc.plan.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1]);
        let mut changed = s.doc.plan[0].clone();
        changed.note = "メモ".into();
        s.apply(Action::UpdatePlan(changed));
        assert_eq!(s.doc.plan[0].note, "メモ");
        s.apply(Action::DeletePlan(ids[0]));
        assert_eq!(
            s.doc.plan.iter().map(|p| p.id).collect::<Vec<_>>(),
            vec![ids[1]]
        );
    }

    #[test]
    fn another_tabs_deletion_resets_this_one_with_a_message_once() {
        let (mut s, _) = started();
        let gone = |s: &AppState| Action::OtherTab {
            base: s.doc.clone(),
            theirs: None,
            today: NaiveDate::from_ymd_opt(2026, 12, 7).expect("date"),
        };
        s.apply(gone(&s));
        s.apply(gone(&s));
        assert!(s.assessment().is_none());
        assert_eq!(s.notices.len(), 1, "the same message is not stacked");
    }

    #[test]
    fn a_deletion_elsewhere_keeps_what_this_tab_changed_since_and_saves_it() {
        let (mut s, _) = started();
        let base = Rc::new(StoredDoc::new());
        let rev = s.doc_rev;
        s.apply(Action::OtherTab {
            base,
            theirs: None,
            today: NaiveDate::from_ymd_opt(2026, 12, 7).expect("date"),
        });
        assert!(
            s.assessment().is_some(),
            "this tab's new assessment is kept"
        );
        assert_eq!(s.doc_rev, rev + 1, "and saved again");
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn the_history_needs_every_snapshots_body_and_the_assessments() {
        let (mut s, d) = started();
        s.apply(Action::TakeSnapshot {
            today: NaiveDate::from_ymd_opt(2026, 4, 1).expect("date"),
            label: None,
        });
        // A snapshot of another body, as an import can bring.
        let doc = Rc::make_mut(&mut s.doc);
        let mut other = doc.snapshots[0].clone();
        other.id += 1;
        other.assessment.selection.body = id("hamamatsu");
        Rc::make_mut(&mut doc.snapshots).push(other);
        s.apply(Action::Route(Route::History));
        assert_eq!(
            s.needed_bodies(),
            BTreeSet::from([d.body.id.clone(), id("hamamatsu")])
        );
    }

    #[test]
    fn a_view_wanting_bodies_adds_them_to_what_the_app_fetches() {
        let (mut s, d) = started();
        s.apply(Action::Route(Route::Workshop));
        assert_eq!(s.needed_bodies(), BTreeSet::from([d.body.id.clone()]));
        s.apply(Action::WantBodies(vec![id("hamamatsu")]));
        assert!(s.needed_bodies().contains(&id("hamamatsu")));
        assert!(!s.settled(&[id("hamamatsu")]));
        s.apply(Action::BodyFailed(
            id("hamamatsu"),
            Msg::new("無い", "none"),
        ));
        assert!(s.settled(&[id("hamamatsu")]));
    }

    /// A file of a body as the office receives it (no ratings: the
    /// reducer's work does not depend on them).
    fn submission(d: &BodyData, body: &str, staff: &str) -> Submission {
        use michishirube::core::office::file::{SUBMISSION_KIND, SUBMISSION_VERSION};
        let track = &d.tracks[0];
        Submission {
            kind: SUBMISSION_KIND.into(),
            version: SUBMISSION_VERSION,
            body: id(body),
            body_name: "団体".into(),
            track: track.id.clone(),
            current: Position::Grade(track.ladder[0].clone()),
            next: track.ladder.get(1).cloned(),
            made: NaiveDate::from_ymd_opt(2026, 6, 1).expect("date"),
            fiscal_year: 2026,
            data_version: d.version_tag(),
            staff_id: Some(staff.into()),
            contents: Default::default(),
            ratings: Default::default(),
            notes: None,
            review: None,
        }
    }

    #[test]
    fn the_bodies_files_name_are_counted_most_files_first() {
        let (_, d) = with_body();
        let files: Vec<ReadFile> = vec![
            ("a.json".into(), Ok(submission(&d, "hamamatsu", "1"))),
            ("b.json".into(), Ok(submission(&d, "koriyama", "2"))),
            ("c.json".into(), Err(Refusal::Damaged)),
            ("d.json".into(), Ok(submission(&d, "koriyama", "3"))),
        ];
        let bodies: Vec<(Id, usize)> = bodies_of(&files)
            .into_iter()
            .map(|(id, _, n)| (id, n))
            .collect();
        assert_eq!(bodies, vec![(id("koriyama"), 2), (id("hamamatsu"), 1)]);
    }

    #[test]
    fn reading_new_files_lets_go_of_the_last_ones_and_reports_progress_within_bounds() {
        let (mut s, d) = with_body();
        s.apply(Action::OfficeRead(Shared::from(vec![(
            "a.json".to_owned(),
            Ok(submission(&d, "koriyama", "1")),
        )])));
        s.apply(Action::OfficeReading(10));
        assert!(s.office.files.is_empty(), "the last files are let go");
        assert_eq!(s.office.reading, Some((0, 10)));
        s.apply(Action::OfficeProgress(40));
        assert_eq!(s.office.reading, Some((10, 10)), "never more than given");
        s.apply(Action::OfficeRead(Shared::from(Vec::new())));
        assert_eq!(s.office.reading, None);
    }

    #[test]
    fn the_threshold_is_never_below_three_and_starts_at_five() {
        let mut s = AppState::default();
        assert_eq!(s.office.threshold, 5);
        s.apply(Action::OfficeThreshold(1));
        assert_eq!(s.office.threshold, 3);
        s.apply(Action::OfficeThreshold(8));
        assert_eq!(s.office.threshold, 8);
    }

    #[test]
    fn every_file_given_is_taken_in_or_refused_with_its_reason_once() {
        let (mut s, d) = with_body();
        let files: Vec<ReadFile> = vec![
            ("a.json".into(), Ok(submission(&d, "koriyama", "S1"))),
            ("b.json".into(), Ok(submission(&d, "koriyama", "S2"))),
            ("c.json".into(), Err(Refusal::Damaged)),
            ("d.json".into(), Ok(submission(&d, "hamamatsu", "S3"))),
            ("e.json".into(), Ok(submission(&d, "koriyama", "S1"))),
        ];
        s.apply(Action::OfficeRead(Shared::from(files)));
        s.apply(Action::OfficeTakeIn(d.clone()));
        let r = s.office.report.clone().expect("taken in");
        assert_eq!(r.intake.records().len(), 2);
        let reasons: Vec<(&str, &str)> = r
            .intake
            .refused()
            .iter()
            .map(|x| (x.file.as_str(), x.reason.slug()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                ("c.json", "damaged"),
                ("d.json", "other-body"),
                ("e.json", "duplicate")
            ]
        );
        assert_eq!(r.summary.coverage.total, 2);
        // The same data again is not summed up again.
        s.apply(Action::OfficeTakeIn(d.clone()));
        assert!(Rc::ptr_eq(
            &s.office.report.as_ref().expect("kept").summary.0,
            &r.summary.0
        ));
    }

    #[test]
    fn a_new_guest_and_deleting_everything_leave_no_office_files_behind() {
        let (mut s, d) = with_body();
        s.apply(Action::OfficeRead(Shared::from(vec![(
            "a.json".to_owned(),
            Ok(submission(&d, "koriyama", "1")),
        )])));
        s.apply(Action::OfficeThreshold(9));
        s.apply(Action::StartGuest);
        s.apply(Action::ResetGuest);
        s.apply(Action::GuestCleared);
        assert!(s.office.files.is_empty());
        assert_eq!(s.office.threshold, 5);
        s.apply(Action::OfficeRead(Shared::from(vec![(
            "a.json".to_owned(),
            Err(Refusal::NotText),
        )])));
        s.apply(Action::AllDeleted);
        assert!(s.office.files.is_empty());
        assert!(s.office.kept.is_none());
    }

    #[test]
    fn letting_go_of_the_files_keeps_the_threshold() {
        let (mut s, d) = with_body();
        s.apply(Action::OfficeThreshold(6));
        s.apply(Action::OfficeRead(Shared::from(vec![(
            "a.json".to_owned(),
            Ok(submission(&d, "koriyama", "1")),
        )])));
        s.apply(Action::OfficeClear);
        assert!(s.office.files.is_empty() && s.office.report.is_none());
        assert_eq!(s.office.threshold, 6);
    }
}
