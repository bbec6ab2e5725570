//! The workbook's sheets and columns, defined once.
//!
//! Every data sheet has the same frame: row 1 says what the sheet is for,
//! row 2 holds the column headings, and data starts on row 3. Column A is
//! a memo column the reader ignores, so a clerk can write notes to
//! themselves; a row whose memo starts with 「記入例」 is an example and is
//! skipped. Columns are found by their heading, so their order may change.
//!
//! The columns below are what the writer writes, what the reader reads, and
//! what `data/README.md` documents (a test checks that it names each one).

/// One column of a data sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// The heading, as it stands in row 2.
    pub header: &'static str,
    /// What goes in it, for the 説明 sheet and the heading's note.
    pub help: &'static str,
    /// The template's example value.
    pub example: &'static str,
    /// The width, in Excel's character units.
    pub width: f64,
    /// The values a dropdown offers, where the column takes one of a few.
    pub choices: &'static [&'static str],
    /// Whether a workbook may lack the column: one added after workbooks
    /// were first filled in, so that a workbook made from an older
    /// template still reads (the column is then read as empty).
    pub optional: bool,
}

/// One sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SheetSpec {
    /// Its name (tab).
    pub name: &'static str,
    /// Row 1: what the sheet is for, and how to fill it.
    pub purpose: &'static str,
    /// Its columns after the memo column, in the template's order.
    pub columns: &'static [Column],
    /// Whether a workbook must have it.
    pub required: bool,
}

/// The heading of the memo column (A), on every data sheet.
pub const MEMO: &str = "メモ（読み込みません）";
/// A memo starting with this marks an example row, which is not read.
pub const EXAMPLE: &str = "記入例";
/// The row of headings (0-based): row 2 in Excel.
pub const HEADER_ROW: usize = 1;

/// The "whose reading" choices.
pub const BASIS: &[&str] = &["文書", "アプリ"];

const fn col(
    header: &'static str,
    help: &'static str,
    example: &'static str,
    width: f64,
) -> Column {
    Column {
        header,
        help,
        example,
        width,
        choices: &[],
        optional: false,
    }
}

const fn choice(
    header: &'static str,
    help: &'static str,
    example: &'static str,
    width: f64,
    choices: &'static [&'static str],
) -> Column {
    Column {
        header,
        help,
        example,
        width,
        choices,
        optional: false,
    }
}

/// A column a workbook from an older template lacks (see [`Column::optional`]).
const fn added(c: Column) -> Column {
    Column {
        optional: true,
        ..c
    }
}

/// The source columns every sheet ends with.
const SOURCE_DOC: Column = col(
    "出典文書",
    "どの文書に書かれているか。「団体・文書」シートの文書の「ID・ファイル名」か表題。文書が一つだけなら空欄でかまいません。",
    "",
    18.0,
);
const SOURCE_SECTION: Column = col(
    "出典の節",
    "文書のどこに書かれているか（章・節・表の名前）。研修で紙の文書を開いて示せる書き方で。",
    "第2 2 (2) 職位等に応じた求められる能力",
    30.0,
);

/// 「団体・文書」.
pub const BODY: &str = "団体・文書";
/// 「職種と職位」.
pub const GRADES: &str = "職種と職位";
/// 「能力」.
pub const ABILITIES: &str = "能力";
/// 「職位×能力」.
pub const MATRIX: &str = "職位×能力";
/// 「標準職務遂行能力」: a regulation's table of abilities worded per grade.
pub const STANDARD: &str = "標準職務遂行能力";
/// 「役割・できること」.
pub const ROLES: &str = "役割・できること";
/// 「研修・支援」.
pub const OFFERINGS: &str = "研修・支援";
/// 「キャリアパス」.
pub const CAREER: &str = "キャリアパス";
/// 「文書にないもの」.
pub const MISSING: &str = "文書にないもの";
/// 「説明」.
pub const EXPLAIN: &str = "説明";

