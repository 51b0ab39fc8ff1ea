# アプリ自身の文言。ID は fl!() でコンパイル時に英語版と照合されます。

app-title = サインイン レスキュー
app-subtitle = Microsoft アカウントの本人確認トラブル
window-title = サインイン レスキュー — Microsoft アカウントの本人確認トラブル

language-ja = 日本語
language-en = English
language-switch-label = 表示する言語を切り替えます

## あなたの状況（原因の絞り込み）

situation-heading = あなたの状況
situation-intro = 当てはまるものを選ぶと、可能性の高い原因から順に並べ替えます。
situation-errors = 画面に出たエラー
situation-symptoms = 当てはまる症状
situation-clear = 選択をすべて外す

## チェックリスト

next-heading = 次に試すこと
next-from-cause = 原因の候補：{ $cause }
next-show = この手順を表示
next-none = 用意した手順はすべて試しました。回復フォームの下書きやサポートへの問い合わせに進みましょう。
overall-counts = 全 { $total } 手順のうち { $done } 手順を実施済み（うまくいった：{ $worked }）
causes-heading = 考えられる原因（可能性の高い順）
causes-heading-unranked = 考えられる原因（試しやすい順）
cause-counts = { $done }/{ $total } 済み
cause-matches = 当てはまる：{ $signals }
cause-typical = よくある症状：{ $symptom }
origin-article = 出典：元の解説記事
origin-microsoft = 出典：Microsoft のサポート情報
origin-community = 出典：利用者の報告（Microsoft の公式情報ではありません）
kind-do = やること
kind-check = 確認
kind-wait = 待つ
step-wait-length = 待つ目安：{ $length }
step-caution = 注意：{ $text }
link-opens = ブラウザーで公式ページを開きます：{ $url }

outcome-not-tried = 未実施
outcome-worked = 試した：解決した
outcome-no-change = 試した：変化なし
outcome-skipped = スキップ
outcome-button-name = { $outcome }：{ $step }
step-changed = { $when } に「{ $outcome }」と記録
note-hint = メモ（何が起きたか、気づいたこと）
note-name = メモ：{ $step }

## 期間

duration-days = { $n }日
duration-hours = { $n }時間
duration-minutes = { $n }分

## 保存についてのお知らせ

notice-restored = 保存ファイルが壊れていたため、バックアップから進み具合を戻しました。壊れたファイルは消さずに次の場所へ移してあります：{ $path }
notice-restored-newer = 保存ファイルはこのアプリより新しいバージョンで作られていたため、バックアップから進み具合を戻しました。元のファイルは次の場所へ移してあります：{ $path }
notice-restored-missing = 保存ファイルが見つからなかったため、バックアップから進み具合を戻しました。
notice-started-over = 保存ファイルが壊れていて、使えるバックアップもありませんでした。最初から始めます。壊れたファイルは消さずに次の場所へ移してあります：{ $path }
notice-started-over-newer = 保存ファイルはこのアプリより新しいバージョンで作られていて、このバージョンでは読めません。最初から始めます。元のファイルは次の場所へ移してあります：{ $path }
notice-unreadable = 保存ファイルを読み込めませんでした（{ $path }）。上書きしないよう、今回の変更は保存しません。ファイルの権限を確認してから、アプリを起動し直してください。
notice-dismiss = 閉じる
save-error-permission = 進み具合を保存できません。フォルダーに書き込む権限がないか、読み取り専用になっています（{ $path }）。入力した内容はこのウィンドウに残っていて、自動でもう一度保存を試みます。
save-error-disk-full = 進み具合を保存できません。ディスクがいっぱいです（{ $path }）。空きを作ってください。入力した内容はこのウィンドウに残っていて、自動でもう一度保存を試みます。
save-error-other = 進み具合を保存できません（{ $path }）。入力した内容はこのウィンドウに残っていて、自動でもう一度保存を試みます。
save-retry = 今すぐ保存を試す

## コマンドライン

cli-usage = サインイン レスキュー { $version }：Microsoft アカウントにサインインできないときの、オフラインで使える手助けアプリです。

    使い方: signin-rescue [オプション]

    オプション:
      --lang ja|en      保存した言語やシステムの言語の代わりに、この言語を使う
      --data-dir PATH   進み具合をいつものフォルダーではなく PATH に保存する
      -h, --help        この説明を表示する
      -V, --version     バージョンを表示する
cli-unknown-option = 不明なオプションです：{ $option }。signin-rescue --help で使えるオプションを確認してください。
cli-missing-value = { $option } には値が必要です。signin-rescue --help で使い方を確認してください。
cli-unknown-language = 不明な言語です：{ $value }。ja（日本語）か en（英語）を指定してください。
cli-unexpected = 想定外の引数です：{ $value }。signin-rescue --help で使い方を確認してください。
cli-no-data-dir = 進み具合を保存するフォルダーがこのコンピューターで見つかりません。--data-dir PATH で指定してください。
cli-already-open = サインイン レスキューは、このデータフォルダー（{ $path }）ですでに開いています。開いているウィンドウに切り替えてください。進み具合を守るため、同時に開けるのは 1 つだけです。
cli-data-dir-error = 進み具合を保存するフォルダーを使えません：{ $path }。フォルダーがあり、書き込めるかを確認するか、--data-dir PATH で別のフォルダーを指定してください。
cli-window-error = ウィンドウを開けませんでした：{ $error }
already-open-title = サインイン レスキューはすでに開いています
already-open-close = 閉じる

## 「進み具合」メニュー

menu-progress = 進み具合
menu-export = 進み具合をファイルに書き出す…
menu-import = ファイルから進み具合を読み込む…
menu-start-over = 最初からやり直す…
menu-open-folder = データフォルダーを開く
menu-folder-is = 進み具合の保存先：{ $path }
dialog-export-title = 進み具合を書き出す
dialog-import-title = 読み込む進み具合のファイルを選ぶ
dialog-progress-filter = サインイン レスキューの進み具合
dialog-cancel = キャンセル
import-heading = このファイルで進み具合を置き換えますか？
import-file = ファイル：{ $path }
import-summary = 記録した手順 { $steps } 件、メモ { $notes } 件、選んだエラーや症状 { $reported } 件が入っています。
import-last-change = このファイルの最終更新：{ $when }
import-explain = 置き換える前に、今の進み具合の控えをデータフォルダーに残します。
import-confirm = 置き換える
start-over-heading = 最初からやり直しますか？
start-over-explain = 記録、メモ、入力した答えがすべて消えます。先に今の進み具合の控えをデータフォルダーに残すので、失われることはありません。
start-over-confirm = やり直す
notice-exported = 進み具合を { $path } に書き出しました。このファイルを別のパソコンにコピーし、そちらで「進み具合」›「読み込む」を選んでください。
notice-export-failed = 進み具合を { $path } に書き出せませんでした。書き込めて空きのある別の場所を選んで、もう一度試してください。
notice-import-refused = { $path } はこのアプリの進み具合のファイルではないか、壊れています。何も変更していません。
notice-import-newer = { $path } はこのアプリより新しいバージョンで作られていて、このバージョンでは読めません。何も変更していません。
notice-imported = 進み具合を { $path } の内容に置き換えました。それまでの進み具合は { $backup } に残してあります。
notice-started-afresh = 最初からやり直します。それまでの進み具合は { $backup } に残してあります。
notice-not-replaced = 今の進み具合の控えを残せなかったため、置き換えていません。データフォルダーに書き込めるか確認してください。
notice-folder-not-opened = フォルダーを開けませんでした。場所はこちらです：{ $path }
