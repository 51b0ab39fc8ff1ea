//! The recogniser, as a person would use it: every known message in both languages, whole,
//! as a 60% fragment, with two typos, in full-width characters and broken over lines; and
//! fifty unrelated sentences, some close in topic, that it must not claim to know.

use signin_rescue::i18n::{Language, Texts};
use signin_rescue::knowledge::KnowledgeBase;
use signin_rescue::recognise::{Recogniser, Recognition};

/// Every known wording: (message id, language, text).
fn wordings(kb: &KnowledgeBase) -> Vec<(String, Language, String)> {
    let mut out = Vec::new();
    for language in Language::ALL {
        let texts = Texts::new(language);
        for error in &kb.errors {
            for index in 0..error.wordings.len() {
                let text = signin_rescue::tr!(&texts, error.wording_id(index));
                out.push((error.id.clone(), language, text));
            }
        }
    }
    assert!(out.len() >= 50, "the wordings were found: {}", out.len());
    out
}

fn assert_recognised(recogniser: &Recogniser, id: &str, input: &str, how: &str) {
    match recogniser.recognise(input) {
        Recognition::Recognised(found) => assert_eq!(
            found.signal,
            id,
            "{how}: {input:?} was taken for {} ({}%)",
            found.signal,
            found.percent()
        ),
        other => panic!("{how}: {input:?} ({id}) was not recognised: {other:?}"),
    }
}

/// The middle 60% of the text's characters.
fn fragment(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let keep = (chars.len() * 6).div_ceil(10);
    let start = (chars.len() - keep) / 2;
    chars[start..start + keep].iter().collect()
}

/// The text with two characters mistyped, a third and two thirds of the way in (letters and
/// digits only, so the mistakes count).
fn two_typos(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let letters: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i].is_alphanumeric())
        .collect();
    for at in [letters[letters.len() / 3], letters[letters.len() * 2 / 3]] {
        chars[at] = match chars[at] {
            'a'..='y' | 'A'..='Y' | '0'..='8' => {
                char::from_u32(u32::from(chars[at]) + 1).expect("the next letter or digit")
            }
            'あ' => 'い',
            _ => 'あ',
        };
    }
    chars.into_iter().collect()
}

/// The text with its ASCII letters, digits and signs in full width (as a Japanese keyboard
/// may type them), and its spaces as ideographic spaces.
fn full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            ' ' => '\u{3000}',
            '!'..='~' => char::from_u32(u32::from(c) - 0x21 + 0xFF01).expect("full width"),
            _ => c,
        })
        .collect()
}

#[test]
fn every_known_message_is_recognised_whole_in_part_with_typos_and_in_full_width() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    for (id, language, text) in wordings(&kb) {
        let lang = language.code();
        assert_recognised(&recogniser, &id, &text, &format!("{lang}, whole"));
        assert_recognised(
            &recogniser,
            &id,
            &fragment(&text),
            &format!("{lang}, 60% fragment"),
        );
        assert_recognised(
            &recogniser,
            &id,
            &two_typos(&text),
            &format!("{lang}, two typos"),
        );
        assert_recognised(
            &recogniser,
            &id,
            &full_width(&text),
            &format!("{lang}, full width"),
        );
    }
}

#[test]
fn line_breaks_case_and_extra_words_around_a_message_do_not_matter() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    assert_recognised(
        &recogniser,
        "temporary-problem",
        "There's a temporary problem\nwith the service.\r\nPlease try again.",
        "line breaks",
    );
    assert_recognised(
        &recogniser,
        "account-locked",
        "YOUR ACCOUNT HAS BEEN LOCKED",
        "capitals",
    );
    assert_recognised(
        &recogniser,
        "security-info-pending",
        "Microsoft アカウント\nセキュリティ情報の変更はまだ保留中 です\nキャンセル",
        "the words around it on screen",
    );
    assert_recognised(
        &recogniser,
        "windows-0x80190001",
        "0x80190001",
        "the error code alone",
    );
}

#[test]
fn a_match_says_which_language_it_matched() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    let Recognition::Recognised(found) =
        recogniser.recognise("ご使用のアカウントがロックされました")
    else {
        panic!("recognised");
    };
    assert_eq!(found.language, Language::Ja);
    let Recognition::Recognised(found) = recogniser.recognise("Your account has been locked")
    else {
        panic!("recognised");
    };
    assert_eq!(found.language, Language::En);
    assert_eq!(found.percent(), 100);
}