/// The rows of 「団体・文書」 are of these kinds.
pub const BODY_KINDS: &[&str] = &["団体", "文書"];
/// The rows of 「職位×能力」 are of these kinds (its column B).
pub const MATRIX_KINDS: &[&str] = &["表題", "凡例", "列", "列見出し", "行", "注"];
/// Whether a document's 注記 restates the document or is the app's reading.
pub const NOTE_BASIS: &[&str] = &["文書", "アプリ"];
/// The rows of 「役割・できること」 are of these kinds.
pub const ROLE_KINDS: &[&str] = &["役割", "できること"];
/// The requirement a legend symbol stands for.
pub const REQUIREMENTS: &[&str] = &[
    "身に付けるべき",
    "既に身に付いているべき",
    "将来的に望まれる",
    "求めない",
];
/// What defines a career-path stage.
pub const STAGE_KINDS: &[&str] = &["年数", "年代", "段階", "時期"];
/// The kinds of local government.
pub const BODY_TYPES: &[&str] = &["市", "町", "村", "区", "県", "都", "道", "府"];

/// Every data sheet, in tab order after 「説明」.
pub const SHEETS: &[SheetSpec] = &[
    SheetSpec {
        name: BODY,
        purpose: "団体と、もとにした文書（人材育成基本方針など）を書きます。「種類」が「団体」の行を1行、「文書」の行を文書の数だけ。",
        required: true,
        columns: &[
            choice("種類", "「団体」か「文書」。", "団体", 8.0, BODY_KINDS),
            col("ID・ファイル名", "団体の行: 団体のID（半角英小文字・数字・-、URLにも使います。例: koriyama）。文書の行: 文書を指す名前（ファイル名など。ほかのシートの「出典文書」に書く名前）。", "testshi", 22.0),
            col("名称・表題", "団体の行: 団体名。文書の行: 文書の表題（印字どおり）。", "テスト市", 30.0),
            col("英語名", "団体の英語名（任意）。", "Test City", 16.0),
            choice("市・県", "団体の行: 市・町・村・区・県（都・道・府）。", "市", 8.0, BODY_TYPES),
            col("都道府県", "団体の行: 団体がある都道府県（正式名称。例: 福島県）。", "福島県", 10.0),
            col("発行者", "文書の行: 発行した部署（印字どおり、任意）。", "テスト市総務部人事課", 18.0),
            col("策定", "文書の行: 策定日（印字どおり。令和7年2月 のように文字で、または日付で）。", "令和7年2月", 14.0),
            col("改正", "文書の行: 改正（1行に1つ）。", "", 14.0),
            col("期間", "文書の行: 計画期間（任意）。", "令和7年4月1日～令和12年3月31日", 22.0),
            col("データの版", "団体の行: このデータの版の名前（任意。改正のたびに変えると、自己評価の引き継ぎが記録されます）。", "令和7年2月 策定", 16.0),
            col("注記", "文書の行: 文書についての注記（表題が本文に印字されていない、など）。", "", 20.0),
            added(col("番号", "文書の行: 規程・訓令の番号（印字どおり。例: 平成28年訓令第18号。任意）。", "", 16.0)),
            added(choice("注記の読み", "文書の行: 注記が文書に印字されていること（施行日など）を書き写したものなら「文書」、アプリの説明なら「アプリ」（空欄は「アプリ」）。", "", 10.0, NOTE_BASIS)),
        ],
    },
    SheetSpec {
        name: GRADES,
        purpose: "職種ごとに、職位を下位から順に1行ずつ書きます（上の行ほど下位）。別の職位から分かれて進む職位は「分岐元」に書きます。",
        required: true,
        columns: &[
            col("職種ID", "職種のID（半角英小文字・数字・-）。同じ職種の行は同じID（セルを結合してもかまいません）。", "jimu", 10.0),
            col("職種名", "職種の名前（最初の行だけでかまいません）。", "事務職", 12.0),
            col("職種の英語名", "任意。", "Administrative", 14.0),
            choice("職種名の読み", "文書に職種名がなくアプリが名付けたなら「アプリ」（職種名の注記に理由を）。", "", 10.0, BASIS),
            col("職種名の注記", "職種名についての注記。", "", 14.0),
            choice("並び順の読み", "職位の並び順が文書に図や表で示されているなら「文書」、表の並びなどからアプリが読んだなら「アプリ」。", "文書", 10.0, BASIS),
            col("職種の注記", "職種についての注記（対象となる人など）。", "", 16.0),
            col("職位ID", "職位のID。二つの職種に同じ職位があれば、同じIDを書きます。", "shuji", 12.0),
            col("職位名", "職位の名前（文書の表記どおり）。", "主事級", 16.0),
            col("職位の英語名", "任意。", "Staff", 12.0),
            choice("職位名の読み", "職位名を文書が印字していればそのまま空欄か「文書」。アプリが名付けたなら「アプリ」と書き、「職位名の注記」に理由を。", "", 10.0, BASIS),
            col("職位名の注記", "職位名についての注記。", "", 14.0),
            col("級", "給料表の級（任意）。", "1・2級", 8.0),
            col("役職", "この職位に含まれる役職（、区切り）。", "主事、技師", 16.0),
            choice("入庁時の職位", "採用された職員が最初に就く職位なら「○」（入庁前の自己評価で比べる職位になります）。", "○", 8.0, &["○"]),
            choice("入庁時の読み", "入庁時の職位が文書に書かれていなければ「アプリ」。", "アプリ", 10.0, BASIS),
            col("分岐元", "この職位が、並びの途中の職位から分かれて進む職位なら、その職位ID（並びの外の職位です）。", "", 10.0),
            col("分岐の注記", "分岐の説明。", "", 14.0),
            choice("分岐の読み", "分岐が文書に示されていなければ「アプリ」。", "", 10.0, BASIS),
            choice("終点", "並びの最上位でないのにこの先がない職位なら「○」。", "", 6.0, &["○"]),
            col("知識・スキル", "この職位に必要と文書が挙げる知識・スキル（1行に1つ。任意）。", "", 16.0),
            col("育成手法", "この職位の育成手法（1行に1つ。任意）。", "", 16.0),
            col("職種の出典文書", "職種とその並び順がどこに書かれているか（最初の行だけでかまいません）。", "", 14.0),
            col("職種の出典の節", "同上の節。", "第2 2 (1) 職位等に応じた期待される役割", 24.0),
            SOURCE_DOC,
            SOURCE_SECTION,
        ],
    },
    SheetSpec {
        name: ABILITIES,
        purpose: "職員に求められる能力を1行に1つ書きます。能力を区分（グループ）に分けている文書では区分も書きます。",
        required: false,
        columns: &[
            col("区分ID", "区分のID（任意。区分がなければ空欄）。", "gyomu", 10.0),
            col("区分名", "区分の名前（その区分の最初の行だけでかまいません）。", "業務遂行能力", 14.0),
            col("区分の英語名", "任意。", "Task skills", 12.0),
            col("能力ID", "能力のID（半角英小文字・数字・-）。", "kikakuryoku", 14.0),
            col("番号", "文書の番号（①、1 など。丸数字でも数字でも）。", "①", 6.0),
            col("能力名", "能力の名前（文書の表記どおり）。", "企画力", 14.0),
            col("英語名", "任意。", "Planning", 12.0),
            col("説明", "能力の説明（1行に1文。セル内で改行）。", "課題を見つけ、解決の方法を考える。", 36.0),
            col("キーワード", "キーワード（、区切り）。", "課題発見、政策立案", 18.0),
            col("置き換える能力ID", "前の版のこの能力のID（名前やIDを変えたとき。、区切り）。その能力の自己評価がこの能力に引き継がれます。", "", 16.0),
            SOURCE_DOC,
            SOURCE_SECTION,
        ],
    },
    SheetSpec {
        name: MATRIX,
        purpose: "職位×能力の表を、文書の表のとおりに書きます。B列の「種類」で行の役割を分けます: 表題（1行）、凡例（記号ごと）、列（能力IDを並べる）、列見出し（印字された列の見出し、任意）、行（職位ごとの記号）、注（※の注記）。",
        required: false,
        columns: &[
            choice("種類", "表題・凡例・列・列見出し・行・注。", "行", 8.0, MATRIX_KINDS),
            col("1", "表題の行: 表の題名。凡例の行: 記号。列の行: 「職位ID」。行の行: 職位ID。注の行: 注の記号（※1）。", "shuji", 12.0),
            col("2", "表題の行: 出典文書。凡例の行: 記号の意味（印字どおり）。列の行: 「行の表記」。行の行: 文書の行の表記。注の行: 注の文。", "主事級", 14.0),
            col("3", "表題の行: 出典の節。凡例の行: 求め（身に付けるべき・既に身に付いているべき・将来的に望まれる・求めない）。列の行: 1つ目の能力ID（右へ順に）。行の行: 1つ目の能力の記号（右へ順に）。注の行: 対象の職位ID（行全体、、区切り）。", "○", 10.0),
            col("4", "表題の行: 意識すべき能力の列の見出し（任意）。凡例の行: 注記。列・行の行: 2つ目の能力。注の行: 対象のセル（職位ID:能力ID、、区切り）。", "-", 10.0),
            col("5", "列・行の行: 3つ目の能力（以下同様）。注の行: この職位ではこの名前で読む（読み替え）。能力の列の右に、列の行では「意識すべき能力」「行の注記」「目標が不確かな列」と書いた列を置けます。", "○", 10.0),
        ],
    },
    SheetSpec {
        name: STANDARD,
        purpose: "標準職務遂行能力を定める規程の別表（標準的な職ごとに、能力を文で定めた表）を、1行に1つの文で書きます。同じ職位・能力の文が複数あるときは行を分けるか、セル内で改行します。",
        required: false,
        columns: &[
            col("職位", "「職種と職位」シートの職位IDか職位名。", "kacho", 12.0),
            col("区分", "能力の区分（印字どおり。例: 能力、態度。区分がなければ空欄）。", "態度", 10.0),
            col("能力", "能力（印字どおり）。「能力」シートの能力IDか能力名で探し、なければこのシートの名前で能力を作ります（IDは noryoku-1 から順に付けます）。", "倫理観", 14.0),
            col("文", "その職位に求める文（印字どおり。1行に1文。セル内の改行でも分けられます）。", "自身の立場を自覚し、自己管理を行い、不正に対しても毅然とした態度をとることができる。", 50.0),
            SOURCE_DOC,
            col(
                "出典の節",
                "文書のどこに書かれているか。別表の番号（別表第2 など）を書きます。",
                "別表第2",
                16.0,
            ),
        ],
    },
    SheetSpec {
        name: ROLES,
        purpose: "職位ごとの役割と、「～できる」という行動の目安（できること）を書きます。「種類」が「役割」の行は1つの役割（役職ごとに分けてもかまいません）、「できること」の行は1つの文です。",
        required: false,
        columns: &[
            col("職位ID", "「職種と職位」シートの職位ID。", "shuji", 12.0),
            choice("種類", "「役割」か「できること」。", "役割", 10.0, ROLE_KINDS),
            col("役職・ID", "役割の行: その役割の役職（任意）。できることの行: できることのID（半角英小文字・数字・-）。", "", 14.0),
            col("要約", "役割の行: 一言の要約（任意。例: 行政サービス活動の遂行者）。", "行政サービス活動の遂行者", 22.0),
            col("文", "役割の行: 役割の文（1行に1文。セル内で改行）。できることの行: 「～できる」の文。", "担当業務を正確に処理する。", 40.0),
            choice("読み", "役割の行: この職位にこの役割を割り当てたのがアプリの読みなら「アプリ」（注記に理由を）。", "", 10.0, BASIS),
            col("注記", "役割の行: 読む人に必ず見せる注記（表のセルが二つの行にまたがる、など）。", "", 20.0),
            col("置き換えるID", "できることの行: 前の版のできることのID（、区切り）。自己評価が引き継がれます。", "", 14.0),
            added(col("出典文書", "できることの行: この文が職位の出典と別の文書に書かれているなら、その文書（任意）。役割の行には書きません。", "", 18.0)),
            added(col("出典の節", "できることの行: この文が職位の出典と別の節に書かれているなら、その節（任意。空欄なら職位の出典）。", "", 30.0)),
        ],
    },
    SheetSpec {
        name: OFFERINGS,
        purpose: "研修・eラーニング・通信教育・助成・休業制度・プログラムを1行に1つ書きます。",
        required: false,
        columns: &[
            col("ID", "研修・支援のID（半角英小文字・数字・-）。", "shinsai-kenshu", 16.0),
            col("種類", "階層別研修・専門研修・課題対応研修・eラーニング・通信教育・放送大学・派遣研修・職場研修（OJT）・自主研修・資格取得助成・大学等修学助成・難関資格合格者等支援・専門学校等受講助成・業務上必置資格の経費負担・修学部分休業・自己啓発休業・庁内公募・庁内副業・1on1・メンター・学びの時間・自主研修グループ・自己申告・キャリア相談・その他の支援 のどれか。", "階層別研修", 14.0),
            choice("種類の読み", "文書がこの見出しの下に書いていれば「文書」、アプリが種類を分けたなら「アプリ」。", "文書", 10.0, BASIS),
            col("名称", "名称（印字どおり）。", "新規採用職員研修", 20.0),
            col("英語名", "任意。", "", 12.0),
            choice("名称の読み", "文書に名称がなくアプリが付けたなら「アプリ」（名称の注記に理由を）。", "", 10.0, BASIS),
            col("名称の注記", "名称についての注記。", "", 14.0),
            col("説明", "内容・ねらい（1行に1文。セル内で改行）。", "接遇、公務員倫理 など", 30.0),
            col("実施主体", "実施する機関（任意）。", "", 14.0),
            col("状況", "NEW・拡充・検討など、印字どおり（任意）。", "", 8.0),
            col("対象の職位", "対象の職位ID（、区切り。全職員なら空欄）。", "shuji", 14.0),
            col("対象の年次", "採用からの年次（1、1～5、3～ など）。", "1", 8.0),
            col("対象の職種", "対象の職種ID（、区切り。全職種なら空欄）。", "", 10.0),
            col("対象の段階", "キャリアパスの段階ID（、区切り）。", "", 10.0),
            col("対象の注記", "対象の書き方（印字どおり。例: 対象：新規採用職員）。", "対象：新規採用職員", 18.0),
            choice("対象の読み", "対象の職位・年次を文書が示していれば「文書」、アプリが読んだなら「アプリ」。", "文書", 10.0, BASIS),
            col("鍛える能力（文書）", "この研修が鍛えると文書が書いている能力ID・できることID（、区切り）。", "", 16.0),
            col("鍛える能力（アプリ）", "文書は書いていないが、アプリが結び付ける能力ID・できることID（、区切り）。", "kikakuryoku", 16.0),
            col("条件", "利用の条件（1行に1つ）。団体の数値目標は書かないでください。", "", 18.0),
            SOURCE_DOC,
            SOURCE_SECTION,
        ],
    },
    SheetSpec {
        name: CAREER,
        purpose: "キャリアパスの段階を1行に1つ書きます。段階のないキャリアパス（配置の原則だけ）は、段階IDを空欄にして1行で。",
        required: false,
        columns: &[
            col("パスID", "キャリアパスのID。同じパスの行は同じID。", "jimu-career", 12.0),
            col("パス名", "キャリアパスの名前（印字どおり。最初の行だけでかまいません）。", "事務職のキャリアパス", 18.0),
            col("職種ID", "どの職種のパスか（任意）。", "jimu", 10.0),
            col("パス全体の決まり", "パス全体に当てはまる決まり（1行に1つ）。", "採用後は概ね3～4年ごとに異動する", 28.0),
            col("段階ID", "段階のID（段階がなければ空欄）。", "kiso", 10.0),
            col("段階名", "段階の名前（印字どおり）。", "基礎習得段階", 14.0),
            choice("段階名の読み", "アプリが名付けた段階なら「アプリ」（段階名の注記に理由を）。", "", 10.0, BASIS),
            col("段階名の注記", "段階名についての注記。", "", 14.0),
            choice("区分", "年数・年代・段階・時期 のどれで区切る段階か。", "年数", 8.0, STAGE_KINDS),
            col("年数（から）", "採用から何年目から（1 = 1年目）。", "1", 8.0),
            col("年数（まで）", "何年目まで（空欄なら以降ずっと）。", "5", 8.0),
            col("年代", "年代（印字どおり。例: ～20代）。", "", 10.0),
            col("職位", "この段階の職位ID（、区切り）。", "shuji", 10.0),
            choice("職位の読み", "段階と職位の対応が図から読んだものなら「アプリ」。", "", 10.0, BASIS),
            col("内容", "段階のねらい（1行に1つ）。", "", 24.0),
            col("配置の決まり", "配置・異動の決まり（1行に1つ）。", "", 20.0),
            col("知識・スキル", "必要な知識・スキル（1行に1つ）。", "", 18.0),
            col("育成手法", "育成手法（1行に1つ）。", "", 18.0),
            SOURCE_DOC,
            SOURCE_SECTION,
        ],
    },
    SheetSpec {
        name: MISSING,
        purpose: "文書にない部分を書きます（アプリはそれを作らず、代わりに何を表示するかを説明します）。",
        required: false,
        columns: &[
            choice(
                "部分",
                "職位×能力の表・能力・できること・役割・キャリアパス・職員調査・数値目標・研修体系・職員像・図や別冊・その他 のどれか。",
                "職位×能力の表",
                14.0,
                &[
                    "職位×能力の表", "能力", "できること", "役割", "キャリアパス", "職員調査", "数値目標",
                    "研修体系", "職員像", "図や別冊", "その他",
                ],
            ),
            col("説明", "何がないか、アプリは代わりに何を表示するか（わかりやすい日本語で）。", "この方針には職位ごとの能力の表がありません。役割と研修を表示します。", 50.0),
            SOURCE_DOC,
            SOURCE_SECTION,
        ],
    },
];

