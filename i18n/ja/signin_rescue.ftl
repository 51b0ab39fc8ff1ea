# アプリ自身の文言。ID は fl!() でコンパイル時に英語版と照合されます。

app-title = サインイン レスキュー
app-subtitle = Microsoft アカウントの本人確認トラブル
window-title = サインイン レスキュー — Microsoft アカウントの本人確認トラブル

language-ja = 日本語
language-en = English

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
overall-counts = 全 { $total } 手順のうち { $done } 手順を実施済み（うまくいった：{ $worked }）
causes-heading = 考えられる原因（可能性の高い順）
causes-heading-unranked = 考えられる原因（試しやすい順）
cause-counts = { $done }/{ $total } 済み
cause-matches = 当てはまる：{ $signals }
cause-typical = よくある症状：{ $symptom }
origin-article = 出典：一般的な対処法（Microsoft の公式情報ではありません）
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
note-counter = { $max } 文字中 { $count } 文字
note-counter-full = { $max } 文字中 { $count } 文字。これ以上は入力できません。
note-name = メモ：{ $step }

## 期間

duration-days = { $n } 日
duration-hours = { $n } 時間
duration-minutes = { $n } 分

## 保存についてのお知らせ

notice-restored = 保存ファイルが壊れていたため、バックアップから進み具合を戻しました。壊れたファイルは消さずに次の場所へ移してあります：{ $path }
notice-restored-newer = 保存ファイルはこのアプリより新しいバージョンで作られていたため、バックアップから進み具合を戻しました。元のファイルは次の場所へ移してあります：{ $path }
notice-restored-missing = 保存ファイルが見つからなかったため、バックアップから進み具合を戻しました。
notice-started-over = 保存ファイルが壊れていて、使えるバックアップもありませんでした。最初から始めます。壊れたファイルは消さずに次の場所へ移してあります：{ $path }
notice-started-over-newer = 保存ファイルはこのアプリより新しいバージョンで作られていて、このバージョンでは読めません。最初から始めます。元のファイルは次の場所へ移してあります：{ $path }
notice-restored-too-large = 保存ファイルが { $limit } MB を超えていました。このアプリの保存ファイルがそこまで大きくなることはないため読み込まず、バックアップから進み具合を戻しました。ファイルは消さずに次の場所へ移してあります：{ $path }
notice-restored-not-a-file = 保存ファイルの場所にあったのは普通のファイルではありません（パイプや装置など）。読み込まず、バックアップから進み具合を戻しました。それは次の名前へ移してあります：{ $path }
notice-started-over-too-large = 保存ファイルが { $limit } MB を超えていて、使えるバックアップもありませんでした。最初から始めます。ファイルは消さずに次の場所へ移してあります：{ $path }
notice-started-over-not-a-file = 保存ファイルの場所にあったのは普通のファイルではなく（パイプや装置など）、使えるバックアップもありませんでした。最初から始めます。それは次の名前へ移してあります：{ $path }
notice-unreadable = 保存ファイルを読み込めませんでした（{ $path }）。上書きしないよう、今回の変更は保存しません。ファイルの権限を確認してから、アプリを起動し直してください。
notice-dismiss = 閉じる
save-error-permission = 進み具合を保存できません。フォルダーに書き込む権限がないか、読み取り専用になっています（{ $path }）。入力した内容はこのウィンドウに残っていて、自動でもう一度保存を試みます。
save-error-disk-full = 進み具合を保存できません。ディスクがいっぱいです（{ $path }）。空きを作ってください。入力した内容はこのウィンドウに残っていて、自動でもう一度保存を試みます。
save-error-other = 進み具合を保存できません（{ $path }）。入力した内容はこのウィンドウに残っていて、自動でもう一度保存を試みます。
save-error-too-large = 進み具合を保存できません。保存ファイルが上限の { $limit } MB を超えてしまいます（{ $path }）。長いメモを短くしてください。入力した内容はこのウィンドウに残っています。
save-error-not-a-file = 進み具合を保存できません。保存ファイルの場所に普通のファイルではないもの（パイプや装置など）があります（{ $path }）。それを取り除くと、自動でもう一度保存を試みます。入力した内容はこのウィンドウに残っています。
save-error-others-can-write = 進み具合を保存できません。このフォルダーはほかのユーザーも書き込めるため、安全ではありません（{ $path }）。自分だけが書き込めるフォルダーを --data-dir PATH で指定してください。入力した内容はこのウィンドウに残っています。
save-error-lock-lost = 保存を止めました。このウィンドウを開いている間に、データフォルダーが削除されたか置き換えられました（{ $path }）。いまは別に開いたアプリが使っているおそれがあるため、このウィンドウからは書き込みません。入力した内容はこのウィンドウに残っています。残すには「進み具合」メニューの「進み具合をファイルに書き出す…」を選び、そのあとアプリを閉じて開き直してください。

