//! From a confirmed table to a body's data, validated.

use super::*;

/// The track every pasted table is read as: the 標準的な職 of one
/// 職務の種類, in the order the table prints them.
pub(super) const TRACK: &str = "hyojun";

/// A body's data from a confirmed table: its grades (lowest first, one
/// track), groups and abilities, each grade's sentences with the
/// regulation as their source, and the parts a regulation never has
/// recorded as missing. The ids are made from printed order (`s01` for
/// the first grade printed, `g01` for the first group, `a01` for the
/// first ability), so the same table always gets the same ids.
///
/// What is recorded as missing: a 研修 list (courses), a career path and
/// a staff vision, which no such 規程 holds. The matrix is not recorded
/// as missing: the table *is* the grade × ability table, worded instead
/// of marked, and the app shows it as such.
///
/// The result has passed [`crate::core::validate::validate`]; its
/// problems, if any, come back as one Japanese message.
pub fn to_body(p: &Pasted, body: &NewBody, reg: &Regulation) -> Result<BodyData, String> {
    use crate::core::id::Id;
    use crate::core::model::*;
    let id = Id::parse(body.id.trim()).map_err(|e| format!("団体の ID が正しくありません：{e}"))?;
    if body.name.trim().is_empty() {
        return Err("団体の名前を入力してください。".into());
    }
    let kind: BodyKind = serde_json::from_value(serde_json::Value::String(
        body.kind.trim().to_owned(),
    ))
    .map_err(|_| {
        format!(
            "団体の種類「{}」は使えません。市・町・村・区・県のいずれかを選んでください。",
            body.kind
        )
    })?;
    if reg.title.trim().is_empty() {
        return Err(
            "規程の題名を入力してください（例：〇〇町職員の標準職務遂行能力を定める規程）。".into(),
        );
    }
    if p.cells.is_empty() {
        return Err("読み取った表に、職ごとの文がありません。".into());
    }
    let file = format!("{id}-kitei");
    let section = |t: Option<&String>| {
        let s = t.map_or(reg.table.trim(), |t| t.trim());
        if s.is_empty() { "別表" } else { s }.to_owned()
    };
    let src = |t: Option<&String>| Source {
        file: file.clone(),
        section: section(t),
    };
    let mk = |prefix: &str, i: usize| {
        Id::parse(&format!("{prefix}{:02}", i + 1)).map_err(|e| e.to_string())
    };

    // Groups and abilities in printed order, an ability known by its
    // group and name.
    let mut groups: Vec<AbilityGroup> = Vec::new();
    let mut abilities: Vec<Ability> = Vec::new();
    let mut ability_key: Vec<(Option<String>, String)> = Vec::new();
    for c in &p.cells {
        let group = match &c.group {
            Some(gname) => match groups.iter().find(|g| g.name.ja == *gname) {
                Some(g) => Some(g.id.clone()),
                None => {
                    let gid = mk("g", groups.len())?;
                    groups.push(AbilityGroup {
                        id: gid.clone(),
                        name: Label::ja(gname.clone()),
                        source: src(c.table.as_ref()),
                    });
                    Some(gid)
                }
            },
            None => None,
        };
        let key = (c.group.clone(), c.ability.clone());
        if !ability_key.contains(&key) {
            ability_key.push(key);
            abilities.push(Ability {
                id: mk("a", abilities.len())?,
                number: None,
                name: Label::ja(c.ability.clone()),
                group,
                description: Vec::new(),
                keywords: Vec::new(),
                replaces: Vec::new(),
                source: src(c.table.as_ref()),
            });
        }
    }
    let ability_id = |c: &PastedCell| {
        ability_key
            .iter()
            .position(|k| k.0 == c.group && k.1 == c.ability)
            .map(|i| abilities[i].id.clone())
    };

    // Grades in printed order, each with its abilities as worded.
    let mut grades: Vec<Grade> = Vec::new();
    for (i, name) in p.grades.iter().enumerate() {
        let mut worded: Vec<Worded> = Vec::new();
        let mut table = None;
        for c in p.cells.iter().filter(|c| &c.grade == name) {
            table = table.or(c.table.as_ref());
            let Some(aid) = ability_id(c) else { continue };
            let st = c.statements.iter().map(|t| Statement {
                text: t.clone(),
                source: src(c.table.as_ref()),
            });
            match worded.iter_mut().find(|w| w.ability == aid) {
                Some(w) => w.statements.extend(st),
                None => worded.push(Worded {
                    ability: aid,
                    statements: st.collect(),
                }),
            }
        }
        worded.retain(|w| !w.statements.is_empty());
        grades.push(Grade {
            id: mk("s", i)?,
            name: Label::ja(name.clone()),
            level: None,
            posts: Vec::new(),
            roles: Vec::new(),
            can_do: Vec::new(),
            abilities: worded,
            entry: false,
            entry_basis: Basis::App,
            skills: Vec::new(),
            methods: Vec::new(),
            source: src(table),
        });
    }
    let mut ladder: Vec<Id> = grades.iter().map(|g| g.id.clone()).collect();
    if p.top_first {
        ladder.reverse();
    }
    // Recruits start at the lowest grade: the app's reading, as for every body.
    if let Some(low) = ladder
        .first()
        .and_then(|l| grades.iter_mut().find(|g| &g.id == l))
    {
        low.entry = true;
    }
    let order = if p.top_first {
        "上の職から下の職へ"
    } else {
        "下の職から上の職へ"
    };
    let track = Track {
        id: Id::parse(TRACK).map_err(|e| e.to_string())?,
        name: Label::ja("標準的な職"),
        ladder,
        branches: Vec::new(),
        ends: Vec::new(),
        note: Some(Text {
            text: format!(
                "規程の表は{order}並んでいます。アプリはこの順を昇任の順と読み、下の職から並べています。"
            ),
            basis: Basis::App,
            note: Some("規程は職の順を昇任の順としては定めていません（アプリの読み）。".into()),
            source: None,
        }),
        source: src(None),
        basis: Basis::App,
    };
    let missing = vec![
        Missing {
            part: Part::Courses,
            note: "この規程は標準職務遂行能力を定めるもので、研修の体系や一覧は含みません。".into(),
            source: None,
        },
        Missing {
            part: Part::CareerPath,
            note: "この規程は職ごとに求められる能力を定めるもので、キャリアパス（昇任の道筋や年数、異動の考え方）は含みません。".into(),
            source: None,
        },
        Missing {
            part: Part::Vision,
            note: "この規程は標準職務遂行能力を定めるもので、目指す職員像や行動指針は含みません。".into(),
            source: None,
        },
    ];
    let data = BodyData {
        format: DATA_FORMAT,
        body: BodyInfo {
            id,
            name: Label::ja(body.name.trim()),
            kind,
            prefecture: body.prefecture.trim().to_owned(),
            version: None,
        },
        documents: vec![Document {
            file: file.clone(),
            title: reg.title.trim().to_owned(),
            issuer: None,
            date: reg
                .date
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            revisions: Vec::new(),
            period: None,
            number: reg
                .number
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            note: None,
            note_basis: Basis::App,
        }],
        visions: Vec::new(),
        tracks: vec![track],
        grades,
        ability_groups: groups,
        abilities,
        matrix: None,
        career_paths: Vec::new(),
        offerings: Vec::new(),
        measures: Vec::new(),
        plan_tables: Vec::new(),
        surveys: Vec::new(),
        kpi_tables: Vec::new(),
        missing,
    };
    crate::core::validate::validate("paste", &data).map_err(|errors| {
        let list = errors
            .iter()
            .map(|e| format!("{}：{}", e.path, e.problem))
            .collect::<Vec<_>>()
            .join("／");
        format!("読み取った表から団体のデータを作れませんでした：{list}")
    })?;
    Ok(data)
}
