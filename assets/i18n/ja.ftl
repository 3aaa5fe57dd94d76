# Offering Desk — 日本語。ids は en.ftl と同じ（tests/i18n.rs が確認）。

## メニューバー
menu-file = ファイル
menu-new = 新規作成
menu-open = 開く…
menu-open-path = パスを指定して開く…
menu-open-recent = 最近使ったファイル
menu-no-recent = 最近使ったファイルはありません
menu-save = 上書き保存
menu-save-as = 名前を付けて保存…
menu-save-path = パスを指定して保存…
menu-import-prices = 株価履歴の取込み…
menu-import-prices-path = パスを指定して株価履歴を取込む…
menu-export = エクスポート
menu-copy-summary = 計算結果をコピー
menu-quit = 終了
menu-edit = 編集
menu-undo = 元に戻す
menu-redo = やり直し
menu-view = 表示
menu-language = 言語
menu-zoom-in = 拡大
menu-zoom-out = 縮小
menu-zoom-reset = 100% 表示
menu-help = ヘルプ
menu-formulas = 計算式と根拠
menu-about = Offering Desk について

## テーマ
theme-light = ライト
theme-dark = ダーク
theme-system = システムの設定に従う

## パネル（タブと表示メニュー）
panel-offering = 募集・売出し
panel-timetable = 日程
panel-options = ストック・オプション
panel-volatility = 株価変動性
panel-notices = 開示資料
panel-summary = 計算結果一覧

## ステータスバー
status-unsaved = ● 未保存の変更があります
status-saved = 保存済み
status-no-problems = 問題はありません
status-problems = ⚠ 問題が { $count } 件あります
status-problems-hint = 最初の問題へ移動します（無効な入力、未調整と思われる株式分割、株価履歴と一致しなくなった σ）
status-cancel-import = 取込みを中止
status-cancel-import-hint = ファイルの読込みを中止します。何も取り込まれません

## 計算結果の項目名（summary のキーごと。ウィンドウと CLI の表）
fig-base_price = 算定基準日の価格
fig-issue_price = 発行価格（売出価格）
fig-discount_rate = 適用されたディスカウント率
fig-amount_to_be_paid = 払込金額
fig-spread_per_share = 引受人の手取金（1株当たり）
fig-spread_rate = 引受人の手取金の割合
fig-new_shares = 一般募集：募集株式数
fig-total_issue_price = 発行価格の総額
fig-total_amount_to_be_paid = 払込金額の総額
fig-stated_capital = 一般募集：増加する資本金の額
fig-additional_paid_in_capital = 一般募集：増加する資本準備金の額
fig-underwriting_spread_total = 一般募集：引受人の手取金の総額
fig-over_allotment_shares = オーバーアロットメント：売出株式数
fig-total_selling_price = オーバーアロットメント：売出価格の総額
fig-allotment_shares = 第三者割当：募集株式数（上限）
fig-allotment_total_amount_to_be_paid = 第三者割当：払込金額の総額（上限）
fig-allotment_stated_capital = 第三者割当：増加する資本金の額
fig-allotment_additional_paid_in_capital = 第三者割当：増加する資本準備金の額
fig-gross_proceeds = 払込金額の総額の合計（上限）
fig-estimated_expenses = 発行諸費用の概算額
fig-net_proceeds = 差引手取概算額（上限）
fig-uses_of_proceeds_total = 資金使途の合計
fig-unallocated_proceeds = 使途の定まっていない手取金
fig-calculation_date = 算定基準日
fig-subscription_start = 申込期間（初日）
fig-subscription_end = 申込期間（末日）
fig-payment = 払込期日
fig-delivery = 受渡期日
fig-cover_start = シンジケートカバー取引期間（初日）
fig-cover_end = シンジケートカバー取引期間（末日）
fig-allotment_subscription = 第三者割当：申込期日
fig-allotment_payment = 第三者割当：払込期日
fig-share_price = 株価（S）
fig-exercise_price = 行使価額（X）
fig-term_years = 予想残存期間（T）
fig-volatility = 株価変動性（σ）
fig-risk_free_rate = 無リスクの利子率（r）
fig-dividend_yield = 配当利回り（q）
fig-d1 = d
fig-d2 = d − σ√T
fig-n_d1 = N(d)
fig-n_d2 = N(d − σ√T)
fig-price_per_share = 1株当たりのオプション価格（C）
fig-price_times_shares = C × 付与株式数
fig-amount_per_right = 新株予約権1個当たりの払込金額
fig-amount_per_right_exact = 新株予約権1個当たりの払込金額（厳密な計算）
fig-amount_per_right_spreadsheet = 新株予約権1個当たりの払込金額（表計算ソフトの計算）
fig-amount_convention = 払込金額の端数処理
fig-delta = デルタ
fig-gamma = ガンマ
fig-vega = ベガ
fig-theta = セータ
fig-rho = ロー
fig-total_persons = 割当対象者の人数
fig-total_rights = 割り当てる新株予約権の数
fig-total_shares = 新株予約権の目的となる株式の数
fig-total_value = 払込金額の総額（割当分）
fig-exercise_capital_increase_limit = 行使時：資本金等増加限度額
fig-exercise_stated_capital = 行使時：増加する資本金の額
fig-exercise_capital_reserve = 行使時：増加する資本準備金の額
fig-shares_per_right_after_split = 株式分割・併合後の付与株式数
fig-first_date = 最初の標本日
fig-last_date = 最後の標本日
fig-samples = 標本数
fig-returns = 対数収益率の数
fig-stdev_per_period = 1期間当たりの標準偏差
fig-annualized_volatility = 株価変動性（年率）

## 入力欄：field-<パス> は項目名、hint-<パス> はマウスを重ねたときの説明
field-title = シナリオ名
hint-title = ウィンドウ、ワークブック及びファイルに表示するシナリオの名前。
field-notes = メモ
hint-notes = 出典、前提、変更者など。シナリオと共に保存され、開示資料には印刷されません。
field-company-name = 会社名
hint-company-name = 開示資料で最初に記載する会社名（例：株式会社インターネットイニシアティブ）。
field-company-short_name = 略称
hint-company-short_name = 2回目以降に開示資料で用いる略称（英文の "IIJ"）。空欄の場合は「当社」のみ。
field-company-securities_code = 証券コード
hint-company-securities_code = 東京証券取引所の証券コード（例：3774）。
field-company-listing_codes = 上場コード
hint-company-listing_codes = 識別行に印刷する順に、カンマ区切りで入力します（例：NASDAQ:IIJI, TSE:3774）。
field-company-dateline_city = 発信地
hint-company-dateline_city = 英文の冒頭で日付の前に置く都市名（Tokyo, July 10, 2013 - …）。空欄の場合は日付のみ。
field-schedule-launch_resolution_date = 発行決議日（取締役会）
hint-schedule-launch_resolution_date = 募集を決議した取締役会の日付。発行価格等の決定のお知らせの冒頭で引用します。
field-schedule-pricing_resolution_date = 発行価格等決定の決議日（取締役会）
hint-schedule-pricing_resolution_date = 発行価格を決定した取締役会決議の日付（取締役会で決議する場合）。任意。
field-drafts-launch_release_title = 発行決議時のお知らせの表題
hint-drafts-launch_release_title = 資金使途の段落で引用する表題（「詳細につきましては…をご参照ください。」）。
field-drafts-launch_release_date = 発行決議時のお知らせの日付
hint-drafts-launch_release_date = 空欄の場合は発行決議日（通常はこちら）。
field-option-resolution_date = 取締役会決議日
hint-option-resolution_date = 新株予約権の発行を決議した取締役会の日付。お知らせの日付になります。
field-option-dividend_fiscal_year_end = 配当の事業年度末日
hint-option-dividend_fiscal_year_end = 配当利回り（q）の基礎とする配当の事業年度の末日。お知らせには「2013年3月期」のように印刷されます。
field-option-dividend_split_effective_date = 株式分割の効力発生日
hint-option-dividend_split_effective_date = 配当金を調整する株式分割の効力発生日（分割比率はストック・オプションのパネルで入力）。
field-option-acquisition_conditions = (8) 新株予約権の取得条項
hint-option-acquisition_conditions = 英文のお知らせの(8)。1行が1段落。「1)」で始まる行は号。空欄の場合は和文の文言を、それもなければ標準の文言を印刷します。
field-option-restructuring_terms = (9) 組織再編行為の際の取扱い
hint-option-restructuring_terms = 英文のお知らせの(9)。1行が1段落。「1)」で号を始め、空白で始まる行はその号の続き。空欄の場合は和文の文言を、それもなければ標準の文言を印刷します。
field-option-exercise_conditions = (11) その他の行使の条件
hint-option-exercise_conditions = 英文のお知らせの(11)。1行が1段落。「1)」で始まる行は号。空欄の場合は和文の文言を、それもなければ標準の文言を印刷します。
field-offering-base_price = 算定基準日の価格
hint-offering-base_price = 算定基準日の東京証券取引所における普通取引の終値。
field-offering-discount_rate = ディスカウント率
hint-offering-discount_rate = 発行価格 ＝ 算定基準日の価格 ×（1 − ディスカウント率）、1円未満の端数は切捨て。
field-offering-issue_price = 発行価格
hint-offering-issue_price = 決定した発行価格。これに対応するディスカウント率を小数第2位まで表示します。
field-offering-tick_size = 呼値の単位
hint-offering-tick_size = 発行価格はこの単位の倍数に切り捨てます（別段の定めがない限り1円）。
field-offering-amount_to_be_paid = 払込金額
hint-offering-amount_to_be_paid = 引受人が当社に払い込む1株当たりの金額。引受人は発行価格で募集します。銭単位も可（1,286.55）。
field-offering-spread_rate = 引受人の手取金の割合
hint-offering-spread_rate = 払込金額 ＝ 発行価格 ×（1 − 割合）、1円未満の端数は切捨て。
field-offering-new_shares = 募集株式数（一般募集）
hint-offering-new_shares = 一般募集により発行する新株式の数。
field-offering-stated_capital_ratio = 資本金に計上する割合
hint-offering-stated_capital_ratio = 払込金額の総額の2分の1以上を資本金とし（1円未満の端数は切上げ）、残りを資本準備金とします。会社法第445条、会社計算規則第14条。
field-offering-over_allotment_shares = オーバーアロットメントによる売出株式数
hint-offering-over_allotment_shares = オーバーアロットメントによる売出し。売出価格（＝発行価格）で売り出します。
field-offering-allotment_shares = 第三者割当による募集株式数（上限）
hint-offering-allotment_shares = オーバーアロットメントに対応して主幹事会社に払込金額で割り当てる新株式（上限）。
field-offering-estimated_expenses = 発行諸費用の概算額
hint-offering-estimated_expenses = 払込金額の総額から差し引いて手取概算額とします。
hint-offering-uses_of_proceeds-purpose = 資金の使途（開示資料の文言どおり）。
field-offering-uses_of_proceeds-amount = 金額
hint-offering-uses_of_proceeds-amount = この使途に充当する予定の金額。
field-offering-uses_of_proceeds-deadline = 支出予定時期
hint-offering-uses_of_proceeds-deadline = 資金を支出する予定の時期。
hint-option-allotment-name = 新株予約権の割当てを受ける者（開示資料の文言どおり。例：「当社取締役（社外取締役及び非常勤取締役を除く）」）。空欄不可。
hint-option-allotment-persons = その区分の人数。新株予約権を割り当てる場合は1名以上。
hint-option-allotment-rights = その区分に割り当てる新株予約権の数。全区分の合計は新株予約権の総数（上限）を超えられません。
field-option-series_name = 新株予約権の名称
hint-option-series_name = 取締役会で決議した名称（例：「…第3回新株予約権」）。
field-option-shares_per_right = 付与株式数
hint-option-shares_per_right = 新株予約権1個当たりの目的となる株式（普通株式）の数。株式分割・併合の際は、調整後 ＝ 調整前 × 比率とし、1株未満の端数は切捨て。
field-option-max_rights = 新株予約権の総数（上限）
hint-option-max_rights = 発行する新株予約権の数の上限。下の割当ての合計はこれを超えられません（会社法第238条第1項第1号）。
field-option-allotment_date = 割当日
hint-option-allotment_date = 新株予約権を割り当てる日（会社法第238条第1項第4号）。株価 S はこの日の終値です。
field-option-exercise_period_start = 行使期間（初日）
hint-option-exercise_period_start = 新株予約権を行使できる最初の日。割当日以降（通常は翌日）。通常、取締役又は執行役員の地位を喪失した日の翌日から10日以内に限り行使できます。
field-option-exercise_period_end = 行使期間（末日）
hint-option-exercise_period_end = 新株予約権を行使できる最後の日。行使期間の初日以降（通常は割当日の30年後）。
field-option-share_price = 株価（S）
hint-option-share_price = 割当日の東京証券取引所における当社普通株式の普通取引の終値。
field-option-exercise_price = 行使価額（X）
hint-option-exercise_price = 行使に際して出資される財産の1株当たりの価額。株式報酬型ストックオプションでは1円（会社法第236条第1項第2号）。
field-option-term_years = 予想残存期間（T）
hint-option-term_years = 割当日から行使までの予想期間（年、小数可）。0超100以下。株式報酬型では取締役・執行役員の予想在任期間から見積もります。
field-option-volatility = 株価変動性（σ）
hint-option-volatility = 株価の年率変動性。割当日までの T に対応する期間の週次終値から算出します（株価変動性パネルの「この σ を使う」）。0.01%～500%。ここに入力すると σ は手入力の扱いになります。
field-option-risk_free_rate = 無リスクの利子率（r）
hint-option-risk_free_rate = 残存年数が予想残存期間に対応する超長期国債の利回り。
field-option-dividend_per_share = 予想配当金
hint-option-dividend_per_share = 直近事業年度の1株当たり配当金（支払額）。その後の分割比率と株価 S で除して配当利回り q とします。
field-option-dividend_split_ratio = 配当後の分割比率
hint-option-dividend_split_ratio = 配当後に行った株式分割の比率（分割後株式数 ÷ 分割前株式数）。1:200 の分割は 200、分割がなければ 1。
field-option-rights_exercised = 行使を仮定する新株予約権の数
hint-option-rights_exercised = 行使時の資本金の計算例に用います。資本金等増加限度額は新株予約権の帳簿価額と行使価額の合計で、その2分の1（1円未満切上げ）を資本金、残りを資本準備金とします（会社計算規則第17条、会社法第445条）。0から割当数まで。
field-option-later_split_ratio = その後の分割・併合の比率
hint-option-later_split_ratio = 付与株式数の調整を例示します。1:2 の分割は 2、2:1 の併合は 0.5、なければ 1。1株未満の端数は切捨て。
field-schedule-calculation_date = 算定基準日
hint-schedule-calculation_date = 発行価格の算定基準日。その日の終値が算定基準日の価格となり、以下の日付はこの日からの東証営業日で数えます。
field-price_history-window_start = 算定期間（初日）
hint-price_history-window_start = 算定期間の最初の日。空欄の場合は系列の最初の終値。お知らせの例：2005年12月2日から2013年7月11日までの各週最終取引日の終値に基づき算出した株価変動性。
field-price_history-window_end = 算定期間（末日）
hint-price_history-window_end = 算定期間の最後の日（初日以降）。空欄の場合は系列の最後の終値。末日で途切れる週は、期間内の最後の終値を用います。
field-price_history-rolling_returns = 移動窓の収益率の数
hint-price_history-rolling_returns = グラフ専用：各標本で直近 N 個の収益率から σ を計算します（2～1,000、週次の1年は52）。評価には算定期間全体を用います。
hint-price_history-splits-effective_date = 1:200 の分割 → 200、2:1 の併合 → 0.5。効力発生日より前の終値をこの比率で除します。
hint-price_history-splits-ratio = 1:200 の分割 → 200、2:1 の併合 → 0.5。効力発生日より前の終値をこの比率で除します。

## 入力欄の単位
unit-jpy = 円
unit-shares = 株
unit-jpy-per-share = 円（1株当たり）
unit-years = 年
unit-rights = 個
unit-persons = 名
unit-returns = 個
unit-new-per-old-share = 株（旧1株につき）