/// Sentences a person might paste that are not one of the known messages: other Microsoft
/// messages, phone and carrier messages, shop and bank messages, and everyday text.
const UNRELATED: [&str; 50] = [
    "Your Microsoft 365 subscription will renew on March 3.",
    "Your OneDrive storage is almost full. Free up space or buy more storage.",
    "Windows Update: updates are available. Restart now to install them.",
    "Your Amazon verification code is 482913. Do not share it with anyone.",
    "We could not deliver your package. Please confirm your address.",
    "Your Xbox Game Pass membership has expired.",
    "Outlook could not connect to the server. Check your network settings.",
    "Thank you for your order. Your receipt is attached.",
    "Your password will expire in 3 days. Change it now.",
    "A new sign-in to your Google Account from a Windows device.",
    "Your Apple ID was used to sign in to iCloud on a new iPhone.",
    "Low battery: 10% remaining.",
    "Teams meeting starts in 5 minutes.",
    "Please restart your computer to finish installing important updates.",
    "The printer is out of paper.",
    "Your bank card payment of 3,200 yen was approved.",
    "Welcome to the new Outlook. Try it now.",
    "Your mailbox is full and can no longer send or receive messages.",
    "Bluetooth device connected.",
    "The file could not be opened because it is damaged.",
    "Data usage alert: you have used 80% of this month's data.",
    "Your parcel will arrive tomorrow between 9 and 12.",
    "Enter your PIN to unlock this device.",
    "Remember to take your medicine at 8 pm.",
    "Dinner is ready, come downstairs.",
    "ご利用料金のお支払いが確認できませんでした。",
    "お客様宛にお荷物のお届けにあがりましたが不在のため持ち帰りました。",
    "Microsoft 365 のサブスクリプションが更新されました。",
    "パスワードの有効期限が近づいています。",
    "Windows の更新プログラムの準備ができました。再起動してください。",
    "OneDrive の空き容量が少なくなっています。",
    "今日はいい天気なので、午後から散歩に行きます。",
    "明日の会議は十時からです。",
    "プリンターの用紙がありません。",
    "バッテリー残量が少なくなっています。",
    "ご注文ありがとうございます。発送まで少々お待ちください。",
    "データ通信量が今月の上限に近づいています。",
    "新しい iPhone で Apple ID にサインインしました。",
    "Google アカウントへの新しいログインがありました。",
    "このファイルは破損しているため開けません。",
    "Teams の会議があと 5 分で始まります。",
    "お薬の時間です。",
    "ポイントの有効期限は今月末までです。",
    "メールボックスの容量がいっぱいです。",
    "Bluetooth デバイスが接続されました。",
    "Wi-Fi に接続できません。ルーターを確認してください。",
    "孫の写真を送ります。",
    "夕ご飯の買い物をお願いします。",
    "来週の土曜日に町内会の集まりがあります。",
    "Outlook でサーバーに接続できませんでした。",
];

#[test]
fn fifty_unrelated_sentences_are_not_recognised() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    for sentence in UNRELATED {
        match recogniser.recognise(sentence) {
            Recognition::NotRecognised { closest } => {
                assert!(closest.len() <= 3, "at most three closest");
                let mut ids: Vec<&str> = closest.iter().map(|m| m.signal.as_str()).collect();
                ids.dedup();
                assert_eq!(ids.len(), closest.len(), "three different messages");
            }
            Recognition::TooShort => {}
            Recognition::Recognised(found) => panic!(
                "{sentence:?} was taken for {} ({}%)",
                found.signal,
                found.percent()
            ),
        }
    }
}

#[test]
fn not_recognised_offers_the_three_closest_and_too_short_says_so() {
    let kb = KnowledgeBase::embedded().expect("valid");
    let recogniser = Recogniser::new(&kb);
    match recogniser.recognise("I changed my phone last week and now nothing works") {
        Recognition::NotRecognised { closest } => {
            assert_eq!(closest.len(), 3);
            assert!(closest[0].score >= closest[1].score && closest[1].score >= closest[2].score);
        }
        other => panic!("not a message: {other:?}"),
    }
    assert_eq!(recogniser.recognise(" ロ "), Recognition::TooShort);
    assert_eq!(recogniser.recognise(""), Recognition::TooShort);
}