## コマンドライン

cli-usage = サインイン レスキュー { $version }：Microsoft アカウントにサインインできないときの、オフラインで使える手助けアプリです。

    使い方: signin-rescue [オプション]

    オプション:
      --lang ja|en      保存した言語やシステムの言語の代わりに、この言語を使う
      --data-dir PATH   進み具合をいつものフォルダーではなく PATH に保存する
      --export-draft FILE  回復フォームの下書き（テキスト、パスワードなし）を FILE に書き出して終了する
      --export-pdf FILE    進み具合を記入したチェックリストを PDF で FILE に書き出して終了する
      --export-text FILE   同じチェックリストをテキストで FILE に書き出して終了する
      --explain TEXT       TEXT がどの Microsoft のメッセージか、その意味と最初の手順を表示して終了する
      --paper a4|letter    --export-pdf の用紙（指定しなければ、保存した設定か、日本語なら A4、英語ならレター）
      -h, --help        この説明を表示する
      -V, --version     バージョンを表示する
cli-unknown-option = 不明なオプションです：{ $option }。signin-rescue --help で使えるオプションを確認してください。
cli-missing-value = { $option } には値が必要です。signin-rescue --help で使い方を確認してください。
cli-unknown-language = 不明な言語です：{ $value }。ja（日本語）か en（英語）を指定してください。
cli-unexpected = 想定外の引数です：{ $value }。signin-rescue --help で使い方を確認してください。
cli-no-data-dir = 進み具合を保存するフォルダーがこのコンピューターで見つかりません。--data-dir PATH で指定してください。
cli-raised = サインイン レスキューは、このデータフォルダー（{ $path }）ですでに開いています。そのウィンドウを前面に表示しました。
cli-already-open = サインイン レスキューは、このデータフォルダー（{ $path }）ですでに開いています。開いているウィンドウに切り替えてください。進み具合を守るため、同時に開けるのは 1 つだけです。
cli-data-dir-error = 進み具合を保存するフォルダーを使えません：{ $path }。フォルダーがあり、書き込めるかを確認するか、--data-dir PATH で別のフォルダーを指定してください。
cli-data-dir-shared = このフォルダー（{ $path }）はほかのユーザーも書き込めるため、進み具合の保存には使いません。ほかの人にファイルを差し替えられるおそれがあるためです。自分だけが書き込めるフォルダーを --data-dir PATH で指定してください。
cli-data-dir-not-yours = このフォルダー（{ $path }）はほかのユーザーのものなので、進み具合の保存には使いません。中身がほかの人に置かれたものであるおそれがあるためです。自分のフォルダーか、まだない新しいフォルダー名を --data-dir PATH で指定してください。新しい名前なら、あなた専用のフォルダーをアプリが作ります。
cli-window-error = ウィンドウを開けませんでした：{ $error }
already-open-title = サインイン レスキューはすでに開いています
already-open-close = 閉じる

## 「進み具合」メニュー