## パネルとダイアログの見出し、ボタン、注記
ui-hover-a-day-for-details = （日付にマウスを重ねると詳細を表示）
ui-add-a-group = 区分を追加
ui-add-a-split-or-consolidation = 株式分割・併合を追加
ui-add-a-use = 使途を追加
ui-amount-to-be-paid-per-right = 払込金額（新株予約権1個当たり）
ui-amount-to-be-paid-set-by = 払込金額の決め方
ui-annualised = 年率 σ
ui-back-to-the-standard-wording = 標準の文言に戻す
ui-calculation-of-the-amount-to-be-paid = 払込金額の算定
ui-cancel = キャンセル
ui-changed-on-disk = ディスク上で変更されています
ui-chart = グラフ
ui-check-this-move-again = この変動を再確認
ui-clear-the-override-the-date-follows-its-rule-aga = 指定を解除します。日付は規則に従って計算されます。
ui-close = 閉じる
ui-close-jpy = 終値（円）
ui-company = 会社
ui-confirmed-as-real-moves-not-splits = 株式分割ではなく実際の値動きと確認したもの：
ui-copy-summary = 計算結果をコピー
ui-date = 日付
ui-discard-changes = 変更を破棄
ui-discard-them = 破棄する
ui-discount-rate = ディスカウント率
ui-discount-rate-2 = ディスカウント率（%）
ui-discount-rate-explorer = ディスカウント率の試算
ui-dismiss = 閉じる
ui-dragging-sets-the-issue-price-by-discount = ドラッグすると、ディスカウント率から発行価格を決める方法に切り替わります。
ui-edited-for-this-scenario = このシナリオ用に編集されています。
ui-effective-date = 適用される日付
ui-figures = 計算結果
ui-historical-volatility = ヒストリカル・ボラティリティ
ui-how-it-is-set = 決め方
ui-illustrations = 計算例
ui-import-csv = CSV を取込む…
ui-import-a-csv-by-typing-its-path-where-no-file-di = パスを入力して CSV を取込みます（ファイルダイアログが使えない環境向け）。
ui-import-price-history = 株価履歴の取込み
ui-in-use-for-the-option-valuation = オプション評価に使用中
ui-issue-price-set-by = 発行価格の決め方
ui-jpy-millions = 百万円
ui-jpy-per-right = 円（1個当たり）
ui-jpy-per-share = 円（1株当たり）
ui-jpy-per-share-split-adjusted = 円（1株当たり、分割調整後）
ui-large-moves = 大きな値動き
ui-measurement = 算定
ui-no-closes-to-chart-import-a-price-history = グラフにする終値がありません。株価履歴を取込んでください。
ui-no-lines-were-rejected = 除外した行はありません。
ui-none-are-entered-there-is-nothing-to-clear-or-ke = 入力されていないため、解除も維持も不要です。
ui-none-closes-are-used-as-recorded = なし：終値を記録どおりに使います。
ui-none-every-weekday-in-this-span-is-a-tse-busines = なし：この期間の平日はすべて東証の営業日です。
ui-not-current-results-are-from-the-last-valid-entr = 最新ではありません：最後の有効な入力による結果です。
ui-open-the-volatility-panel = 株価変動性パネルを開く
ui-option-sensitivity = オプション価格の感応度
ui-override-empty-derived = 指定（空欄 ＝ 規則どおり）
ui-overwrite = 上書きする
ui-path = パス
ui-persons-to-be-allotted-and-number-of-rights = 割当対象者及び割り当てる新株予約権の数
ui-price-history = 株価履歴
ui-pricing-notice = 発行価格等の決定のお知らせ
ui-remove = 削除
ui-remove-this-split-or-consolidation = この株式分割・併合を削除
ui-replace-price-history = 株価履歴を置き換える
ui-replaces-the-ratio-entered-across-this-move = この変動をまたいで入力した比率を置き換えます。
ui-reset = リセット
ui-restore = 復元する
ui-restore-unsaved-work = 保存されていない作業を復元しますか？
ui-rounding-of-c-shares = C × 付与株式数の端数処理
ui-rows = 行
ui-sampling = 標本の取り方
ui-save = 保存
ui-save-as = 名前を付けて保存…
ui-scenario = シナリオ
ui-share-price-s-jpy = 株価 S（円）
ui-source = 出典：
ui-splits-and-consolidations = 株式分割・併合
ui-splits-and-consolidations-entered-for-the-loaded = 読み込んだ株価履歴に入力済みの株式分割・併合
ui-stock-acquisition-rights = 新株予約権
ui-stock-option-notice = ストック・オプション発行のお知らせ
ui-suspected-unadjusted-splits-in-the-new-closes = 新しい終値に未調整の株式分割と思われる箇所があります
ui-tse-closures = 東証の休業日
ui-tse-holiday = 東証の休日
ui-take-the-the-loaded-history-gives-over-the-recor = 読み込んだ株価履歴から記録済みの算定期間で求めた σ を使います。
ui-terms = 条件
ui-the-closes-do-not-jump-here-the-split-belongs-to = ここでは終値が跳んでいません。この分割は別の終値のものです。
ui-the-notice-s-standard-wording = お知らせの標準の文言です。
ui-the-pricing-window-is-kept-undo-brings-the-old-h = 算定期間はそのままです。元に戻すと以前の株価履歴に戻ります。
ui-the-uses-reconcile-with-the-net-proceeds = 使途の合計は手取概算額と一致しています。
ui-the-usual-timetable-1-2-5-12-and-16-tse-business = 標準の日程：東証営業日で 1、2、5、12、16 日後。
ui-timetable = 日程
ui-total = 合計
ui-unsaved-changes = 未保存の変更
ui-use-of-proceeds = 資金使途
ui-valuation = 評価
ui-volatility = 株価変動性 σ（%）
ui-where-came-from-typed-here-or-measured-on-the-pr = σ の出所：ここで入力したものか、株価履歴から算出したもの。
ui-calculation-or-timetable-date = 算定基準日・日程の日付
ui-from-path = パスを指定…
ui-weekend = 週末
ui-print-the-number-of-new-shares-offered = 募集株式数を記載する
ui-greeks-of-c-per-share = C のグリークス（1株当たり）
ui-allotment = 割当て
ui-adjustment-on-a-later-split-or-consolidation = その後の株式分割・併合による調整
ui-show-how-each-figure-was-reached = 各数値の計算過程を表示する
ui-check-the-history-then-use-this-sigma = 株価履歴、株式分割・併合と算定期間を確認してから「この σ を使う」を押してください。
ui-capital-on-exercise = 行使時の資本金等（会社計算規則第17条）

## グラフの系列
chart-current = 現在値
chart-issue-price = 発行価格
chart-total-amount-to-be-paid = 払込金額の総額
chart-net-proceeds = 手取概算額
chart-amount-per-right = 新株予約権1個当たりの払込金額
chart-current-sigma = 現在の σ
chart-current-spot = 現在の S

## 日程の指定
field-schedule-overrides-subscription_start = 申込期間（初日）
field-schedule-overrides-subscription_end = 申込期間（末日）
field-schedule-overrides-payment = 払込期日
field-schedule-overrides-delivery = 受渡期日
field-schedule-overrides-cover_start = シンジケートカバー取引期間（初日）
field-schedule-overrides-cover_end = シンジケートカバー取引期間（末日）
field-schedule-overrides-allotment_subscription = 第三者割当：申込期日
field-schedule-overrides-allotment_payment = 第三者割当：払込期日

## 通知（ウィンドウ右下）
notice-recovery-unreadable = 前回のセッションの未保存の作業が見つかりましたが、読み込めません。{ $path } に残してあります。{ $reason }
notice-opened = { $path } を開きました
notice-open-failed = ファイルを開けませんでした。{ $reason }
notice-saved = { $path } に保存しました
notice-save-failed = 保存できませんでした。{ $reason }
notice-exported = { $path } に書き出しました
notice-export-failed = 書き出せませんでした。{ $reason }
notice-import-failed = 株価履歴を取り込めませんでした。{ $reason }
notice-import-cancelled = { $path } の取込みを中止しました
notice-summary-copied = 計算結果をコピーしました。Excel に貼り付けるとセルに入ります
notice-finish-dialog-first = 先に「{ $title }」を完了するかキャンセルしてから、もう一度お試しください。
notice-close-dialog-first = 開いているダイアログを閉じてから、もう一度ファイルをドロップしてください。
notice-restored = 保存されていなかった作業を復元しました

## ダイアログ
dialog-unsaved-before-new = { $file } には保存されていない変更があります。新しいシナリオを始める前に保存しますか？
dialog-unsaved-before-open = { $file } には保存されていない変更があります。別のファイルを開く前に保存しますか？
dialog-unsaved-before-quit = { $file } には保存されていない変更があります。終了する前に保存しますか？
dialog-changed-on-disk = { $file } は開いた後に別のプログラムで変更されています。こちらの内容で上書きしますか、それとも別の名前で保存しますか？
dialog-restore-unnamed = 未保存のシナリオ
dialog-restore-kept = 前回、Offering Desk は正常に終了しませんでした。{ $file }（「{ $title }」）の未保存の変更を保管してあります。
dialog-restore-kept-at = 前回、Offering Desk は正常に終了しませんでした。{ $file }（「{ $title }」）の未保存の変更を { $when } に保管してあります。

## スキーマ第3版：和文のシナリオ名、メモ、会社名と元号の設定
field-title_ja = シナリオ名（和文）
hint-title_ja = 日本語のウィンドウと下書きに表示するシナリオ名。空欄の場合は上のシナリオ名。
field-notes_ja = メモ（和文）
hint-notes_ja = 日本語の下書きの末尾に印刷するメモ。空欄の場合は上のメモ。
field-company-name_ja = 会社名（和文）
hint-company-name_ja = 和文のお知らせの冒頭に記載する会社名（例：株式会社インターネットイニシアティブ）。空欄の場合は［会社名］の空欄を残します。
ui-japanese-drafts = 和文の下書き
ui-dates-with-the-era = 日付を元号で書く（平成25年7月18日）
ui-dates-with-the-era-hint = 和文のお知らせの下書きで、すべての日付を西暦ではなく元号（令和、平成など）で書きます。

## スキーマ第4版：ストック・オプションのお知らせの(8)、(9)、(11)を言語ごとに保持。
## 日本語のウィンドウでは、英文と同じ見出しで和文の文言を編集します。
field-option-acquisition_conditions_ja = (8) 新株予約権の取得条項
hint-option-acquisition_conditions_ja = 和文のお知らせの(8)。1行が1段落。「1)」で始まる行は号。空欄の場合は英文の文言を、それもなければ標準の文言を印刷します。
field-option-restructuring_terms_ja = (9) 組織再編行為の際の取扱い
hint-option-restructuring_terms_ja = 和文のお知らせの(9)。1行が1段落。「1)」で号を始め、空白で始まる行はその号の続き。空欄の場合は英文の文言を、それもなければ標準の文言を印刷します。
field-option-exercise_conditions_ja = (11) その他の行使の条件
hint-option-exercise_conditions_ja = 和文のお知らせの(11)。1行が1段落。「1)」で始まる行は号。空欄の場合は英文の文言を、それもなければ標準の文言を印刷します。
ui-option-items-intro = (8)、(9)及び(11)は、IIJ の2013年6月26日のお知らせの文言から始まります。会社の条件に合わせて編集してください。このウィンドウでは和文の下書きの文言を、英語のウィンドウでは英文の下書きの文言を編集します。
ui-item-uses-the-other-language = この項目の和文はまだありません。和文の下書きには、上に表示した英文を印刷します。和文に書き換えてください。
ui-use-the-other-language-s-text = 英文の文言を使う

## パスのないファイルの表示名
file-sample = サンプルシナリオ（IIJ 2013年）
file-untitled = 無題

## 入力欄の下に出る入力の誤り
err-not-yen = 「{ $text }」は金額として読めません。3,450、3450円、JPY 1,286.55 のように入力してください
err-not-count = 「{ $text }」は整数として読めません。4,700,000 のように入力してください
err-not-percent = 「{ $text }」は百分率として読めません。3、3%、3.0 % のように入力してください
err-not-number = 「{ $text }」は数値として読めません。200 や 0.5 のように入力してください
err-at-most = { $text } 以下で入力してください

## ヘルプ > 計算式と根拠：各項目の見出し、規則、根拠
help-issue-price-title = 発行価格
help-issue-price-rule = 算定基準日の価格 ×（1 − ディスカウント率）、1円未満の端数は切捨て（呼値の単位がある場合はその単位に切捨て）。表示するディスカウント率は（算定基準日の価格 − 発行価格）÷ 算定基準日の価格を小数第2位まで四捨五入したものです。
help-issue-price-source = 取締役会で決議した募集条件、日本証券業協会の規則
help-stated-capital-title = 資本金
help-stated-capital-rule = 払込金額の総額の2分の1（又は設定した割合。2分の1を下回らない）、1円未満の端数は切上げ。残りを資本準備金とします。1株ごとではなく総額で按分します。
help-stated-capital-source = 会社法第445条第1項～第3項、会社計算規則第14条
help-allotments-title = オーバーアロットメント及び第三者割当
help-allotments-rule = オーバーアロットメントによる売出しは売出価格（＝発行価格）で行います。第三者割当は主幹事会社が払込金額で引き受け、同じ方法で資本金と資本準備金に按分します（上限の数値）。
help-allotments-source = 募集条件
help-timetable-title = 日程
help-timetable-rule = 算定基準日から数えた東証営業日（平日のうち国民の祝日と12月31日～1月3日を除く日）：申込期間は翌営業日からの2営業日、払込期日は5営業日目、受渡期日は払込期日の翌営業日、シンジケートカバー取引期間は申込期間終了日の翌日から。すべての日付は指定で変更できます。
help-timetable-source = 国民の祝日に関する法律、東京証券取引所の業務規程
help-option-value-title = オプション価格（ブラック・ショールズ・モデル）
help-option-value-rule = C = S e^(−qT) N(d) − X e^(−rT) N(d − σ√T)、d = (ln(S/X) + (r − q + σ²/2) T) ÷ (σ√T)。新株予約権1個当たりの払込金額 ＝ C × 付与株式数、1円未満の端数は切上げ。
help-option-value-source = 会社法第238条、発行のお知らせの (12)
help-capital-on-exercise-title = 行使時の資本金
help-capital-on-exercise-rule = 資本金等増加限度額（新株予約権の帳簿価額 ＋ 行使に際して払い込まれる金額）の2分の1、1円未満の端数は切上げ。残りを資本準備金とします。
help-capital-on-exercise-source = 会社計算規則第17条第1項
help-volatility-title = 株価変動性
help-volatility-rule = 株式分割を調整した終値のうち、算定期間（初日と末日を含む）内の各週（月曜～日曜）最終取引日の終値から対数収益率を求め、その標本標準偏差（n − 1）に √52（週次）又は √252（日次）を乗じます。
help-volatility-source = 発行のお知らせの (12) 5)
about-version = バージョン { $version }（{ $date } ビルド）
about-text = 公募増資と株式報酬型ストックオプションの条件決定：発行価格、資本金と資本準備金、手取金、日程及び新株予約権1個当たりの払込金額。
err-not-a-date = 「{ $text }」は日付として読めません。2013-07-19、2013/7/19、2013年7月19日、H25.7.19 のように入力してください
err-outside-era = 「{ $text }」は{ $date }で、{ $era }の期間にありません

## 日程の注記
timetable-overridden = 指定あり。規則による日付は { $date }（{ $rule }）
timetable-assumed = ⚠ 仮の日付：発行決議時のお知らせの日付を入力してください
timetable-assumed-hint = 規則（{ $rule }）から求めた仮の日付です。この日付は取締役会が発行決議時に定めます。営業日数は過去の一件に合わせたもので、他の案件とは1週間ずれることがあります。発行決議時のお知らせの日付を指定欄に入力してください。
timetable-skipped = { $days }を除いて数えています
timetable-skipped-group = { $name }（{ $days }）
timetable-day-joiner = {"、"}
timetable-group-joiner = {"、"}

## 株価履歴の取込みの確認
import-read = { $from } から { $to } までの終値 { $count } 件（列「{ $date_column }」と「{ $close_column }」、文字コード { $encoding }）。
import-rejected = 取り込まなかった行 { $count } 行：
import-entered = 入力済み：{ $list }。
import-confirmed = 実際の値動きと確認済み：{ $list }。
import-clear-them = 解除する
import-keep-them = 維持する
import-review-each = 個別に確認する
import-default-choice = { $choice }（既定）
import-no-suspects = なし：連続する終値の間に 1.8 倍以上（又は 1.8 分の 1 以下）の説明のない変動はありません。
import-more-suspects = …ほか { $count } 件：1銘柄の終値ですか？
import-unticked-moves = チェックしなかった変動は株価変動性パネルに残り、株式分割として追加するか実際の値動きと確認するまで問題として数えます。
import-nothing-else-changes = ほかに変更はありません。
import-on-replace = 置き換えると：{ $summary }
import-close-column = 終値の列
import-reading-column = 「{ $column }」の列から終値を読んでいます…
import-column-failed = 「{ $column }」の列から終値を読めません：{ $reason }
import-adjusted-column = ⚠ 「{ $column }」は調整後の終値で、株式分割を織り込み済みです。分割の一覧を空にしてください（解除する）。そうしないと分割が二重に適用されます。
timetable-closures-span = { $from } から { $to } までの祝日と年末年始の休業日（週末は載せていません）。
timetable-offsets = 日数（算定基準日からの東証営業日数）
chart-pricing-window = 算定期間
chart-suspected-split = 未調整と思われる株式分割
chart-daily-close = 日次終値
chart-weekly-closes = 週次終値
chart-daily-closes = 日次終値（標本）
chart-too-few-samples = 移動窓（収益率 { $returns } 個）を計算するには標本が足りません。

## 株価変動性パネル
vol-correct-first = 先に無効な入力を直してください。
vol-use-this-sigma = この σ を使う
vol-use-this-sigma-hint = オプションの σ をこの数値（小数第6位に四捨五入）にし、算定に用いた期間と標本の取り方を記録します。
vol-closes-span = { $from } から { $to } までの終値 { $count } 件
vol-no-closes = 終値はまだありません。
vol-import-hint = 日付と終値の CSV で終値を置き換えます（先に確認画面を表示します）。

## ラジオボタン
radio-discount = ディスカウント率から
radio-entered-price = 発行価格を入力
radio-entered-amount = 払込金額を入力
radio-spread = 手取金の割合から
radio-exact = 厳密
radio-spreadsheet = 表計算ソフトと同じ
radio-weekly = 週次
radio-daily = 日次

## σ の出所
sigma-entered = σ は手入力
sigma-first-close = 最初の終値
sigma-last-close = 最後の終値
sigma-from-history = σ は株価履歴から算出（{ $window }）

## 入力の誤り（欄の横、CLI では項目名の後に表示）
err-expenses-over-gross = 払込金額の総額の合計（{ $gross }）以下にしてください
err-tick-size = 0より大きく、基準となる株価以下の呼値にしてください
err-no-issue-price = 発行価格が残りません。端数処理後の価格は1呼値以上である必要があります
err-paid-over-issue = 発行価格（{ $price }）以下にしてください
err-spread-leaves-nothing = 払込金額が残りません。100 %未満にしてください
err-price-range = 0円より大きく1,000,000,000円以下の価格を、円・銭（小数点以下2桁まで）で入力してください
err-amount-range = 0円から1,000,000,000,000,000,000円までの金額を、円・銭で入力してください
err-shares-range = { $min }株から10,000,000,000株までの整数にしてください
err-rate-range = 0 %以上100 %未満にしてください
err-capital-ratio = 50 %から100 %にしてください。払込金額の2分の1以上を資本金とします（会社法第445条）
err-too-large-in-yen = 大きすぎて円で計算できません
err-yen-not-negative = 0円以上にしてください
err-yen-positive = 0円より大きくしてください
err-yen-finite-not-negative = 0円以上の有限の金額にしてください
err-at-least-one = 1以上にしてください
err-not-empty = 入力してください
err-persons-for-rights = 新株予約権を割り当てる区分では1名以上にしてください
err-total-too-large = 合計が大きすぎます
err-allotment-over-max = 割当ての合計 { $total } 個が上限の { $max } 個を超えています
err-split-ratio-positive = 0より大きくしてください（1株を200株に分割する場合は200、2株を1株に併合する場合は0.5）
err-split-too-many-shares = 新株予約権1個当たり{ $shares }株となり、上限の{ $max }株を超えます
err-split-under-one-share = { $before } × { $ratio } = { $unrounded }株となり、新株予約権1個当たり1株に満たなくなります
err-dividend-split-ratio = 0より大きくしてください（株式分割がなかった場合は1）
err-positive-denominator = 分母が正の商にしてください
err-finite-positive = 0より大きい有限の数にしてください
err-term-range = 0年より長く100年以下にしてください
err-volatility-range = 0.0001から5まで（0.01 %～500 %）にしてください
err-rate-plus-minus-one = -1から1まで（-100 %～100 %）にしてください
err-option-not-computable = 株価・行使価額・期間の組合せでは値が大きすぎるか小さすぎて計算できません。株価と行使価額が1株当たりの円建てか確認してください
err-barrier-below-spot = 株価より低くしてください（株価以上の下方バリアには既に達しています）
err-barrier-above-spot = 株価より高くしてください（株価以下の上方バリアには既に達しています）
err-finite-number = 有限の数にしてください
err-rebate-rate-band = この負の配当利回りでは{ $low }以下か{ $high }以上にしてください（その間ではバリア到達時の支払の価値を閉じた式で計算できません）
err-calendar-range = 東証の営業日カレンダーは{ $first }から{ $last }までです。{ $date }は範囲外です
err-calendar-years = 東証の営業日カレンダーは{ $first }年から{ $last }年までです。{ $year }年は範囲外です
err-business-days-nonzero = 0以外の東証営業日数にしてください（1以上で先へ、-1以下で前へ数えます）
err-count-runs-past = { $date }から東証営業日を{ $n }日数えると{ $edge }を越えます。東証の営業日カレンダーは{ $first }から{ $last }までです
err-to-before-from = 開始日（{ $from }）以降にしてください（入力：{ $to }）
err-offset-too-large = 東証営業日で{ $max }日以内にしてください
err-offset-range = 算定基準日から東証営業日で{ $min }日後から{ $max }日後までにしてください{ $floor ->
        [not-before] （{ $other }の{ $other_value }日以上）
        [after] （{ $other }の{ $other_value }日より後）
        [after-both] （{ $other }の{ $other_value }日及び{ $second }の{ $second_value }日より後）
       *[none] {""}
    }。入力：{ $value }
