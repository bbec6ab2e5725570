//! Step 2: rate every item that either grade requires, with the gaps so far
//! beside the list; or, where the document marks nothing for these grades,
//! say so and show the roles it does state.

use super::with_assessment;
use crate::components::grades::role_view;
use crate::components::live_panel::LivePanel;
use crate::components::rating::{scale_legend, RatingItem};
use crate::components::worded::is_worded;
use crate::components::words::{glossed, mixed, source_note};
use crate::i18n::{labelled, paren, tr, use_lang, Lang};
use crate::route::Route;
use crate::state::{use_app, Action};
use michishirube::core::assess::{rate_items, Asking, Assessment, Position, Side};
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, Grade};
use michishirube::core::scale::Rating;
use yew::prelude::*;

/// The rating page.
#[component]
pub fn RateView() -> Html {
    let lang = use_lang();
    let ctx = use_app();
    // Stable callbacks (the dispatcher never changes), so a rating change
    // re-renders only the item whose entry changed, not all of them.
    let dispatcher = ctx.dispatcher();
    // An item asked once answers for both sides: each side is written, so
    // every view that reads a side sees the same answer.
    let on_rate = use_callback(
        dispatcher.clone(),
        |(sides, item, rating): (Vec<Side>, Id, Rating), d| {
            for side in sides {
                d.dispatch(Action::Rate {
                    side,
                    item: item.clone(),
                    rating,
                })
            }
        },
    );
    let on_note = use_callback(
        dispatcher,
        |(sides, item, note): (Vec<Side>, Id, String), d| {
            for side in sides {
                d.dispatch(Action::Note {
                    side,
                    item: item.clone(),
                    note: note.clone(),
                })
            }
        },
    );
    let (a, d) = match with_assessment(&ctx, lang) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let sel = &a.selection;
    let items = rate_items(&d, sel.current_grade(), sel.next.as_ref());
    let current_name = sel.current.name(&d, lang);
    // A recruit knows no grade names yet: the grade rated against is said
    // as what it is to them, with the body's name for it after.
    let next_name = sel.next.as_ref().map(|g| {
        let name = d.grade_name(g, lang);
        if sel.current == Position::PreEntry {
            let first = tr(lang, "入庁後の最初の職位", "the first grade after you join");
            format!("{first}{}", paren(lang, &name))
        } else {
            name
        }
    });
    let (done, total) = a.progress(&items);
    // The note on levels per grade is about abilities the documents mark
    // alike at both grades; a worded ability is asked in each grade's own
    // sentences, which its group shows.
    let per_grade = items
        .iter()
        .any(|i| matches!(i.asking, Asking::PerGrade(_)) && !is_worded(i));

    html! {
        <section class="rate" aria-labelledby="rate-heading">
            <h1 id="rate-heading">{ tr(lang, "自己評価", "Self-rating") }</h1>
            <p class="pair">
                { mixed(&labelled(lang, &d.body.name.glossed(lang), &current_name), lang) }
                { for next_name.as_ref().map(|n| mixed(&format!(" → {n}"), lang)) }
            </p>
            if items.is_empty() {
                { nothing_to_rate(&d, &a, lang) }
            } else {
                { scale_legend(lang) }
                <LivePanel assessment={a.clone()} data={d.clone()} />
                if per_grade {
                    { grades_meaning(&d, &a, lang) }
                }
                <p class="progress" role="status">{ match lang {
                    Lang::Ja => format!("評価済み {done} / {total}"),
                    Lang::En => format!("Rated {done} / {total}"),
                } }</p>
                <ol class="rate-items">
                    { for items.iter().map(|it| html! {
                        <RatingItem
                            item={it.clone()}
                            current={a.answer(it, Side::Current)}
                            next={a.answer(it, Side::Next)}
                            current_name={current_name.clone()}
                            next_name={next_name.clone()}
                            on_rate={on_rate.clone()}
                            on_note={on_note.clone()}
                            data={Some(d.clone())}
                        />
                    }) }
                </ol>
                <div class="actions">
                    <a class="button primary" href={Route::Results.to_hash()}>{ tr(lang, "結果を見る", "See the results") }</a>
                </div>
            }
        </section>
    }
}

/// The grades the person chose (current, then next), as the body's data has them.
fn chosen_grades<'a>(d: &'a BodyData, a: &Assessment) -> Vec<&'a Grade> {
    let sel = &a.selection;
    [sel.current_grade(), sel.next.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|g| d.grade(g))
        .collect()
}