menu-progress = 進み具合
menu-folder-is = 進み具合の保存先：{ $path }
dialog-export-title = 進み具合を書き出す
dialog-import-title = 読み込む進み具合のファイルを選ぶ
dialog-progress-filter = サインイン レスキューの進み具合
dialog-cancel = キャンセル
import-heading = このファイルで進み具合を置き換えますか
import-file = ファイル：{ $path }
import-summary = 回復フォームの答え { $fields } 件、記録した手順 { $steps } 件、メモ { $notes } 件、選んだエラーや症状 { $reported } 件が入っています。
import-last-change = このファイルの最終更新：{ $when }
import-explain = 置き換える前に、今の進み具合の控えをデータフォルダーに残します。
import-confirm = 置き換える
start-over-heading = 最初からやり直しますか
start-over-explain = 記録、メモ、入力した答えがすべて消えます。先に今の進み具合の控えをデータフォルダーに残すので、失われることはありません。
start-over-confirm = やり直す
notice-exported = 進み具合を { $path } に書き出しました。このファイルを別のパソコンにコピーし、そちらで「進み具合」›「ファイルから進み具合を読み込む…」を選んでください。
notice-not-saved-permission = { $path } に保存できませんでした。このフォルダーには書き込めません。その場所は何も変わっていません。「ドキュメント」など別のフォルダーを選んで、もう一度試してください。
notice-not-saved-disk-full = { $path } に保存できませんでした。ディスクがいっぱいです。その場所は何も変わっていません。空きを作るか別のドライブを選んで、もう一度試してください。
notice-not-saved-not-made = { $path } に保存できませんでした。アプリがファイルを作れませんでした（アプリの不具合です）。その場所は何も変わっていません。もう一度試し、だめならテキストで保存してください。
notice-not-saved-other = { $path } に保存できませんでした（{ $detail }）。その場所は何も変わっていません。別の場所を選んで、もう一度試してください。
notice-saved-in-documents = このパソコンでは保存先を選ぶ画面を開けなかったため、「ドキュメント」フォルダーに保存しました：{ $path }
notice-saved-in-data-folder = このパソコンでは保存先を選ぶ画面を開けなかったため、このアプリのデータフォルダーに保存しました：{ $path }
notice-no-file-dialog = このパソコンではファイルを選ぶ画面を開けなかったため、読み込めません。Linux では「zenity」か「xdg-desktop-portal」を入れると使えるようになります。
notice-open-folder = フォルダーを開く
notice-import-refused = { $path } はこのアプリの進み具合のファイルではないか、壊れています。何も変更していません。
notice-import-newer = { $path } はこのアプリより新しいバージョンで作られていて、このバージョンでは読めません。何も変更していません。
notice-import-too-large = { $path } は { $limit } MB を超えていて、このアプリの進み具合のファイルではありません。読み込まず、何も変更していません。
notice-import-not-a-file = { $path } は普通のファイルではありません（パイプや装置など）。読み込まず、何も変更していません。
notice-imported = 進み具合を { $path } の内容に置き換えました。それまでの進み具合は { $backup } に残してあります。
notice-started-afresh = 最初からやり直します。それまでの進み具合は { $backup } に残してあります。
notice-not-replaced = 今の進み具合の控えを残せなかったため、置き換えていません。データフォルダーに書き込めるか確認してください。
notice-folder-not-opened = フォルダーを開けませんでした。場所はこちらです：{ $path }
notice-reminder-not-shown = 別の画面を見ている間に待ち時間が終わりましたが、パソコンがお知らせを表示できませんでした。終わった待ち時間は、いつもこの画面の下のほうに出ます。
notice-kept-whole = 保存されていたメモの中に、このアプリで扱える長さ（メモ 1 つにつき { $limit } 文字）を超えるものがあったため、短くして表示しています。消えたものはありません。元のファイルはそのまま { $path } に残してあります。
notice-kept-other-copys = このウィンドウがデータフォルダーを使えなかった間に、別に開いていたアプリが進み具合を保存していました。上書きする前に、その進み具合を { $path } に残してあります。

## 画面

list-separator = 、

## 回復フォームの下書き