err-first-date-after-calculation = { $item }（{ $date }）は算定基準日（{ $calculation }）より後にしてください
err-date-order = { $later }（{ $later_date }）は{ $earlier }（{ $earlier_date }）{ $may_equal ->
        [yes] 以降
       *[no] より後
    }にしてください
err-day-after-subscription = 申込期間の翌日が表せる日付になりません
err-close-positive = 正の有限な価格にしてください（{ $date }：{ $close }）
err-dates-increasing = 日付は重複なく古い順に並べてください。{ $date }が{ $previous }（{ $row }行目）より後になっていません
err-split-ratio-got = 旧株1株に対する新株の数を正の数で入力してください（1:200の分割→200、2:1の併合→0.5）。入力：{ $ratio }
err-splits-combined = 株式分割の比率を掛け合わせると大きすぎるか小さすぎて適用できません。各比率が旧株1株に対する新株の数か確認してください
err-close-after-splits = { $date }の{ $close }は株式分割を反映すると表せる範囲を外れます。{ $splits }を確認してください
err-window-start-after-end = 期間の終了日（{ $end }）以前にしてください（入力：{ $start }）
err-closes-too-extreme = 終値が極端すぎてボラティリティを計算できません
err-too-few-samples = 期間内に{ $frequency ->
        [weekly] 週次の標本
       *[daily] 終値
    }が3つ以上（収益率2つ以上）必要ですが、{ $found }つしかありません。期間を広げてください
err-line-company-name-ja = 日本語の適時開示に記載する会社名（空欄可）を、改行なしの{ $max }文字以内で入力してください
err-line-short-name = 2回目以降に用いる略称（「IIJ」など、空欄可）を、改行なしの{ $max }文字以内で入力してください
err-line-dateline-city = 発信地（「東京」など、空欄可）を、改行なしの{ $max }文字以内で入力してください
err-line-listing-code = TSE:3774のような上場コードを、改行なしの{ $max }文字以内で入力してください
err-line-launch-release-title = 発行決議時のプレスリリースの表題を、改行なしの{ $max }文字以内で入力してください
err-listing-codes-max = 上場コードは{ $max }件までにしてください
err-listing-code-empty = TSE:3774やNASDAQ:IIJIのような上場コードを入力してください
err-listing-code-twice = 同じ上場コードを重ねて入力しないでください（{ $code }が2回あります）
err-launch-resolution-after-calculation = 算定基準日（{ $date }）以前にしてください。発行決議は価格決定より前に行われます
err-before-launch-resolution = 発行決議日（{ $date }）以降にしてください
err-launch-release-after-calculation = 算定基準日（{ $date }）以前にしてください。発行の公表は価格決定より前に行われます
err-resolution-after-allotment = 割当日（{ $date }）以前にしてください。取締役会は新株予約権の割当てより前に発行を決議します
err-fiscal-year-end-after-allotment = 割当日（{ $date }）以前にしてください。配当は既に終了した事業年度のものです
err-dividend-split-after-allotment = 割当日（{ $date }）以前にしてください。配当はその日までの株式分割で調整します
err-share-price-range = 0円より大きく1,000,000,000円以下にしてください
err-exercise-price-range = 0円より大きく1,000,000,000円以下にしてください（株式報酬型ストックオプションは1円）
err-volatility-percent-range = 0.01 %から500 %までにしてください
err-risk-free-rate-range = -100 %より大きく100 %未満にしてください（小数で入力：0.0125 = 1.25 %）
err-dividend-range = 0円から1,000,000,000円までにしてください
err-dividend-split-ratio-range = 0より大きくしてください（配当後に1:200の分割があれば200、なければ1）
err-later-split-ratio-range = 0より大きくしてください（1:2の分割は2、2:1の併合は0.5、なければ1）
err-at-least-one-share = 1株以上にしてください
err-at-least-one-right = 1個以上にしてください
err-exercised-over-allotted = 0個から割当数の{ $total }個までにしてください
err-exercise-end-before-start = 行使期間の初日以降にしてください
err-exercise-start-before-allotment = 割当日以降にしてください
err-text-block-max = { $max }文字以内にしてください（空欄なら2013年の開示の文言を用います）
err-history-close-positive = 0より大きい価格にしてください（{ $date }）
err-history-dates-increasing = 日付は古い順に並べてください。{ $date }が{ $previous }の後にあります
err-window-end-before-start = 期間の開始日（{ $start }）以降にしてください
err-rolling-returns-range = 移動期間の収益率の数は2から1,000までにしてください
load-problems = シナリオに問題が{ $count }件あります：

## 株価ファイル：取り込めなかったファイルや行とその理由
csv-cancelled = 読み込みを中止しました
csv-no-rows = ファイルに行がありません。日付の列と終値の列が必要です
csv-no-usable-rows = 使える行がありません。{ $rejected }行を取り込めませんでした{ $line ->
        [0] {""}
       *[other] （{ $line }行目：{ $reason }）
    }。各行に2013-07-11のような日付と正の終値が必要です
csv-only-a-date = 見出し行がない場合、各行は「日付,終値」の形にしてください。1行目には日付しかありません
csv-only-adjusted-close = 調整後終値の列しか見つかりません。調整後終値は株式分割と配当を織り込んでいるため、調整前の終値（Close／終値）の列を書き出してください
csv-no-columns = 1行目（{ $first }）に日付と終値の列が見つかりません。「日付,終値」や「Date,Close」のような見出し行を付けるか、見出しなしで「日付,終値」の行を並べてください
csv-duplicate-date = 日付{ $date }が重複しています。{ $first }行目の終値を採用します
csv-too-many-fields = { $columns }列のはずが{ $fields }項目あります。3,450のような桁区切りのある終値は引用符で囲んでください
csv-date-empty = 日付が空欄です
csv-date-unknown = 日付「{ $text }」を読み取れません。2013-07-11、2013/7/11、20130711の形で入力してください
csv-close-empty = 終値が空欄です
csv-close-not-number = 終値「{ $text }」は数値ではありません
csv-close-not-positive = 終値は正の数にしてください（入力：{ $text }）
csv-close-missing = この日の終値がありません（ファイルの値は「{ $text }」：取引がないか、配信元にデータがありません）
csv-no-such-column = 1行目（{ $first }）に列「{ $name }」がありません
csv-runs-over-lines = { $reason }。引用符で囲まれた項目が{ $first }行目から{ $last }行目にわたり、1行として読まれました（閉じる引用符が抜けていませんか）
csv-rejected-line = { $line }行目：{ $reason } — { $text }
err-not-representable = 表せる数ではありません
err-too-large = 大きすぎます
err-sigma-not-finite = σが有限の数になりません

## コマンドライン固有の確認
cli-unknown-extension = { $path } の拡張子から形式が分かりません。.xlsx、.csv、.md、.html のいずれかにするか、--format を指定してください
cli-one-format-with-out = --out には形式を1つだけ指定してください。複数書き出すときは --out-dir を使います
cli-say-what-to-export = 書き出すものを指定してください：--out ファイル、--format 形式（複数可）、または --all
cli-extension-mismatch = { $format } は .{ $extension } ファイルを書き出しますが、--out { $path } の拡張子は .{ $ends } です。拡張子を変えるか、--format を外してください
cli-to-before-from = --from（{ $from }）以降にしてください
sigma-window = { $from } から { $to }、{ $sampling }
sigma-stale = ⚠ σ { $in_use } は読み込まれている株価履歴と合いません。{ $window } の履歴からは { $measured } になります。
sigma-stale-unmeasurable = ⚠ σ { $in_use } は株価履歴から取ったものですが、読み込まれている履歴では { $window } の σ を計算できません：{ $reason }
sigma-use-from-history = 履歴の σ を使う（{ $sigma }）
import-sigma-stale = ストック・オプションの σ（{ $in_use }）はこの終値から算出したものではありません。{ $window } の終値からは { $measured } になります。ストック・オプションのパネルで更新してください。
import-sigma-unmeasurable = ストック・オプションの σ（{ $in_use }）はこの終値から算出したものではなく、この終値では { $window } の σ を計算できません。ストック・オプションのパネルで更新してください。
vol-resolve-suspect-first = 先に { $date } の株式分割の疑い（上）を解消してください：分割を追加するか、実際の値動きとして確認します。
vol-option-uses = ストック・オプションには σ = { $sigma }（{ $kind ->
        [entered] 手入力
       *[history] 株価履歴から算出、{ $window }
    }）を使っています{ $stale ->
        [yes] 。ただし、読み込まれている履歴からはその期間でこの値になりません
       *[no] {""}
    }
vol-suspects-in-window = 期間内に未調整の株式分割の疑いが{ $count }件あり、この σ はそれを含んでいます。使う前に、分割を追加するか実際の値動きとして確認してください（上）。
vol-cannot-use = この σ は使えません：{ $field }：{ $reason }

## Rows of lists, numbered
field-option-allotment-name = 区分 { $n }
field-option-allotment-persons = 人数（{ $n }）
field-option-allotment-rights = 個数（{ $n }）
field-offering-uses_of_proceeds-purpose = 使途 { $n }
field-price_history-splits-effective_date = 効力発生日 { $n }
field-price_history-splits-ratio = 比率 { $n }
hint-sampling = 週次：月曜日から日曜日までの各週の最終取引日の終値を用い、√52 で年率換算します（開示資料と同じ）。日次：すべての終値を用い、√252 で年率換算します。
timetable-calculation-closed = { $date }は東証の営業日ではありません（{ $why }）。算定基準日の価格とする終値がありません。
timetable-not-business-day = { $date }は東証の営業日ではありません（{ $why }）
timetable-cover-calendar-days = { $why }：シンジケートカバー取引期間は暦日で数えるため、想定どおりです
timetable-closed = 東証休業日：{ $why }
timetable-closed-day = 休業日
timetable-rule-unknown = 規則により導出
timetable-override-hint = { $item }：{ $rule }。合意により日付を固定する場合は入力してください（例：2013-07-17）。空欄の場合は導出した日付を使います。以降の日付は入力した日付に従い、日程全体の順序を改めて確認します。
timetable-override-hint-fitted = { $item }：{ $rule }。この日付は発行決議時に取締役会が定めます。発行決議時の開示資料から入力してください（例：2013-08-02）。それまでは導出した日付は仮定です。以降の日付は入力した日付に従い、日程全体の順序を改めて確認します。
option-undecided-between = 未確定（{ $low }または{ $high }）
option-roundings-differ = ⚠ 端数処理の方法により金額が異なります。厳密（1円未満の端数はどれほど小さくても切上げ）：{ $exact }{ $used ->
        [exact] （採用）
       *[other] {""}
    }。表計算ソフトと同じ（倍精度の ROUNDUP、Excel と同じ）：{ $spreadsheet }{ $used ->
        [spreadsheet] （採用）
       *[other] {""}
    }。
option-undecided-explained = C × 付与株式数が計算で判別できないほど整数の円に近いため、金額は未確定です。下の数値は高い方の候補を用いています。入力を変えるまで、ワークブックと開示資料の下書きは書き出せません。
allotment-maximum = 上限：{ $max }個。割当ては上限{ $within ->
        [yes] 以内です
       *[no] を超えています
    }。
import-source = { $file } から取込み
notice-imported-closes = { $file } から終値 { $count } 件を取り込みました。
notice-recovery-failed = 作業内容の復元用コピーを保存できませんでした。{ $reason }

## 株式分割の疑い
split-ratio-split = 1:{ $n }の株式分割
split-ratio-consolidation = { $n }:1の株式併合
suspect-line = { $date }：{ $previous } → { $close }（{ $change }）、{ $tail }
suspect-unadjusted = 調整が入力されていない{ $ratio }のようです
suspect-large-move = 調整が入力されていない大きな値動きです
suspect-ratio-leaves-jump = ここに入力された比率（{ $entered }）では値が飛びます。終値からは{ $ratio }と考えられます
suspect-ratio-makes-jump = 終値はここで飛んでいませんが、比率 { $entered } が入力されているため値が飛びます
suspect-add = { $date } に{ $ratio }を追加
suspect-add-hint = { $date } より前の終値を { $factor }（旧1株に対する新株の数）で割ります。
suspect-make = { $date } を{ $ratio }にする
suspect-remove = { $date } に入力した株式分割を削除
suspect-not-a-split = 株式分割ではない：{ $date } の実際の値動き
suspect-not-a-split-hint = 終値をそのままにし、この値動きを今後は報告しません（シナリオに保存されます）。
suspects-heading = ⚠ 未調整の株式分割の疑い（{ $count }件）
suspects-explained = 連続する終値の間で上下いずれかに1.8倍以上の値動きは、取引によるものより株式分割・併合である可能性が高く、そのままでは非常に大きな収益率として σ に入ります。
suspects-more = …ほか{ $count }件。先にこれらを直すか、ファイルが1銘柄の終値か確認してください。
import-added-split = { $date } に{ $ratio }を追加しました。
import-confirmed-moves = 実際の値動きとして確認済み { $count } 件
import-cleared = 古い終値に入力されていた調整（{ $what }）を消去しました{ $why ->
        [no-shared-dates] 。新しい終値には古い終値と共通の日付がありません。
        [other-source] 。新しいファイルは別の出所のものです。
       *[chosen] （選択どおり）。
    }
import-kept = 入力済みの調整（{ $what }）を残しました{ $why ->
        [match] 。新しい終値は古い終値と一致しています。
       *[chosen] （選択どおり）。ただし、新しいファイルは別の出所のもののようです。
    }
import-reviewed-splits = 確認の結果、株式分割・併合 { $count } 件のうち { $kept } 件を残しました{ $kept ->
        [0] {""}
       *[other] （{ $list }）
    }。
import-reviewed-removed = 削除：{ $list }。
import-reviewed-confirmed = 実際の値動きとして確認済みの { $count } 件のうち { $kept } 件を残しました。
import-still-suspects = { $count } 件の値動きがまだ未調整の株式分割のように見えます。株価変動性のパネルを確認してください。
import-progress = { $file } の{ $stage ->
        [parsing] 行
       *[reading] 読込み
    }：{ $total } 中 { $done }
option-convention-hint = 厳密：C × 付与株式数の真の値について、1円未満の端数はどれほど小さくても切り上げます（開示資料の規則）。表計算ソフトと同じ：C とその積を倍精度で保持した Excel の ROUNDUP(C × 付与株式数, 0) の結果です。有効数字15桁程度より下の端数が失われるため、1円低くなることがあります。両者が異なるときは両方を表示します。
sensitivity-explained = σ または S を動かしたときの新株予約権1個当たりの払込金額（その他の入力は入力どおり）。行使価額が1円の場合は大きくイン・ザ・マネーのため、σ の影響は小さく、金額はほぼ S に従います。
notice-no-file-dialog = このデスクトップではファイル選択ダイアログを使えません。パスを入力してください。

## Derivations: how each figure was reached (the window, the CLI, the CSV and the
## workbook). Figures are placeholders; a leading {" "} keeps the space before an arrow.
der-joiner = {"；"}
der-stated-capital = { $total } × { $ratio } = { $unrounded } → 1円未満の端数切上げ → { $capital }（会社計算規則第14条）
der-difference = { $a } − { $b } = { $c }
der-discounted = { $from } × (1 − { $rate }) = { $unrounded } → 切捨て{ $tick } → { $to }
der-tick = （{ $tick }円単位）
der-entered = 入力値
der-price-times-shares = { $price } × { $shares }株
der-closing-price = 終値
der-applied-discount = ({ $base } − { $price }) ÷ { $base } = { $rate } → 小数点以下第2位まで表示（四捨五入）
der-spread-per-share = { $price } − { $paid } = { $spread }（発行価格の{ $rate }）
der-ratio = { $a } ÷ { $b } = { $rate }
der-minus = { $a } − { $b }
der-plus = { $a } + { $b }
der-reconciles = 一致
der-does-not-reconcile = 不一致
der-rule = { $rule }
der-overridden = 手入力（規則による日付：{ $derived }）
der-skipped = { $why }の{ $date }を除く
der-either = { $low }又は{ $high }
der-amount = { $price } × { $shares }株 = { $product }{ $exact }{ $rounding }
der-exact-product = （正確な積：{ $product }）
der-amount-rounded-up = {" "}→ 1円未満の端数切上げ → { $amount }
der-amount-roundup = {" "}→ 倍精度の ROUNDUP（表計算ソフトと同じ） → { $amount }
der-amount-spreadsheet-gives = 倍精度の表計算ソフトの ROUNDUP では { $amount }
der-amount-exact-gives = 厳密な切上げでは { $amount }
der-amount-undecided = 未確定：C × 付与株式数と整数円との差が { $bound } 円以内で、計算で判定できる精度を下回ります（暫定的に { $high } を使用）
der-split-adjusted-dividend = { $dividend } ÷ { $ratio }（株式分割の調整後） = { $adjusted }
der-dividend-yield = { $adjusted } ÷ { $spot } = { $rate }
der-black-scholes = S e^(−qT) N(d) − X e^(−rT) N(d − σ√T)
der-times-shares = 1個当たり{ $shares }株；誤差 { $bound } 円以内（{ $method }）
der-method-forward-plus-put = S e^(−qT) − X e^(−rT) を32桁で求め、プットを倍精度で加算
der-method-double = C を倍精度で計算
der-convention-exact = 厳密：C × 付与株式数の真の値の1円未満の端数を切上げ
der-convention-spreadsheet = 表計算ソフトと同じ：Excel と同じ倍精度の ROUNDUP(C × 付与株式数, 0)
der-convention-used = { $convention }（採用）
der-convention-not-used = { $convention }（不採用）
der-per-yen-of-s = S 1円当たり
der-per-sigma = σ 1.00当たり
der-per-year = 1年当たり
der-per-rate = r 1.00当たり
der-rights-times = { $rights }個 × { $amount }
der-maximum = 上限 { $max }個
der-exercise-limit = { $rights }個：帳簿価額 { $book } ＋ 行使に際して出資される財産の価額 { $exercise }
der-half-rounded-up = { $limit } × 1/2 → 1円未満の端数切上げ
der-split-shares = { $before } × { $ratio } = { $unrounded } → 1株未満の端数切捨て
der-daily = 日次
der-weekly = 週次
der-sample-stdev = 対数収益率の標本標準偏差（n − 1）
der-annualised = { $stdev } % × √{ $periods }
fig-allotment-row = { $name }：{ $persons }名、{ $rights }個
fig-problem = 問題
value-undecided = 未確定：{ $low }又は{ $high }
convention-exact = 厳密
convention-spreadsheet = 表計算ソフトと同じ

