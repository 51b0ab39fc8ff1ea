# 知識ベース（assets/knowledge.ron）の文章。ID は src/knowledge.rs の規則でデータの ID から作られます。

## エラーメッセージ（画面に出た言葉）と、その意味

error-suspicious-activity = 「不審なアクティビティが検出されたため、本人確認を行う必要があります」
error-suspicious-activity-meaning = いつもと違う場所や端末からのサインイン、または自動化された攻撃が疑われたため、Microsoft が念のため本人確認を強めている状態です。
error-temporary-problem = 「サービスの一時的な問題が発生しました。しばらくしてから再度お試しください」
error-temporary-problem-meaning = 多くの場合、Microsoft 側の一時的な障害か、通信が不安定でコードを送れなかったことが原因です。時間をおくと直ることがよくあります。
error-terms-restricted = 「利用規約に違反した可能性があるため、アカウントに制限がかけられています」
error-terms-restricted-meaning = アカウントがロック（利用停止）されています。迷惑メールの送信やフィッシング、マルウェアなど、Microsoft サービス規約に反する可能性のある行為が疑われたときに出ます。解除には専用の手順があります。

## 症状

symptom-no-code-at-all = コードがまったく届かない
symptom-error-every-try = 何度試しても同じエラーになる
symptom-other-sites-unstable = ほかのサイトへのログインも不安定
symptom-sms-email-missing = SMS やメールが届かない
symptom-errors-come-and-go = エラーが出たり出なかったりする
symptom-many-requests = 短い時間にコードを何度も要求した
symptom-other-sms-missing = ほかのサービスからの SMS（認証コードなど）も届きにくい
symptom-internet-phone-number = 登録した番号が IP 電話（050 で始まる番号など）
symptom-unfamiliar-contact = 画面に出るコードの送り先（番号の末尾 2 桁など）に心当たりがない、または今は使えない
symptom-alternate-is-microsoft = コードの送り先が、別の Outlook.com や Hotmail のアドレス
symptom-two-step-no-method = 2 段階認証がオンで、どの確認方法も使えない
symptom-locked-no-next = ロックの画面に「次へ」ボタンがない

## 原因（タイトルと、よく見られる症状）

cause-network = ネットワークや IP アドレスの影響
cause-network-symptom = コードがまったく届かない。同じ IP アドレスから大量のアクセスがあったり、その IP アドレスが過去に悪用されていたりすると、本人確認がはじかれることがあります。
cause-account-hold = アカウントの一時ロック・セキュリティ強化
cause-account-hold-symptom = 何度試してもエラーになる。パスワードの入力ミスが続いたときなどに、Microsoft が危険と判断して一時的に手続きを止めることがあります。
cause-malware = 端末のウイルス・マルウェア感染
cause-malware-symptom = ほかのサイトへのログインも不安定。感染した端末からのサインインは、不正アクセスの入口として厳しく制限されることがあります。
cause-contact-info = コードの送り先（電話番号・メール）の問題
cause-contact-info-symptom = SMS やメールが届かない。番号やアドレスがもう使われていない、受信を拒否している、迷惑メールに振り分けられている、などが考えられます。
cause-service-outage = Microsoft 側の一時的な不具合
cause-service-outage-symptom = 一時的にエラーが続く。「サービスの一時的な問題」と出るなら、Microsoft のサーバー側の障害や保守の可能性があります。
cause-carrier-block = 携帯会社やスマホが海外からの SMS を拒否している
cause-carrier-block-symptom = SMS だけが届かない。確認コードの SMS は海外の番号から届くことが多く、携帯会社の拒否設定や迷惑 SMS フィルターで止まることがある、という報告が多くあります。
cause-internet-phone = IP 電話の番号ではコードを受け取れない
cause-internet-phone-symptom = 登録した番号に SMS が届かない。Microsoft はインターネット経由の電話番号（VoIP）を確認用に受け付けていません。
cause-alternate-microsoft-address = 送り先のメールも Microsoft のアカウント
cause-alternate-microsoft-address-symptom = コードの送り先が別の Outlook.com などのアドレスで、そちらを開くとサインイン中の画面が切り替わってしまう。
cause-too-many-requests = コードの要求が多すぎる
cause-too-many-requests-symptom = 何度も要求したあと、コードが届かなくなった。短時間に要求が続くと、Microsoft がしばらく送信を控えることがあります。
cause-sms-phase-out = SMS による確認の縮小
cause-sms-phase-out-symptom = SMS が届かない。Microsoft は個人アカウントの確認を SMS から、パスキーや確認済みのメール、Authenticator アプリへ移しつつあります（終了日は発表されていません）。
cause-outdated-security-info = 登録している連絡先が古い
cause-outdated-security-info-symptom = 画面に出るコードの送り先に心当たりがない、または今は使えない。パスワードをリセットしても、古い連絡先にしかコードが送られない状態が続きます。
cause-two-step-dead-end = 2 段階認証の行き止まり
cause-two-step-dead-end-symptom = 2 段階認証がオンで、どの確認方法も使えない。この場合、Microsoft はアカウントを復旧できないと案内しています。
cause-locked-account = アカウントのロック（利用停止）
cause-locked-account-symptom = 「アカウントがロックされています」や利用規約違反の可能性を告げる画面が出る。マルウェアやフィッシング、迷惑メールなどが疑われたときの措置です。