/// The spec of a sheet by name.
pub fn spec(name: &str) -> Option<&'static SheetSpec> {
    SHEETS.iter().find(|s| s.name == name)
}

/// What the 説明 sheet says, before the list of sheets and columns.
pub const EXPLANATION: &[&str] = &[
    "道しるべ 団体の枠組み テンプレート",
    "このブックに、団体の人材育成基本方針（職位・能力・役割・研修など）を書き込み、道しるべの「団体の枠組みを作る」（#/author）で読み込むと、その団体の自己診断をこの端末で試せます。",
    "決まり:",
    "・どのシートも、1行目が説明、2行目が列の見出し、3行目から内容です。A列はメモ欄で、読み込みません。A列が「記入例」で始まる行も読み込みません。",
    "・文書に書かれていることだけを、書かれているとおりに書きます。文書にないものは作らず、「文書にないもの」シートに書きます。",
    "・どの行にも出典（どの文書のどこに書かれているか）を書きます。文書が一つだけなら「出典文書」は空欄でかまいません。",
    "・文書が結び付けていないもの（研修が鍛える能力など）をアプリとして結び付けるときは、「読み」の列に「アプリ」と書きます。",
    "・IDは半角の英小文字・数字・ハイフン（-）・アンダーバー（_）で、64文字まで。",
    "・1つのセルに複数の値を書くときは「、」で区切ります。文を複数書くときはセル内で改行します（Alt+Enter）。",
    "・「標準職務遂行能力」シートには、規程の別表（標準的な職ごとに能力を文で定めた表）を書きます。同じ能力を二つの職位が違う文で求めていれば、自己診断は職位ごとに評価し、上位の職位でより求められる能力として示します。この表で求める能力は「職位×能力」の列にしないでください（どちらか一方です）。",
    "・文のあとに〔アプリの読み：理由〕と書くと、その文がアプリの読みであることを、〔注：…〕で注記を、〔出典：文書｜節〕でその文だけの出典を示せます。",
    "・全角数字（１）、丸数字（①）、「◯」（○の代わり）、「－」（-の代わり）、前後の空白、結合したセル、空の行は、読み込むときに直します。数式は使えません（値として貼り付けてください）。",
    "・読み込んだ枠組みは、この端末だけに保存されます。ファイルはどこにも送信されません。",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sheet_has_unique_headings_and_ends_with_nothing_unnamed() {
        for s in SHEETS {
            let mut h: Vec<&str> = s.columns.iter().map(|c| c.header).collect();
            assert!(h.iter().all(|x| !x.is_empty() && *x != MEMO), "{}", s.name);
            h.sort();
            let n = h.len();
            h.dedup();
            assert_eq!(h.len(), n, "{}: duplicate heading", s.name);
        }
        assert!(spec(BODY).is_some_and(|s| s.required));
    }
}