## A figure's status, and the roundings of the stated values
status-assumed = 仮の日付：発行決議時のお知らせの日付を入力してください
status-undecided = 未確定：C × 付与株式数が計算誤差の範囲で整数円に近すぎます
status-provisional = 暫定：未確定の1個当たり払込金額の高い方の候補による
rule-two-decimals-of-a-percent = パーセントの小数点以下第2位まで（四捨五入）
rule-six-decimals-of-a-percent = パーセントの小数点以下第6位まで（四捨五入）
rule-ten-decimals = 小数点以下第10位まで（最近接に丸め）
rule-c-ten-decimals = 円の小数点以下第10位まで（四捨五入）
rule-c-times-shares = 表示上の C（円の小数点以下第10位まで、四捨五入）× 1個当たりの株式数

## Units (the CSV's unit column)
measure-jpy = 円
measure-jpy-per-share = 円/株
measure-jpy-per-right = 円/個
measure-shares = 株
measure-shares-per-right = 株/個
measure-rights = 個
measure-persons = 名
measure-percent = %
measure-years = 年
measure-date = 日付
measure-closes = 終値の数
measure-returns = 対数収益率の数
measure-dimensionless = 無次元
measure-per-jpy = S 1円当たり
measure-jpy-per-sigma = 円（σ 1.00当たり）
measure-jpy-per-year = 円/年
measure-jpy-per-rate = 円（r 1.00当たり）
measure-text = 文字列

## The figures CSV: header, sections, the stated row
csv-col-section = 区分
csv-col-item = 項目
csv-col-value = 値
csv-col-unit = 単位
csv-col-key = キー
csv-col-rounding = 端数処理
csv-col-status = 状態
csv-col-kind = 種類
csv-section-offering = 募集・売出し
csv-section-timetable = 日程
csv-section-option = 新株予約権
csv-section-volatility = 株価変動性
csv-as-stated = { $label }（表示値）

## Why a file could not be read or written ("<path>: <why>"); $detail is the parser's
## or the system's own words
file-too-large = ファイルの大きさが { $size } バイトで、上限の { $limit } バイトを超えています
file-not-utf8 = UTF-8 のテキストではありません（{ $offset } バイト目に不正なバイト）
file-undecodable = UTF-8、UTF-16、Shift_JIS のいずれのテキストでもありません（{ $offset } バイト目に不正なバイト）
file-not-found = ファイルが見つかりません（{ $detail }）
file-permission-denied = アクセスが許可されていません（{ $detail }）
file-interrupted = 中断しました（{ $detail }）
file-already-exists = 同じ名前のファイルが既にあります（{ $detail }）
file-storage-full = ディスクの空き容量が足りません（{ $detail }）
file-io-other = 読み書きできませんでした（{ $detail }）
load-syntax = JSON として読めません（{ $line }行{ $column }列）：{ $detail }
load-missing-version = schema_version がありません。Offering Desk のシナリオファイルではありません
load-bad-version = schema_version は1から{ $supported }までの整数でなければなりません（ファイルの値：{ $found }）
load-newer-version = schema_version { $found } は新しい版の Offering Desk で保存されたファイルです（この版が読めるのは{ $supported }まで）。アプリを更新してから開いてください
load-field = { $path }：この項目の値を読めません：{ $detail }
load-field-at = { $path }：この項目の値を読めません（{ $line }行{ $column }列）：{ $detail }
csv-section-price-history = 株価履歴

## Why an export was refused
export-incomplete = { $section }に問題があるため書き出せません：{ $field }：{ $problem }
export-workbook = ブックを作成できません：{ $detail }
export-csv = CSV を書き出せません：{ $detail }
export-undecided = 新株予約権1個当たりの払込金額が確定しません：C × { $shares }株と整数円との差が { $bound } 円以内のため、{ $low }か{ $high }のいずれかです。入力を変える（たとえば S 又は σ の最後の桁）か、手計算で確認してください
import-cannot-start = { $path } の読み込みを開始できません：{ $detail }
import-stopped = { $path }：読み込みが予期せず止まりました

## The workbook: sheet names, column titles, sections, notes
xl-comment = Offering Desk 集計ブック
xl-sheet-inputs = 入力
xl-sheet-offering = 募集・売出し
xl-sheet-options = 新株予約権
xl-sheet-timetable = 日程
xl-sheet-volatility = 株価変動性
xl-sheet-holidays = 休業日
xl-col-item = 項目
xl-col-value = 値
xl-col-unit = 単位
xl-col-derivation = 計算過程
xl-col-formula-derivation = 計算式・計算過程
xl-col-date = 日付
xl-col-weekday = 曜日
xl-col-set-by = 決め方
xl-col-rule = 規則
xl-col-rule-date = 規則による日付
xl-col-closures-skipped-weekdays = 除いた休業日（平日）
xl-col-check = 確認
xl-col-close-on-file = 終値（ファイル）
xl-col-split-divisor = 分割調整の除数
xl-col-adjusted-close = 調整後終値
xl-col-log-return = 対数収益率
xl-col-rolling = 移動 σ
xl-col-tse-closed-for = 東証休業の理由
xl-col-cited-in-the-timetable-as = 日程での表記
xl-col-input = 入力項目
xl-col-field = フィールド
xl-col-name = 名前
xl-section-issue-price = 発行価格
xl-issue-price-unrounded = 基準価格 × (1 − ディスカウント率)（端数処理前）
xl-unit-of-the-base-price = 基準価格比
xl-unit-of-the-issue-price = 発行価格比
xl-section-public-offering = 一般募集
xl-section-over-allotment = オーバーアロットメントによる売出し
xl-section-third-party-allotment = 主幹事会社を割当先とする第三者割当
xl-section-proceeds = 調達資金
xl-section-uses-of-proceeds = 調達資金の使途
xl-note-offering = 各数値は「入力」シートのセル（BasePrice などのブック内の名前）を参照する数式で、アプリの計算結果をキャッシュ値として保持しています。計算過程も同じセルから組み立てる数式なので、入力を変えると数値と計算過程の両方が追随します。ROUNDDOWN と ROUNDUP は開示資料の端数処理の規則です。その内側の ROUND(…, k) と、円の和や積に付けた ROUND(…, 2) は、2進浮動小数点の誤差（1 − 0.07 は2進では 0.92999…）を取り除くためだけのもので、アプリと同じく正確な10進の金額で計算させるためのものです。
xl-vol-historical-volatility = ヒストリカル・ボラティリティ
xl-vol-sampling = 標本の取り方
xl-vol-mean-return = 1期間当たりの対数収益率の平均
xl-vol-stdev = 1期間当たりの標準偏差（n − 1）
xl-vol-periods-per-year = 年間の期間数
xl-vol-annualised = 年率換算の株価変動性（σ）
xl-vol-sigma-used = 新株予約権の評価に用いる σ（入力シート）
xl-vol-rolling-window = 移動期間当たりの収益率の数
xl-note-volatility = 株式分割前の終値は、その後の分割の比率で割って調整しています。各日付の移動 σ は、その日までの直前の期間の収益率の STDEV.S × √期間数で、上の期間内の標本から求めています。
xl-vol-chart-title = 調整後終値と移動ボラティリティ
xl-set-by-fixed = 入力値（固定）
xl-set-by-rule = 規則
xl-check-not-business-day = 東証の営業日ではありません
xl-section-offering-timetable = 募集・売出しの日程
xl-set-by-input = 入力
xl-rule-inputs-sheet = 入力シート
xl-rule-business-days-after = 算定基準日の{ $nth }営業日後（東証）
xl-cited-joiner = {"；"}
xl-section-stock-acquisition-rights = 新株予約権
xl-allotment-date = 割当日
xl-exercise-period-start = 行使期間（初日）
xl-exercise-period-end = 行使期間（末日）
xl-note-timetable = 募集・売出しの各日付は数式です。WORKDAY.INTL が算定基準日（又はその日付が従う日付）から「休業日」シートを使って東証の営業日を数え、アプリと同じく土日、国民の祝日及び年末年始の休業日（12月31日～1月3日）を除きます。「入力」シートの算定基準日や営業日数を変えると日程全体が動きます。「入力」シートの指定欄に入力した日付はそのまま使われ（「入力値（固定）」）、後の日付はそれに従います。「規則による日付」の列には規則による日付が引き続き表示されます。シンジケートカバー取引期間の末日と第三者割当の申込期日（及びその翌営業日の払込期日）は発行決議時に取締役会が定める日付です。営業日数は過去の一件に合わせたものにすぎないため、日付を入力するまでは「仮の日付：発行決議時のお知らせの日付を入力してください」と表示されます。
xl-check-after = { $earlier }より後の日付にしてください
xl-check-on-or-after = { $earlier }以降の日付にしてください
xl-check-outside-calendar = 東証カレンダーの範囲外です（{ $first }年～{ $last }年）

## File dialogs and export formats
format-xlsx = Excel ブック（.xlsx）
format-csv = 数値一覧（.csv）
format-prices-csv = 株価の系列（.csv）
format-pricing-notice-md = 発行価格等の決定に関するお知らせの案（.md）
format-pricing-notice-html = 発行価格等の決定に関するお知らせの案（.html）
format-option-notice-md = ストックオプション発行に関するお知らせの案（.md）
format-option-notice-html = ストックオプション発行に関するお知らせの案（.html）
dialog-open-scenario = シナリオを開く
dialog-save-scenario-as = 名前を付けてシナリオを保存
dialog-import-prices = 株価履歴の取込み（CSV）
filter-scenario = Offering Desk のシナリオ
filter-csv = CSV
filter-xlsx = Excel ブック
filter-markdown = Markdown
filter-html = HTML
chart-rolling-sigma = 直近{ $returns }期間（{ $frequency }）の収益率による σ

## The timetable's business-day offsets (Timetable panel, collapsed)
field-schedule-offsets-subscription_start = 申込期間の初日まで
hint-schedule-offsets-subscription_start = 算定基準日から申込期間の初日までの東証営業日数（通常は1：翌営業日）。
field-schedule-offsets-subscription_end = 申込期間の末日まで
hint-schedule-offsets-subscription_end = 算定基準日から申込期間の末日までの東証営業日数。初日より前にはできません（通常は2）。
field-schedule-offsets-payment = 払込期日まで
hint-schedule-offsets-payment = 算定基準日から払込期日までの東証営業日数。申込期間の末日より後です（通常は5）。受渡期日はその翌営業日です。
field-schedule-offsets-cover_end = シンジケートカバー取引期間の末日まで
hint-schedule-offsets-cover_end = 算定基準日からシンジケートカバー取引期間の末日までの東証営業日数。申込期間より後です（通常は12）。
field-schedule-offsets-allotment_subscription = 第三者割当の申込期日まで
hint-schedule-offsets-allotment_subscription = 算定基準日から第三者割当の申込期日までの東証営業日数。シンジケートカバー取引期間及び払込期日より後です（通常は16）。払込期日はその翌営業日です。
unit-business-days = 営業日

## The workbook: Options sheet
xl-section-black-scholes-inputs = ブラック・ショールズ・モデルの基礎数値
xl-rule-closing-price-on-the-allotment-date = 割当日の終値
xl-unit-per-year = 年率
xl-dividend-split-adjusted = 1株当たり配当金（株式分割の調整後）
xl-rule-dividend-split-adjusted = 支払時の1株当たり配当金 ÷ その後の株式分割の比率
xl-section-valuation = オプション価格の算定
xl-rule-standard-normal-distribution = 標準正規分布の累積分布関数
xl-price-to-ten-decimals = 1株当たりのオプション価格（円の小数点以下第10位まで）
xl-rule-as-the-notice-prints-it-half-up = 開示資料の記載どおり（四捨五入）
xl-price-to-ten-decimals-times-shares = C（小数点以下第10位まで）× 付与株式数
xl-rule-as-the-notice-prints-it = 開示資料の記載どおり
xl-forward-part = フォワード部分 S e^(−qT) − X e^(−rT)
xl-rule-put-call-parity = C ＝ フォワード部分 ＋ プット（プット・コール・パリティ）
xl-put-part = プット部分 X e^(−rT) N(−d2) − S e^(−qT) N(−d1)
xl-rule-put-above-zero = 入力にかかわらず0より大きい
xl-rule-exact-convention = A × 付与株式数（1円未満切捨て）に、残り（その端数と P × 付与株式数の和。P > 0 のため1円以上）の1円未満の端数を切り上げた額を加算
xl-rule-convention-set-on-inputs = 「入力」シートで設定：exact（厳密）又は spreadsheet（表計算ソフトと同じ）
xl-section-sensitivities = 感応度（グリークス）
xl-section-allotment = 新株予約権の割当て
xl-group-persons = { $name }：人数
xl-group-rights = { $name }：新株予約権の数
xl-group-value = { $name }：払込金額の総額
xl-group-shares-on-exercise = { $name }：新株予約権の目的となる株式の数
xl-rule-rights-times-amount-per-right = 新株予約権の数 × 1個当たりの払込金額
xl-rule-rights-times-shares-per-right = 新株予約権の数 × 付与株式数
xl-max-rights = 新株予約権の総数（上限）
xl-within-the-maximum = 割当数は上限以内か
xl-yes = はい
xl-no = いいえ
xl-section-capital-on-exercise = 行使時の資本金等（計算例）
xl-on-exercise-rights-exercised = 行使時：行使される新株予約権の数
xl-on-exercise-book-value = 行使時：新株予約権の帳簿価額
xl-rule-amount-per-right-times-rights = 1個当たりの払込金額 × 新株予約権の数
xl-on-exercise-exercise-amount = 行使時：行使に際して出資される財産の価額
xl-rule-exercise-price-times-shares = 行使価額 × 株式数
xl-section-later-split = その後の株式分割・併合による付与株式数の調整
xl-note-options = C はアプリが倍精度で計算しており、その算式は深いイン・ザ・マネーでも精度を保ちます。上の Excel の NORM.S.DIST による式とは約 1e-12 まで一致します。新株予約権1個当たりの払込金額は、C × 付与株式数の1円未満の端数を切り上げた額です。アプリはこの端数を厳密に判定します（フォワード部分は32桁で、プットは誤差の上限とともに計算）。この表の「厳密な計算」の行は、フォワード部分とプットを分けたまま同じ判定を行います。r = q = 0 で S と X が1円単位の場合は厳密であり、それ以外の場合も C × 付与株式数が整数の円から約 1e-9 円以内にない限り正しい結果になります。「表計算ソフトの計算」の行は、倍精度の表計算ソフトが計算する ROUNDUP(C × 付与株式数, 0) です。Excel は引数を有効数字15桁（LibreOffice Calc は12桁）に丸めてから読むため、それより小さい端数は失われます。キャッシュ値はアプリの計算結果です。

## The workbook: Inputs and Holidays sheets
xl-input-section-scenario = シナリオ
xl-input-section-offering = 募集・売出し
xl-input-section-schedule = 日程
xl-input-section-option = 新株予約権
xl-input-section-price-history = 株価履歴
xl-input-section-notes = メモ
xl-input-title = シナリオ名
xl-input-company = 会社名
xl-input-base-price = 算定基準日の価格（同日の終値）
xl-input-issue-price-method = 発行価格の決め方
xl-input-issue-price-entered = 発行価格（入力値）
xl-input-tick-size = 呼値の単位（発行価格の刻み）
xl-input-paid-method = 払込金額の決め方
xl-input-paid-entered = 払込金額（入力値）
xl-input-spread-rate = 引受人の手取金の割合
xl-input-stated-capital-ratio = 資本金に計上する割合
xl-input-allotment-shares = 第三者割当による募集株式数（上限）
xl-input-use-purpose = 資金使途{ $n }：内容
xl-input-use-amount = 資金使途{ $n }：金額
xl-input-use-deadline = 資金使途{ $n }：支出予定時期
xl-input-calculation-date = 算定基準日（発行価格等決定日）
xl-input-offset = { $item }までの日数
xl-input-override = { $item }（手入力）
xl-input-series-name = 新株予約権の名称
xl-input-volatility-source = 株価変動性の出所
xl-input-dividend = 1株当たり配当金（直近事業年度の支払額）
xl-input-dividend-split-ratio = 配当後の分割比率
xl-input-max-rights = 新株予約権の総数（上限）
xl-input-group-name = 割当対象者{ $n }：区分
xl-input-group-persons = 割当対象者{ $n }：人数
xl-input-group-rights = 割当対象者{ $n }：新株予約権の数
xl-input-exercise-start = 行使期間（初日）
xl-input-exercise-end = 行使期間（末日）
xl-input-later-split-ratio = その後の分割・併合の比率（なければ1）
xl-input-amount-convention = 新株予約権1個当たりの払込金額の端数処理
xl-input-history-source = 株価履歴の出典
xl-input-closes = 保存されている終値
xl-input-split-date = 株式分割・併合{ $n }：効力発生日
xl-input-split-ratio = 株式分割・併合{ $n }：比率
xl-input-window-start = 算定期間（初日）
xl-input-window-end = 算定期間（末日）
xl-input-sampling = 標本の取り方
xl-input-unit-tick-unused = 円（ディスカウント方式のみ）
xl-input-unit-tick-default = 円（未設定：1円）
xl-input-unit-of-the-amount-paid = 払込金額に対する比率
xl-input-unit-business-days = 東証営業日
xl-input-unit-date-or-rule = 日付（空欄：規則による）
xl-input-unit-per-year = 年率
xl-input-unit-new-per-old = 株（旧1株につき）
xl-input-unit-amount-convention = 厳密又は表計算ソフトと同じ
xl-check-title = Offering Desk：入力値の誤り
xl-check-message = { $label }（{ $field }）：{ $problem }
xl-check-price = 0円より大きく1,000,000,000円以下の価格を、円・銭で入力してください
xl-check-amount = 0円以上の金額を、円・銭で入力してください
xl-check-offset = 東証営業日で1日から{ $max }日までにしてください
xl-check-date = 東証の営業日カレンダーの範囲内の日付（{ $first }から{ $last }まで）にしてください
xl-check-amount-convention = { $exact }（厳密）又は{ $spreadsheet }（表計算ソフトと同じ）にしてください
xl-holidays-note-1 = 東京証券取引所が休業する平日の一覧です（{ $first }から{ $last }まで）。
xl-holidays-note-2 = 国民の祝日（振替休日及び国民の休日を含む）と年末年始の休業日（12月31日～1月3日）を載せています。
xl-holidays-note-3 = 土曜日と日曜日はもともと休業日のため載せていません。
xl-holidays-note-4 = 「{ $sheet }」シートは、この一覧（{ $name }）の日を除いて WORKDAY.INTL で東証営業日を数えます。
xl-holidays-note-5 = この範囲外の日付は「{ $sheet }」シートで警告します。

