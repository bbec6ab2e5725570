//! Reading grids and lines as grades × abilities: grades down a column
//! (abilities down the rows, or across the heading row) or across the
//! heading row; groups in a column, a heading row, or a line of their own.

use super::*;

/// Why a table was not read as grades × abilities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Why {
    NoGrades,
    Numbers,
    GradesOnly,
}

impl Why {
    pub(super) fn phrase(self) -> String {
        match self {
            Why::Numbers => "数字が並ぶ表で、給料表のように見えます",
            Why::GradesOnly => {
                "職の名前は並んでいますが、能力ごとの文がありません。標準的な職の一覧のように見えます"
            }
            Why::NoGrades => "部長・課長・係長などの職の名前が見つかりません",
        }
        .to_owned()
    }
}

/// What one table (or the lines) gave.
#[derive(Default)]
pub(super) struct Reading {
    pub(super) cells: Vec<PastedCell>,
    pub(super) grades_in_columns: bool,
    pub(super) unplaced: Vec<String>,
}

impl Reading {
    /// Adds sentences to a grade's ability: to the last cell when it is
    /// the same grade and ability (a cell printed over several rows).
    fn add(
        &mut self,
        grade: &str,
        group: Option<String>,
        ability: String,
        st: Vec<String>,
        table: Option<&str>,
    ) {
        if st.is_empty() {
            return;
        }
        if let Some(last) = self.cells.last_mut() {
            if last.grade == grade && last.ability == ability && last.group == group {
                for s in st {
                    if !last.statements.contains(&s) {
                        last.statements.push(s);
                    }
                }
                return;
            }
        }
        self.cells.push(PastedCell {
            grade: grade.to_owned(),
            group,
            ability,
            statements: st,
            table: table.map(str::to_owned),
        });
    }

    fn unplace(&mut self, s: &str) {
        for l in s.lines().map(str::trim).filter(|l| !l.is_empty()) {
            self.unplaced.push(l.to_owned());
        }
    }
}

