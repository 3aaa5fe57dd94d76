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
