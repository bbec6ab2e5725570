//! Step 1: body → track → current grade → next grade, and the optional years.

use super::with_assessment;
use crate::components::words::{lang_of, mixed};
use crate::i18n::{labelled, paren, tr, use_lang, Lang, Msg};
use crate::route::Route;
use crate::state::{use_app, Action};
use michishirube::core::assess::{next_choices, ChoiceReason, Position};
use michishirube::core::dates::{parse_year, year_label, YearError};
use michishirube::core::id::Id;
use michishirube::core::model::Basis;
use yew::prelude::*;

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// What a year field holds: empty (no year), a year, or text that is not
/// one (kept as typed, with the reason, until the person corrects it).
fn input_year(e: &Event) -> Result<Option<i32>, YearError> {
    let text = e
        .target_unchecked_into::<web_sys::HtmlInputElement>()
        .value();
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_year(&text).map(Some)
    }
}

/// Props for [`YearField`].
#[derive(Properties, PartialEq)]
struct YearFieldProps {
    id: &'static str,
    label: Msg,
    value: Option<i32>,
    on_year: Callback<Option<i32>>,
}

/// A year typed western (2025) or in 和暦 (令和7, R7, H30): what was read is
/// shown back with both calendars, and text that is no year says why and
/// changes nothing.
#[component]
fn YearField(props: &YearFieldProps) -> Html {
    let lang = use_lang();
    let error = use_state(|| None::<(String, YearError)>);
    let onchange = {
        let error = error.clone();
        let cb = props.on_year.clone();
        Callback::from(move |e: Event| match input_year(&e) {
            Ok(y) => {
                error.set(None);
                cb.emit(y);
            }
            Err(why) => {
                let typed = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                error.set(Some((typed, why)));
            }
        })
    };
    let help_id = format!("{}-help", props.id);
    let value = match &*error {
        Some((typed, _)) => typed.clone(),
        None => props.value.map(|y| y.to_string()).unwrap_or_default(),
    };
    html! {
        <div class="field">
            <label for={props.id}>{ props.label.get(lang) }</label>
            <input id={props.id} type="text" inputmode="text" autocomplete="off" size="10"
                aria-describedby={help_id.clone()} aria-invalid={error.is_some().then_some("true")}
                {value} {onchange} />
            <p id={help_id} class="help">
                if let Some((_, why)) = &*error {
                    <span class="error" role="alert">{ mixed(&why.message(lang), lang) }</span>
                } else if let Some(y) = props.value {
                    { match lang {
                        Lang::Ja => format!("{}として読みました。", year_label(y, lang)),
                        Lang::En => format!("Read as {}.", year_label(y, lang)),
                    } }
                } else {
                    { mixed(tr(lang, "西暦でも和暦でも（2025、令和7、R7、H30）。", "Western or Japanese era (2025, 令和7, R7, H30)."), lang) }
                }
            </p>
        </div>
    }
}

