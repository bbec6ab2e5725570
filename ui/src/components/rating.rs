//! Rating one item against each grade's expectation.
//!
//! Each side is a native radio group (one `name` per item and side), so the
//! keyboard works as people expect: Tab moves between groups, the arrow keys
//! move between choices and select them. Every group has a legend that says
//! which grade it is about and what that grade expects, in the body's words.
//! An item both grades ask for in the same way is one group answering for
//! both; one asked per grade says why, and gives each grade's role.
//! An ability a grade words (a 標準職務遂行能力 table) shows that grade's
//! sentences as printed, with their 出典, in place of a mark and target.

use super::worded::{is_worded, sentence_list, sentence_source};
use super::words::{caveat, mixed};
use crate::core::assess::{Asking, Entry, RateItem, Side};
use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::core::scale::{Level, Rating};
use crate::i18n::{gloss, labelled, paren, tr, use_lang, Lang};
use crate::state::Shared;
use yew::prelude::*;

/// The scale, defined once in the core, with each step's meaning.
pub fn scale_legend(lang: Lang) -> Html {
    html! {
        <section class="scale" aria-labelledby="scale-heading">
            <h2 id="scale-heading">{ tr(lang, "評価の目安", "The rating scale") }</h2>
            <dl class="scale-list">
                { for Level::ALL.iter().map(|l| html! {
                    <>
                        <dt>{ format!("{} {}", l.value(), l.label(lang)) }</dt>
                        <dd>{ l.meaning(lang) }</dd>
                    </>
                }) }
                <dt>{ Rating::na_label(lang) }</dt>
                <dd>{ Rating::na_meaning(lang) }</dd>
            </dl>
            <p class="help">{ tr(lang, "求められる水準（目標）は「3 できる」です。Tab キーで項目を移り、矢印キーで選べます。", "The required level (the target) is \u{201c}3 Can do\u{201d}. Tab moves between items; the arrow keys choose.") }</p>
        </section>
    }
}

/// Props for [`RatingItem`].
#[derive(Properties, PartialEq)]
pub struct RatingItemProps {
    /// The item.
    pub item: RateItem,
    /// Its rating and note against the current grade.
    pub current: Entry,
    /// Its rating and note against the next grade.
    pub next: Entry,
    /// The current grade's name.
    pub current_name: String,
    /// The next grade's name.
    pub next_name: Option<String>,
    /// Called with a new rating and the sides it answers for (both, for
    /// an item asked once: see [`RateItem::questions`]).
    pub on_rate: Callback<(Vec<Side>, Id, Rating)>,
    /// Called with a new note and the sides it is written for.
    pub on_note: Callback<(Vec<Side>, Id, String)>,
    /// Whether each side takes a note (a supervisor's review takes one
    /// comment per item instead, outside this).
    #[prop_or(true)]
    pub notes: bool,
    /// The person's own ratings (current, next), shown beside the choices
    /// when a supervisor rates with them in view.
    #[prop_or_default]
    pub own: Option<(Option<Rating>, Option<Rating>)>,
    /// The radio groups' name prefix (`r` for the person's own rating).
    #[prop_or("r")]
    pub prefix: &'static str,
    /// More for the item, after its groups (a supervisor's comment).
    #[prop_or_default]
    pub children: Html,
    /// The body, to cite a worded ability's sentences by the document's
    /// title (without it, by section only).
    #[prop_or_default]
    pub data: Option<Shared<BodyData>>,
}

fn choice_value(r: Rating) -> String {
    match r {
        Rating::Level(l) => l.value().to_string(),
        Rating::NotApplicable => "na".into(),
    }
}

