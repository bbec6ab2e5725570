// テスト市: a fictional body an HR clerk fills into the downloaded template,
// the way a clerk would — by the header row's column names, below the
// template's own example rows, with Excel's usual habits (丸数字, ◯ for ○,
// a trailing space). Used by author.test.mjs for the clerk's day, the
// one-file app and the revision.
//
// Options:
// - `mistakes`: two errors a clerk makes — a mark outside the legend (△)
//   in 職位×能力, and a course aimed at a grade id that does not exist;
// - `revised`: the next version — 企画力 renamed 企画・改善力 with a new id
//   that `replaces` the old one, and 説明力 removed.
import ExcelJS from 'exceljs';

const DOC = 'testshi-hoshin.pdf';
const SEC_GRADES = '第2 1 職位と役割';
const SEC_ABILITIES = '第2 2 求められる能力';
const SEC_COURSES = '第3 研修・支援';

/** Writes `rows` (objects keyed by header names of row 2) from the first
 *  row after everything already on the sheet. */
function append(ws, rows) {
  const headers = {};
  ws.getRow(2).eachCell((c, n) => { headers[String(c.value)] = n; });
  let r = ws.actualRowCount + 1;
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const col = headers[name];
      if (!col) throw new Error(`${ws.name}: no column 「${name}」`);
      ws.getRow(r).getCell(col).value = value;
    }
    r += 1;
  }
}

/** Writes the matrix block by position (its columns are numbered, not named). */
function appendBlock(ws, rows) {
  let r = ws.actualRowCount + 1;
  for (const cells of rows) {
    cells.forEach((v, i) => { if (v !== null) ws.getRow(r).getCell(2 + i).value = v; });
    r += 1;
  }
}