/// The setup page.
#[component]
pub fn SetupView() -> Html {
    let lang = use_lang();
    let ctx = use_app();
    let (a, d) = match with_assessment(&ctx, lang) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let sel = &a.selection;
    let Some(track) = d.tracks.iter().find(|t| t.id == sel.track) else {
        return html! { <p class="error" role="alert">{ tr(lang, "選んだ職種が見つかりません。団体の画面から選び直してください。", "The chosen job track was not found. Choose again from the body's page.") }</p> };
    };
    let entry_grade = track
        .ladder
        .first()
        .and_then(|g| d.grade(g))
        .filter(|g| g.entry);

    let on_track = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            if let Ok(id) = Id::parse(&select_value(&e)) {
                ctx.dispatch(Action::SetTrack(id));
            }
        })
    };
    let on_current = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            let pos = match v.as_str() {
                "pre-entry" => Some(Position::PreEntry),
                v => Id::parse(v).ok().map(Position::Grade),
            };
            if let Some(p) = pos {
                ctx.dispatch(Action::SetCurrent(p));
            }
        })
    };
    let on_next = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            ctx.dispatch(Action::SetNext(Id::parse(&select_value(&e)).ok()));
        })
    };
    let on_entry = {
        let ctx = ctx.clone();
        let grade = sel.grade_year;
        Callback::from(move |entry: Option<i32>| ctx.dispatch(Action::SetYears { entry, grade }))
    };
    let on_grade_year = {
        let ctx = ctx.clone();
        let entry = sel.entry_year;
        Callback::from(move |grade: Option<i32>| ctx.dispatch(Action::SetYears { entry, grade }))
    };

    let choices = next_choices(&d, &sel.track, &sel.current);
    let current_value = match &sel.current {
        Position::PreEntry => "pre-entry".to_owned(),
        Position::Grade(g) => g.to_string(),
    };
    let reason = |r: &ChoiceReason| match r {
        ChoiceReason::Ladder => paren(
            lang,
            tr(
                lang,
                "提案：この職種の次の職位",
                "suggested: the next grade on this track",
            ),
        ),
        ChoiceReason::Branch => paren(lang, tr(lang, "分岐", "branch")),
        ChoiceReason::SameTrack => String::new(),
        // A track holding only a grade named after it (技能労務職員, 再任用
        // 職員) would only repeat the name: say that it is another track.
        ChoiceReason::OtherTrack(t) => d
            .tracks
            .iter()
            .find(|x| &x.id == t)
            .map(|x| {
                let same = x.ladder.iter().all(|g| {
                    d.grade(g)
                        .is_some_and(|g| g.name.ja.starts_with(&x.name.ja))
                });
                if same {
                    paren(lang, tr(lang, "別の職種", "another track"))
                } else {
                    paren(lang, &x.name.glossed(lang))
                }
            })
            .unwrap_or_default(),
    };
    let next_value = sel.next.as_ref().map(|g| g.to_string()).unwrap_or_default();
    // Every grade of the track once, ladder first, then branches.
    let mut grades: Vec<&Id> = Vec::new();
    for g in track
        .ladder
        .iter()
        .chain(track.branches.iter().map(|b| &b.to))
    {
        if !grades.contains(&g) {
            grades.push(g);
        }
    }
    let option = |value: String, text: String, selected: bool| {
        html! { <option lang={lang_of(&text, lang)} {value} {selected}>{ text }</option> }
    };

    html! {
        <section class="setup" aria-labelledby="setup-heading">
            <h1 id="setup-heading">{ tr(lang, "職種と職位を選ぶ", "Choose your job track and grades") }</h1>
            <p>{ mixed(&labelled(lang, tr(lang, "団体", "Body"), &d.body.name.glossed(lang)), lang) }</p>
            <form class="setup-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="field">
                    <label for="setup-track">{ tr(lang, "職種", "Job track") }</label>
                    <select id="setup-track" onchange={on_track}>
                        { for d.tracks.iter().map(|t| option(t.id.to_string(), t.name.glossed(lang), t.id == sel.track)) }
                    </select>
                    if track.name.basis == Basis::App {
                        <p class="help">{ mixed(&format!("{}{}", track.name.ja, tr(lang, "はアプリが付けた呼び名です：", " is the app's name for the track: ")), lang) }<span lang="ja">{ track.name.note.clone().unwrap_or_default() }</span></p>
                    }
                </div>
                <div class="field">
                    <label for="setup-current">{ tr(lang, "現在の職位", "Current grade") }</label>
                    <select id="setup-current" onchange={on_current} aria-describedby={entry_grade.map(|_| "setup-current-help")}>
                        if entry_grade.is_some() {
                            { option("pre-entry".into(), tr(lang, "入庁前（内定者など）", "Before entry (e.g. accepted applicants)").into(), current_value == "pre-entry") }
                        }
                        { for grades.iter().map(|g| option(g.to_string(), d.grade_name(g, lang), current_value == g.as_str())) }
                    </select>
                    if let Some(g) = entry_grade.filter(|g| g.entry_basis == Basis::App) {
                        <p id="setup-current-help" class="help">{ mixed(&match lang {
                            crate::i18n::Lang::Ja => format!("「入庁前」は{}を採用時の職位として比べます。採用時の職位は文書に印字されていないため、アプリの読みです。", g.name.ja),
                            crate::i18n::Lang::En => format!("\u{201c}Before entry\u{201d} compares with {} as the grade recruits start at. The documents do not print that grade; this is the app's reading.", g.name.glossed(lang)),
                        }, lang) }</p>
                    }
                </div>
                <div class="field">
                    <label for="setup-next">{ tr(lang, "比べる職位（次の職位）", "Grade to compare with (next grade)") }</label>
                    <select id="setup-next" onchange={on_next} aria-describedby="setup-next-help">
                        { option(String::new(), tr(lang, "比べない（現在の職位だけ評価する）", "None (rate against the current grade only)").into(), sel.next.is_none()) }
                        { for choices.iter().map(|(g, why)| option(g.to_string(), format!("{}{}", d.grade_name(g, lang), reason(why)), next_value == g.as_str())) }
                    </select>
                    <p id="setup-next-help" class="help">{ tr(lang, "職種の職位の並びから次の職位を提案しています。スタッフ職などの分岐や、別の職種の職位も選べます。", "The next grade is suggested from the order of grades on your track. You can also choose a branch, such as a staff post, or a grade on another track.") }</p>
                </div>
                <div class="field-row">
                    <YearField id="setup-entry" label={Msg::new("採用された年（西暦・和暦、任意）", "Year you joined (optional)")}
                        value={sel.entry_year} on_year={on_entry} />
                    <YearField id="setup-grade-year" label={Msg::new("現在の職位になった年（西暦・和暦、任意）", "Year you reached your current grade (optional)")}
                        value={sel.grade_year} on_year={on_grade_year} />
                </div>
            </form>
            <div class="actions">
                <a class="button primary" href={Route::Rate.to_hash()}>{ tr(lang, "自己評価へ進む", "Go on to the self-rating") }</a>
            </div>
        </section>
    }
}