## The import preview's review of adjustments already entered
import-fit-outside = 新しい終値の範囲外です。収益率は変わりません
import-fit-matches = 新しい終値はその日に { $change } 動いており、一致します
import-fit-no-jump = 新しい終値はその日に { $change } 動いていますが分割の跡ではありません。残すと段差ができます
import-fit-differs = 新しい終値はその日に { $change } 動いています{ $suggested }。比率が異なります
import-fit-suggested = （≈ { $ratio }）
import-fit-also-moves = 新しい終値もその日に大きく動いています
import-fit-no-move = 新しい終値にはその日に大きな動きがありません
import-keep-split = { $split } を残す
import-keep-confirmed = 実際の値動きとして確認済みの { $date } を残す

## Window sentences built from figures (charts, offering, timetable)
chart-suspect-looks-like = ⚠ { $date } ≈ { $ratio }？
chart-suspect-check = ⚠ { $date }：分割を確認してください
chart-sigma-of-the-window = 期間の σ
ui-uses-differ = ⚠ 使途の合計が手取概算額と { $amount }円 異なります。
ui-curves-keep-spread = 曲線は現在の引受手数料率 { $spread } のまま描いています（払込金額は発行価格に連動します）。
ui-new-group = 新しい区分
timetable-not-current = 最新ではありません：日付は最後の有効な入力によるものです。
timetable-restore-defaults = 標準の日数に戻す
notice-sample-invalid = 同梱のサンプルシナリオが正しくありません：{ $reason }
import-same-source = 新しい終値は、共通する{ $shared }日のうち{ $agreeing }日で読込み済みの終値と一致します。同じ銘柄の終値と考えられるため、調整は既定で残します。
import-no-shared-date = 新しい終値には読込み済みの終値と共通する日付がありません。同じ銘柄の終値であることを確かめられないため、調整は既定で消去します。
import-other-source = 新しい終値は、共通する{ $shared }日のうち{ $differing }日で読込み済みの終値と異なります。別の出所（別の銘柄、又は調整済みの終値）と考えられるため、調整は既定で消去します。
ui-new-shares-offered-hint = 発行価格等の決定に関するお知らせの第1項及び第3項。元のお知らせでは記載を省略しています（発行決議時のお知らせに記載）。
cli-wrote = { $path } を書き出しました（{ $format }）
cli-exports-failed = { $total }件中{ $failed }件の書き出しに失敗しました：
## Notice drafts

notice-draft = 下書き
notice-draft-banner = {"　"}Offering Desk がシナリオ「{ $title }」から作成しました。数値と日付はすべてシナリオの入力から計算しています。[ ] 内は会社のひな形に従って記入してください。公表用ではありません。
notice-document-title = { $title }（下書き）
notice-for-immediate-release = 報道関係各位
notice-particulars = 記
notice-end = 以　上
notice-template-placeholder = 会社概要、将来見通しに関する注意事項及び問合せ先（会社のひな形どおり）
notice-about-heading = この下書きについて
notice-about = Offering Desk がシナリオ「{ $title }」から作成しました。数値と日付はその入力から計算しています。公表前に確定した条件と照合してください。
notice-scenario-notes = シナリオのメモ：
notice-col-item = 項目
notice-col-terms = 内容
notice-note = （注）
notice-drafting-note = 作成メモ：
notice-check = 確認：
notice-company-blank = [会社名]
notice-blank-resolution-date = [決議日]
notice-identification = { $name }（{ $parts }）
notice-identification-separator = 、
notice-defined-short = 「{ $short }」
notice-defined-company = 「当社」
notice-defined-we = 「当社」
notice-the-company = 当社
notice-the-company-capital = 当社
notice-dateline = { $date }{"　"}
notice-dateline-city = { $city }、{ $date }{"　"}
notice-per-share = 1株につき{ $amount }
notice-shares = { $count }株
notice-period = { $start }～{ $end }
notice-list = { $head }及び{ $last }
notice-list-separator = 及び
notice-assumed-mark = ［仮の日付］
notice-assumed-note = ［仮の日付］は標準的な営業日数から置いた日付です。発行決議時のお知らせに記載の日付を入力してください。
notice-pricing-title = { $over_allotment ->
        [yes] 発行価格及び売出価格等の決定に関するお知らせ
       *[no] 発行価格等の決定に関するお知らせ
    }
notice-pricing-letterhead-addressees = 各　位
notice-pricing-letterhead-company = 会社名　{ $name }
notice-pricing-letterhead-representative = 代表者名　[代表者の役職・氏名]
notice-pricing-letterhead-code = （コード番号：{ $code }　[上場市場]）
notice-pricing-letterhead-code-blank = [コード番号]
notice-pricing-letterhead-contact = 問合せ先　[役職・氏名]（TEL　[電話番号]）
notice-pricing-opening = { $launch }開催の当社取締役会において決議いたしました{ $over_allotment ->
        [yes] 新株式発行及び当社株式の売出し
       *[no] 新株式発行
    }に関し、{ $determined }{ $over_allotment ->
        [yes] 発行価格及び売出価格等
       *[no] 発行価格等
    }が下記のとおり決定いたしましたので、お知らせいたします。
notice-pricing-determined-today = 本日開催の当社取締役会において、
notice-pricing-determined-on = { $date }開催の当社取締役会において、
notice-pricing-determined = {""}
notice-pricing-item = ({ $no }) { $label }
notice-pricing-maximum = { $amount }（上限）
notice-pricing-public-offering = 1．公募による新株式発行
notice-pricing-new-shares-offered = 募集株式数
notice-pricing-new-shares = 当社普通株式　{ $shares }
notice-pricing-new-shares-maximum = 当社普通株式　{ $shares }（上限）
notice-pricing-issue-price = 発行価格（募集価格）
notice-pricing-issue-total = 発行価格の総額
notice-pricing-paid = 払込金額
notice-pricing-paid-total = 払込金額の総額
notice-pricing-capital-increase = 増加する資本金及び資本準備金の額
notice-pricing-stated-capital = 増加する資本金の額
notice-pricing-paid-in-capital = 増加する資本準備金の額
notice-pricing-subscription-period = 申込期間
notice-pricing-payment-date = 払込期日
notice-pricing-underwriters = 引受人は払込金額で買取引受けを行い、発行価格（募集価格）で募集を行います。
notice-pricing-over-allotment = 2．当社株式の売出し（オーバーアロットメントによる売出し）
notice-pricing-shares-sold = 売出株式数
notice-pricing-selling-price = 売出価格
notice-pricing-selling-total = 売出価格の総額
notice-pricing-delivery-date = 受渡期日
notice-pricing-no-over-allotment = オーバーアロットメントによる売出しは行いません（シナリオに売出株式数がありません）。
notice-pricing-allotment = 3．第三者割当による新株式発行
notice-pricing-allotment-subscription = 申込期日
notice-pricing-no-allotment = 第三者割当による新株式発行は行いません（シナリオに割当株式数がありません）。
notice-pricing-legal-notes = 会社のひな形どおりの注記
notice-pricing-references = ＜ご参考＞
notice-pricing-calculation = 1．発行価格及び売出価格の算定
notice-pricing-calculation-date-and-price = (1) 算定基準日及びその価格
notice-pricing-calculation-date = 算定基準日
notice-pricing-closing-price = 価格（終値）
notice-pricing-date-and-price = { $date }　{ $price }
notice-pricing-discount-rate = (2) ディスカウント率
notice-pricing-cover = 2．シンジケートカバー取引期間
notice-pricing-cover-period = { $start }から{ $end }まで{ $mark }
notice-pricing-use-of-proceeds = 3．今回の調達資金の使途
notice-pricing-sources = { $allotment ->
        [yes] 今回の一般募集及び本件第三者割当増資
       *[no] 今回の一般募集
    }
notice-pricing-proceeds = { $sources }に係る手取概算額合計上限{ $net }の具体的な使途は、次のとおりであります。
notice-pricing-proceeds-uses = { $sources }に係る手取概算額合計上限{ $net }については、{ $uses }。
notice-pricing-use = { $amount }を{ $purpose }に充当する予定であります
notice-pricing-use-until = { $amount }を{ $deadline }までに{ $purpose }に充当する予定であります
notice-pricing-use-for = { $purpose }
notice-pricing-use-by = { $deadline }
notice-pricing-use-blank = [使途]
notice-pricing-use-amount-by = { $amount }（支出予定時期：{ $deadline }）
notice-pricing-uses-placeholder = 資金使途、金額及び支出予定時期
notice-pricing-release = 詳細につきましては、{ $date }付「{ $title }」をご参照ください。
notice-pricing-release-title-blank = [発行決議時のお知らせの表題]
notice-pricing-release-date-blank = [発行決議時のお知らせの日付]
notice-pricing-working = 手取概算額 = 払込金額の総額（一般募集）{ $paid }{ $allotment } − 発行諸費用の概算額{ $expenses } = { $net }。
notice-pricing-working-allotment = {" "}+ 払込金額の総額（第三者割当、上限）{ $paid }
notice-pricing-check = 使途の合計{ $uses }は手取概算額{ $net }と{ $difference }異なります。
notice-possessive = { $short }の
notice-company-possessive = 当社の
notice-option-title = 株式報酬型ストックオプション（新株予約権）の発行に関するお知らせ
notice-option-grantees-blank = [割当対象者]
notice-option-opening = 当社は、{ $resolved }開催の取締役会において、会社法第236条第1項、第238条第1項及び第2項並びに第240条第1項の規定に基づき、当社の{ $grantees }に対し、株式報酬型ストックオプションとして新株予約権を発行することを決議いたしましたので、下記のとおりお知らせいたします。
notice-option-reason-heading = 1．ストックオプションとして新株予約権を発行する理由
notice-option-reason = 当社の{ $grantees }に対し、中長期的な業績向上と企業価値向上に対する貢献意欲や士気を一層高めることを目的として、ストックオプションとして新株予約権を発行するものであります。
notice-option-details-heading = 2．新株予約権の発行要領
notice-option-name-heading = (1) 新株予約権の名称
notice-option-maximum-heading = (2) 新株予約権の総数　{ $count }個
notice-option-maximum = 上記総数は割当予定数であり、引受けの申込みがなされなかった場合等、割り当てる新株予約権の総数が減少したときは、割り当てる新株予約権の総数をもって発行する新株予約権の総数とする。
notice-option-shares-heading = (3) 新株予約権の目的となる株式の種類及び数
notice-option-shares = 新株予約権の目的となる株式の種類は当社普通株式とし、新株予約権1個当たりの目的となる株式の数（以下「付与株式数」という。）は{ $shares }とする。ただし、下記(13)に定める新株予約権の割当日（以下「割当日」という。）後、当社が株式分割又は株式併合を行う場合は、次の算式により付与株式数を調整し、調整の結果生じる1株未満の端数は、これを切り捨てるものとする。
notice-option-adjustment-formula = 調整後付与株式数 ＝ 調整前付与株式数 × 株式分割・株式併合の比率
notice-option-adjustment-effective = 調整後付与株式数は、株式分割の場合は、当該株式分割の基準日の翌日以降、株式併合の場合は、その効力発生の日以降、これを適用する。ただし、剰余金の額を減少して資本金又は準備金を増加する議案が当社株主総会において承認されることを条件として株式分割が行われる場合で、当該株主総会の終結の日以前の日を株式分割のための基準日とする場合は、調整後付与株式数は、当該株主総会の終結の日の翌日以降、当該基準日の翌日に遡及してこれを適用する。
notice-option-adjustment-other = また、当社が合併又は会社分割を行う場合その他これらの場合に準じて付与株式数の調整を必要とする場合には、当社は、合理的な範囲で付与株式数を調整することができる。
notice-option-illustration = 作成例（シナリオの数値）：
notice-option-split-illustration = 比率{ $ratio }の場合、{ $before } × { $ratio } = { $unrounded }株、1株未満を切り捨てて新株予約権1個当たり{ $after }。
notice-option-value-heading = (4) 新株予約権の行使に際して出資される財産の価額
notice-option-value = 新株予約権の行使に際して出資される財産の価額は、新株予約権の行使により交付を受けることができる株式1株当たりの払込金額（以下「行使価額」という。）を{ $price }とし、これに付与株式数を乗じた金額とする（新株予約権1個当たり{ $per_right }）。
notice-option-period-heading = (5) 新株予約権を行使することができる期間
notice-option-period = { $start }から{ $end }まで
notice-option-capital-heading = (6) 新株予約権の行使により株式を発行する場合において増加する資本金及び資本準備金に関する事項
notice-option-capital-stock = 1) 新株予約権の行使により株式を発行する場合において増加する資本金の額は、会社計算規則第17条第1項に従い算出される資本金等増加限度額の2分の1の金額とし、計算の結果生じる1円未満の端数は、これを切り上げるものとする。
notice-option-capital-reserve = 2) 新株予約権の行使により株式を発行する場合において増加する資本準備金の額は、上記1)記載の資本金等増加限度額から上記1)に定める増加する資本金の額を減じた額とする。
notice-option-exercise-illustration = 新株予約権{ $count }個が行使された場合
notice-option-book-value = 新株予約権の帳簿価額
notice-option-exercise-amount = 行使に際して払い込まれる金額
notice-option-capital-limit = 資本金等増加限度額
notice-option-capital-stock-increase = 増加する資本金の額（2分の1、1円未満切上げ）
notice-option-capital-reserve-increase = 増加する資本準備金の額
notice-option-transfer-heading = (7) 譲渡による新株予約権の取得の制限
notice-option-transfer = 譲渡による新株予約権の取得については、当社取締役会の決議による承認を要するものとする。
notice-option-acquisition-heading = (8) 新株予約権の取得条項
notice-option-restructuring-heading = (9) 組織再編行為の際の新株予約権の取扱い
notice-option-fractions-heading = (10) 新株予約権を行使した際に生じる1株に満たない端数の取決め
notice-option-fractions = 新株予約権を行使した新株予約権者に交付する株式の数に1株に満たない端数がある場合には、これを切り捨てるものとする。
notice-option-exercise-heading = (11) その他の新株予約権の行使の条件
notice-option-method-heading = (12) 新株予約権の払込金額の算定方法
notice-option-method = 各新株予約権の払込金額は、次式のブラック・ショールズ・モデルにより以下の2)から7)の基礎数値に基づき算定した1株当たりのオプション価格に付与株式数を乗じた金額とし、1円未満の端数は切り上げるものとする。
notice-option-formula-c = C = S·e^(−qT)·N(d) − X·e^(−rT)·N(d − σ√T)
notice-option-formula-d = ここで、d = [ ln(S / X) + (r − q + σ²/2)·T ] / (σ√T)
notice-option-input-c = 1) 1株当たりのオプション価格（C）
notice-option-input-share-price = 2) 株価（S）
notice-option-input-exercise-price = 3) 行使価格（X）
notice-option-input-term = 4) 予想残存期間（T）
notice-option-input-volatility = 5) 株価変動性（σ）
notice-option-input-rate = 6) 無リスクの利子率（r）
notice-option-input-dividend = 7) 配当利回り（q）
notice-option-basis-share-price = { notice-option-input-share-price }：{ $date }の東京証券取引所における当社普通株式の普通取引の終値（終値がない場合は、翌取引日の基準値段）
notice-option-basis-exercise-price = { notice-option-input-exercise-price }：{ $price }
notice-option-basis-term = { notice-option-input-term }：{ $term }
notice-option-basis-volatility = { notice-option-input-volatility }：{ $basis }
notice-option-basis-rate = { notice-option-input-rate }：残存年数が予想残存期間に対応する超長期国債の利子率
notice-option-basis-dividend = { notice-option-input-dividend }：1株当たりの配当金（{ $year }の配当実績）÷ 上記2)に定める株価
notice-option-basis-normal = 8) 標準正規分布の累積分布関数（N(・)）
notice-option-years = { $years }年
notice-option-volatility-manual = 株価変動性［算定の基礎を記載］
notice-option-volatility-history = { $from }から{ $to }までの{ $closes }に基づき算出した株価変動性
notice-option-history-first = 株価履歴の最初の終値
notice-option-history-last = 株価履歴の最後の終値
notice-option-closes-weekly = 各週最終取引日における当社普通株式の普通取引の終値
notice-option-closes-daily = 各取引日における当社普通株式の普通取引の終値
notice-option-fiscal-year = { $year }年{ $month_number }月期
notice-option-last-fiscal-year = 直近事業年度
notice-option-split = 普通株式1株につき{ $ratio }株の割合での株式分割
notice-option-consolidation = 普通株式{ $per }株につき1株の割合での株式併合
notice-option-consolidation-at = 普通株式{ $per }株につき1株の割合での株式併合
notice-option-split-effective = { $date }を効力発生日として
notice-option-the-split = 株式分割
notice-option-the-consolidation = 株式併合
notice-option-split-footnote = ※ 当社は、{ $effective }{ $split }を行っております。上記の配当利回りは、当該{ $kind }を遡及して反映した1株当たり配当金に基づき算出しております。
notice-option-figures-note = 以下はシナリオ「{ $title }」の計算に用いた数値であり、Offering Desk が計算したものです（開示資料から転記したものではありません）。
notice-option-col-input = 基礎数値
notice-option-col-value = 値
notice-option-dividend-paid = 1株当たり配当金（支払額）
notice-option-dividend-adjusted = 株式分割・株式併合を反映した1株当たり配当金
notice-option-d = d
notice-option-d2 = d − σ√T
notice-option-n = N(d), N(d − σ√T)
notice-option-price-history = 株価履歴：
notice-option-col-calculation = 計算
notice-option-col-amount = 金額
notice-option-calc-c = 1株当たりのオプション価格（C）
notice-option-calc-times-shares = × 付与株式数
notice-option-calc-per-right = ＝ 新株予約権1個当たりのオプション価格
notice-option-calc-exact-product = C を小数第10位に丸める前の C × 付与株式数
notice-option-calc-amount = 新株予約権1個当たりの払込金額（1円未満切上げ）
notice-option-fair-value = なお、上記により算出される金額は新株予約権の公正価額であり、有利発行には該当しない。また、新株予約権の割当てを受ける者は、当該払込金額の払込みに代えて、当社に対する報酬債権と相殺するものとする。
notice-option-either = { $low }又は{ $high }
notice-option-exact = 厳密な計算
notice-option-spreadsheet = 表計算ソフトの計算
notice-option-conventions = C × { $n } の切上げ結果が二通りに分かれます。厳密な計算（1円未満の端数はいかに小さくても切上げ）：{ $exact }。表計算ソフトの計算（倍精度の ROUNDUP(C × { $n }, 0)、Excel と同じ）：{ $spreadsheet }。この下書きは{ $used }の数値を用いています（シナリオの設定）。{ $other }の数値は比較のために示しています。
notice-option-allotment-date-heading = (13) 新株予約権の割当日
notice-option-payment-date-heading = (14) 新株予約権と引換えにする金銭の払込みの期日
notice-option-allottees-heading = (15) 新株予約権の割当てを受ける者及びその人数並びに割り当てる新株予約権の数
notice-option-col-allottees = 割当対象者
notice-option-col-persons = 人数
notice-option-col-rights = 新株予約権の数
notice-option-col-shares = 目的となる株式の数
notice-option-col-paid = 払込金額の総額
notice-option-persons = { $count }名
notice-option-rights = { $count }個
notice-option-share-count = { $count }株
notice-option-total = 合計
notice-option-certificates-heading = (16) 新株予約権証券を発行する場合の取扱い
notice-option-certificates = 新株予約権証券は発行しない。