## 手順（短い見出しと、やり方の説明）

step-network-mobile-data = スマートフォンのモバイル回線で試す
step-network-mobile-data-detail = Wi-Fi をオフにして携帯の回線（4G/5G）だけでサインインしてみます。回線が変わると IP アドレスも変わります。
step-network-other-wifi = 公共 Wi-Fi をやめ、別のネットワークで試す
step-network-other-wifi-detail = カフェや駅などの公共 Wi-Fi は多くの人が同じ IP アドレスを使うため、はじかれやすいことがあります。自宅の回線か、別の Wi-Fi に切り替えて試します。
step-network-vpn = VPN で別の IP アドレスから試す
step-network-vpn-detail = 元の記事では、VPN サービスで IP アドレスを変える方法も紹介されています。下の注意を読んでから判断してください。
step-network-restart-router = ルーターやモデムを再起動する
step-network-restart-router-detail = 電源を切って 30 秒ほど待ち、入れ直します。つながり方が不安定なときは、これだけで直ることがあります。直らなければプロバイダーへの問い合わせも検討します。
step-hold-wait = 時間をおいてから試す
step-hold-wait-detail = 続けて試すほどロックが長引くことがあります。いったん手を止め、数時間から 1 日ほどたってからもう一度サインインします。
step-hold-reset-password = 公式ページでパスワードをリセットする
step-hold-reset-password-detail = Microsoft の公式ページで「パスワードのリセット」を行います。メールや SMS で届いたリンクからではなく、アドレスを自分で入力して開いてください。
step-hold-check-security-info = セキュリティ情報が最新か確認する
step-hold-check-security-info-detail = ほかの端末でサインインしたままなら、登録している電話番号や予備のメール アドレスが今も使えるものか確認し、古ければ更新します。
step-hold-contact-support = Microsoft サポートに問い合わせる
step-hold-contact-support-detail = ほかの方法で解決しないときは、公式のサポートに相談します。ただし Microsoft によると、サポート担当者はロックを解除したり、リセット用のリンクを送ったり、アカウントの情報を見たりすることはできません。問い合わせの方法は「サポートと安全」の画面にまとめてあります。
step-malware-full-scan = ウイルス対策ソフトでフルスキャンする
step-malware-full-scan-detail = Windows セキュリティ（Microsoft Defender）やお使いのウイルス対策ソフトで、クイックではなく「フル スキャン」を実行します。
step-malware-reset-after-cleaning = 駆除したあとでパスワードを変える
step-malware-reset-after-cleaning-detail = マルウェアが見つかったら完全に駆除し、そのあとで改めてパスワードをリセットします。感染したままの端末で変えると、新しいパスワードも盗まれるおそれがあります。
step-malware-clean-device = 安全な別の端末でサインインする
step-malware-clean-device-detail = 安全だと確認できるまでは、ふだん使っている別のパソコンやスマートフォンでサインインします。より念入りに調べるなら Microsoft Defender オフライン スキャンも使えます。
step-contact-which-one = コードの送り先がどれか確かめる
step-contact-which-one-detail = サインイン画面には、電話番号の末尾 2 桁やメール アドレスの先頭 2 文字だけが表示されます。待つ前に、それが今使っている連絡先かどうかを確かめます。
step-contact-sms-plan = 電話が SMS を受け取れるか確認する
step-contact-sms-plan-detail = データ通信専用の SIM など、契約によっては SMS を受け取れません。ほかの人から SMS を送ってもらうと確かめられます。
step-contact-junk-folder = 迷惑メールフォルダーと振り分けを確認する
step-contact-junk-folder-detail = 本物の確認コードのメールは、差出人のアドレスが @accountprotection.microsoft.com で終わります。迷惑メールフォルダーや振り分けルールを確認し、見つかったら「迷惑メールではない」を選んで、差出人を信頼できる差出人に追加します。
step-contact-new-code = 少し待ってから新しいコードを頼む
step-contact-new-code-detail = 設定を見直したら、15 分ほど待ってから「コードがない」などの項目を選び、新しいコードを 1 回だけ頼みます。
step-contact-other-method = 別の確認方法を使う・連絡先を追加する
step-contact-other-method-detail = 画面に別の確認方法があれば選びます。ほかの端末でサインインしたままなら、使える電話番号やメール アドレスを追加してから試し直します。
step-outage-wait = 数時間から数日待ってから試す
step-outage-wait-detail = サーバー側の障害なら、こちらでできることはありません。慌てず、数時間から数日たってからもう一度試すと、すんなり届くことがよくあります。
step-outage-official-news = Microsoft の公式な障害情報を確認する
step-outage-official-news-detail = Microsoft の公式サイトや公式 SNS アカウントで、サービスの障害やメンテナンスのお知らせが出ていないか確認します。
step-outage-others-report = 同じ不具合の報告がないか調べる
step-outage-others-report-detail = SNS やコミュニティフォーラムで、同じころに同じエラーが出ている人がいないか調べます。多ければ Microsoft 側の問題と考えられます。ただし、そこに書かれた電話番号には電話せず、リンクも開かないでください。
step-carrier-settings = 携帯会社の SMS 拒否設定を確認する
step-carrier-settings-detail = ドコモの「国際 SMS 拒否」のように、海外から届く SMS を拒否する設定があります。ソフトバンクは海外からの SMS を初めから拒否している場合があると報告されています。各社の会員ページで設定を確認し、必要な間だけ受け取れるようにします。
step-carrier-phone-filter = スマホの迷惑 SMS フィルターを確認する
step-carrier-phone-filter-detail = iPhone の「不明な差出人をフィルタ」や Android の迷惑メッセージ対策で、コードが別のフォルダーに入っていないか確認します。
step-carrier-new-code = 設定を変えたら新しいコードを頼む
step-carrier-new-code-detail = 設定を変えたあとで届くのは新しいコードだけです。サインイン画面で「コードがない」などを選び、もう一度送ってもらいます。
step-voip-other-contact = 携帯電話の番号かメールで受け取る
step-voip-other-contact-detail = 050 で始まる番号など、インターネット経由の電話番号にはコードが送られません。携帯電話の番号かメール アドレスで受け取れる方法を選びます。
step-alternate-private-window = プライベート ウィンドウで送り先のメールを開く
step-alternate-private-window-detail = 送り先も Microsoft のアドレスなら、ブラウザーのプライベート（InPrivate）ウィンドウを開き、そちらで送り先のメールにサインインしてコードを読みます。元の画面はそのまま残しておきます。
step-requests-stop = コードの要求をやめて待つ
step-requests-stop-detail = 要求を繰り返すほど送信が止まりやすくなります。しばらく（目安は 1 日）何もせずに待ちます。
step-requests-one-at-a-time = 1 回だけ要求して、届くまで待つ
step-requests-one-at-a-time-detail = 待ったあとはコードを 1 回だけ頼み、15 分ほどは次を頼まずに待ちます。いくつか届いたら、いちばん新しいコードを使います。
step-phaseout-other-way = SMS 以外の確認方法を選ぶ
step-phaseout-other-way-detail = サインイン画面で「別の方法でサインインする」などを選び、メールや Authenticator アプリ、パスキーなど SMS 以外の方法がないか確かめます。
step-phaseout-add-methods = サインインできたら SMS 以外の方法を追加する
step-phaseout-add-methods-detail = サインインできたら、Microsoft Authenticator アプリやパスキー、予備のメール アドレスを追加して、SMS だけに頼らないようにします。
step-outdated-sign-in-helper = 公式の案内に沿ってサインイン ヘルパーを使う
step-outdated-sign-in-helper-detail = 登録した連絡先が使えないときは、回復フォームより先に Microsoft のサインイン ヘルパーを試すよう案内されています。公式のヘルプページから始めます。
step-outdated-recovery-form = アカウント回復フォームを送る
step-outdated-recovery-form-detail = どの確認方法も使えないときの最後の手段です。答えはこのアプリの「回復フォームの下書き」で先に準備し、公式のページに自分で入力します。返事は 24 時間以内にメールで届きます。
step-outdated-replacement-wait = セキュリティ情報の置き換えを 30 日待つ
step-outdated-replacement-wait-detail = 登録した連絡先をすべて新しいものに置き換えるときは、安全のため 30 日の待機期間があり、短くすることはできません。この間に古い連絡先を使って取り消されなければ、30 日後に切り替わります。
step-twostep-find-method = まだ使える確認方法がないか探す
step-twostep-find-method-detail = 古いスマホに残った Authenticator アプリ、サインインしたままの端末、紙に控えた回復コードなど、まだ使えるものがないか探します。
step-twostep-recovery-code = 回復コードがあれば使う
step-twostep-recovery-code-detail = 25 文字の回復コードを控えてあれば、それで確認を通過できます。回復フォームより確実です。
step-twostep-form-cannot-help = 回復フォームでは復旧できないことを知っておく
step-twostep-form-cannot-help-detail = 2 段階認証がオンで確認方法が一つもない場合、回復フォームもサポートも復旧できないと Microsoft は案内しています。そうなったら、新しいアカウントを作ることも考えます。
step-locked-sms-any-phone = 画面の案内に沿って SMS でロックを解除する
step-locked-sms-any-phone-detail = ロック解除の画面で電話番号を入力し、SMS で届いたコードを入力します。電話は自分のものでなくても、アカウントに登録した番号でなくてもかまいません（家族の携帯電話でも受け取れます）。
step-locked-reinstatement = 「次へ」がなければ画面のリンクから申請する
step-locked-reinstatement-detail = ロックの画面に「次へ」ボタンがないときは、その画面にある aka.ms のリンクから、利用停止の解除を申請するフォームへ進みます。受付番号がメールで届くので控えておきます。
step-locked-appeal-wait = 申請の返事を待つ
step-locked-appeal-wait-detail = 利用停止の解除の申請への返事には、およそ 14 日かかると Microsoft は案内しています。その間に何度も申請し直さないようにします。