pub(super) fn read_grid(g: &Grid, table: Option<&str>) -> Result<Reading, Why> {
    let filled: Vec<&str> = g
        .texts
        .iter()
        .map(String::as_str)
        .filter(|t| !t.is_empty())
        .collect();
    let numbers = filled.iter().filter(|t| numeric(t)).count();
    if numbers >= 4 && numbers * 2 >= filled.len() {
        return Err(Why::Numbers);
    }
    let width = g.width();
    // Grades across a heading row: 区分 | 能力 | 部長 | 課長 …
    for hr in 0..g.rows.len().min(3) {
        let grades: Vec<(usize, usize)> = g
            .run(hr, 0, width)
            .into_iter()
            .filter(|&(_, id)| grade_name(g.text(id)).is_some())
            .collect();
        if grades.len() >= 2 && grades[0].0 > 0 {
            return read_columns(g, table, hr, &grades);
        }
    }
    // Grades down a column.
    let mut best: Option<(usize, usize)> = None;
    for c in 0..width {
        let mut seen = Vec::new();
        for r in 0..g.rows.len() {
            if let Some(id) = g.at(r, c) {
                if !seen.contains(&id) && grade_name(g.text(id)).is_some() {
                    seen.push(id);
                }
            }
        }
        if !seen.is_empty() && best.is_none_or(|(_, n)| seen.len() > n) {
            best = Some((c, seen.len()));
        }
    }
    let Some((gc, _)) = best else {
        return Err(Why::NoGrades);
    };
    let Some(first) = (0..g.rows.len()).find(|&r| {
        g.at(r, gc)
            .is_some_and(|id| grade_name(g.text(id)).is_some())
    }) else {
        return Err(Why::NoGrades);
    };
    let sentences_right = (first..g.rows.len()).any(|r| {
        g.run(r, gc + 1, width)
            .iter()
            .any(|&(_, id)| sentence_like(g.text(id)))
    });
    if !sentences_right {
        return Err(Why::GradesOnly);
    }
    let mut out = Reading::default();
    let mut placed = Vec::new();
    for r in 0..first {
        for (_, id) in g.run(r, 0, width) {
            if !placed.contains(&id) {
                placed.push(id);
            }
        }
    }
    // Abilities across the heading row (職 | 保有すべき能力 | …), each
    // grade on a row of its own; else grade, group, ability, sentences.
    let header: Vec<(usize, usize)> = if first > 0 {
        g.run(first - 1, gc + 1, width)
            .into_iter()
            .filter(|&(_, id)| !is_heading(g.text(id)) && !g.text(id).is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let grade_ids: Vec<Option<usize>> = (first..g.rows.len()).map(|r| g.at(r, gc)).collect();
    let one_row_each = grade_ids.windows(2).all(|w| w[0] != w[1]);
    let wide = header.len() >= 2 && one_row_each;
    for (_, id) in g
        .run(first.saturating_sub(1), 0, width)
        .into_iter()
        .filter(|_| first > 0)
    {
        let t = g.text(id);
        let ability_name = wide && header.iter().any(|&(_, h)| h == id);
        if !is_heading(t) && !ability_name {
            out.unplace(t);
        }
    }
    for r in 0..first.saturating_sub(1) {
        for (_, id) in g.run(r, 0, width) {
            let group_name = wide && first >= 2;
            if !is_heading(g.text(id)) && !group_name {
                out.unplace(g.text(id));
            }
        }
    }
    let mut group_heading: Option<(String, String)> = None;
    let mut left_seen: Vec<usize> = Vec::new();
    for r in first..g.rows.len() {
        for (_, id) in g.run(r, 0, gc) {
            if !left_seen.contains(&id) {
                left_seen.push(id);
                out.unplace(g.text(id));
            }
        }
        let Some(gid) = g.at(r, gc) else {
            for (_, id) in g.run(r, gc + 1, width) {
                out.unplace(g.text(id));
            }
            continue;
        };
        let gt = g.text(gid);
        let grade = match grade_name(gt) {
            Some(n) => strip_bullet(&n).to_owned(),
            None if !sentence_like(gt) && !gt.is_empty() => label(gt),
            None => {
                for (_, id) in g.run(r, gc, width) {
                    out.unplace(g.text(id));
                }
                continue;
            }
        };
        let run = g.run(r, gc + 1, width);
        if wide {
            for (c, id) in run {
                let ability = header
                    .iter()
                    .rev()
                    .find(|&&(hc, _)| hc <= c)
                    .map(|&(_, h)| label(g.text(h)));
                let group = (first >= 2)
                    .then(|| g.at(first - 2, c))
                    .flatten()
                    .filter(|&top| Some(top) != g.at(first - 1, c) && !is_heading(g.text(top)))
                    .map(|top| label(g.text(top)));
                match ability {
                    Some(a) => out.add(&grade, group, a, sentences(g.text(id)), table),
                    None => out.unplace(g.text(id)),
                }
            }
            continue;
        }
        let Some((&(_, last), labels)) = run.split_last() else {
            continue;
        };
        let last_text = g.text(last);
        if labels.is_empty() {
            if sentence_like(last_text) {
                out.unplace(last_text);
            } else {
                group_heading = Some((grade.clone(), label(last_text)));
            }
            continue;
        }
        let ability = label(g.text(labels[labels.len() - 1].1));
        let group = if labels.len() >= 2 {
            for &(_, mid) in &labels[1..labels.len() - 1] {
                out.unplace(g.text(mid));
            }
            Some(label(g.text(labels[0].1)))
        } else {
            group_heading
                .as_ref()
                .filter(|(gr, _)| *gr == grade)
                .map(|(_, name)| name.clone())
        };
        out.add(&grade, group, ability, sentences(last_text), table);
    }
    if out.cells.is_empty() {
        return Err(Why::GradesOnly);
    }
    Ok(out)
}

/// A table whose heading row names the grades: a row per ability (its
/// group and name in the columns before the first grade, or a row of its
/// own spanning the table for a group), a cell per grade.
pub(super) fn read_columns(
    g: &Grid,
    table: Option<&str>,
    hr: usize,
    grades: &[(usize, usize)],
) -> Result<Reading, Why> {
    let width = g.width();
    let mut out = Reading {
        grades_in_columns: true,
        ..Reading::default()
    };
    for r in 0..hr {
        for (_, id) in g.run(r, 0, width) {
            if !is_heading(g.text(id)) {
                out.unplace(g.text(id));
            }
        }
    }
    for (c, id) in g.run(hr, 0, width) {
        if !grades.iter().any(|&(gc, _)| gc == c) && !is_heading(g.text(id)) {
            out.unplace(g.text(id));
        }
    }
    let first_grade = grades[0].0;
    let mut per_grade: Vec<Reading> = grades.iter().map(|_| Reading::default()).collect();
    let mut group: Option<String> = None;
    for r in hr + 1..g.rows.len() {
        let all = g.run(r, 0, width);
        if all.is_empty() {
            continue;
        }
        if all.len() == 1 && !sentence_like(g.text(all[0].1)) {
            group = Some(label(g.text(all[0].1)));
            continue;
        }
        let labels = g.run(r, 0, first_grade);
        let Some(&(_, ab)) = labels.last() else {
            for (_, id) in all {
                out.unplace(g.text(id));
            }
            continue;
        };
        let ability = label(g.text(ab));
        let grp = if labels.len() >= 2 {
            Some(label(g.text(labels[0].1)))
        } else {
            group.clone()
        };
        for (i, &(gc, gid)) in grades.iter().enumerate() {
            let name = strip_bullet(g.text(gid)).to_owned();
            if let Some(id) = g.at(r, gc) {
                per_grade[i].add(
                    &name,
                    grp.clone(),
                    ability.clone(),
                    sentences(g.text(id)),
                    table,
                );
            }
        }
    }
    for p in per_grade {
        out.cells.extend(p.cells);
    }
    if out.cells.is_empty() {
        return Err(Why::GradesOnly);
    }
    Ok(out)
}

/// Reads blocks (HTML, or tab-separated text): every table that reads
/// as grades × abilities, each with the 別表 heading printed before it.
pub(super) fn read_blocks(layout: PasteLayout, blocks: Vec<Block>) -> Result<Pasted, PasteError> {
    let mut all = Reading::default();
    let mut heading: Option<String> = None;
    let mut whys = Vec::new();
    for b in blocks {
        match b {
            Block::Line(l) => match table_heading(&l) {
                Some(t) => heading = Some(t),
                None => all.unplaced.push(l),
            },
            Block::Table(g) => {
                let name = table_heading(&g.caption).or_else(|| heading.clone());
                if !g.caption.is_empty() && table_heading(&g.caption).is_none() {
                    all.unplace(&g.caption);
                }
                match read_grid(&g, name.as_deref()) {
                    Ok(r) => {
                        all.grades_in_columns |= r.grades_in_columns;
                        all.cells.extend(r.cells);
                        all.unplaced.extend(r.unplaced);
                    }
                    Err(why) => {
                        whys.push(why);
                        for t in &g.texts {
                            all.unplace(t);
                        }
                    }
                }
            }
        }
    }
    if all.cells.is_empty() {
        return Err(match whys.iter().max() {
            Some(w) => PasteError::NotAbilities(w.phrase()),
            None => PasteError::NoTable,
        });
    }
    Ok(finish(layout, all))
}

pub(super) fn finish(layout: PasteLayout, r: Reading) -> Pasted {
    let mut grades: Vec<String> = Vec::new();
    for c in &r.cells {
        if !grades.contains(&c.grade) {
            grades.push(c.grade.clone());
        }
    }
    let rank = |g: &String| {
        let bare = g.find(['(', '（']).map_or(g.as_str(), |i| &g[..i]);
        grade_rank(bare.trim())
    };
    let top_first = match (grades.first().and_then(rank), grades.last().and_then(rank)) {
        (Some(a), Some(b)) => a >= b,
        _ => true,
    };
    Pasted {
        layout,
        grades_in_columns: r.grades_in_columns,
        grades,
        top_first,
        cells: r.cells,
        unplaced: r.unplaced,
    }
}

/// Reads plain lines in the order a 例規集 page shows a table: a grade's
/// line, then its abilities' names (a group's name before the first of
/// its abilities), each followed by its sentences. A 別表 heading starts
/// a new table; a table that gives no sentence leaves all its lines
/// unplaced (別表第1, the list of 標準的な職, say).
pub(super) fn read_lines(lines: &[String]) -> Result<Pasted, PasteError> {
    let mut all = Reading::default();
    let mut segment: Vec<&str> = Vec::new();
    let mut heading: Option<String> = None;
    let mut saw_grade = false;
    let mut numbers = 0usize;
    let mut filled = 0usize;
    let flush =
        |segment: &mut Vec<&str>, heading: Option<&str>, all: &mut Reading, saw: &mut bool| {
            let r = read_segment(segment, heading);
            *saw |= r.1;
            if r.0.cells.is_empty() {
                for l in segment.iter() {
                    all.unplace(l);
                }
            } else {
                all.cells.extend(r.0.cells);
                all.unplaced.extend(r.0.unplaced);
            }
            segment.clear();
        };
    for l in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        filled += 1;
        if numeric(l) {
            numbers += 1;
        }
        if let Some(t) = table_heading(l) {
            flush(&mut segment, heading.as_deref(), &mut all, &mut saw_grade);
            heading = Some(t);
            continue;
        }
        segment.push(l);
    }
    flush(&mut segment, heading.as_deref(), &mut all, &mut saw_grade);
    if all.cells.is_empty() {
        return Err(if numbers >= 4 && numbers * 2 >= filled {
            PasteError::NotAbilities(Why::Numbers.phrase())
        } else if saw_grade {
            PasteError::NotAbilities(Why::GradesOnly.phrase())
        } else {
            PasteError::NoTable
        });
    }
    Ok(finish(PasteLayout::Lines, all))
}

/// One table's lines; also whether any line named a grade.
pub(super) fn read_segment(lines: &[&str], table: Option<&str>) -> (Reading, bool) {
    let mut out = Reading::default();
    let mut grade: Option<String> = None;
    let mut group: Option<String> = None;
    let mut ability: Option<String> = None;
    let mut pending: Vec<&str> = Vec::new();
    let mut saw = false;
    for &l in lines {
        let bulleted = strip_bullet(l) != l;
        if let Some(gname) =
            grade_name(l).filter(|_| !bulleted || l.starts_with(|c: char| c.is_ascii_digit()))
        {
            for p in pending.drain(..) {
                out.unplace(p);
            }
            grade = Some(strip_bullet(&gname).to_owned());
            saw = true;
            group = None;
            ability = None;
            continue;
        }
        let Some(gr) = grade.as_deref() else {
            if !is_heading(l) {
                out.unplace(l);
            }
            continue;
        };
        if sentence_like(l) || (bulleted && !is_heading(l)) {
            if let Some((&last, before)) = pending.split_last() {
                if let Some((&g, rest)) = before.split_last() {
                    for p in rest {
                        out.unplace(p);
                    }
                    group = Some(label(g));
                }
                ability = Some(label(last));
                pending.clear();
            }
            match &ability {
                Some(a) => out.add(gr, group.clone(), a.clone(), sentences(l), table),
                None => out.unplace(l),
            }
        } else if is_heading(l) && l.trim() != "能力" {
            // A heading row repeated on a new page.
        } else {
            pending.push(l);
        }
    }
    for p in pending {
        out.unplace(p);
    }
    (out, saw)
}