## A use of proceeds in Japanese (the Japanese window edits these)
field-offering-uses_of_proceeds-purpose_ja = 使途 { $n }
hint-offering-uses_of_proceeds-purpose_ja = 資金の使途（日本語の開示資料の文言どおり）。空欄のときは英語の文言を使います。
field-offering-uses_of_proceeds-deadline_ja = 支出予定時期
hint-offering-uses_of_proceeds-deadline_ja = 資金を支出する予定の時期（日本語）。空欄のときは英語の文言を使います。

## 財務省の国債金利情報による無リスクの利子率
era-meiji = 明治
era-taisho = 大正
era-showa = 昭和
era-heisei = 平成
era-reiwa = 令和
curve-no-header = 見出し行がありません。財務省の jgbcm_all.csv のように「基準日,1年,2年,…,40年」で始まる行が必要です
curve-bad-tenor = 見出し行の{ $column }列目「{ $text }」は年限ではありません。10年や10Yのように書いてください
curve-no-tenors = 見出し行に年限がありません。「基準日,1年,2年,…,40年」の形にしてください
curve-no-usable-rows = 使える行がありません。{ $rejected }行を取り込めませんでした{ $line ->
        [0] {""}
       *[other] （{ $line }行目：{ $reason }）
    }。各行にH25.7.11や2013/7/11のような基準日とパーセントの金利が必要です
curve-duplicate-date = 基準日{ $date }が重複しています。{ $first }行目の行を採用します
curve-too-many-fields = 見出しは{ $columns }列ですが、{ $fields }項目あります
curve-date-empty = 基準日が空欄です
curve-date-unknown = 基準日「{ $text }」を読み取れません。H25.7.11、R6.4.1、2013/7/11の形にしてください
curve-date-outside-era = 基準日「{ $text }」は{ $date }にあたり、{ $era }の期間にありません
curve-yield-not-number = { $years }年の金利「{ $text }」はパーセントの数値ではありません
curve-yield-range = { $years }年の金利 { $text } % は範囲外です。−100 % を超え 100 % 未満にしてください
curve-no-yields = { $date }の金利がありません（すべての年限が「-」です）
curve-method-linear = 線形補間
curve-method-nearest = 最も近い年限
err-curve-empty = 金利曲線に日付がありません
err-curve-before-first = 金利曲線の最初の日 { $first } 以降にしてください（収録期間は{ $first }から{ $last }まで）
err-curve-no-recent-day = 金利曲線には{ $date }の前{ $days }日以内の日がありません（その前の最後の日は{ $used }、収録期間は{ $first }から{ $last }まで）。{ $date }を含むファイルを取り込んでください
err-curve-term-range = { $date }の金利曲線にある年限の{ $shortest }年から{ $longest }年までにしてください
der-curve-fallback = { $date }は金利曲線に行がありません（休日）。その前の最後の日 { $used } を用います
der-curve-tenor = { $date }の国債金利（{ $years }年）：{ $yield }
der-curve-nearest = { $date }の国債金利のうち T = { $term }年に最も近い年限（{ $years }年）：{ $yield }
der-curve-linear = { $date }の国債金利、{ $lower }年と{ $upper }年の間の線形補間：{ $lower_yield } + ({ $term } − { $lower }) ÷ ({ $upper } − { $lower }) × ({ $upper_yield } − { $subtracted }) = { $rate }
der-curve-bracketed = ({ $yield })
der-curve-rounded = 百分率の小数第{ $dp }位に四捨五入：{ $rate }
err-line-curve-file = 金利曲線のファイル名にしてください（1行、{ $max }文字以内）
err-rate-curve-yields = その日の年限を短い順に1回ずつ（1年から100年）、金利は −100 % を超え 100 % 未満で記録してください
err-rate-curve-mismatch = 記録された金利曲線から得られる値にしてください：{ $date }の{ $given }
err-rate-curve-other-day = シナリオに保存されている金利曲線は{ $recorded }のものです。{ $date }の金利曲線をあらためて取り込んでください
der-rate-from-curve = 財務省 国債金利情報（{ $file }）から{ $method }により算出
der-rate-not-current = ⚠ 最新ではありません：{ $date }、T = { $term }年について金利曲線から読み取った値は { $rate } です。その後、割当日、T 又は r が変わっています
menu-import-curve = 国債金利情報（金利曲線）の取込み…
dialog-import-curve = 国債金利情報の取込み（財務省 CSV）
ui-import-jgb-yield-curve = 国債金利情報の取込み
ui-import-jgb-curve = 国債金利情報を取り込む…
ui-import-jgb-curve-hint = 財務省の国債金利情報（jgbcm_all.csv 又は jgbcm.csv）から、割当日と T に対応する r を読み取ります（確認画面あり）。
curve-read = { $from }から{ $to }までの{ $days }日分（年限 { $tenors }年、文字コード { $encoding }）。
ui-curve-date = 基準日
curve-tenor = { $years }年
curve-rejected = { $count }行を読み取れませんでした：
curve-rate-for = 割当日 { $date }、T = { $term }年に対応する r：
ui-curve-linear = 線形補間
ui-curve-nearest = 最も近い年限
curve-rate-result = r = { $rate }
curve-rate-refused = ⚠ { $field }：{ $reason }
curve-use-note = 「この利子率を使う」を押すと、新株予約権の r をこの値にし、その日の金利曲線・ファイル名・方法をシナリオに保存します。元に戻す操作で以前の r に戻せます。
ui-use-this-rate = この利子率を使う
ui-use-this-rate-hint = 新株予約権の r をこの値にし、出所を記録します。
notice-curve-failed = 国債金利情報を読み込めませんでした。{ $reason }
notice-rate-used = r を { $file }（{ $date }、T = { $term }年）による { $rate } にしました。
notice-rate-refused = r は変更していません：{ $reason }
rate-entered = r は入力値
rate-from-curve = r は国債金利情報による：{ $file }、{ $date }、T = { $term }年、{ $method }
rate-stale = ⚠ r { $in_use } は国債金利情報（{ $file }）による値ではなくなっています。{ $date }、T = { $term }年について読み取った値は { $rate } で、その後新株予約権の条件が変わっています。
rate-use-from-kept-curve = 保存されている金利曲線の r を使う（T = { $term }年で { $rate }）
notice-option-basis-rate-curve = { notice-option-input-rate }：残存年数が予想残存期間に対応する超長期国債の利子率（{ $how }）
xl-input-rate-source = r の出所

## シナリオの比較（ファイル > 比較…、`offering-desk compare`）
cmp-group-scenario = シナリオ
cmp-group-offering = 募集・売出し
cmp-group-dilution = 希薄化及び1株当たりの影響
cmp-group-timetable = 日程
cmp-group-option = 新株予約権
cmp-group-volatility = 株価変動性
cmp-kind-input = 入力
cmp-kind-figure = 計算結果
cmp-list-item = { $list }{ $n }：{ $item }
cmp-list-offering-uses_of_proceeds = 資金使途
cmp-list-option-allotment = 割当対象者
cmp-list-price_history-splits = 株式分割
cmp-yes = あり
cmp-no = なし
cmp-choice-entered = 入力値
cmp-choice-history = 株価履歴から算定
cmp-choice-manual = 手入力
cmp-choice-curve = 国債金利情報から
cmp-change-relative = { $delta }（{ $relative }）
cmp-change-points = { $delta }ポイント
cmp-change-days = { $sign }{ $days }日
input-offering-issue_price-method = 発行価格の決め方
input-offering-issue_price-discount_rate = ディスカウント率
input-offering-issue_price-issue_price = 発行価格（入力値）
input-offering-amount_to_be_paid-method = 払込金額の決め方
input-offering-amount_to_be_paid-amount_to_be_paid = 払込金額（入力値）
input-offering-amount_to_be_paid-ratio = 払込金額（発行価格に対する割合）
input-option-volatility_source-kind = σ の出所
input-option-volatility_source-window_start = σ の算定期間の初日
input-option-volatility_source-window_end = σ の算定期間の末日
input-option-volatility_source-frequency = σ の算定間隔
input-option-risk_free_rate_source-kind = r の出所
input-option-risk_free_rate_source-file = 国債金利情報のファイル
input-option-risk_free_rate_source-date = 国債金利情報の基準日
input-option-risk_free_rate_source-term_years = r を読み取った T
input-option-risk_free_rate_source-method = 国債金利の読み取り方
input-option-risk_free_rate_source-rows = 保存した国債金利の行
input-option-amount_convention = 1個当たりの払込金額の端数処理
input-price_history-source = 株価履歴の出所
input-price_history-closes = 株価履歴の終値
input-price_history-frequency = 算定間隔
input-drafts-show_new_shares_offered = 募集株式数を表示する
input-drafts-japanese_era = 日付を和暦で表示する
cmp-title = シナリオの比較
cmp-col-item = 項目
cmp-col-unit = 単位
cmp-col-change = { $first }との差
cmp-col-change-percent = 増減率（%）
cmp-too-few = 比較には読み込めるシナリオファイルが{ $min }つ以上必要です（読み込めたもの：{ $loaded }）。
cmp-too-many = 比較できるシナリオファイルは{ $max }つまでです（指定：{ $given }）。
cmp-failed = { $file } は比較から除きました：{ $problem }

xl-sheet-comparison = 比較
cmp-out-format = { $path }：比較は .xlsx 又は .csv で書き出します
panel-compare = 比較
cmp-add-files = ファイルを追加…
cmp-include-open = 開いているシナリオを含める
cmp-hide-equal = 同じ行を隠す
cmp-export-xlsx = Excel に書き出し…
cmp-export-csv = CSV に書き出し…
cmp-remove = 比較から外す
cmp-empty = 比較するシナリオファイルを追加してください（ファイル > 比較…、又はこのタブに .json ファイルをドロップ）。開いているシナリオは、外さない限り最初の列になります。
cmp-valuing = 比較するファイルの有償ストックオプションを算定中です（{ $total }件中{ $n }件目）…
cmp-export-valuing = 比較表は、含まれる有償ストックオプションの算定がすべて終わってから出力できます。
menu-compare = 比較…
menu-duplicate-variant = 変更案として複製
dialog-compare-scenarios = 比較するシナリオ
dialog-export-comparison = 比較の書き出し
notice-variant-made = { $file } の変更案（未保存）になりました。「名前を付けて保存」で元のシナリオとは別に保存できます（元のファイルは変わりません）。比較タブで両者を並べて見られます。
notice-variant-of-unsaved = 変更案（未保存）になりました。「名前を付けて保存」で保存できます。
notice-comparison-exported = 比較を { $file } に書き出しました。
notice-comparison-export-failed = 比較を書き出せませんでした：{ $reason }
notice-comparison-too-few = 書き出すものがまだありません。比較には2つ以上のシナリオが必要です。
input-offering-uses_of_proceeds-purpose = 使途（英文）
input-offering-uses_of_proceeds-purpose_ja = 使途
input-offering-uses_of_proceeds-deadline_ja = 支出予定時期
input-option-allotment-name = 区分
input-option-allotment-persons = 人数
input-option-allotment-rights = 個数
input-price_history-splits-effective_date = 効力発生日
input-price_history-splits-ratio = 分割比率（旧1株当たりの新株数）
input-offering-uses_of_proceeds-deadline = 支出予定時期（英文）

## 希薄化と1株当たりの数値（issue 11）
ui-capital-and-dilution = 発行済株式総数と希薄化
csv-section-dilution = 希薄化
field-capital-issued_shares = 増資前の発行済株式総数
hint-capital-issued_shares = 募集前の発行済株式総数（自己株式を含む）。希薄化率の分母です。空欄のときは希薄化の数値を計算しません。
field-capital-treasury_shares = 自己株式数
hint-capital-treasury_shares = 募集前に保有する自己株式の数（発行済株式総数未満、なければ0）。1株当たり当期純利益は発行済株式総数からこれを除いた株式数で計算します。
field-capital-net_income = 当期純利益（直前事業年度）
hint-capital-net_income = 直前事業年度の当期純利益（円、損失は負の値）。任意。1株当たり当期純利益とどちらか一方を入力します。
field-capital-eps = 1株当たり当期純利益（直前事業年度）
hint-capital-eps = 直前事業年度の1株当たり当期純利益（円・銭）。当期純利益を入力しないときに用い、当期純利益 = 1株当たり当期純利益 ×（発行済株式総数 − 自己株式数）とします。
fig-issued_shares = 増資前の発行済株式総数
fig-treasury_shares = 自己株式数
fig-shares_outstanding = 増資前の株式数（自己株式を除く）
fig-shares_after_offering = 公募増資後の発行済株式総数
fig-shares_after_allotment = 第三者割当増資後の発行済株式総数（上限）
fig-dilution_offering_before = 希薄化率：公募増資（増資前比）
fig-dilution_offering_after = 希薄化率：公募増資（増資後比）
fig-dilution_total_before = 希薄化率：公募＋第三者割当上限（増資前比）
fig-dilution_total_after = 希薄化率：公募＋第三者割当上限（増資後比）
fig-option_potential_shares = 新株予約権の潜在株式数（上限）
fig-option_potential_before = 潜在株式比率：新株予約権（増資前比）
fig-option_potential_after = 潜在株式比率：新株予約権（増資後比）
fig-net_income = 当期純利益（直前事業年度）
fig-eps_before = 1株当たり当期純利益（増資前）
fig-eps_after_offering = 1株当たり当期純利益（公募増資後）
fig-eps_after_allotment = 1株当たり当期純利益（第三者割当増資後）
value-not-entered = 未入力
der-dilution-not-entered = 希薄化と1株当たり当期純利益の数値には、募集・売出しパネルの「発行済株式総数と希薄化」に増資前の発行済株式総数（自己株式を含む）を入力してください
der-issued-shares = 入力値（自己株式を含む）
der-shares-outstanding = 発行済株式総数{ $issued }株 − 自己株式{ $treasury }株 = { $outstanding }株（1株当たり当期純利益の分母）
der-shares-after-offering = { $issued }株 + 公募増資による新株式{ $new }株 = { $after }株
der-shares-after-allotment = { $before }株 + 第三者割当増資による新株式{ $allotment }株（上限） = { $after }株
der-dilution-before = 新株式{ $new }株 ÷ 増資前の発行済株式総数{ $issued }株（自己株式を含む） = { $rate } → 小数点以下第2位まで表示（四捨五入）
der-dilution-after = 新株式{ $new }株 ÷ 増資後の発行済株式総数{ $issued }株 = { $rate } → 小数点以下第2位まで表示（四捨五入）
der-option-potential = { $rights }個（上限） × 1個当たり{ $shares }株
der-potential-before = { $new }株 ÷ 増資前の発行済株式総数{ $issued }株 = { $rate } → 小数点以下第2位まで表示（四捨五入）
der-potential-after = { $new }株 ÷ 公募増資及び第三者割当増資（上限）後の発行済株式総数{ $issued }株 = { $rate } → 小数点以下第2位まで表示（四捨五入）
der-net-income-from-eps = 当期純利益の入力なし：1株当たり当期純利益{ $eps }円 × 自己株式を除く{ $shares }株 = { $income }円
der-eps = { $income } ÷ 自己株式を除く{ $shares }株 = { $eps } → 銭未満四捨五入 → { $stated }
der-eps-after = { $income } ÷ { $shares }株（自己株式を除く{ $outstanding }株 + 新株式{ $added }株） = { $eps } → 銭未満四捨五入 → { $stated }
rule-sen-half-up = 銭未満四捨五入（円の小数点以下第2位まで）
err-issued-shares-range = 1株から10,000,000,000株までの整数（自己株式を含む）にするか、空欄にしてください
err-treasury-shares-range = 0株から{ $max }株までにしてください。自己株式は発行済株式総数{ $issued }株に含まれるため、それより少なくなります
err-net-income-range = −1,000,000,000,000,000,000円から1,000,000,000,000,000,000円までの金額を円・銭で入力するか（損失は負の値）、空欄にしてください
err-eps-range = 1株当たり−1,000,000,000円から1,000,000,000円までの金額を円・銭（小数点以下2桁まで、損失は負の値）で入力するか、空欄にしてください
err-net-income-and-eps = 当期純利益（{ $other }）を入力しているときは空欄にしてください。当期純利益と1株当たり当期純利益はどちらか一方を入力します
notice-pricing-shares-change = 4．今回の公募増資{ $allotment ->
        [yes] 及び第三者割当増資
       *[no] {""}
    }による発行済株式総数の推移
notice-pricing-shares-current = 現在の発行済株式総数
notice-pricing-shares-increase-offering = 公募増資による増加株式数
notice-pricing-shares-after-offering = 公募増資後の発行済株式総数
notice-pricing-shares-increase-allotment = 第三者割当増資による増加株式数
notice-pricing-shares-after-allotment = 第三者割当増資後の発行済株式総数
notice-pricing-shares-note-mark = （注）
notice-pricing-shares-note = 前記「3．第三者割当による新株式発行」の募集株式数（上限）の全株に対し申込みがあり、発行がなされた場合の数字です。
xl-check-treasury = 0株以上で発行済株式総数（自己株式を含む）より少ない整数にしてください
xl-section-dilution = 希薄化と1株当たりの数値