## 待つ期間

wait-retry-later = 時間をおいて再挑戦
wait-retry-later-length = 数時間～数日
wait-new-code = 新しいコードを頼むまで
wait-new-code-length = 約 15 分
wait-too-many-requests = 要求しすぎたあとの休止
wait-too-many-requests-length = 目安は 1 日
wait-form-reply = 回復フォームの返事
wait-form-reply-length = 24 時間以内
wait-security-info-change = セキュリティ情報の置き換え
wait-security-info-change-length = 30 日
wait-suspension-appeal = 利用停止の解除の申請への返事
wait-suspension-appeal-length = 約 14 日

## 注意

caution-familiar-place = Microsoft は、ふだん使っている端末と場所（自宅や職場）からの手続きを勧めています。VPN を使うと見慣れない場所からのサインインに見えて、かえって止められることがあります。ふだん VPN を使っているなら、逆に一度オフにして試してみてください。
caution-scam-calls = Microsoft が突然電話やメールをしてきて、個人情報や支払い情報を求めたり、パソコンを直すと持ちかけたりすることはありません。電話番号は、自分で開いた support.microsoft.com に載っているものだけを使ってください。
caution-never-share-code = コードは誰にも教えないでください。自分で頼んでいないコードが届いたら、使わずに無視します。

