//! Giving the office page its files: a drop zone, a file input and a
//! folder input, and reading what is given in the browser, in chunks, so
//! the page stays responsive while thousands of files are read. Nothing
//! is sent anywhere; a file larger than the largest a staff file can be is
//! refused by its size alone, without reading it.

use crate::i18n::{tr, use_lang, Lang};
use crate::route::{current_hash, navigate, Route};
use crate::state::{bodies_of, use_app, Action, AppState, ReadFile, Shared};
use michishirube::core::id::Id;
use michishirube::core::office::read::{parse_for_summary, MAX_FILE_BYTES};
use michishirube::core::office::Refusal;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Files read at once before the page is given back to the browser.
const CHUNK: usize = 500;

/// The files of a list (an input's, or a drop's).
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Gives the browser a turn (a task of its own), so it can paint and take
/// input between chunks.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Reads one file's bytes, but never more than the largest a staff file
/// may be ([`MAX_FILE_BYTES`]): the file is read as a stream and the
/// reading stops as soon as it passes that, so a 50 MB file costs one
/// chunk of memory. The size is learnt from the reading, not asked first:
/// `File.size` is a synchronous round trip to the browser's file system
/// for each file, which for 5,000 files took longer than reading them all.
async fn read_capped(f: &web_sys::File) -> Result<Vec<u8>, Refusal> {
    // A folder dropped as a file, or a file gone meanwhile, cannot be read.
    let reader =
        web_sys::ReadableStreamDefaultReader::new(&f.stream()).map_err(|_| Refusal::Damaged)?;
    let mut bytes = Vec::new();
    loop {
        let step: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| Refusal::Damaged)?
            .unchecked_into();
        if step.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let chunk = js_sys::Uint8Array::new(&step.get_value());
        let start = bytes.len();
        let end = start + chunk.length() as usize;
        if end > MAX_FILE_BYTES {
            let _ = reader.cancel();
            // Only now, for this one file, is its size worth asking (the
            // cast saturates: past 4 GB on wasm32 is too large too).
            return Err(Refusal::TooLarge(f.size() as usize));
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
}

/// Reads one chunk: the files are read together, then each is parsed on
/// its own.
async fn read_chunk(chunk: &[web_sys::File], out: &mut Vec<ReadFile>) {
    let read = futures::future::join_all(chunk.iter().map(read_capped)).await;
    for (f, bytes) in chunk.iter().zip(read) {
        out.push((f.name(), bytes.and_then(|b| parse_for_summary(&b))));
    }
}

/// Reads every file given, then hands them to the reducer at once, and
/// moves to the body they name when they name one, or to the list of
/// bodies when they name several.
async fn read_all(files: Vec<web_sys::File>, dispatch: UseReducerDispatcher<AppState>) {
    dispatch.dispatch(Action::OfficeReading(files.len()));
    let mut out: Vec<ReadFile> = Vec::with_capacity(files.len());
    for chunk in files.chunks(CHUNK) {
        read_chunk(chunk, &mut out).await;
        dispatch.dispatch(Action::OfficeProgress(out.len()));
        yield_to_browser().await;
    }
    let bodies = bodies_of(&out);
    dispatch.dispatch(Action::OfficeRead(Shared::from(out)));
    // A body already chosen stays chosen when the files name it (the list
    // of bodies is shown beside it, to choose another).
    let chosen = match Route::from_hash(&current_hash()) {
        Route::Office(Some(b)) => Some(b),
        _ => None,
    };
    match bodies.as_slice() {
        [] => {}
        _ if chosen.is_some_and(|c| bodies.iter().any(|(b, ..)| *b == c)) => {}
        [(one, ..)] => navigate(&Route::Office(Some(one.clone()))),
        _ => navigate(&Route::Office(None)),
    }
}

/// The drop zone and the two inputs.
#[component]
pub fn Intake() -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let dragging = use_state(|| false);
    let busy = ctx.office.reading.is_some();

    let take = {
        let dispatch = ctx.dispatcher();
        Callback::from(move |files: Vec<web_sys::File>| {
            if !files.is_empty() {
                wasm_bindgen_futures::spawn_local(read_all(files, dispatch.clone()));
            }
        })
    };
    let on_input = {
        let take = take.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files = files_of(input.files());
            input.set_value("");
            take.emit(files);
        })
    };
    let on_drop = {
        let take = take.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if !busy {
                take.emit(files_of(e.data_transfer().and_then(|d| d.files())));
            }
        })
    };
    let on_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    html! {
        <section class="office-intake no-print" aria-labelledby="office-intake-heading">
            <h2 id="office-intake-heading">{ tr(lang, "ファイルを読み込む", "Load the files") }</h2>
            <div class={classes!("dropzone", "office-drop", dragging.then_some("over"))}
                ondrop={on_drop} ondragover={on_over} ondragleave={on_leave}>
                <p>{ tr(lang, "提出されたファイル（.json）をここにドラッグ＆ドロップするか、下のボタンで選んでください。何百・何千のファイルでもまとめて読み込めます。フォルダごと読み込むときは「フォルダを選ぶ」を使ってください。", "Drop the files handed in (.json) here, or choose them with the buttons below. Hundreds or thousands of files can be loaded at once. To load a whole folder, use \u{201c}Choose a folder\u{201d}.") }</p>
                <div class="office-pick">
                    <input id="office-files" class="visually-hidden-file" type="file" multiple=true
                        accept=".json,application/json" disabled={busy} onchange={on_input.clone()} />
                    <label for="office-files" class="button">{ tr(lang, "ファイルを選ぶ", "Choose files") }</label>
                    <input id="office-folder" class="visually-hidden-file" type="file" multiple=true
                        webkitdirectory=true disabled={busy} onchange={on_input} />
                    <label for="office-folder" class="button secondary">{ tr(lang, "フォルダを選ぶ", "Choose a folder") }</label>
                </div>
                <p class="help">{ tr(lang, "ファイルはこの端末の中だけで読み、送信も保存もしません。", "The files are read only on this device; they are neither sent nor saved.") }</p>
            </div>
        </section>
    }
}