## 有償ストックオプション
err-paid-positive = 正の金額（円）を入力してください
err-paid-closes = 算定基準日の後に東京証券取引所の営業日が1日以上あり、100年以内である必要があります
err-paid-expiry-after-valuation = 算定基準日 { $valuation } より後で、間に東京証券取引所の営業日が1日以上ある日付にしてください
err-paid-level-below-spot = 株価 { $spot } より低くしてください。終値が水準を下回ると効力を生じる条件は、算定基準日に既に満たされてしまいます
err-paid-level-above-spot = 株価 { $spot } より高くしてください。終値が水準を上回ると効力を生じる条件は、算定基準日に既に満たされてしまいます
err-paid-paths = 対称変量法のパス対の数は { $min } から { $max } までです
err-paid-cancelled = 評価は終了前に中止されました
err-paid-daily-needs-dates = 毎営業日の判定には --valuation-date と --expiry が必要です（その間の東京証券取引所の営業日の終値で判定します）
err-paid-continuous-needs-term = 連続判定には --term-years、又は --valuation-date と --expiry が必要です
err-paid-tiers-empty = 段階を1つ以上指定してください（指標の基準値と、達成時に行使可能となる新株予約権の割合）
err-paid-tier-threshold-positive = 指標と同じ単位の正の数を入力してください
err-paid-tier-threshold-increasing = 一つ前の段階の基準値 { $previous } より大きくしてください（基準値は段階が上がるごとに大きくなります）
err-paid-tier-fraction = 0より大きく1（100 %）以下にしてください
err-paid-tier-fraction-increasing = 一つ前の段階の割合 { $previous } より大きく、1（100 %）以下にしてください（上の段階ほど行使可能な新株予約権の割合が大きくなります）
err-paid-tier-probabilities-count = 段階ごとに確率を1つずつ指定してください（段階の数：{ $tiers }）
err-paid-tier-probability = 0から1まで（0 %～100 %）にしてください
err-paid-tier-probability-increasing = 0から一つ前の段階の確率 { $previous } までにしてください（各確率はその段階以上に到達する確率のため、段階が上がるにつれて大きくなることはありません）
err-paid-metric-last-actual = 基準値と同じ単位の正の数を入力してください
err-paid-volatility = 0より大きく3（300 %）以下にしてください
err-paid-correlation = -1から1までにしてください
err-paid-test-times = 昇順で、それぞれ最初の終値（評価基準日から{ $first }年後）から最後の終値（{ $last }年後）までの時点にしてください
err-paid-exercise-multiple = 1より大きくしてください（終値が行使価額のこの倍率に達した時点で権利行使するものとします）
err-paid-exercise-from = 0から最後の終値（評価基準日から{ $last }年後）までにしてください
paid-condition-knock-out-below = 終値が次の水準を下回った場合に行使不能（ノックアウト）：
paid-condition-forced-exercise-below = 終値が次の水準を下回った場合に行使義務（強制行使）：
paid-condition-knock-in-above = 終値が次の水準を上回った場合に行使可能（ノックイン）：
paid-condition-knock-out-above = 終値が次の水準を上回った場合に行使不能（ノックアウト）：
paid-condition-knock-in-below = 終値が次の水準を下回った場合に行使可能（ノックイン）：
paid-text-closed-form = { $condition }{ $barrier }円（連続判定、解析解）、T = { $term }年
paid-text-daily = { $condition }{ $barrier }円、東京証券取引所の終値{ $closes }営業日分（{ $first }から{ $last }まで）で判定
paid-text-value = 1株当たりの価値  { $value }円
paid-text-value-simulated = 1株当たりの価値  { $value }円（標準誤差 { $se }円、95%信頼区間 { $low }円から{ $high }円）
paid-text-per-right = 新株予約権1個当たりの価値  { $value }（1個当たり{ $shares }株、1円未満の端数切上げ）
paid-text-paths = パス数  { $paths }（対称変量のパス対 { $pairs }）、乱数シード { $seed }
paid-text-probabilities = 条件成就の確率 { $met }、満期に行使可能な確率 { $exercisable }、行使される確率 { $exercised }
paid-text-control = 条件のないコール  { $plain }円（ブラック・ショールズ式、制御変量、β = { $beta }）
paid-text-continuous = 連続判定の場合  { $value }円（解析解、同じ水準を連続的に判定）
err-paid-negative-value = 1株当たりの価値が { $value } 円です。条件（行使価額を大きく下回る水準での強制行使、達成しにくい業績条件など）による負担が権利の価値を上回っており、負の払込金額では発行できません。条件を見直してください
err-paid-exercise-price-range = 0円を超え10億円以下にしてください
err-paid-period-start = 算定基準日 { $valuation } より後で、行使期間の末日 { $end } 以前にしてください
err-paid-level-fraction = 行使価額の0%を超え1,000%以下にしてください
err-paid-level-yen = 0円を超え10億円以下にしてください
err-paid-no-close-on = 株価履歴に { $date } の終値がありません（履歴は { $first } から { $last } まで）。履歴内の東証営業日を選ぶか、行使価額を入力してください
err-paid-no-history = { $date } の終値を取る株価履歴がありません。株価履歴を取り込むか、行使価額を入力してください
err-count-range = 1以上 { $max } 以下の整数にしてください
err-line-series = 回号の名称（第1回新株予約権など）を1行、{ $max }文字以内で入力してください
csv-section-paid_option = 有償ストックオプション
paid-kind-knock-out-below = 下方ノックアウト
paid-kind-forced-exercise-below = 下方強制行使
paid-kind-knock-in-above = 上方ノックイン
paid-kind-knock-out-above = 上方ノックアウト
paid-kind-knock-in-below = 下方ノックイン
paid-not-valued = 未算定
paid-method-black-scholes = ブラック・ショールズ式（条件なし）
paid-method-simulation = 日次終値によるモンテカルロ・シミュレーション
fig-paid-condition-level = 条件{ $n }（{ $kind }）の水準
fig-paid-condition-probability = 条件{ $n }（{ $kind }）が成立する確率
fig-paid_share_price = 算定基準日の株価
fig-paid_exercise_price = 行使価額
fig-paid_closes = 判定する終値の数
fig-paid_first_close = 最初に判定する終値
fig-paid_last_close = 最後の終値（行使期間の末日）
fig-paid_expiry_years = 最後の終値までの期間
fig-paid_shares_per_right = 新株予約権1個当たりの株式数
fig-paid_rights = 新株予約権の総数
fig-paid_method = 算定方法
fig-paid_value_per_share = 1株当たりの価値
fig-paid_uncertainty = 不確かさ（標準誤差又は格子法の誤差の見積り）
fig-paid_interval_low = 95%信頼区間（下限）
fig-paid_interval_high = 95%信頼区間（上限）
fig-paid_paths = パス数
fig-paid_seed = 乱数シード
fig-paid_exercisable_at_expiry = 行使期間末日に行使可能である確率
fig-paid_continuous_value = 連続監視の場合の1株当たりの価値（解析解）
fig-paid_amount_per_right = 新株予約権1個当たりの払込金額
fig-paid_total_payment = 新株予約権の払込金額の総額
fig-paid_total_exercise = 新株予約権の行使に際して出資される財産の価額の総額
fig-paid_total_raised = すべて行使された場合の調達額の合計
der-paid-close-of = 株価履歴の{ $date }の終値
der-paid-level = { $fraction } × { $price } = { $level }
der-paid-time = 算定基準日から最後の終値までの暦日数 ÷ 365
der-paid-standard-error = { $paths }パス（対称変量法、制御変量はプレーンなコール）の標準誤差、乱数シード{ $seed }
der-paid-exact = 条件がないためブラック・ショールズ式による厳密値
der-paid-interval = 価値 ± 1.96 × 標準誤差
der-paid-continuous = 同じ新株予約権を常時判定した場合（Reiner–Rubinstein）の値。日次の値との差が日次判定の影響です
der-paid-per-right = { $value } × { $shares }株 = { $exact } → 1円未満の端数切上げ → { $amount }
der-paid-total = { $amount } × { $rights }個 = { $total }
xl-sheet-paid-option = 有償SO
xl-paid-values-not-formulas = 数式ではなく値です。価値は日次終値によるシミュレーション（または格子法）の結果で、表計算ソフトでは再計算できません。入力を変えるときは Offering Desk で変更して出力し直してください。
format-paid-notice-md = 有償ストックオプション発行のお知らせ（案）（.md）
format-paid-notice-html = 有償ストックオプション発行のお知らせ（案）（.html）
err-paid-no-grant = このシナリオには有償ストックオプションがありません。「有償ストックオプション」タブで追加してください
err-paid-not-valued = 有償ストックオプションの価値を算定中です。算定が終わってから出力し直してください
notice-paid-title = 第三者割当による新株予約権（有償ストック・オプション）の発行に関するお知らせ
notice-paid-series-blank = [新株予約権の名称]
notice-paid-opening = 当社は、取締役会において、当社及び当社子会社の取締役及び従業員に対し、下記のとおり{ $series }（以下「本新株予約権」という。）を有償にて発行することを決議いたしましたので、お知らせいたします。
notice-paid-purpose-heading = 1．募集の目的及び理由
notice-paid-purpose = [目的：中長期的な企業価値の向上への意欲や士気を高めること。本新株予約権は公正価値で有償発行するものであり、特に有利な条件による発行には該当しません。]
notice-paid-details-heading = 2．新株予約権の発行要項
notice-paid-number-heading = (1) 新株予約権の数
notice-paid-number = { $rights }個
notice-paid-shares-heading = (2) 新株予約権の目的である株式の種類及び数
notice-paid-shares = 当社普通株式 { $total }（本新株予約権1個当たり { $per_right }）
notice-paid-amount-heading = (3) 新株予約権の払込金額
notice-paid-amount = 本新株予約権1個当たり { $amount }（1株当たり { $per_share }、1個当たりの金額の1円未満の端数は切り上げ）
notice-paid-basis = 当該金額は、当社の株価情報等を考慮して、一般的なオプション価格算定モデルである{ $method }によって算定した結果を参考に決定したものである。なお、算定に当たっては、株価{ $spot }、行使価額{ $strike }、ボラティリティ{ $volatility }、行使期間{ $start }から{ $end }まで、リスクフリーレート{ $rate }、配当利回り{ $dividend }及び（6）の行使の条件（株価条件は東京証券取引所における毎営業日の終値で判定）を前提としている。[第三者評価機関の名称]
notice-paid-method-monte-carlo = モンテカルロ・シミュレーション
notice-paid-method-black-scholes = ブラック・ショールズ・モデル
notice-paid-exercise-price-heading = (4) 新株予約権の行使に際して出資される財産の価額（行使価額）
notice-paid-exercise-price-close = 1株当たり { $price }。{ $date }の東京証券取引所における当社普通株式の普通取引の終値とする。
notice-paid-exercise-price-entered = 1株当たり { $price }
notice-paid-period-heading = (5) 新株予約権を行使することができる期間
notice-paid-period = { $start }から{ $end }まで
notice-paid-conditions-heading = (6) 新株予約権の行使の条件
notice-paid-no-conditions = 割当契約に定めるもののほか、行使の条件はない。
notice-paid-level-of-price = 行使価額に{ $percent }を乗じた価格（{ $yen }）
notice-paid-knock-out-below = 割当日から行使期間の末日までにおいて、東京証券取引所における当社普通株式の普通取引終値が一度でも{ $level }を下回った場合、新株予約権者は本新株予約権を行使することができないものとする。
notice-paid-forced-exercise-below = 割当日から行使期間の末日までにおいて、東京証券取引所における当社普通株式の普通取引終値が一度でも{ $level }を下回った場合、新株予約権者は残存するすべての本新株予約権を行使価額で行使期間の満了日までに行使しなければならないものとする。
notice-paid-knock-in-above = 割当日から行使期間の末日までにおいて、東京証券取引所における当社普通株式の普通取引終値が一度でも{ $level }を上回った場合に限り、新株予約権者は本新株予約権を行使することができる。
notice-paid-knock-out-above = 割当日から行使期間の末日までにおいて、東京証券取引所における当社普通株式の普通取引終値が一度でも{ $level }を上回った場合、新株予約権者は本新株予約権を行使することができないものとする。
notice-paid-knock-in-below = 割当日から行使期間の末日までにおいて、東京証券取引所における当社普通株式の普通取引終値が一度でも{ $level }を下回った場合に限り、新株予約権者は本新株予約権を行使することができる。
notice-paid-tier = { $threshold }を超過した場合は割り当てられた本新株予約権の{ $fraction }
notice-paid-performance-any-year = 新株予約権者は、{ $years }に終了するいずれかの事業年度において、当社の{ $metric }が次の水準を超過した場合に限り、それぞれに定める割合を上限として本新株予約権を行使することができる：{ $tiers }。
notice-paid-performance-given-year = 新株予約権者は、{ $years }に終了する事業年度において、当社の{ $metric }が次の水準を超過した場合に限り、それぞれに定める割合を上限として本新株予約権を行使することができる：{ $tiers }。
notice-paid-totals-heading = (7) 総額
notice-paid-total-payment = 新株予約権の払込金額の総額
notice-paid-total-exercise = 新株予約権の行使に際して出資される財産の価額の総額
notice-paid-total-raised = 合計（すべての新株予約権が行使された場合）
notice-paid-valuation-heading = 3．払込金額の算定の基礎（前提と結果）
notice-paid-in-valuation-date = 算定基準日
notice-paid-in-spot = 株価
notice-paid-in-strike = 行使価額
notice-paid-in-term = 行使期間の末日までの期間
notice-paid-in-term-value = { $years }年（暦日数 ÷ 365）、判定する終値 { $closes }営業日
notice-paid-in-volatility = ボラティリティ
notice-paid-in-rate = リスクフリーレート
notice-paid-in-dividend = 配当利回り
notice-paid-in-performance = 業績条件
notice-paid-in-performance-probabilities = 各水準の達成確率の想定：{ $list }
notice-paid-in-performance-simulated = 成長率{ $drift }、ボラティリティ{ $volatility }、株価との相関係数{ $correlation }で業績を模擬
notice-paid-in-multiple = 早期行使
notice-paid-in-multiple-value = 終値が行使価額の{ $multiple }倍に達した時点で行使
notice-paid-in-paths = 試行回数
notice-paid-in-paths-value = { $paths }パス（対称変量法・制御変量法）、乱数シード{ $seed }
notice-paid-in-value = 1株当たりの価値
notice-paid-in-standard-error = 標準誤差
cmp-group-paid_option = 有償ストックオプション
cmp-list-paid_option-conditions = 株価条件
cmp-list-paid_option-performance-tiers = 業績条件の水準
cmp-choice-close-of = 指定日の終値
cmp-choice-of-exercise-price = 行使価額に対する割合
cmp-choice-yen = 円
cmp-choice-any-year = いずれかの事業年度
cmp-choice-given-year = 特定の事業年度
cmp-choice-probabilities = 想定した確率
cmp-choice-simulated = 株価と同時に模擬
cmp-choice-auto = 格子法（適用できる場合）又はシミュレーション
cmp-choice-simulation = シミュレーション
input-paid_option-series_name = 有償SO：名称
input-paid_option-valuation_date = 有償SO：算定基準日
input-paid_option-share_price = 有償SO：株価
input-paid_option-exercise_price-kind = 有償SO：行使価額の決め方
input-paid_option-exercise_price-yen = 有償SO：行使価額（入力）
input-paid_option-exercise_price-date = 有償SO：行使価額とする終値の日
input-paid_option-exercise_period_start = 有償SO：行使期間の初日
input-paid_option-exercise_period_end = 有償SO：行使期間の末日
input-paid_option-shares_per_right = 有償SO：1個当たりの株式数
input-paid_option-rights = 有償SO：新株予約権の数
input-paid_option-volatility = 有償SO：ボラティリティ σ
input-paid_option-risk_free_rate = 有償SO：リスクフリーレート r
input-paid_option-dividend_yield = 有償SO：配当利回り q
input-paid_option-conditions-kind = 条件
input-paid_option-conditions-level = 水準
input-paid_option-conditions-unit = 水準の単位
input-paid_option-performance-metric = 有償SO：業績指標
input-paid_option-performance-tiers-threshold = 基準値
input-paid_option-performance-tiers-fraction = 行使可能割合
input-paid_option-performance-year_ends = 有償SO：判定する事業年度末
input-paid_option-performance-test = 有償SO：判定の仕方
input-paid_option-performance-valuation-kind = 有償SO：業績条件の評価方法
input-paid_option-performance-valuation-probabilities = 有償SO：各水準の達成確率
input-paid_option-performance-valuation-last_actual = 有償SO：業績指標の直近実績
input-paid_option-performance-valuation-drift = 有償SO：業績指標の年成長率
input-paid_option-performance-valuation-volatility = 有償SO：業績指標のボラティリティ
input-paid_option-performance-valuation-correlation = 有償SO：業績指標と株価の相関係数
input-paid_option-exercise_multiple = 有償SO：早期行使の倍率
input-paid_option-valuation-method = 有償SO：算定方法
input-paid_option-valuation-pairs = 有償SO：パスの組数
input-paid_option-valuation-seed = 有償SO：乱数シード
err-paid-year-ends = 判定する事業年度末を古い順に入力してください。「特定の事業年度」は1つ、「いずれかの事業年度」は1つ以上です
err-paid-year-end-in-period = 算定基準日 { $valuation } より後（その日以前に終値がある日）で、行使期間の末日 { $end } 以前の事業年度末にしてください
err-paid-multiple = 1を超え10以下（行使価額の倍率）にしてください
err-paid-metric-name = 指標の名称（営業利益、売上高など）を1行、{ $max }文字以内で入力してください
fig-paid-tier-probability = 業績条件の水準{ $n }（{ $threshold }超）を達成する確率
fig-paid_expected_fraction = 行使可能割合の期待値（業績条件）
fig-paid_early_exercised = 倍率到達による早期行使の確率