draft-heading-screen = 回復フォームの下書き
draft-privacy = この画面の内容はどこにも送信されません。答えは Microsoft の公式フォームにご自分で入力してください。
draft-before-heading = フォームの前に
draft-before-helper = Microsoft は、まずサインイン ヘルパーを試すよう案内しています。回復フォームは最後の手段です。返事は 24 時間以内に、入力した連絡用のメール アドレスに届きます。
draft-before-two-step = 2 段階認証は、パスワードのほかにコードなどでも本人確認をする設定です。これがオンで、どの確認方法も使えない場合は、このフォームとサポート窓口のどちらでもアカウントを復旧できないと Microsoft は案内しています。
draft-completeness = 完成度 { $percent }%
draft-next-heading = 次に書くと役立つこと
draft-general-tips = Microsoft のアドバイス：できるだけ多くの質問に答えましょう（空欄より、推測やだいたいの答えのほうが有利です）。以前使ったことのあるデバイスと場所（自宅や職場）で入力し、アカウントを作ったときか最後に更新したときの情報を使います。
draft-intro-labels = ここでの項目名は、公式フォームの表記と異なる場合があります。
draft-passwords-note = パスワードはメモリー上にだけ置かれ、保存・書き出し・印刷・ログ記録はされません。アプリを閉じると消えます。ひとつずつ表示してコピーできます。コピーした内容はクリップボードに残るので、パスワードを貼り付けたあとは別の文字をコピーして消しておきましょう。
draft-password-name = パスワード { $n }
draft-password-show = 表示
draft-password-hide = 隠す
draft-password-remove = 削除
draft-password-add = 以前のパスワードを追加
draft-copy = コピー
draft-copied = コピーしました
draft-errors-none = まだエラー メッセージを選んでいません（「チェックリスト」画面で選べます）。
draft-prefilled-errors = 「チェックリスト」画面で選んだエラー メッセージから自動で入ります。
draft-steps-none = 「チェックリスト」画面でまだ何も記録していません。
draft-prefilled-steps = チェックリストの記録が、日付と結果つきで自動的に入ります。
draft-output-heading = 下書きの出力
draft-copy-all = 下書き全体をコピー
draft-copy-all-note = コピーにはパスワードを含めません（表示したものだけは含みます）。保存するファイルには、パスワードは一切入りません。
draft-summary-heading = サポートに伝える要点
dialog-draft-title = 回復フォームの下書きを保存
dialog-text-filter = テキストファイル
draft-file-stem = 回復フォーム下書き
notice-file-saved = { $path } に保存しました。

draft-title = Microsoft アカウント回復フォームの下書き
draft-made-on = { $date } にサインイン レスキューで作成
draft-intro-typing = 公式のフォーム（account.live.com/acsr）に、ご自分で入力してください。この下書きはどこにも送信されません。
draft-heading = ■ { $title }
draft-blank = （未記入）
draft-section-account = 回復するアカウント
draft-section-personal = 個人情報
draft-section-passwords = 以前のパスワードと使っていた製品
draft-section-product = { $product }
draft-section-reviewer = 審査に役立つ情報
draft-passwords-omitted = { $count ->
    [0] 以前のパスワードはまだ入力していません。
   *[other] 以前のパスワードを { $count } 件入力済みです。この下書きには含めていないので、アプリからひとつずつコピーしてください。
}
draft-products = 使っていた Microsoft の製品
draft-errors-seen = 表示されたエラー メッセージ
draft-steps-tried = すでに試したこと
draft-tried-line = { $when }　{ $step }（{ $outcome }）
draft-tried-note = （メモ：{ $note }）
product-outlook = Outlook.com
product-skype = Skype
product-xbox = Xbox

draft-field-account = 回復するアカウントのメール アドレス・電話番号・Skype 名
draft-field-contact-email = 連絡用のメール アドレス（別のアドレス）
draft-field-first-name = 名
draft-field-last-name = 姓
draft-field-birth-date = 生年月日
draft-field-country = アカウントを作成した国または地域
draft-field-region = アカウントを作成した都道府県
draft-field-postal-code = アカウントを作成した場所の郵便番号
draft-field-outlook-contacts = 最近メールを送った相手のアドレス
draft-field-outlook-subjects = 最近送ったメールの件名（正確に）
draft-field-skype-name = Skype 名
draft-field-skype-email = Skype アカウントを作ったときのメール アドレス
draft-field-xbox-console = Xbox 本体の種類
draft-field-xbox-gamertag = ゲーマータグ
draft-field-problem-started = 問題が始まった時期
draft-field-devices-places = ふだんサインインに使うデバイスと場所
draft-field-other-details = ほかに審査で伝えたいこと