/// Props for [`Status`].
#[derive(Properties, PartialEq)]
pub struct StatusProps {
    /// The body chosen, from the address.
    pub body: Option<Id>,
}

/// How many files are read, announced politely. `data-read` is set only
/// once every file given is read (the count of them all, accepted and
/// refused alike).
#[component]
pub fn Status(props: &StatusProps) -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let office = &ctx.office;
    if let Some((done, given)) = office.reading {
        return html! {
            <p id="office-status" class="status" role="status">{ match lang {
                Lang::Ja => format!("読み込んでいます… {done} / {given} 件"),
                Lang::En => format!("Reading… {done} of {given} files"),
            } }</p>
        };
    }
    if office.files.is_empty() {
        return html! { <p id="office-status" class="status" role="status"></p> };
    }
    let n = office.files.len();
    let report = office
        .report
        .as_ref()
        .filter(|r| Some(&r.data.body.id) == props.body.as_ref());
    let text = match report {
        Some(r) => {
            let (ok, refused) = (r.intake.records().len(), r.intake.refused().len());
            match lang {
                Lang::Ja => format!("{n} 件のファイルを読みました。集計したもの {ok} 件、受け付けなかったもの {refused} 件。"),
                Lang::En => format!("{n} files read: {ok} summarised, {refused} refused."),
            }
        }
        None => match lang {
            Lang::Ja => format!("{n} 件のファイルを読みました。"),
            Lang::En => format!("{n} files read."),
        },
    };
    let clear = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::OfficeClear))
    };
    html! {
        <div class="office-read">
            <p id="office-status" class="status" role="status" data-read={n.to_string()}>{ text }</p>
            <button type="button" class="secondary no-print" onclick={clear}>{ tr(lang, "読み込んだファイルを閉じる", "Close the files read") }</button>
        </div>
    }
}