## 有償ストックオプションのパネル
panel-paid = 有償ストックオプション
menu-export-valuing = 有償ストックオプションを算定中です… 出力は算定が終わるまでお待ちください。
err-paid-cannot-start = 算定を開始できないか、結果なしで終了しました：{ $detail }
field-paid_option-series_name = 新株予約権の名称（英文）
hint-paid_option-series_name = 英文のお知らせに記載する名称（例：Series 1 Stock Acquisition Rights）。1行で入力します。空欄の場合、英文の案には和文の名称を記載します。
field-paid_option-series_name_ja = 新株予約権の名称
hint-paid_option-series_name_ja = 取締役会で決議され、和文のお知らせに記載する名称（例：第1回新株予約権）。1行で入力します。空欄の場合、和文の案には英文の名称を記載します。
field-paid_option-shares_per_right = 新株予約権1個当たりの目的である株式の数
hint-paid_option-shares_per_right = 新株予約権の目的である株式の種類及び数：当社普通株式。通常は1単元（100株）です。新株予約権1個当たりの払込金額は1株当たりの価値 × この株式数（1円未満の端数切上げ）です。
field-paid_option-rights = 新株予約権の総数
hint-paid_option-rights = 発行する新株予約権の総数。払込金額の総額は新株予約権1個当たりの払込金額 × この個数です。
field-paid_option-exercise_period_start = 行使期間（初日）
hint-paid_option-exercise_period_start = 新株予約権を行使することができる期間の初日。算定基準日より後で、行使期間の末日以前の日です。
field-paid_option-exercise_period_end = 行使期間（末日）
hint-paid_option-exercise_period_end = 新株予約権を行使することができる期間の末日。株価条件は算定基準日の翌日からこの日までの東証の各営業日の終値で判定します。
field-paid_option-valuation_date = 算定基準日
hint-paid_option-valuation_date = 価値を算定する基準となる日（通常は発行決議日又はその前営業日）。株価条件はこの日の翌日以降の終値で判定します。
field-paid_option-share_price = 算定基準日の株価
hint-paid_option-share_price = 算定基準日の東京証券取引所における当社普通株式の普通取引の終値。
field-paid_option-exercise_price-date = 行使価額とする終値の日
hint-paid_option-exercise_price-date = 行使価額は株価履歴にあるこの日の終値とします（通常は発行決議日の前営業日の終値）。株価履歴にある日を指定してください。
field-paid_option-exercise_price = 行使価額
hint-paid_option-exercise_price = 新株予約権の行使に際して出資される財産の1株当たりの価額（円、銭まで）。
field-paid_option-volatility = 株価変動性（σ）
hint-paid_option-volatility = 行使期間に対応する期間の株価の変動率（年率、株価変動性のパネルを参照）。0 %超300 %以下。
field-paid_option-risk_free_rate = 無リスクの利子率（r）
hint-paid_option-risk_free_rate = 行使期間の末日までの期間に対応する国債の利回り。−100 %から100 %まで。
field-paid_option-dividend_yield = 配当利回り（q）
hint-paid_option-dividend_yield = 1株当たりの予想配当金 ÷ 株価（年率）。−100 %から100 %まで。
field-paid_option-valuation-pairs = 経路の組数
hint-paid_option-valuation-pairs = シミュレーションの対称変量法による経路の組数（各経路とその鏡像）。空欄のときは標準誤差が株価の0.05 %以下になるまで増やします。1,000から100,000,000まで。
field-paid_option-valuation-seed = 乱数シード
hint-paid_option-valuation-seed = 乱数シード。同じシードからはどの計算機でも最後の桁まで同じ価値になります。
field-paid_option-conditions-level = 条件{ $n }の水準
hint-paid_option-conditions-level = 終値と比べる価格：行使価額に対する割合（「行使価額に50%を乗じた価格」）又は円。終値がこの価格を下回った（上回った）ときに条件に該当します。
paid-heading-rights = 新株予約権の内容
paid-heading-basis = 算定の基礎
paid-heading-method = 算定方法
paid-heading-conditions = 株価に関する行使条件
paid-heading-performance = 業績条件と早期行使
paid-heading-result = 新株予約権の価値
paid-heading-design = 条件設計の比較表
paid-exercise-price-from = 行使価額の定め方
paid-exercise-price-from-hint = 株価履歴にある日の終値（通常は発行決議日の前営業日の終値）、又は入力した価額。
paid-exercise-price-close = 特定日の終値
paid-exercise-price-entered = 入力
paid-exercise-price-no-history = 株価履歴に算定基準日以前の終値がありません。
paid-exercise-price-is = ＝ 1株当たり{ $yen }
paid-method = 算定方法
paid-method-hint = 自動：条件がなければブラック・ショールズ式、株価条件が1つで業績条件も早期行使もなければ東証の各営業日の終値による格子法（速く、誤差の見積りは株価の0.05%を大きく下回ります）、それ以外は各営業日の終値で判定するモンテカルロ・シミュレーション。シミュレーション：常にシミュレーション（お知らせに「モンテカルロ・シミュレーションによって算定」と記載するときに選びます）。
paid-method-auto = 自動
paid-method-always-simulate = 常にシミュレーション
paid-conditions-explained = 各条件は算定基準日の翌日から行使期間の末日までの東証の各営業日の終値で判定します。
paid-conditions-none = 条件なし：新株予約権は通常のコール・オプションとしてブラック・ショールズ式で算定します。
paid-conditions-none-on-price = 株価に関する条件はありません。
paid-chart-convergence-no-value = 価値が算定されるとグラフを表示します。
paid-condition-n = 条件{ $n }
paid-condition-kind-hint = 終値が水準を超えたときにどうなるか（開示資料の記載のとおり）。
paid-condition-remove-hint = この条件を削除します。
paid-condition-add = 条件を追加
paid-condition-add-hint = 行使価額の50 %を下回ったら行使できなくなる条件を追加します。内容に合わせて変更してください。
paid-kind-words-knock-out-below = 終値が水準を下回った場合、以後本新株予約権を行使することができない
paid-kind-words-forced-exercise-below = 終値が水準を下回った場合、残存する全ての本新株予約権を行使価額で行使しなければならない
paid-kind-words-knock-in-above = 終値が一度でも水準を上回った場合に限り、本新株予約権を行使することができる
paid-kind-words-knock-out-above = 終値が水準を上回った場合、以後本新株予約権を行使することができない
paid-kind-words-knock-in-below = 終値が一度でも水準を下回った場合に限り、本新株予約権を行使することができる
paid-unit-of-exercise-price = 行使価額に対する %
paid-unit-yen = 円
paid-unit-hint = 水準を行使価額に対する割合（開示資料の表現）又は円で指定します。切り替えても価格は変わりません。
paid-unit-needs-valid-terms = 条件を算定できる状態（行使価額が定まった状態）になってから切り替えられます。
paid-level-is = ＝ { $level }
paid-valuing = バックグラウンドで算定中…
paid-stop = 中止
paid-stop-hint = 算定を中止します。条件を変更するか「今すぐ算定」で再開します。
paid-stopped = 算定を中止しました。
paid-value-now = 今すぐ算定
paid-not-current = 最新ではありません：直前の変更前の条件による数値です。算定が終わると新しい価値に置き換わります。
paid-value-per-share = 1株当たり（± 標準誤差）
paid-value-plus-minus = { $value } ± { $se }
paid-amount-per-right = 1個当たりの払込金額
paid-interval = 95 %信頼区間：1株当たり { $low } から { $high }（価値 ± 標準誤差の1.96倍）。
paid-gap = 日々の終値で判定した価値 { $daily }、連続的に判定した価値（解析解） { $continuous }。差 { $gap }（解析解の { $share }）が日次判定による違いです（不確かさ { $se }）。
paid-chart-convergence = 推定値の収束
paid-chart-convergence-none = シミュレーションなし：条件がないためブラック・ショールズ式による厳密な値です。
paid-chart-convergence-grid = シミュレーションなし：日次終値の格子法で算定した価値で、± は誤差の見積り（上限）です。価値の下の「シミュレーションで検証」でシミュレーションを並べて実行できます。
paid-chart-convergence-caption = 4,096組を1チャンクとして1、2、4、8…チャンクごとの推定値（{ $paths } 経路まで）。帯は ± 標準誤差の2倍です。
paid-chart-grid-value = 格子法の価値
paid-chart-convergence-check = シミュレーションによる検証の推定値です。破線は格子法の価値です。
paid-chart-band = ± 標準誤差の2倍
paid-chart-estimate = 1株当たりの価値
paid-chart-paths-log = 経路数（対数目盛）
paid-chart-value-per-share = 1株当たりの円
paid-chart-paths = 株価経路の例
paid-chart-path = シミュレーションの経路
paid-chart-exercise-price = 行使価額
paid-chart-early-exercise = 早期行使：行使価額の{ $multiple }倍
paid-chart-level = 水準{ $n }：{ $kind }
paid-chart-price = 株価（円）
paid-chart-paths-caption = 東証の各営業日の終値における株価の経路 { $count } 本（乱数シード { $seed }、条件は適用していません）。株価の広がりに対して水準がどこにあるかを示します。
paid-design-compute = 比較表を計算
paid-design-compute-again = 再計算
paid-design-hint = バックグラウンドで25通りの設計を算定します：下回りで判定する最初の条件の水準を行使価額の40 %から80 %まで、σ を上下5ポイント・10ポイント動かします。
paid-design-needs-below = 比較表は終値が水準を下回ったときに該当する条件（行使不能、強制行使、下回りで行使可能）を動かします。比較するにはそのような条件を追加してください。
paid-design-needs-valid-terms = 比較表には算定できる条件が必要です。
paid-design-not-current = 最新ではありません：直前の変更前の条件による表です。
paid-design-caption = 条件{ $n }（{ $kind }）の水準（行使価額に対する割合）と σ ごとの新株予約権1個当たりの払込金額。各欄は { $pairs } 組の経路によるシミュレーション（乱数シード { $seed }）で、上の価値より精度が低く、設計の比較のためのものです（開示資料には使いません）。
paid-design-corner = 水準 \ σ
paid-design-sigma-now = { $sigma }（入力値）
paid-design-level-now = { $level }（入力値）
paid-design-own-cell = 入力どおりの付与：各欄と同じ方法で算定した新株予約権1個当たりの払込金額です。
paid-empty-heading = 有償ストックオプション
paid-empty-what = 有償ストックオプションは、割当時に公正価値を払い込んで取得する新株予約権です。行使価額は時価とし、株価に関する条件が付くのが通常です：終値が一定の水準を下回ったら強制行使又は行使不能、一度でも水準を上回ったら行使可能、など。
paid-empty-how = このパネルでは開示資料の記載どおりに算定します：東証の各営業日の終値で判定するモンテカルロ・シミュレーション（標準誤差、各条件の該当確率、連続判定の解析解を併記）、1円未満の端数を切り上げた新株予約権1個当たりの払込金額、推定値と株価経路のグラフ、条件設計の比較表。
paid-empty-start = 新しい有償ストックオプションはこのシナリオから作ります：株価履歴の最後の終値で算定し、行使価額はその終値、σ と r はストック・オプションのもの、行使期間は2年後から5年後、行使価額の50 %を下回ったら強制行使。
paid-add = 有償ストックオプションを追加
paid-add-hint = シナリオの数値を入れた有償ストックオプションを追加します。編集 › 元に戻す で取り消せます。
paid-remove = 有償ストックオプションを削除…
paid-remove-hint = シナリオから有償ストックオプションを削除します（確認してから削除します。編集 › 元に戻す で戻せます）。
paid-remove-confirm = 有償ストックオプションとその条件をすべてシナリオから削除しますか？ 編集 › 元に戻す で戻せます。
paid-remove-yes = 削除する（有償ストックオプション）
paid-remove-cancel = 削除しない
paid-text-value-grid = 1株当たりの価値  { $value }円（誤差の推定値 { $error }円）
paid-text-method-grid = 計算方法  決定論的手法：ln S の確率密度を終値から終値へ格子上で畳み込み（刻み { $steps }、格子点 { $nodes }）、リチャードソン外挿
paid-text-method-simulation = 計算方法  モンテカルロ・シミュレーション（対称変量法、条件のないコールを制御変量）
paid-text-probabilities-grid = 確率  条件成就 { $met }、満期に行使可能 { $exercisable }、行使される { $exercised }
err-paid-grid-one-condition = 決定論的手法で評価できる株価条件は1つだけです（指定は{ $count }個）。シミュレーションを使用してください
err-paid-grid-too-large = この終値の日程では格子が細かくなりすぎます（判定日が多すぎるか、間隔が短すぎます）。--method simulation を使用してください
err-paid-simulation-only = シミュレーションにのみ適用されます。--method simulation を指定してください
paid-method-grid = 日次終値による格子法（決定論的）
der-paid-error-estimate = 格子法の誤差の見積り（3つの格子によるリチャードソン補外の最後の補正量。真の誤差を大きく上回る上限）
notice-paid-method-grid = 日次終値に基づく数値計算法（リスク中立密度を終値ごとに格子上で推移させる方法）
notice-paid-in-error-estimate = 数値計算法の誤差の見積り
paid-grid-note = 日次終値の格子法で算定：± は格子法の誤差の見積り（上限）で、標準誤差ではありません。
paid-check = シミュレーションで検証
paid-check-hint = 同じ新株予約権を同じ日次終値上でモンテカルロ・シミュレーションにより（この付与の精度とシードで）バックグラウンドで算定し、二つの価値の差が標準誤差の何倍かを示します。
paid-checking = シミュレーションで検証中…
paid-check-result = シミュレーションによる検証：{ $value } ± { $se }（パス対 { $pairs }、シード { $seed }）。格子法の価値はこれを標準誤差の { $apart } 倍{ $side ->
    [below] 下回ります
   *[above] 上回ります
}。
paid-check-disagree = 差が標準誤差の4倍を超えており、二つの手法の結果が一致しません。この価値を使う前に条件を確認してください。
paid-design-caption-grid = 条件{ $n }（{ $kind }）の水準（行使価額に対する割合）と σ ごとの新株予約権1個当たりの払込金額。各欄は上の価値と同じく日次終値の格子法で算定しています。

## 有償ストックオプション：業績条件と早期行使
paid-performance-toggle = 業績条件
paid-performance-toggle-hint = 当社の業績指標（原則として営業利益）が事業年度末に基準値を超過した場合に限り、段階に応じて新株予約権を行使できる条件です。チェックすると、算定基準日から行使期間の末日までの各3月31日に判定する1段階の条件を追加します。チェックを外すと削除します（編集 › 元に戻す で戻せます）。
paid-performance-none = なし：業績にかかわらず全ての新株予約権を行使できます。
paid-performance-explained = 判定する事業年度末において業績指標が基準値を超過した最も高い段階の行使可能割合を上限として行使できます。いずれの段階にも達しない場合は行使できません。強制行使は段階にかかわらず残存する全ての新株予約権に及びます。
field-paid_option-performance-metric = 業績指標（英文）
hint-paid_option-performance-metric = 英文のお知らせで用いる指標の名称（operating profit など）：1行、40文字以内。空欄の場合は和文の名称を用います。
field-paid_option-performance-metric_ja = 業績指標
hint-paid_option-performance-metric_ja = 和文のお知らせで用いる指標の名称（営業利益、売上高など）：1行、40文字以内。空欄の場合は英文の名称を用います。
paid-performance-test = 判定
paid-performance-test-hint = いずれかの事業年度：記載したいずれかの事業年度において基準値を超過すれば、その段階に達したものとします。特定の事業年度：記載した1つの事業年度のみで判定します（選ぶと最後の事業年度末が残ります）。
paid-performance-any-year = いずれかの事業年度
paid-performance-given-year = 特定の事業年度
paid-performance-year-ends = 判定する事業年度末
paid-performance-year-ends-hint = 各事業年度末の終値（その日以前の最後の東証終値）の時点で判定します。算定基準日より後、行使期間の末日以前の日を古い順に入力してください。
field-paid_option-performance-year_ends = 事業年度末（{ $n }）
hint-paid_option-performance-year_ends = 業績を判定する事業年度の末日（多くの上場会社では3月31日）：算定基準日より後、行使期間の末日以前で、上の行より後の日。
paid-performance-year-end-add = 事業年度末を追加
paid-performance-year-end-add-hint = 最後の事業年度末の1年後を追加します。行使期間内である必要があります。
paid-performance-year-end-remove-hint = この事業年度末を削除します。
paid-performance-tiers-heading = 段階
paid-performance-tiers-hint = 各段階：業績指標が超過すべき基準値と、それにより行使可能となる新株予約権の割合です。基準値・割合とも段階ごとに高くなります。
field-paid_option-performance-tiers-threshold = 基準値（第{ $n }段階）
hint-paid_option-performance-tiers-threshold = 判定する事業年度末において業績指標がこの金額を超過すること：正の金額（円）で、前の段階の基準値より大きい額。
field-paid_option-performance-tiers-fraction = 行使可能割合（第{ $n }段階）
hint-paid_option-performance-tiers-fraction = この段階に達した場合に行使できる、割り当てられた新株予約権の割合：0 %より大きく100 %以下で、前の段階の割合より大きくします。
paid-performance-tier-add = 段階を追加
paid-performance-tier-add-hint = 最も高い段階の上に段階を追加します（基準値はその1.25倍、全ての新株予約権が行使可能）。最も高い段階の行使可能割合が100 %だった場合、その割合は下の段階との中間になります。
paid-performance-tier-remove-hint = この段階（とその達成確率）を削除します。
paid-performance-valuation = 段階の評価方法
paid-performance-valuation-hint = 各段階の達成確率を見積もって入力する（株価とは独立）か、直近実績値・成長率・ボラティリティ・株価との相関係数から業績指標を株価とともにシミュレーションします。
paid-performance-by-probabilities = 各段階の達成確率
paid-performance-simulated = 業績指標をシミュレーション
paid-performance-probabilities-explained = 各段階の値は、達成する最も高い段階がその段階以上となる確率です：0 %から100 %で、段階が上がるごとに高くならないようにします。
field-paid_option-performance-probabilities = 第{ $n }段階の達成確率
hint-paid_option-performance-probabilities = 業績指標がこの段階以上に達する確率（株価とは独立）：0 %から100 %で、前の段階の達成確率以下。
paid-performance-simulated-explained = 業績指標は直近実績値から対数正規分布に従って推移し、各事業年度末の終値の時点で判定します。各段階の達成確率は同じシミュレーションから求めます。
field-paid_option-performance-last_actual = 業績指標の直近実績値
hint-paid_option-performance-last_actual = 直近の事業年度の業績指標（基準値と同じ単位、円）：正の金額。
field-paid_option-performance-drift = 業績指標の年間成長率
hint-paid_option-performance-drift = 見込む年間成長率（μ）：業績指標は取引されないため、リスク中立のドリフトではありません。−100 %から100 %。
field-paid_option-performance-volatility = 業績指標のボラティリティ
hint-paid_option-performance-volatility = 業績指標の年間の変動の大きさ（ν）：0 %より大きく300 %以下。
field-paid_option-performance-correlation = 株価との相関係数
hint-paid_option-performance-correlation = 業績指標と株価の変動の相関（ρ）：−1から1。相関がなければ0。
paid-early-exercise-toggle = 早期行使
paid-early-exercise-hint = 従業員等に付与する新株予約権で一般的な仮定です：株価が行使価額を十分に上回った時点で、行使期間の末日を待たずに行使するものとします。シミュレーションでは、行使期間の初日（権利確定）以後かつ最後の事業年度末の判定後、終値が行使価額のこの倍率以上となった最初の日に行使します。チェックすると2倍から始まります。
paid-early-exercise-none = なし：新株予約権は行使期間の末日に行使するものとします。
paid-early-exercise-explained = 行使期間の初日以後かつ最後の事業年度末の判定後、終値が行使価額のこの倍率以上となった最初の日に行使します。配当がなければ時間価値を失うため、新株予約権の価値は下がります。
field-paid_option-exercise_multiple = 早期行使する株価
hint-paid_option-exercise_multiple = 権利行使する株価の行使価額に対する倍率（2～3倍が多い）：1を超え10以下。
unit-times-exercise-price = 倍（行使価額に対する）
paid-expected-fraction = 行使可能割合の期待値
paid-tier-reached = 第{ $n }段階の達成確率（{ $metric }が{ $threshold }超）
paid-early-exercised = 早期行使された割合（パス数に対する）
ui-paid-notice = 有償ストック・オプション発行のお知らせ
ui-paid-notice-intro = 各項目は「有償ストックオプション」タブの内容から作成します。払込金額の算定の基礎には、用いた算定方法と前提を記載します。
err-paid-year-ends-same-close = より後の事業年度末にしてください。その直前の終値（{ $date }）は前の事業年度末で既に判定しています
input-paid_option-series_name_ja = 有償SO：名称（和文）
input-paid_option-performance-metric_ja = 有償SO：業績指標（和文）