## 公式ページ

link-recovery-form = アカウント回復フォーム（account.live.com）
link-recovery-form-help = 回復フォームのヘルプ（Microsoft サポート）
link-verification-help = 確認コードが届かないときのヘルプ（Microsoft サポート）
link-locked-help = アカウントがロックされたときのヘルプ（Microsoft サポート）
link-password-reset = パスワードのリセット（account.live.com）
link-security-info = セキュリティ情報の確認（account.microsoft.com）
link-security-info-pending = セキュリティ情報の変更待ちについて（Microsoft サポート）
link-security-info-codes = セキュリティ情報と確認コード（Microsoft サポート）
link-recent-activity = 最近のアクティビティ（account.live.com）
link-contact-support = Microsoft サポートへの問い合わせ（support.microsoft.com）
link-defender-scan = Windows セキュリティでスキャンする方法（Microsoft サポート）
link-defender-offline = Microsoft Defender オフライン（Microsoft サポート）
link-two-step-help = 2 段階認証の使い方（Microsoft サポート）
link-recovery-code-help = 回復コードの入手方法（Microsoft サポート）
link-passkey-help = パスキーでのサインイン（Microsoft サポート）
link-authenticator = Microsoft Authenticator アプリ（microsoft.com）
link-scam-help = テクニカル サポート詐欺から身を守る（Microsoft サポート）
link-hacked-help = 乗っ取られたアカウントを取り戻す（Microsoft サポート）
link-services-agreement = Microsoft サービス規約（microsoft.com）