/// One item with a radio group per grade that expects something of it.
#[component]
pub fn RatingItem(props: &RatingItemProps) -> Html {
    let lang = use_lang();
    let it = &props.item;
    let choices: Vec<Rating> = Level::ALL
        .iter()
        .map(|l| Rating::Level(*l))
        .chain([Rating::NotApplicable])
        .collect();
    let name_of = |side: Side| match side {
        Side::Current => props.current_name.clone(),
        Side::Next => props.next_name.clone().unwrap_or_default(),
    };
    let per_grade = matches!(it.asking, Asking::PerGrade(_));
    let worded = is_worded(it);
    let group = |sides: Vec<Side>| -> Html {
        let Some(&side) = sides.first() else {
            return html! {};
        };
        let entry = match side {
            Side::Current => &props.current,
            Side::Next => &props.next,
        };
        let grade = sides
            .iter()
            .map(|s| name_of(*s))
            .collect::<Vec<_>>()
            .join(lang.pick("・", " and "));
        let key = if sides.len() > 1 {
            "both"
        } else {
            side_key(side)
        };
        // Named by its first side: a group answering for both keeps the
        // name the current grade's group had before.
        let name = format!("{}-{}-{}", props.prefix, side_key(side), it.id);
        let own = props.own.map(|(c, n)| match side {
            Side::Current => c,
            Side::Next => n,
        });
        // What each grade asks, in the body's words: the mark, its meaning,
        // the target; per grade when the group answers for both.
        let expects: Vec<String> = sides
            .iter()
            .filter_map(|s| {
                it.expectation(*s)
                    .filter(|e| e.target.is_some())
                    .map(|e| (*s, e))
            })
            .map(|(s, exp)| {
                let mut expect = String::new();
                if sides.len() > 1 {
                    expect += &name_of(s);
                    expect += " ";
                }
                if let Some(m) = &exp.mark {
                    expect += m;
                    expect += " ";
                }
                if let Some(w) = &exp.wording {
                    expect += w;
                }
                if let Some(t) = exp.target {
                    expect += &match lang {
                        Lang::Ja => format!("（目標「{}」）", t.label(lang)),
                        Lang::En => format!(" (target \u{201c}{}\u{201d})", t.label(lang)),
                    };
                }
                expect.trim_end().to_owned()
            })
            .collect();
        let Some(exp) = it.expectation(side).filter(|e| e.target.is_some()) else {
            return html! {};
        };
        let expect = expects.join(lang.pick("／", "; "));
        // A worded ability's group is described by the grade's sentences,
        // not its role line: the sentences are what the grade asks.
        let role = exp.role.as_ref().filter(|_| per_grade && !worded);
        let words_id = format!("{name}-words");
        let on_note = {
            let cb = props.on_note.clone();
            let id = it.id.clone();
            let sides = sides.clone();
            Callback::from(move |e: InputEvent| {
                let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                cb.emit((sides.clone(), id.clone(), t.value()));
            })
        };
        let note_id = format!("{name}-note");
        html! {
            <fieldset class={classes!("rating-group", key)} aria-describedby={worded.then(|| words_id.clone())}>
                <legend>
                    <span class="side">{ mixed(&match lang {
                        Lang::Ja => format!("{grade}に対して"),
                        Lang::En => format!("Against {grade}"),
                    }, lang) }</span>
                    if worded {
                        <span class="expect">{ mixed(&match lang {
                            Lang::Ja => format!("{grade}の文（下記）に照らして"),
                            Lang::En => format!("Against {grade}'s words (below)"),
                        }, lang) }</span>
                    } else {
                    // Without a mark the wording is the grade's role, not a requirement.
                    <span class="expect">{ mixed(&labelled(lang, if exp.mark.is_some() { tr(lang, "求め", "Required") } else { tr(lang, "この職位の役割", "Role at this grade") }, &expect), lang) }</span>
                    }
                    { for role.map(|r| html! { <span class="grade-role">{ mixed(&labelled(lang, &match lang {
                        Lang::Ja => format!("{grade}の役割"),
                        Lang::En => format!("Role at {grade}"),
                    }, r), lang) }</span> }) }
                    { for exp.reads_as.as_ref().map(|r| html! { <span class="reads-as">{ mixed(&match lang {
                        Lang::Ja => format!("この職位では「{r}」と読みます"),
                        Lang::En => format!("At this grade it reads \u{201c}{r}\u{201d}"),
                    }, lang) }</span> }) }
                    { for own.map(|o| html! { <span class="own-rating">{ match lang {
                        Lang::Ja => format!("本人の評価：{}", o.map_or("未評価", |r| r.label(lang))),
                        Lang::En => format!("Own rating: {}", o.map_or("not rated", |r| r.label(lang))),
                    } }</span> }) }
                    { for exp.uncertain.as_ref().map(|why| html! {
                        <span class="uncertain-target">
                            <span class="badge badge-uncertain">{ tr(lang, "？ この目標は不確かです", "? This target is uncertain") }</span>
                            { caveat(why, lang) }
                        </span>
                    }) }
                </legend>
                if worded {
                    <div class="worded-statements" id={words_id.clone()}>
                        { sentence_list(&exp.statements) }
                        { sentence_source(props.data.as_deref(), &exp.statements, lang) }
                    </div>
                }
                <div class="choices">
                    { for choices.iter().map(|c| {
                        let id = format!("{name}-{}", choice_value(*c));
                        let onchange = {
                            let cb = props.on_rate.clone();
                            let item = it.id.clone();
                            let c = *c;
                            let sides = sides.clone();
                            Callback::from(move |_: Event| cb.emit((sides.clone(), item.clone(), c)))
                        };
                        html! {
                            <label for={id.clone()} class="choice">
                                <input type="radio" id={id} name={name.clone()} value={choice_value(*c)}
                                    checked={entry.rating == Some(*c)} {onchange} />
                                <span>{ match c { Rating::Level(l) => format!("{} {}", l.value(), l.label(lang)), Rating::NotApplicable => tr(lang, "該当しない・判断できない", "Not applicable / can't judge").into() } }</span>
                            </label>
                        }
                    }) }
                </div>
                if props.notes {
                <details class="note" open={!entry.note.is_empty()}>
                    <summary>{ tr(lang, "具体的な場面・根拠を書く（任意）", "Note a concrete situation or evidence (optional)") }</summary>
                    <label for={note_id.clone()} class="sr-only">{ mixed(&match lang {
                        Lang::Ja => format!("{}（{grade}）の具体的な場面・根拠", it.short_label()),
                        Lang::En => format!("Concrete situation or evidence for {} ({grade})", it.name(lang)),
                    }, lang) }</label>
                    <textarea id={note_id} rows="2" value={entry.note.clone()} oninput={on_note} />
                </details>
                }
            </fieldset>
        }
    };
    html! {
        <li class="rate-item" data-item={it.id.to_string()}>
            <h3>
                { for it.number.as_ref().map(|n| html! { <span class="num" lang="ja">{ n.clone() }</span> }) }
                { mixed(&gloss(&it.label, it.label_en.as_deref(), lang), lang) }
                { for it.group_name(lang).map(|g| html! { <span class="group">{ mixed(&paren(lang, &g), lang) }</span> }) }
            </h3>
            { for it.description.iter().map(|t| html! { <p class="desc" lang="ja">{ t.clone() }</p> }) }
            if !it.keywords.is_empty() {
                <p class="keywords">{ tr(lang, "キーワード：", "Keywords: ") }<span lang="ja">{ it.keywords.join("、") }</span></p>
            }
            if let Asking::PerGrade(why) = &it.asking {
                <p class="why-twice">{ mixed(&why.text(lang), lang) }</p>
            }
            { for it.questions().into_iter().map(group) }
            { props.children.clone() }
        </li>
    }
}

/// A short, stable key for a side, used in element names.
pub fn side_key(side: Side) -> &'static str {
    match side {
        Side::Current => "current",
        Side::Next => "next",
    }
}