draft-hint-account = 例：taro.yamada@outlook.jp または 090-1234-5678
draft-hint-contact-email = 今読めるアドレス（上とは別のもの）
draft-hint-first-name = アカウント作成時に登録したとおりの下の名前（例：太郎）
draft-hint-last-name = アカウント作成時に登録したとおりの名字（例：山田）
draft-hint-birth-date = 例：1980-04-01
draft-hint-country = 例：日本
draft-hint-region = 例：東京都
draft-hint-postal-code = 例：1000001（日本は 7 桁。ハイフンなしで入力するとの報告あり）
draft-hint-outlook-contacts = 1 行に 1 件
draft-hint-outlook-subjects = 1 行に 1 件、書いたとおり正確に
draft-hint-skype-name = 例：live:taro_1980
draft-hint-skype-email = Skype アカウントを作ったときのアドレス
draft-hint-xbox-console = 例：Xbox Series X
draft-hint-xbox-gamertag = ご自分のゲーマータグ
draft-hint-problem-started = 例：2026年11月20日ごろ
draft-hint-devices-places = 例：自宅の Windows パソコン、iPhone／大阪の自宅
draft-hint-other-details = 例：問題が起きる直前にあったこと

check-email-format = メール アドレスの形式になっていません。入力ミスや空白、@ の後ろの部分を確認してください。
check-phone-format = 電話番号の形式になっていません。数字が 10～15 桁になるように入力してください。
check-account-format = アカウントのメール アドレス、電話番号、または Skype 名を入力してください。
check-contact-same = 連絡用のメール アドレスは、回復するアカウントとは別のものにしてください。家族や友人のアドレスや、今読める新しいアドレスでかまいません。
check-domain-exact = 末尾が正確か確認してください：{ $domain }。hotmail.com と hotmail.co.jp、outlook.com と outlook.jp、live.com と live.jp は、それぞれ別のアドレスです。
check-domain-typo = 「{ $domain }」は入力ミスの可能性があります。{ $suggestion } ではありませんか。
check-date-format = 年-月-日の順で入力してください（例：1980-04-01）。
check-date-future = 未来の日付になっています。
check-date-too-old = 120 年以上前の日付です。年を確認してください。
check-date-too-recent = 生年月日としては最近すぎる日付です。年を確認してください。
check-postal-jp-length = 日本の郵便番号は 7 桁です。
check-postal-jp-plain = 公式フォームではハイフンなしの半角数字で入力する、という報告があります：{ $digits }

completeness-passwords = 以前のパスワード：自信がなくても、昔使ったものなら役に立ちます。
completeness-products = 使っていた Microsoft の製品（Outlook.com、Skype、Xbox）。
completeness-first-name = アカウント作成時に登録した名（下の名前）。
completeness-last-name = アカウント作成時に登録した名字。
completeness-birth-date = 生年月日。
completeness-country = アカウントを作成した国または地域。
completeness-region = アカウントを作成した都道府県。
completeness-postal-code = アカウントを作成した場所の郵便番号。
completeness-outlook-contacts = 最近メールを送った相手のアドレス。
completeness-outlook-subjects = 最近送ったメールの正確な件名。よくやり取りする相手に、あなたから届いた最近のメール数通の件名を教えてもらいましょう。
completeness-skype-name = Skype 名。
completeness-skype-email = Skype アカウントを作ったときのメール アドレス。
completeness-xbox-console = Xbox 本体の種類。
completeness-xbox-gamertag = ゲーマータグ。
completeness-problem-started = 問題が始まった時期。
completeness-devices-places = ふだんサインインに使うデバイスと場所。

summary-title = Microsoft サポートに伝える要点
summary-tried = これまでに試したこと（{ $count } 件）
summary-closing = このアカウントにサインインできません。コードやパスワードは誰にも教えていません。
cli-two-exports = 書き出しのオプションは一度にひとつだけ指定してください。
cli-exported = 書き出しました：{ $path }
cli-export-write-failed = { $path } に書き込めませんでした（{ $reason }）。フォルダーがあり、書き込めるかを確認して、もう一度試してください。
cli-export-damaged = 保存された進み具合（{ $path }）が壊れていて、使えるバックアップもありません。一度アプリを起動してください。壊れたファイルを別の名前で残し、その場所をお知らせします。
cli-export-read-failed = 保存された進み具合を読み込めませんでした（{ $path }）。ファイルの権限を確認してください。
draft-answer = { $label }：{ $value }
summary-account = アカウント
summary-started = 問題が始まった時期
summary-contact = 返事を受け取る連絡先
draft-steps-tried-heading = すでに試したこと：
completeness-account = 回復するアカウント（メール アドレス・電話番号・Skype 名）。これがないとフォームを送れません。
completeness-contact-email = 今読める、アカウントとは別の連絡用のメール アドレス。Microsoft の返事はここに届きます。
cli-unknown-paper = 不明な用紙サイズです：{ $value }。a4 か letter を指定してください。
cli-export-broken = アプリ自体が壊れています（{ $error }）。もう一度インストールしてください。