## Microsoft への連絡方法（試す順）

route-sign-in-helper = サインイン ヘルパー
route-sign-in-helper-when = 確認コードを受け取れないときに、Microsoft が最初に勧めている公式の案内です。回復フォームより先に試します。
route-recovery-form = アカウント回復フォーム
route-recovery-form-when = どの確認方法も使えないときの最後の手段です。答えは「回復フォームの下書き」で準備してから入力します。返事は 24 時間以内にメールで届きます。
route-reinstatement = 利用停止の解除の申請
route-reinstatement-when = アカウントがロック（利用停止）されたときの窓口です。ロックの画面の案内から申請し、受付番号を控えます。返事にはおよそ 14 日かかります。
route-another-account = 別のアカウントからサポートに問い合わせる
route-another-account-when = ほかの Microsoft アカウントがあればそれでサインインしてサポートページを使います。なければ、Gmail などほかのメールで新しく作ってから問い合わせることもできます。
route-no-sign-in-contact = サインインせずに問い合わせる
route-no-sign-in-contact-when = 国や地域によっては、サインインしなくても問い合わせできるページがあります。support.microsoft.com で言語と地域を切り替えて確認します。
route-chat-phone = チャットや電話で相談する
route-chat-phone-when = チャットは早く答えが返ってくる反面、混雑時は待たされることがあります。電話は状況を口頭で伝えやすい一方、受付時間と通話料に注意が必要です。担当者がロックを解除したりリセット用のリンクを送ったりすることはできないので、相談の窓口と考えてください。電話番号は support.microsoft.com で自分で確かめたものだけを使います。

## 接続チェックの結果

verdict-no-internet = インターネットにつながっていません
verdict-no-internet-detail = このパソコンからインターネットに接続できていません。Wi-Fi がオフになっていないか、ケーブルが抜けていないか、機内モードになっていないかを確認してください。
verdict-dns = 名前からアドレスを調べられません（DNS）
verdict-dns-detail = ネットワークにはつながっていますが、サーバーの名前からアドレスを調べる仕組み（DNS）が答えていません。ルーターの再起動や、別のネットワークへの切り替えで直ることがよくあります。
verdict-captive-portal = この Wi-Fi のログイン画面を先に済ませる必要があります
verdict-captive-portal-detail = ホテルや駅、カフェの Wi-Fi のように、最初にブラウザーで利用規約に同意したりログインしたりする画面が必要なネットワークです。ブラウザーで何かのページを開いてその画面を済ませるか、別のネットワークに切り替えてください。
verdict-blocked = Microsoft への接続がブロックされています
verdict-blocked-detail = Microsoft のサーバーへの接続が拒否されたか、応答がありませんでした。会社や学校のネットワークのファイアウォール、プロキシ、セキュリティソフトが止めている可能性があります。別のネットワーク（モバイル回線など）で試してください。
verdict-intercepted = 安全な接続を確認できません（証明書の問題）
verdict-intercepted-detail = Microsoft の正しい証明書ではないものが返ってきました。プロキシや、HTTPS を検査するセキュリティソフトが間に入っていると起こります。このネットワークではサインインしないでください。モバイル回線で試し、パソコンのウイルスチェックもしてください。
verdict-partial = 一部の Microsoft のサーバーにだけつながりません
verdict-partial-detail = つながるサーバーとつながらないサーバーがあります。Microsoft 側の一時的な問題か、ネットワークの一部の不調が考えられます。時間をおいてもう一度チェックしてください。
verdict-all-clear = Microsoft のサインイン用サーバーにはすべてつながります
verdict-all-clear-detail = このパソコンから Microsoft のサーバーまでは問題なくつながっています。ただし、IP アドレスが原因ではじかれていないか、アカウントに問題がないかまでは、このチェックではわかりません。チェックリストのほかの項目も試しましょう。
verdict-cancelled = チェックを中止しました
verdict-cancelled-detail = 途中までの結果を表示しています。もう一度チェックするといつでも最初からやり直せます。