/// Where abilities are asked once per grade, what each grade's level means
/// as far as the documents tell: its roles and can-do statements, once
/// above the list (each group repeats only the role's one line).
fn grades_meaning(d: &BodyData, a: &Assessment, lang: Lang) -> Html {
    let grades = chosen_grades(d, a);
    html! {
        <details class="grades-meaning">
            <summary>{ tr(lang, "職位ごとに評価する能力について：二つの職位で求められること", "Abilities rated once per grade: what each grade asks") }</summary>
            <p>{ tr(lang, "文書は能力の水準が職位によって異なるとしています。能力ごとの水準の説明は文書にないため、各職位の役割に照らして答えてください。", "The documents say the level of each ability differs by grade but describe no level per ability, so answer against each grade's role.") }</p>
            { for grades.iter().map(|g| {
                let hid = format!("meaning-{}", g.id);
                html! {
                    <section class="grade-roles" aria-labelledby={hid.clone()}>
                        <h2 id={hid}>{ glossed(&g.name, lang) }</h2>
                        { for g.roles.iter().map(|r| role_view(d, r, lang)) }
                        if !g.can_do.is_empty() {
                            <ul>{ for g.can_do.iter().map(|c| html! { <li lang="ja">{ c.text.clone() }</li> }) }</ul>
                        }
                        { source_note(d, &g.source, lang) }
                    </section>
                }
            }) }
        </details>
    }
}

/// The grades of the body that have something to rate: a row in the mark
/// table, can-do statements, or abilities worded for them.
fn grades_with_items(d: &BodyData) -> Vec<&Grade> {
    d.grades
        .iter()
        .filter(|g| {
            !g.can_do.is_empty()
                || !g.abilities.is_empty()
                || d.matrix
                    .as_ref()
                    .is_some_and(|m| m.rows.iter().any(|r| r.grade == g.id))
        })
        .collect()
}

/// Where nothing is marked, listed or worded for the chosen grades, say so
/// plainly, true for this body: that its documents have none at all, or
/// that these grades have none and which grades do. Then show what the
/// documents do have for these grades: the roles.
fn nothing_to_rate(d: &BodyData, a: &Assessment, lang: Lang) -> Html {
    let grades = chosen_grades(d, a);
    let others = grades_with_items(d);
    let these = match (grades.len(), lang) {
        (2, Lang::Ja) => "この二つの職位",
        (_, Lang::Ja) => "この職位",
        (2, Lang::En) => "these two grades",
        (_, Lang::En) => "this grade",
    };
    let names = |lang: Lang| {
        others
            .iter()
            .map(|g| g.name.glossed(lang))
            .collect::<Vec<_>>()
            .join(lang.pick("、", ", "))
    };
    let plain = if others.is_empty() {
        match lang {
            Lang::Ja => format!("{}の文書には、職位に求められる能力の印（○など）や「できること」の一覧、職位ごとの能力の文がありません。そのため、能力ごとの自己評価はできません。文書にある職位ごとの役割を示します。", d.body.name.ja),
            Lang::En => format!("The documents of {} give no marks (such as ○) for the abilities grades require, no list of what they can do and no abilities worded per grade, so a rating by ability is not possible. The roles of each grade, as the documents state them, are shown instead.", d.body.name.glossed(lang)),
        }
    } else {
        match lang {
            Lang::Ja => format!("{these}には、{}の文書に能力の印（○など）も「できること」の一覧も、職位ごとの能力の文もありません（これらがあるのは{}です）。そのため、{these}では能力ごとの自己評価はできません。文書にある職位ごとの役割を示します。", d.body.name.ja, names(lang)),
            Lang::En => format!("For {these}, the documents of {} give no marks (such as ○), no list of what they can do and no abilities worded for them; the grades that have them are {}. So a rating by ability is not possible for {these}. The roles of each grade, as the documents state them, are shown instead.", d.body.name.glossed(lang), names(lang)),
        }
    };
    html! {
        <section class="nothing-to-rate">
            <p class="plain">{ mixed(&plain, lang) }</p>
            { for grades.iter().map(|g| {
                let hid = format!("roles-{}", g.id);
                html! {
                    <section class="grade-roles" aria-labelledby={hid.clone()}>
                        <h2 id={hid}>{ glossed(&g.name, lang) }</h2>
                        if g.roles.is_empty() {
                            <p>{ tr(lang, "この職位の役割は、文書に示されていません。", "The documents do not state this grade's role.") }</p>
                        }
                        { for g.roles.iter().map(|r| role_view(d, r, lang)) }
                        { source_note(d, &g.source, lang) }
                    </section>
                }
            }) }
            if d.offerings.is_empty() {
                <p><a href={Route::Body(d.body.id.clone()).to_hash()}>{ tr(lang, "この団体の文書の内容を見る", "See what this body's documents hold") }</a></p>
            } else {
                <p><a href={Route::Body(d.body.id.clone()).to_hash()}>{ tr(lang, "研修・支援制度を見る", "See the training and support") }</a></p>
            }
        </section>
    }
}