## 印刷用チェックリスト

print-title = サインイン レスキュー チェックリスト
print-subtitle = { $date } 印刷 · Microsoft アカウントの本人確認トラブル
print-reported = 選んだエラーと症状
print-reported-none = まだ何も選んでいません。
print-note = メモ：{ $note }
print-waits = 待つことが解決策のとき
print-routes = Microsoft への連絡方法
print-safety = Microsoft が突然電話やメールをしてきて、個人情報や支払い情報を求めたり、パソコンやアカウントを直すと持ちかけたりすることはなく、エラー メッセージに電話番号が書かれることもありません。お金を払えばアカウントを取り戻せるという話は詐欺です。コードは誰にも教えないでください。
print-page = { $n } / { $total }
paper-a4 = A4
paper-letter = レター
menu-paper = 印刷の用紙
dialog-pdf-title = チェックリストを PDF で保存
dialog-pdf-filter = PDF 文書
dialog-checklist-text-title = チェックリストをテキストで保存
checklist-file-stem = サインイン-チェックリスト
notice-open-file = 開く
print-bullet = ・

## 接続チェック

step-open-connectivity = 接続チェックを開く
step-open-draft = 回復フォームの下書きを開く
net-heading = 接続チェック
net-intro = このパソコンから Microsoft のサインイン ページへ安全につながるかをアプリが確かめ、わかったことをやさしい言葉で説明します。
net-privacy = あなたが開始したときだけ実行され、長くても 20 秒で終わります。接続するのは次の Microsoft のサーバーだけです：{ $hosts }。あなたやアカウントの情報は何も送りません。
net-running = チェック中… { $seconds } 秒
net-checked-at = { $when } にチェック
net-next-steps = 次に試すこと
net-column-host = サーバー
net-stage-dns = 名前の確認
net-stage-tcp = 接続
net-stage-tls = 安全な接続
net-stage-http = テストページ
net-ok = OK（{ $ms } ミリ秒）
net-waiting = …
net-not-reached = —
net-failure-name = 名前が見つからない
net-failure-timeout = 応答なし（{ $ms } ミリ秒）
net-failure-refused = 拒否された
net-failure-unreachable = 経路がない
net-failure-reset = 切断された
net-failure-untrusted = 安全な接続として信頼できませんでした
net-failure-wrong-host = 別のサイトにつながった可能性があります
net-failure-handshake = 安全な接続に失敗
net-failure-portal = 別のページが返ってきた
net-failure-other = 失敗
net-summary = 接続チェック：{ $verdict }（{ $when }）
net-advanced = 詳しい方向け：同じ確認をコマンドで行う方法
net-advanced-intro = Windows ではコマンドプロンプトか PowerShell を開いて、次のように入力します。上のチェックは、これらと同じ目的の確認（名前の確認・接続・安全な接続）を行い、結果の意味まで説明します。
net-advanced-ping = 小さなテスト用のデータを数回送ります。応答があれば接続そのものは生きています。ただし ping を止めているネットワークも多く、応答がなくても問題とは限りません。
net-advanced-nslookup = 名前に対応するアドレスを DNS に問い合わせます。アドレスが返ってくれば名前の確認は正常で、エラーなら DNS の問題が考えられます。
net-advanced-tracert = サーバーまでの途中の経路を一覧にします。どこでタイムアウトが続くかで、どのあたりで止められているかの見当がつきます。
net-advanced-note = これらでタイムアウトや名前のエラーが出るときは、ルーターの再起動やプロバイダーへの問い合わせを考えてください。
draft-connectivity = このアプリでの接続チェック

## 待ち時間、サポートと安全、復旧後