step-network-run-check = このアプリで接続をチェックする
step-network-run-check-detail = コマンドを使わなくても、このアプリが Microsoft のサインイン用サーバーまでの経路を確かめ、結果をわかりやすく説明します。あなたが開始したときだけ実行されます。

## サインインできたら

aftercare-secure = アカウントの守りを固める
aftercare-hacked = 誰かに入られたかもしれないとき
step-after-authenticator = 認証アプリで 2 段階認証を設定する
step-after-authenticator-detail = Microsoft Authenticator アプリを使う 2 段階認証にすると、パスワードが漏れても簡単には入られません。SMS だけに頼らずに済みます。
step-after-recovery-code = 回復コードを作って、紙に控える
step-after-recovery-code-detail = 25 文字の回復コードがあれば、今回のように確認方法が使えなくなっても自分で戻れます。印刷するか紙に書いて、パソコンとは別の場所に保管します。
step-after-security-info = セキュリティ情報を最新にする
step-after-security-info-detail = 登録している電話番号と予備のメール アドレスが今も使えるものか確認し、使えないものは入れ替えます。
step-after-trusted-devices = ふだん使う端末を確認する
step-after-trusted-devices-detail = アカウントにサインインしている端末の一覧を見て、見覚えのない端末がないか確認します。ふだん使う端末では、確認を求められる回数が減ることがあります。
step-after-password-manager = パスワード管理アプリを使う
step-after-password-manager-detail = 長く推測されにくいパスワードをサービスごとに作って覚えておけます。同じパスワードの使い回しをやめられます。
step-after-backup = メールとファイルのバックアップを取る
step-after-backup-detail = 大切なメールや OneDrive のファイルを、別のクラウドやパソコンのディスクにも定期的に保存しておきます。また締め出されても、データを失わずに済みます。
step-hacked-change-password = パスワードを変える
step-hacked-change-password-detail = すぐに、ほかで使っていない新しいパスワードに変えます。公式のセキュリティのページから行います。
step-hacked-recent-activity = 最近のアクティビティを確認する
step-hacked-recent-activity-detail = 見覚えのない場所や時刻からのサインインがないか確認します。あれば「自分ではない」と報告します。
step-hacked-review-settings = メールの設定を見直す
step-hacked-review-settings-detail = 転送の設定、受信トレイのルール、署名、連絡先などが勝手に変えられていないか確認し、知らないものは消します。
step-hacked-other-accounts = 同じパスワードのほかのアカウントも守る
step-hacked-other-accounts-detail = 同じパスワードを使っていたほかのサービスも、それぞれ別のパスワードに変えます。
step-hacked-stronger-protection = 守りを強くする
step-hacked-stronger-protection-detail = 2 段階認証をオンにし、セキュリティ情報を最新にして、今後の乗っ取りを防ぎます。

## 安全のために

safety-never-first = Microsoft が突然電話やメールをしてきて、個人情報や支払い情報を求めたり、アカウントやパソコンを直すと持ちかけたりすることはありません。
safety-no-phone-numbers = Microsoft のエラーメッセージに電話番号が書かれることはありません。エラーメッセージに電話番号が出ていたら、それは詐欺です。
safety-no-paid-recovery = お金を払えばアカウントを取り戻してくれるという業者や人は、信用しないでください。本人以外が復旧することはできません。
safety-codes-are-secret = 確認コード（画面や SMS では「セキュリティ コード」と書かれていることもあります）は、Microsoft を名乗る人も含めて、誰にも教えないでください。自分で頼んでいないコードが届いたら、使わずに無視します。
safety-genuine-sender = 本物のコードのメールは、差出人のアドレスが @accountprotection.microsoft.com で終わります。心当たりのないメールのリンクは開かず、公式ページのアドレスは自分で入力します。
verdict-clock = パソコンの日付や時刻がずれているようです
verdict-clock-detail = Microsoft のサーバーの証明書が、このパソコンでは「期限切れ」または「まだ有効でない」と判定されました。パソコンの日付と時刻が大きくずれていると起こります。日付と時刻を正しく合わせてから、もう一度チェックし、サインインを試してください。
step-network-set-clock = パソコンの日付と時刻を確認する
step-network-set-clock-detail = 日付や時刻が大きくずれていると、安全な接続やコードの確認がうまくいきません。Windows なら「設定」の「時刻と言語」で「時刻を自動的に設定する」をオンにします。