export async function fillTestshi(template, { mistakes = false, revised = false } = {}) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template);
  const sheet = (n) => {
    const ws = wb.getWorksheet(n);
    if (!ws) throw new Error(`the template has no sheet 「${n}」`);
    return ws;
  };

  append(sheet('団体・文書'), [
    { 種類: '団体', 'ID・ファイル名': 'testshi', '名称・表題': 'テスト市', 英語名: 'Test City', '市・県': '市', 都道府県: '福島県',
      データの版: revised ? '令和8年10月 改正' : '令和8年4月 策定' },
    { 種類: '文書', 'ID・ファイル名': DOC, '名称・表題': 'テスト市人材育成基本方針', 発行者: 'テスト市総務部人事課', 策定: '令和８年４月',
      ...(revised ? { 改正: '令和8年10月 一部改正' } : {}) },
  ]);

  const grade = (id, name, extra = {}) => ({ 職種ID: 'jimu', 職位ID: id, 職位名: name, 出典文書: DOC, 出典の節: SEC_GRADES, ...extra });
  append(sheet('職種と職位'), [
    grade('shuji', '主事級', { 職種名: '事務職', 職種の出典文書: DOC, 職種の出典の節: SEC_GRADES, 級: '1・2級', 役職: '主事、技師', 入庁時の職位: '○' }),
    grade('kakaricho', '係長級 ', { 級: '3・4級', 役職: '係長' }),
    grade('kacho', '課長級', { 級: '5・6級', 役職: '課長' }),
    grade('senmonkan', '専門監', { 分岐元: 'kakaricho', 分岐の注記: '係長級から、専門分野を深める職として進む', 役職: '専門監', 終点: '○' }),
  ]);

  const ability = (group, id, no, name, description, extra = {}) => ({
    区分ID: group, 能力ID: id, 番号: no, 能力名: name, 説明: description, 出典文書: DOC, 出典の節: SEC_ABILITIES, ...extra,
  });
  const abilities = [
    revised
      ? ability('gyomu', 'kikaku-kaizen', '①', '企画・改善力', '課題を見つけ、解決と改善の方法を考える。', { 区分名: '業務遂行能力', 置き換える能力ID: 'kikaku' })
      : ability('gyomu', 'kikaku', '①', '企画力', '課題を見つけ、解決の方法を考える。', { 区分名: '業務遂行能力' }),
    ...(revised ? [] : [ability('gyomu', 'setsumei', '②', '説明力', '施策を市民にわかりやすく説明する。')]),
    ability('gyomu', 'chishiki', '③', '専門知識', '担当分野の法令と制度を理解する。'),
    ability('soshiki', 'kyocho', '④', '協調性', '周囲と協力して仕事を進める。', { 区分名: '組織運営能力' }),
    ability('soshiki', 'shido', '⑤', '指導育成力', '部下や後輩を指導し、育てる。'),
    ability('soshiki', 'handan', '⑥', '判断力', '状況を見極め、適切に判断する。'),
  ];
  append(sheet('能力'), abilities);

  const ids = abilities.map((a) => a.能力ID);
  // Marks by ability, per grade, in the order of `ids` before revision.
  const marks = {
    shuji: { kikaku: '○', setsumei: '◎', chishiki: '◎', kyocho: '◯', shido: '-', handan: '-' },
    kakaricho: { kikaku: '◎', setsumei: '◎', chishiki: '○', kyocho: '◎', shido: mistakes ? '△' : '◎', handan: '○' },
    kacho: { kikaku: '◎', setsumei: '○', chishiki: '○', kyocho: '○', shido: '◎', handan: '◎' },
    senmonkan: { kikaku: '○', setsumei: '○', chishiki: '◎', kyocho: '○', shido: '○', handan: '◎' },
  };
  const mark = (g, id) => marks[g][id === 'kikaku-kaizen' ? 'kikaku' : id];
  const names = { shuji: '主事級', kakaricho: '係長級', kacho: '課長級', senmonkan: '専門監' };
  appendBlock(sheet('職位×能力'), [
    ['表題', '職位ごとに求められる能力', DOC, SEC_ABILITIES],
    ['凡例', '◎', '特に求められる能力', '身に付けるべき'],
    ['凡例', '○', '求められる能力', '既に身に付いているべき'],
    ['凡例', '－', '将来的に求められる能力', '将来的に望まれる'],
    ['列', '職位ID', '行の表記', ...ids],
    ...Object.keys(marks).map((g) => ['行', g, names[g], ...ids.map((id) => mark(g, id))]),
  ]);

  append(sheet('役割・できること'), [
    { 職位ID: 'shuji', 種類: '役割', 要約: '業務の担い手', 文: '担当業務を正確かつ迅速に処理する。\n市民の立場に立って仕事をする。' },
    { 職位ID: 'kakaricho', 種類: '役割', 要約: '係の責任者', 文: '係の業務を管理し、係員を指導する。' },
    { 職位ID: 'kacho', 種類: '役割', 要約: '課の統括者', 文: '課の方針を定め、課を統括する。' },
  ]);

  const course = (o) => ({ 出典文書: DOC, 出典の節: SEC_COURSES, ...o });
  const kikaku = revised ? 'kikaku-kaizen' : 'kikaku';
  append(sheet('研修・支援'), [
    course({ ID: 'shinsai', 種類: '階層別研修', 名称: '新規採用職員研修', 説明: '接遇、公務員倫理', 対象の職位: 'shuji', 対象の年次: '１', 対象の注記: '対象：新規採用職員', '鍛える能力（アプリ）': 'kyocho' }),
    course({ ID: 'kakaricho-kenshu', 種類: '階層別研修', 名称: '新任係長研修', 対象の職位: mistakes ? 'kakarichou' : 'kakaricho', '鍛える能力（アプリ）': 'shido、handan' }),
    course({ ID: 'seisaku-keisei', 種類: '専門研修', 名称: '政策形成研修', 対象の職位: 'shuji、kakaricho', '鍛える能力（文書）': kikaku }),
    course({ ID: 'security-el', 種類: 'eラーニング', 名称: '情報セキュリティ eラーニング', 説明: '全職員が毎年受講する。', '鍛える能力（アプリ）': 'chishiki' }),
    course({ ID: 'tsushin', 種類: '通信教育', 名称: '通信教育講座 受講料助成', 条件: '修了した場合に受講料の半額を助成', '鍛える能力（アプリ）': revised ? 'chishiki' : 'setsumei、chishiki' }),
  ]);

  append(sheet('キャリアパス'), [
    { パスID: 'jimu-career', パス名: '事務職のキャリアパス', 職種ID: 'jimu', パス全体の決まり: '採用後10年間で3つの職場を経験する',
      段階ID: 'kiso', 段階名: '基礎習得期', 区分: '年数', '年数（から）': 1, '年数（まで）': 5, 職位: 'shuji', 内容: '行政の基礎を身に付ける', 出典文書: DOC, 出典の節: SEC_GRADES },
    { パスID: 'jimu-career', 段階ID: 'jitsumu', 段階名: '実務充実期', 区分: '年数', '年数（から）': 6, '年数（まで）': 15, 職位: 'kakaricho', 内容: '係の中心として仕事を進める', 出典文書: DOC, 出典の節: SEC_GRADES },
  ]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