timer-start = { $length }後に知らせる
timer-stop = タイマーを止める
timer-running = 待機中：残り { $left }（{ $when } まで）
timer-due = 「{ $wait }」の待ち時間が終わりました（{ $when }）。もう一度試したら、結果を記録しましょう。
timer-due-next = 次に試すこと：{ $step }
# 画面が後ろにある間に待ち時間が終わったときの、システムのお知らせ。待ち時間と手順の名前だけで、個人の情報は入れない。
reminder-title = 待ち時間が終わりました：{ $wait }
reminder-body-step = { $todo }次に試すこと：{ $step }
timer-dismiss = 確認した
timers-heading = 待っているもの
timer-line = { $wait }：残り { $left }（{ $when } まで）
timers-note = タイマーはアプリを閉じても進みます。終わっていれば、次にアプリを開いたときにお知らせします。
safety-heading = サポート詐欺に気をつけて
safety-understood = わかりました
support-heading = サポートと安全
support-routes = Microsoft への連絡方法
support-routes-intro = 試す順に並べています。リンク先はすべて Microsoft の公式サイトです。
support-route-wait = 返事までの目安：{ $wait }
support-summary-note = サポートへの連絡で、読み上げたり貼り付けたりしてください。パスワードやコードは決して伝えないでください。
recovered-question = サインインできるようになりましたか
recovered-yes = はい、サインインできた
recovered-on = { $when }、サインインできるようになりました。
recovered-open = これからすること
aftercare-heading = サインインできたら
aftercare-since = { $when }、サインインできるようになりました。
aftercare-intro = おつかれさまでした。同じことが起きないよう、また誰かに入られていた場合に備えて、いくつか済ませておきましょう。
aftercare-done-on = { $when } に完了
aftercare-not-yet = やはりサインインできない
draft-after-sending = フォームを送ったら、返事を待つタイマーを開始しましょう：

## 表示メニュー

menu-view = 表示
menu-theme = テーマ

print-wait = { $name }：{ $length }
net-failure-clock = 時刻のずれ
close-heading = 最近の変更が保存されていません
close-explain = いまは保存ができないため、このまま閉じると最後に保存してから入力した内容が失われます。進み具合を手元のファイルに書き出すか、もう一度保存を試してください。
close-anyway = 保存せずに閉じる

## コマンド（メニュー、ボタン、キーボードのショートカットで共通の名前）

command-save-pdf = チェックリストを印刷用の PDF で保存…
command-save-text = チェックリストをテキストで保存…
command-export = 進み具合をファイルに書き出す…
command-import = ファイルから進み具合を読み込む…
command-start-over = 最初からやり直す…
command-open-folder = データフォルダーを開く
command-save-draft = 下書きをテキストファイルに保存…
command-switch-language = 表示する言語を切り替える
command-show-checklist = チェックリスト
command-show-connectivity = 接続チェック
command-show-draft = 回復フォームの下書き
command-show-support = サポートと安全
command-show-aftercare = サインインできたら
command-text-larger = 文字を大きく
command-text-smaller = 文字を小さく
command-text-reset = 標準の文字の大きさ
command-theme-system = システムに合わせる
command-theme-light = ライト
command-theme-dark = ダーク
command-reminders = 待ち時間が終わったら知らせる
command-reminders-hint = 別の画面を見ている間に待ち時間が終わると、待ち時間の名前と次の手順をパソコンのお知らせで伝えます。個人の情報は入りません。
command-start-check = 接続をチェックする
command-stop-check = 中止
command-retry-save = 今すぐ保存を試す
command-with-shortcut = { $command }（{ $shortcut }）
# The keys of shortcuts that are not a letter or a digit.
key-plus = プラス
key-minus = マイナス
menu-shortcuts-heading = キーボードのショートカット
menu-shortcuts-keys = タブ キーと Shift+タブ キーで移動し、スペース キーかエンター キーで押します。

control-name = { $control }：{ $context }
list-item = { $bullet }{ $text }
link-label = ↗ { $label }
net-next-step = → { $step }
cause-header = { $number }. { $cause }（{ $counts }）
## 次にすること、メッセージの判定、--explain（知識担当）

print-next = 次に試すこと
next-ask-first = まず、画面に何が表示されているかを教えてください。はじめの質問に答えるか、当てはまるものを選びます。
next-recovered = サインインできるようになりました。次にすること：{ $step }
next-recovered-done = サインインできるようになり、サインインできたあとの手順もすべて済みました。
next-wait-over = 「{ $wait }」の待ち時間が終わりました。{ $todo }
next-wait-over-then = 「{ $wait }」の待ち時間が終わりました。{ $todo }そのあと：{ $step }
next-stop-requesting = { $until } まではコードを要求しないでください。短い時間にコードが何度も要求されたため、このアプリが休止を始めました。要求するほどコードが止められやすくなります。
next-waiting = { $step }：{ $until } まで待っています。それまで、この手順ですることはありません。
next-step-line = { $step }（考えられる原因：{ $cause }）
next-exhausted = 報告された内容に合う手順はすべて試しました。次は Microsoft のサインイン ヘルパーを使い、そのあとアカウント回復フォームに進みます。
message-quoted = 「{ $text }」
message-paraphrased = { $text }（言い換え。画面の文言とは違うことがあります）
summary-problem = 起きていること
cli-explain-match = 判定（{ $percent }% 一致）：{ $message }
cli-explain-meaning = 意味：{ $meaning }
cli-explain-first-step = 最初の手順：{ $step }
cli-explain-not-recognised = この文は、アプリが知っているどのメッセージとも一致しません。画面の文と見比べるか、もう少し長く入力してください。
cli-explain-closest = 近いメッセージ：
cli-explain-closest-line = { $percent }% 一致：{ $message }
cli-explain-too-short = 文が短すぎて判定できません。メッセージをもう少し長く入力するか貼り付けてください。
cli-explain-unknown-code = エラー コード { $code } は、このアプリが知らないコードなので、意味はお伝えできません。サインイン中のエラー コードの多くは接続に関するものなので、まず接続を確かめてください。
cli-explain-work-school = AADSTS で始まるコードは、職場や学校のアカウントで出るものです。そのようなアカウントなら、管理者（会社や学校の IT 担当など）に相談してください。

# The guided start and the message field.
command-open-guide = 質問に答えて原因を探す
recognise-label = 画面に表示されている文
recognise-hint = ここに入力するか、貼り付けてください（一部だけでもかまいません）
recognise-too-short = もう少し長く入力してください。
recognise-found = この画面のメッセージです：{ $message }
recognise-first-step = まず試すこと：{ $step }
recognise-confirm = はい、この画面です
recognise-confirmed = この画面として選びました。
recognise-not-found = このアプリが知っているメッセージには見つかりませんでした。画面の文と見比べて、もう少し長く入力してみてください。
recognise-closest = 近いメッセージです。当てはまるものがあれば選んでください。
recognise-unknown-code = エラー コード { $code } は、このアプリが知らないコードなので、意味はお伝えできません。サインイン中のエラー コードの多くは接続に関するものです。このアプリで接続をチェックしてみてください。
recognise-work-school = AADSTS で始まるコードは、職場や学校のアカウントで出るものです。そのようなアカウントなら、管理者（会社や学校の IT 担当など）に相談してください。
guide-page = 質問 { $number }
guide-back = 戻る
guide-next = 次へ
guide-skip = 質問を閉じる
guide-show-step = 次にすることを見る
guide-groups-heading = または、見えている画面を選んでください
guide-group-code = コードを求める画面
guide-group-locked = ロックされた、またはブロックされた
guide-group-error = エラーのメッセージやエラー コード
guide-tell-apart = 見分け方：「保護にご協力ください」は、いつもと違うサインインなのでコードを求める画面です。「セキュリティ保護にご協力ください」は、別の誰かがアカウントを使っているおそれがあると告げる画面です。
guide-result-heading = 答えをもとにした結果
guide-result-causes = 考えられる原因
guide-result-show-step = この手順をチェックリストで開く
guide-result-show-checklist = チェックリストを開く
situation-meanings = 選んだメッセージの意味
code-request-intro = Microsoft へ新しいコードを要求したら、ここで記録してください。要求しすぎる前にお知らせします。
code-request-button = { $channel }で要求した
code-request-last = 最後に要求した日時：{ $time }（{ $channel }）。記録は全部で { $count } 回です。
safety-line = 詐欺に注意：Microsoft から突然電話がかかってくることはなく、Microsoft のエラー メッセージに電話番号が出ることもありません。
safety-more = 詳しく
causes-show-others = ほかの原因も表示する（{ $count } 件）
causes-hide-others = 報告に合う原因だけを表示する
step-next-after = 次に試すこと：{ $step }
step-next-go = その手順へ移る
situation-resize = 状況の欄の幅
cause-other-steps = ほかの状況向けの手順（{ $count }）
